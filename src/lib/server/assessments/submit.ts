import { assess } from '../../questionnaire/assess';
import { assessmentProgress } from '../../questionnaire/progress';
import { pinnedModules, type QuestionnaireRegistry } from '../../questionnaire/registry';
import { fail, ok, type Fail, type Ok } from '../../result';
import type { Db } from '../db';
import { nowIso } from '../ids';
import { recordSubmission, statisticsFacts } from '../statistics';
import { supplierInputs } from '../suppliers';
import { getAnswers, getAssessment, markSubmitted, type Assessment } from './store';

export interface SubmitRequest {
	organisationId: string;
	assessmentId: string;
	statsOptOut: boolean;
	/** The revision the page was showing; refused when another save came after it. */
	baseRevision?: number;
}

export type SubmitOutcome =
	| Ok<Assessment>
	| Fail<'not_found' | 'submitted' | 'conflict'>
	/** Required visible questions still unanswered, by module. */
	| Fail<'incomplete', { missing: Record<string, string[]> }>;

/**
 * Scores the assessment with its suppliers and keeps the result as a snapshot, so it reads
 * the same forever; from then on nothing in it changes. The inspectors' statistics get its
 * anonymous facts (or its opt-out) in the same transaction. Refused while a required visible
 * question is unanswered, and when baseRevision is given and another save came after it.
 */
export async function submitAssessment(
	db: Db,
	registry: QuestionnaireRegistry,
	request: SubmitRequest
): Promise<SubmitOutcome> {
	const { organisationId, assessmentId: id, statsOptOut, baseRevision } = request;
	return db.transaction().execute(async (tx): Promise<SubmitOutcome> => {
		const assessment = await getAssessment(tx, organisationId, id);
		if (!assessment) return fail('not_found');
		if (assessment.status !== 'draft') return fail('submitted');
		if (baseRevision !== undefined && baseRevision !== assessment.revision) {
			return fail('conflict');
		}
		const loaded = pinnedModules(registry, assessment.pins);
		const answers = await getAnswers(tx, id);
		const progress = assessmentProgress(loaded, answers);
		if (!progress.complete) {
			const missing = Object.fromEntries(
				progress.modules
					.filter((s) => s.progress.missing.length > 0)
					.map((s) => [s.moduleId, s.progress.missing])
			);
			return fail('incomplete', { missing });
		}
		const suppliers = await supplierInputs(tx, registry, organisationId);
		const result = assess(
			loaded.map((m) => m.module),
			answers,
			{ suppliers }
		);
		const at = nowIso();
		const revision = assessment.revision;
		if (!(await markSubmitted(tx, { id, revision, result, statsOptOut, at }))) {
			return fail('conflict');
		}
		const profile = loaded.find((m) => m.module.kind === 'profile');
		const facts = statisticsFacts({
			assessmentId: id,
			organisationId,
			submittedAt: new Date(at),
			optOut: statsOptOut,
			profile: profile ? (answers[profile.id] ?? {}) : {},
			result
		});
		// An opted-out submission is passed on too: it withdraws what was recorded before.
		if (facts) await recordSubmission(tx, facts);
		return ok((await getAssessment(tx, organisationId, id))!);
	});
}
