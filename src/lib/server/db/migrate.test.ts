import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from './migrate';
import * as supplierDetails from './migrations/0008-supplier-details';
import { freshDb, testEngines } from './test-helpers';

describe.each(testEngines)('migrations on %s', (engine) => {
	it('apply once, then find nothing left to apply', async () => {
		const t = await freshDb(engine);
		try {
			expect(await migrateToLatest(t.db)).toEqual([]);
			await t.db
				.insertInto('organisations')
				.values({ id: 'o1', name: 'Firma', created_at: new Date().toISOString() })
				.execute();
			const { rows } = await sql<{ n: number }>`select count(*) as n from organisations`.execute(
				t.db
			);
			expect(Number(rows[0].n)).toBe(1);
		} finally {
			await t.close();
		}
	});

	it('enforce foreign keys', async () => {
		const t = await freshDb(engine);
		try {
			await expect(
				t.db
					.insertInto('sessions')
					.values({ id: 's', user_id: 'nobody', expires_at: 'x', created_at: 'x' })
					.execute()
			).rejects.toThrow();
		} finally {
			await t.close();
		}
	});

	it("take a supplier's kind and KRAZ number out of its answers, and back", async () => {
		const t = await freshDb(engine);
		try {
			const at = new Date().toISOString();
			await t.db
				.insertInto('organisations')
				.values({ id: 'o1', name: 'Firma', created_at: at })
				.execute();
			const answers = { kind: 'employment_agency', kraz_number: '123', country: ['poland'] };
			await t.db
				.insertInto('suppliers')
				.values({
					id: 's1',
					organisation_id: 'o1',
					name: 'Agencja',
					kind: 'employment_agency',
					country: null,
					kraz_number: '123',
					pin: '{}',
					answers: JSON.stringify(answers),
					created_at: at,
					updated_at: at
				})
				.execute();
			const stored = async () =>
				(await t.db.selectFrom('suppliers').select('answers').executeTakeFirstOrThrow()).answers;
			const db = t.db as unknown as Kysely<unknown>;
			await supplierDetails.up(db);
			expect(await stored()).toEqual({ country: ['poland'] });
			await supplierDetails.down(db);
			expect(await stored()).toEqual(answers);
		} finally {
			await t.close();
		}
	});
});
