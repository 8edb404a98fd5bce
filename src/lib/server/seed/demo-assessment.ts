import { assess } from '../../questionnaire/assess';
import { pinOf, type LoadedModule, type QuestionnaireRegistry } from '../../questionnaire/registry';
import type { Answers } from '../../questionnaire/schema';
import { moduleProgress } from '../../questionnaire/visibility';
import { fail, ok, type Result } from '../../result';
import { insertAnswers, insertAssessments, listAssessments } from '../assessments';
import type { Db } from '../db';
import { newId, nowIso } from '../ids';
import {
	checkSupplierAnswers,
	createSupplier,
	listSuppliers,
	saveSupplierAnswers,
	supplierModule
} from '../suppliers';
import { findUserByEmail } from '../accounts';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { DEMO_ANSWERS, DEMO_SUPPLIERS } from './demo-answers';

/** Refuses an answer set the app itself would not accept, so the demo never shows the impossible. */
function checkedAnswers(loaded: LoadedModule): Answers {
	const answers = DEMO_ANSWERS[loaded.id];
	if (!answers) throw new Error(`The demo has no answers for ${loaded.id}`);
	const progress = moduleProgress(loaded.module, answers);
	if (!progress.complete || progress.answered !== Object.keys(answers).length) {
		throw new Error(`The demo answers for ${loaded.id} do not fit version ${loaded.version}`);
	}
	return answers;
}

/**
 * Gives the demo employer a register of three partners and one submitted assessment of the
 * newest published modules, scored and stored as a submission stores it: pinned versions,
 * one answer row per question, the result snapshot and its overall level. Does nothing when
 * the organisation already has an assessment (`seeded`), so seeding twice changes nothing.
 */
export async function seedDemoAssessment(
	db: Db,
	registry: QuestionnaireRegistry,
	email: string = DEMO_ACCOUNTS.employer.email
): Promise<Result<string, 'seeded'>> {
	const user = await findUserByEmail(db, email);
	const organisationId = user?.organisation_id;
	if (!organisationId) throw new Error(`No organisation for ${email}; seed the accounts first`);
	if ((await listAssessments(db, organisationId)).length > 0) return fail('seeded');

	const supplierFile = registry.latestOf('supplier');
	if (!supplierFile) throw new Error('No published supplier module');
	if ((await listSuppliers(db, organisationId)).length === 0) {
		for (const { details, answers } of DEMO_SUPPLIERS) {
			const check = checkSupplierAnswers(supplierFile.module, answers);
			if (!check.ok || check.missing.length > 0) {
				throw new Error(`The demo answers for ${details.name} do not fit the supplier module`);
			}
			const id = await createSupplier(db, { organisationId, details, module: supplierFile });
			await saveSupplierAnswers(db, { organisationId, id, answers: check.answers });
		}
	}
	const suppliers = await listSuppliers(db, organisationId);

	const modules = registry.latest.filter((m) => m.module.kind !== 'supplier');
	const answersByModule = Object.fromEntries(modules.map((m) => [m.id, checkedAnswers(m)]));
	const result = assess(
		modules.map((m) => m.module),
		answersByModule,
		{
			suppliers: suppliers.map((s) => ({
				id: s.id,
				module: supplierModule(registry, s).module,
				answers: s.answers
			}))
		}
	);

	const id = newId();
	const now = nowIso();
	await db.transaction().execute(async (tx) => {
		await insertAssessments(tx, [
			{
				id,
				organisation_id: organisationId,
				status: 'submitted',
				revision: 1,
				pins: JSON.stringify(modules.map(pinOf)),
				previous_id: null,
				created_at: now,
				updated_at: now,
				submitted_at: now,
				result: JSON.stringify(result),
				overall_level: result.level,
				stats_opt_out: 0
			}
		]);
		await insertAnswers(tx, { assessmentId: id, answers: answersByModule, at: now });
	});
	return ok(id);
}
