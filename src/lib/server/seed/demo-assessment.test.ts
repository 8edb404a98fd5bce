import { valueOf } from '../../test-helpers';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '../questionnaires';
import { freshDb, testEngines } from '../db/test-helpers';
import { listSuppliers } from '../suppliers';
import { registerEmployer } from '../accounts';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { seedDemoAssessment } from './demo-assessment';

const registry = loadQuestionnaires('questionnaires');

describe.each(testEngines)('the demo assessment on %s', (engine) => {
	it('gives the demo employer one complete submitted assessment with agency issues, once', async () => {
		const t = await freshDb(engine);
		try {
			const { email, password, organisation } = DEMO_ACCOUNTS.employer;
			await valueOf(registerEmployer(t.db, { email, password, organisationName: organisation }));
			const seeded = await seedDemoAssessment(t.db, registry);
			expect(seeded.ok).toBe(true);
			const id = seeded.ok ? seeded.value : '';
			const row = await t.db
				.selectFrom('assessments')
				.selectAll()
				.where('id', '=', id)
				.executeTakeFirstOrThrow();
			expect(row.status).toBe('submitted');
			const result = row.result!;
			expect(result.complete).toBe(true);
			expect(result.protocol).toBe(false);
			expect(row.overall_level).toBe(result.level);
			expect(result.level).toBe('high');
			expect(result.flags.map((f) => f.flagId)).toEqual(['worker_paid_fees']);
			expect(result.suppliers).toHaveLength(3);
			const answers = await t.db
				.selectFrom('answers')
				.select(['module_id'])
				.where('assessment_id', '=', id)
				.execute();
			expect(new Set(answers.map((a) => a.module_id))).toEqual(
				new Set(row.pins.map((p) => p.module))
			);

			expect(await seedDemoAssessment(t.db, registry)).toEqual({ ok: false, reason: 'seeded' });
			const organisationId = (
				await t.db
					.selectFrom('users')
					.select('organisation_id')
					.where('email', '=', email)
					.executeTakeFirstOrThrow()
			).organisation_id!;
			expect(await listSuppliers(t.db, organisationId)).toHaveLength(3);
		} finally {
			await t.close();
		}
	});
});
