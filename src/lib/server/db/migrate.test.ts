import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from './migrate';
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
});
