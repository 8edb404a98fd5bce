import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createOrganisation } from '../accounts';
import { insertAnswers, insertDraft } from '../assessments';
import { JSON_COLUMNS, withJsonColumns } from './json-columns';
import { withStatementCache } from './statement-cache';
import { freshDb, testEngines } from './test-helpers';

const pins = [{ module: 'profile', version: '1.0.0', sha256: 'abc' }];

describe.each(testEngines)('JSON columns on %s', (engine) => {
	it('come back parsed, under any alias, bare strings and numbers too', async () => {
		const t = await freshDb(engine);
		try {
			const organisationId = await createOrganisation(t.db, 'Sadownik');
			const at = new Date().toISOString();
			await insertDraft(t.db, { id: 'a1', organisationId, pins, previousId: null, at });
			await insertAnswers(t.db, {
				assessmentId: 'a1',
				answers: { profile: { sector: 'c', workers: 12, origin: ['ua'] } },
				at
			});
			const row = await t.db
				.selectFrom('assessments as a')
				.select(['a.pins as pinned', 'a.result'])
				.where('a.id', '=', 'a1')
				.executeTakeFirstOrThrow();
			expect(row).toEqual({ pinned: pins, result: null });
			const values = await t.db
				.selectFrom('answers')
				.select(['question_id', 'value'])
				.orderBy('question_id')
				.execute();
			expect(values).toEqual([
				{ question_id: 'origin', value: ['ua'] },
				{ question_id: 'sector', value: 'c' },
				{ question_id: 'workers', value: 12 }
			]);
		} finally {
			await t.close();
		}
	});
});

// Only PostgreSQL declares column types the migration can be checked against.
if (testEngines.includes('postgres')) {
	describe('JSON columns on postgres', () => {
		it('are exactly the json columns of PostgreSQL', async () => {
			const t = await freshDb('postgres');
			try {
				const { rows } = await sql<{ table_name: string; column_name: string }>`
				select table_name, column_name from information_schema.columns
				where table_schema = current_schema() and data_type = 'json'
				order by table_name, column_name`.execute(t.db);
				const listed = Object.entries(JSON_COLUMNS).flatMap(([table, columns]) =>
					Object.keys(columns).map((column) => `${table}.${column}`)
				);
				expect(rows.map((r) => `${r.table_name}.${r.column_name}`)).toEqual(listed.sort());
			} finally {
				await t.close();
			}
		});
	});
}

describe('withJsonColumns', () => {
	it('wraps each cached statement once and leaves other statements as they are', () => {
		const sqlite = new Database(':memory:');
		const db = withJsonColumns(withStatementCache(sqlite));
		sqlite.exec(`create table workshops (pins text); insert into workshops values ('[1,2]')`);
		const select = db.prepare('select pins, pins || 0 as text from workshops');
		expect(db.prepare('select pins, pins || 0 as text from workshops')).toBe(select);
		expect(select.all([])).toEqual([{ pins: [1, 2], text: '[1,2]0' }]);
		expect([...select.iterate([])]).toEqual([{ pins: [1, 2], text: '[1,2]0' }]);
		const plain = db.prepare('select 1 as one');
		expect(plain.all([])).toEqual([{ one: 1 }]);
		db.close();
		expect(sqlite.open).toBe(false);
	});
});
