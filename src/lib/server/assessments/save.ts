import { parseAnswer, type AnswerError } from '../../questionnaire/answers';
import { questionEntries } from '../../questionnaire/questions';
import { pinnedModules, type QuestionnaireRegistry } from '../../questionnaire/registry';
import type { Answers, Question } from '../../questionnaire/schema';
import {
	moduleProgress,
	visibleQuestions,
	type ModuleProgress
} from '../../questionnaire/visibility';
import { fail, ok, type Fail, type Ok } from '../../result';
import type { Db } from '../db';
import { nowIso } from '../ids';
import {
	bumpRevision,
	deleteAnswers,
	getAssessment,
	moduleAnswers,
	upsertAnswers,
	type Assessment
} from './store';

export type FieldErrors = Record<string, { error: AnswerError; limit: number | null }>;

export interface Saved {
	revision: number;
	answers: Answers;
	progress: ModuleProgress;
	/** Questions this save made visible that still wait for an answer. */
	revealed: string[];
}

export type SaveOutcome =
	| Ok<Saved>
	| Fail<'not_found' | 'submitted' | 'not_pinned'>
	| Fail<'unknown_question', { questionId: string }>
	| Fail<'invalid', { errors: FieldErrors }>
	/** Another tab saved first: nothing was written; this is what it saved. */
	| Fail<'conflict', { revision: number; answers: Answers }>;

export interface SaveRequest {
	organisationId: string;
	assessmentId: string;
	moduleId: string;
	/** Each key a question id of the pinned version, each value as the page sent it. */
	answers: Record<string, unknown>;
	/** The revision the page was showing. */
	baseRevision: number;
	/** The assessment as the caller just read it for the same organisation, to save a read. */
	known?: Assessment;
}

/** The answers parsed: what to write, what to empty, or every field's error. */
function parseAll(
	questions: Map<string, Question>,
	raw: Record<string, unknown>
): { updates: Answers; emptied: string[]; errors: FieldErrors } {
	const updates: Answers = {};
	const emptied: string[] = [];
	const errors: FieldErrors = {};
	for (const [questionId, value] of Object.entries(raw)) {
		const parsed = parseAnswer(questions.get(questionId)!, value);
		if (parsed.ok && parsed.value !== null) updates[questionId] = parsed.value;
		else if (parsed.ok || parsed.error === 'required') emptied.push(questionId);
		else errors[questionId] = { error: parsed.error, limit: parsed.limit };
	}
	return { updates, emptied, errors };
}

/**
 * Saves one module's answers as a page sends them: every key a question id of the pinned
 * version, every value validated against it (nothing is written when any is invalid). An
 * empty value removes the answer of a visible question; a question hidden by the answers keeps
 * what it had, which then does not count. A save based on an older revision than the stored
 * one is a conflict: another tab saved first, and nothing is written.
 */
export async function saveAnswers(
	db: Db,
	registry: QuestionnaireRegistry,
	request: SaveRequest
): Promise<SaveOutcome> {
	const { organisationId, assessmentId: id, moduleId, baseRevision, known } = request;
	const assessment =
		known?.id === id && known.organisationId === organisationId
			? known
			: await getAssessment(db, organisationId, id);
	if (!assessment) return fail('not_found');
	if (assessment.status !== 'draft') return fail('submitted');
	const pin = assessment.pins.find((p) => p.module === moduleId);
	if (!pin) return fail('not_pinned');
	const [{ module }] = pinnedModules(registry, [pin]);
	const questions = new Map(questionEntries(module).map((e) => [e.question.id, e.question]));
	const unknown = Object.keys(request.answers).find((q) => !questions.has(q));
	if (unknown !== undefined) return fail('unknown_question', { questionId: unknown });
	const { updates, emptied, errors } = parseAll(questions, request.answers);
	if (Object.keys(errors).length > 0) return fail('invalid', { errors });

	return db.transaction().execute(async (tx): Promise<SaveOutcome> => {
		const stored = await moduleAnswers(tx, id, moduleId);
		const next: Answers = { ...stored, ...updates };
		for (const questionId of emptied) delete next[questionId];
		// A condition only reads earlier visible answers, so restoring hidden ones changes nothing.
		const visible = visibleQuestions(module, next);
		const removed = emptied.filter((q) => visible.has(q) && Object.hasOwn(stored, q));
		for (const questionId of emptied) {
			if (!visible.has(questionId) && Object.hasOwn(stored, questionId)) {
				next[questionId] = stored[questionId];
			}
		}
		const written = Object.entries(updates).filter(
			([q, value]) => JSON.stringify(stored[q]) !== JSON.stringify(value)
		);
		const before = visibleQuestions(module, stored);
		const progress = moduleProgress(module, next);
		const revealed = progress.missing.filter((q) => !before.has(q));
		if (written.length === 0 && removed.length === 0) {
			return ok({ revision: assessment.revision, answers: next, progress, revealed });
		}
		const at = nowIso();
		if (!(await bumpRevision(tx, { id, organisationId, base: baseRevision, at }))) {
			const current = await getAssessment(tx, organisationId, id);
			if (!current) return fail('not_found');
			if (current.status !== 'draft') return fail('submitted');
			return fail('conflict', { revision: current.revision, answers: stored });
		}
		// One statement for the whole page: a save is as cheap for twenty answers as for one.
		await upsertAnswers(tx, { assessmentId: id, moduleId, at }, written);
		await deleteAnswers(tx, { assessmentId: id, moduleId }, removed);
		return ok({ revision: baseRevision + 1, answers: next, progress, revealed });
	});
}
