import { describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { freshDb, testEngines } from '../db/test-helpers';
import { recordSubmission } from '../statistics';
import { syntheticSubmissions, writeSynthetic } from './synthetic-stats';

async function facts(db: Db) {
	return {
		submissions: await db
			.selectFrom('stat_submissions')
			.selectAll()
			.orderBy('assessment_id')
			.execute(),
		modules: await db
			.selectFrom('stat_module_levels')
			.selectAll()
			.orderBy('assessment_id')
			.orderBy('module_id')
			.execute(),
		flags: await db
			.selectFrom('stat_flags')
			.selectAll()
			.orderBy('assessment_id')
			.orderBy('module_id')
			.orderBy('flag_id')
			.execute()
	};
}

describe.each(testEngines)('the fast synthetic seed on %s', (engine) => {
	it('writes exactly what recording each submission in turn would', async () => {
		// Opt-outs are frequent here so that withdrawals of earlier quarters happen.
		const all = [...syntheticSubmissions({ count: 400, seed: 11, quarters: 4, optOutShare: 0.3 })];
		expect(all.some((s, i) => s.facts.optOut && all[i - 1]?.organisation === s.organisation)).toBe(
			true
		);
		const fast = await freshDb(engine);
		const slow = await freshDb(engine).catch(async (e) => {
			await fast.close();
			throw e;
		});
		try {
			const written = await writeSynthetic(fast.db, all, { batch: 50 });
			expect(written.assessments).toBe(400);
			for (const s of all) {
				const known = await slow.db
					.selectFrom('organisations')
					.select('id')
					.where('id', '=', s.organisation.id)
					.executeTakeFirst();
				if (!known) await slow.db.insertInto('organisations').values(s.organisation).execute();
				await slow.db.insertInto('assessments').values(s.assessment).execute();
				await recordSubmission(slow.db, s.facts);
			}
			const [a, b] = [await facts(fast.db), await facts(slow.db)];
			expect(a.submissions.length).toBe(written.recorded);
			expect(a).toEqual(b);
		} finally {
			await fast.close();
			await slow.close();
		}
	});
});
