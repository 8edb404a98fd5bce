import { insertAssessments } from '../assessments';
import type { Db } from '../db';
import { recordSubmission } from '../statistics';
import { syntheticSubmissions } from './synthetic-stats';

/**
 * A modest synthetic set of submitted assessments for demos and the end-to-end tests,
 * recorded through recordSubmission like real ones. It is concentrated in a few sectors
 * and voivodeships so that, at the default threshold, some groups show and some are
 * suppressed. Running it again changes nothing.
 */
export async function seedDemoStatistics(db: Db, count = 60, now = new Date()): Promise<number> {
	const existing = await db
		.selectFrom('stat_submissions')
		.select('assessment_id')
		.executeTakeFirst();
	if (existing) return 0;
	const submissions = syntheticSubmissions({
		count,
		seed: 2025,
		quarters: 4,
		now,
		optOutShare: 0.05,
		sectors: { c: 40, f: 25, a: 20, h: 15 },
		voivodeships: { mazowieckie: 35, slaskie: 25, wielkopolskie: 25, lubelskie: 15 }
	});
	let recorded = 0;
	for (const s of submissions) {
		await db.transaction().execute(async (tx) => {
			const known = await tx
				.selectFrom('organisations')
				.select('id')
				.where('id', '=', s.organisation.id)
				.executeTakeFirst();
			if (!known) await tx.insertInto('organisations').values(s.organisation).execute();
			await insertAssessments(tx, [s.assessment]);
		});
		if ((await recordSubmission(db, s.facts)) === 'recorded') recorded++;
	}
	return recorded;
}
