import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '../../src/lib/server/questionnaires';
import { type Db, openDb } from '../../src/lib/server/db';
import { moduleValues, storedForm } from '../harness/answers';
import { scratchSqlite, type ScratchDb } from '../harness/databases';
import {
	AssessmentClient,
	problemsInCopy,
	seedAssessments,
	storedAssessment,
	type SeededAssessment
} from '../harness/journey';
import { assertBuilt, ROOT, startServer, type RunningServer } from '../harness/server';

const PEOPLE = 20;
// Assessments that only sit there, so the file spans many backup steps (about 5 MB).
const FILLER = 300;

let scratch: ScratchDb;
let seeded: SeededAssessment[];
let server: RunningServer | undefined;
const opened: Db[] = [];

/** Answers for every question of every module of the filler, written in one go. */
async function fill(db: Db, filler: SeededAssessment[]) {
	const at = new Date().toISOString();
	const rows = filler.flatMap((f, i) =>
		f.modules.flatMap(({ id, module }) =>
			Object.entries(storedForm(module, moduleValues(module, i))).map(([question, value]) => ({
				assessment_id: f.assessmentId,
				module_id: id,
				question_id: question,
				value: JSON.stringify(value),
				updated_at: at
			}))
		)
	);
	await db.transaction().execute(async (tx) => {
		for (let i = 0; i < rows.length; i += 500) {
			await tx
				.insertInto('answers')
				.values(rows.slice(i, i + 500))
				.execute();
		}
	});
	return rows.length;
}

function npmRun(script: string, args: string[], databaseUrl: string) {
	return new Promise<{ code: number | null; output: string }>((resolve) => {
		const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
			cwd: ROOT,
			env: { ...process.env, DATABASE_URL: databaseUrl }
		});
		let output = '';
		child.stdout.on('data', (c: Buffer) => (output += c.toString()));
		child.stderr.on('data', (c: Buffer) => (output += c.toString()));
		child.on('close', (code) => resolve({ code, output }));
	});
}

let fillerRows = 0;

beforeAll(async () => {
	assertBuilt();
	scratch = scratchSqlite();
	const db = await scratch.open();
	const registry = loadQuestionnaires('questionnaires');
	seeded = await seedAssessments(db, registry, PEOPLE);
	fillerRows = await fill(db, await seedAssessments(db, registry, FILLER));
	await db.destroy();
});

afterAll(async () => {
	await server?.stop();
	for (const db of opened) await db.destroy();
	await scratch?.drop();
});

describe('an online backup taken while people save', () => {
	it('restores to a consistent copy holding everything saved before it began', async () => {
		server = await startServer({ databaseUrl: scratch.url });
		const origin = server.origin;
		const clients = seeded.map((s, i) => new AssessmentClient(origin, s, i));
		let backingUp = true;
		const work = clients.map(async (client) => {
			// Saves go on until the backup is done, and a little after.
			for (let i = 0; backingUp || i < 2; i++) await client.save(i);
		});
		// Let the load get going before the backup starts.
		while (clients.reduce((t, c) => t + c.acknowledged.length, 0) < 40) {
			await new Promise((r) => setTimeout(r, 20));
		}
		const before = clients.map((c) => c.acknowledged.length);
		const backup = join(dirname(scratch.url), 'backup.db');
		const taken = await npmRun('db:backup', [backup], scratch.url);
		const after = clients.reduce((t, c) => t + c.acknowledged.length, 0);
		backingUp = false;
		await Promise.all(work);
		expect(taken.code, taken.output).toBe(0);
		expect(taken.output).toMatch(/integrity check passed/);
		// The backup really overlapped with saving.
		expect(after).toBeGreaterThan(before.reduce((t, n) => t + n, 0));

		const restored = join(dirname(scratch.url), 'restored.db');
		const restore = await npmRun('db:restore', [backup], restored);
		expect(restore.code, restore.output).toBe(0);
		expect(existsSync(restored)).toBe(true);

		const copy = openDb(restored);
		opened.push(copy);
		const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(copy);
		expect(check.rows).toEqual([{ integrity_check: 'ok' }]);
		// Big enough that the backup API copied it in several steps (200 pages each) while saves went on.
		const pages = await sql<{ page_count: number }>`pragma page_count`.execute(copy);
		expect(pages.rows[0].page_count).toBeGreaterThan(600);
		const problems: string[] = [];
		for (const [i, client] of clients.entries()) {
			const stored = await storedAssessment(copy, client.seeded.assessmentId);
			problems.push(...problemsInCopy(client, stored, before[i]));
		}
		expect(problems).toEqual([]);
		const total = await copy
			.selectFrom('answers')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow();
		const active = clients.reduce(
			(t, c) => t + Object.values(c.expectedAnswers(c.acknowledged)).flatMap(Object.keys).length,
			0
		);
		expect(Number(total.n)).toBeGreaterThanOrEqual(fillerRows);
		expect(Number(total.n)).toBeLessThanOrEqual(fillerRows + active);
	});
});
