import type { Selectable } from 'kysely';
import { assess } from '../../questionnaire/assess';
import { parseAnswer, type AnswerError } from '../../questionnaire/answers';
import type { LoadedModule, QuestionnaireRegistry } from '../questionnaires/load';
import { questionEntries } from '../../questionnaire/questions';
import type { Answers, AnswerValue } from '../../questionnaire/schema';
import type { AssessmentResult, Level, SupplierInput } from '../../questionnaire/types';
import { mapAnswers } from '../../questionnaire/versions';
import { assessmentProgress } from '../../questionnaire/progress';
import {
	moduleProgress,
	visibleQuestions,
	type ModuleProgress
} from '../../questionnaire/visibility';
import { statisticsFacts } from '../statistics/facts';
import type { Db } from '../db/index';
import type { AssessmentsTable } from '../db/schema';
import { newId, nowIso } from '../ids';
import { recordSubmission } from '../statistics/record';
import { supplierAnswers } from '../suppliers/register';

/** The exact file an assessment answers: a published file never changes, so this pins its text. */
export interface Pin {
	module: string;
	version: string;
	sha256: string;
}

/** How a module's questions differ from the ones the answers were first given to. */
export interface ModuleChange {
	/** The version the answers came from; null when the module is new to this organisation. */
	from: string | null;
	added: string[];
	changed: string[];
	/** Answered questions whose answers could not be carried over. */
	dropped: string[];
}
export type Changes = Record<string, ModuleChange>;
export type AnswersByModule = Record<string, Answers>;

export interface Assessment {
	id: string;
	organisationId: string;
	status: 'draft' | 'submitted';
	revision: number;
	pins: Pin[];
	previousId: string | null;
	createdAt: string;
	updatedAt: string;
	submittedAt: string | null;
	result: AssessmentResult | null;
	overallLevel: Level | null;
	statsOptOut: boolean;
	changes: Changes;
}

export type AssessmentErrorCode =
	| 'not_found'
	| 'not_pinned'
	| 'unknown_question'
	| 'submitted'
	| 'conflict'
	| 'incomplete'
	| 'draft_exists'
	| 'no_modules';

/** A refusal the caller can act on; `detail` names what was refused (an id, missing questions). */
export class AssessmentError extends Error {
	readonly code: AssessmentErrorCode;
	readonly detail: Record<string, unknown>;
	constructor(code: AssessmentErrorCode, message: string, detail: Record<string, unknown> = {}) {
		super(message);
		this.name = 'AssessmentError';
		this.code = code;
		this.detail = detail;
	}
}

function toAssessment(row: Selectable<AssessmentsTable> & { changes: string | null }): Assessment {
	return {
		id: row.id,
		organisationId: row.organisation_id,
		status: row.status,
		revision: Number(row.revision),
		pins: JSON.parse(row.pins) as Pin[],
		previousId: row.previous_id,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		submittedAt: row.submitted_at,
		result: row.result === null ? null : (JSON.parse(row.result) as AssessmentResult),
		overallLevel: row.overall_level as Level | null,
		statsOptOut: Number(row.stats_opt_out) === 1,
		changes: row.changes === null ? {} : (JSON.parse(row.changes) as Changes)
	};
}

/** One organisation's assessment; undefined for any other organisation's id, as for no id at all. */
export async function getAssessment(
	db: Db,
	organisationId: string,
	id: string
): Promise<Assessment | undefined> {
	const row = await db
		.selectFrom('assessments')
		.leftJoin('assessment_changes', 'assessment_changes.assessment_id', 'assessments.id')
		.selectAll('assessments')
		.select('assessment_changes.changes')
		.where('assessments.id', '=', id)
		.where('assessments.organisation_id', '=', organisationId)
		.executeTakeFirst();
	return row ? toAssessment(row) : undefined;
}

/** Keeps what is new or changed for an assessment, replacing what was kept before. */
export async function saveChanges(db: Db, assessmentId: string, changes: Changes): Promise<void> {
	await db.deleteFrom('assessment_changes').where('assessment_id', '=', assessmentId).execute();
	if (Object.keys(changes).length === 0) return;
	await db
		.insertInto('assessment_changes')
		.values({ assessment_id: assessmentId, changes: JSON.stringify(changes) })
		.execute();
}

async function requireAssessment(db: Db, organisationId: string, id: string) {
	const assessment = await getAssessment(db, organisationId, id);
	if (!assessment) throw new AssessmentError('not_found', 'No such assessment', { id });
	return assessment;
}

export interface AssessmentSummary {
	id: string;
	status: 'draft' | 'submitted';
	createdAt: string;
	submittedAt: string | null;
	overallLevel: Level | null;
}

/** Every assessment of the organisation, newest first: the trend of its levels over time. */
export async function listAssessments(
	db: Db,
	organisationId: string
): Promise<AssessmentSummary[]> {
	const rows = await db
		.selectFrom('assessments')
		.select(['id', 'status', 'created_at', 'submitted_at', 'overall_level'])
		.where('organisation_id', '=', organisationId)
		.orderBy('created_at', 'desc')
		.orderBy('id', 'desc')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		status: r.status,
		createdAt: r.created_at,
		submittedAt: r.submitted_at,
		overallLevel: r.overall_level as Level | null
	}));
}

export async function getAnswers(db: Db, assessmentId: string): Promise<AnswersByModule> {
	const rows = await db
		.selectFrom('answers')
		.select(['module_id', 'question_id', 'value'])
		.where('assessment_id', '=', assessmentId)
		.execute();
	const answers: AnswersByModule = {};
	for (const row of rows) {
		answers[row.module_id] ??= {};
		answers[row.module_id][row.question_id] = JSON.parse(row.value) as AnswerValue;
	}
	return answers;
}

/** The pinned file of each module; a pin the files no longer match is a broken install. */
export function pinnedModules(registry: QuestionnaireRegistry, pins: Pin[]): LoadedModule[] {
	return pins.map((pin) => {
		const loaded = registry.get(pin);
		if (!loaded || loaded.sha256 !== pin.sha256) {
			throw new Error(`Questionnaire ${pin.module} ${pin.version} is missing or was changed`);
		}
		return loaded;
	});
}

export function pinnedModule(
	registry: QuestionnaireRegistry,
	assessment: Assessment,
	moduleId: string
): LoadedModule {
	const pin = assessment.pins.find((p) => p.module === moduleId);
	if (!pin) {
		throw new AssessmentError('not_pinned', 'This assessment has no such module', { moduleId });
	}
	return pinnedModules(registry, [pin])[0];
}

const pinOf = (m: LoadedModule): Pin => ({ module: m.id, version: m.version, sha256: m.sha256 });

/** The newest published version of every module the organisation answers itself, profile first. */
export function currentPins(registry: QuestionnaireRegistry): Pin[] {
	const own = registry.latest.filter((m) => m.module.kind !== 'supplier');
	const rank = (m: LoadedModule) => (m.module.kind === 'profile' ? 0 : 1);
	return own.toSorted((a, b) => rank(a) - rank(b) || a.module.order - b.module.order).map(pinOf);
}

/** The previous answers of each module carried onto the version now pinned. */
function carryOver(
	registry: QuestionnaireRegistry,
	pins: Pin[],
	source: { pins: Pin[]; answers: AnswersByModule } | null
): { answers: AnswersByModule; changes: Changes } {
	const answers: AnswersByModule = {};
	const changes: Changes = {};
	if (!source) return { answers, changes };
	for (const pin of pins) {
		const to = pinnedModules(registry, [pin])[0];
		const fromPin = source.pins.find((p) => p.module === pin.module);
		const from = fromPin ? registry.get(fromPin) : undefined;
		if (!from) {
			changes[pin.module] = { from: null, added: [], changed: [], dropped: [] };
			continue;
		}
		const mapped = mapAnswers(source.answers[pin.module] ?? {}, from.module, to.module);
		answers[pin.module] = mapped.answers;
		if (mapped.added.length + mapped.changed.length + mapped.dropped.length > 0) {
			const { added, changed, dropped } = mapped;
			changes[pin.module] = { from: from.version, added, changed, dropped };
		}
	}
	return { answers, changes };
}

async function insertAnswers(db: Db, assessmentId: string, answers: AnswersByModule, at: string) {
	const rows = Object.entries(answers).flatMap(([moduleId, byQuestion]) =>
		Object.entries(byQuestion).map(([questionId, value]) => ({
			assessment_id: assessmentId,
			module_id: moduleId,
			question_id: questionId,
			value: JSON.stringify(value),
			updated_at: at
		}))
	);
	if (rows.length > 0) await db.insertInto('answers').values(rows).execute();
}

/**
 * Starts a draft on the newest published version of every module (profile first). A new
 * assessment starts from the answers of the one given in copyFrom, or else of the
 * organisation's latest one (the profile included), mapped onto the new versions; what is new
 * or changed is kept in `changes`. An organisation works on one draft at a time.
 */
export async function startAssessment(
	db: Db,
	registry: QuestionnaireRegistry,
	organisationId: string,
	opts: { copyFrom?: string } = {}
): Promise<Assessment> {
	const pins = currentPins(registry);
	if (pins.length === 0) throw new AssessmentError('no_modules', 'No published questionnaire');
	return db.transaction().execute(async (tx) => {
		const draft = await tx
			.selectFrom('assessments')
			.select('id')
			.where('organisation_id', '=', organisationId)
			.where('status', '=', 'draft')
			.executeTakeFirst();
		if (draft) {
			throw new AssessmentError('draft_exists', 'An assessment is already in progress', {
				id: draft.id
			});
		}
		const sourceId = opts.copyFrom ?? (await listAssessments(tx, organisationId))[0]?.id;
		const source = sourceId ? await requireAssessment(tx, organisationId, sourceId) : null;
		const carried = carryOver(
			registry,
			pins,
			source && { pins: source.pins, answers: await getAnswers(tx, source.id) }
		);
		const id = newId();
		const at = nowIso();
		await tx
			.insertInto('assessments')
			.values({
				id,
				organisation_id: organisationId,
				status: 'draft',
				revision: 0,
				pins: JSON.stringify(pins),
				previous_id: source?.id ?? null,
				created_at: at,
				updated_at: at,
				submitted_at: null,
				result: null,
				overall_level: null,
				stats_opt_out: 0
			})
			.execute();
		await saveChanges(tx, id, carried.changes);
		await insertAnswers(tx, id, carried.answers, at);
		return requireAssessment(tx, organisationId, id);
	});
}

export type FieldErrors = Record<string, { error: AnswerError; limit: number | null }>;

export type SaveOutcome =
	| {
			kind: 'saved';
			revision: number;
			answers: Answers;
			progress: ModuleProgress;
			/** Questions this save made visible that still wait for an answer. */
			revealed: string[];
	  }
	| { kind: 'invalid'; errors: FieldErrors }
	| { kind: 'conflict'; revision: number; answers: Answers };

async function moduleAnswers(db: Db, assessmentId: string, moduleId: string): Promise<Answers> {
	const rows = await db
		.selectFrom('answers')
		.select(['question_id', 'value'])
		.where('assessment_id', '=', assessmentId)
		.where('module_id', '=', moduleId)
		.execute();
	return Object.fromEntries(rows.map((r) => [r.question_id, JSON.parse(r.value) as AnswerValue]));
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
	organisationId: string,
	id: string,
	moduleId: string,
	rawAnswers: Record<string, unknown>,
	baseRevision: number,
	/** The assessment as the caller just read it for the same organisation, to save a read. */
	known?: Assessment
): Promise<SaveOutcome> {
	const assessment =
		known?.id === id && known.organisationId === organisationId
			? known
			: await requireAssessment(db, organisationId, id);
	if (assessment.status !== 'draft') {
		throw new AssessmentError('submitted', 'A submitted assessment cannot change', { id });
	}
	const { module } = pinnedModule(registry, assessment, moduleId);
	const questions = new Map(questionEntries(module).map((e) => [e.question.id, e.question]));
	for (const questionId of Object.keys(rawAnswers)) {
		if (!questions.has(questionId)) {
			throw new AssessmentError('unknown_question', 'No such question in this version', {
				moduleId,
				questionId
			});
		}
	}
	const updates: Answers = {};
	const emptied: string[] = [];
	const errors: FieldErrors = {};
	for (const [questionId, raw] of Object.entries(rawAnswers)) {
		const parsed = parseAnswer(questions.get(questionId)!, raw);
		if (parsed.ok && parsed.value !== null) updates[questionId] = parsed.value;
		else if (parsed.ok || parsed.error === 'required') emptied.push(questionId);
		else errors[questionId] = { error: parsed.error, limit: parsed.limit };
	}
	if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };

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
			return { kind: 'saved', revision: assessment.revision, answers: next, progress, revealed };
		}
		const at = nowIso();
		const bumped = await tx
			.updateTable('assessments')
			.set((eb) => ({ revision: eb('revision', '+', 1), updated_at: at }))
			.where('id', '=', id)
			.where('organisation_id', '=', organisationId)
			.where('status', '=', 'draft')
			.where('revision', '=', baseRevision)
			.executeTakeFirst();
		if (Number(bumped.numUpdatedRows) === 0) {
			const current = await requireAssessment(tx, organisationId, id);
			if (current.status !== 'draft') {
				throw new AssessmentError('submitted', 'A submitted assessment cannot change', { id });
			}
			return { kind: 'conflict', revision: current.revision, answers: stored };
		}
		if (written.length > 0) {
			// One statement for the whole page: a save is as cheap for twenty answers as for one.
			await tx
				.insertInto('answers')
				.values(
					written.map(([questionId, value]) => ({
						assessment_id: id,
						module_id: moduleId,
						question_id: questionId,
						value: JSON.stringify(value),
						updated_at: at
					}))
				)
				.onConflict((oc) =>
					oc.columns(['assessment_id', 'module_id', 'question_id']).doUpdateSet((eb) => ({
						value: eb.ref('excluded.value'),
						updated_at: eb.ref('excluded.updated_at')
					}))
				)
				.execute();
		}
		if (removed.length > 0) {
			await tx
				.deleteFrom('answers')
				.where('assessment_id', '=', id)
				.where('module_id', '=', moduleId)
				.where('question_id', 'in', removed)
				.execute();
		}
		return { kind: 'saved', revision: baseRevision + 1, answers: next, progress, revealed };
	});
}

/** The organisation's supplier register as scoring takes it, each with its own pinned module. */
async function supplierInputs(
	db: Db,
	registry: QuestionnaireRegistry,
	organisationId: string
): Promise<SupplierInput[]> {
	const rows = await db
		.selectFrom('suppliers')
		.select(['id', 'pin', 'answers', 'kind', 'kraz_number'])
		.where('organisation_id', '=', organisationId)
		.orderBy('id')
		.execute();
	return rows.map((row) => {
		const pin = JSON.parse(row.pin) as Pin;
		const module = pinnedModules(registry, [pin])[0].module;
		return { id: row.id, module, answers: supplierAnswers(row) };
	});
}

/**
 * Scores the assessment with its suppliers and keeps the result as a snapshot, so it reads
 * the same forever; from then on nothing in it changes. The inspectors' statistics get its
 * anonymous facts (or its opt-out) in the same transaction. Refused while a required visible
 * question is unanswered, and when baseRevision is given and another save came after it.
 */
export async function submitAssessment(
	db: Db,
	registry: QuestionnaireRegistry,
	organisationId: string,
	id: string,
	opts: { statsOptOut: boolean; baseRevision?: number }
): Promise<Assessment> {
	return db.transaction().execute(async (tx) => {
		const assessment = await requireAssessment(tx, organisationId, id);
		if (assessment.status !== 'draft') {
			throw new AssessmentError('submitted', 'This assessment was already submitted', { id });
		}
		if (opts.baseRevision !== undefined && opts.baseRevision !== assessment.revision) {
			throw new AssessmentError('conflict', 'The answers changed since this page was loaded', {
				revision: assessment.revision
			});
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
			throw new AssessmentError('incomplete', 'Required questions are unanswered', { missing });
		}
		const suppliers = await supplierInputs(tx, registry, organisationId);
		const result = assess(
			loaded.map((m) => m.module),
			answers,
			{ suppliers }
		);
		const at = nowIso();
		const updated = await tx
			.updateTable('assessments')
			.set({
				status: 'submitted',
				revision: assessment.revision + 1,
				updated_at: at,
				submitted_at: at,
				result: JSON.stringify(result),
				overall_level: result.level,
				stats_opt_out: opts.statsOptOut ? 1 : 0
			})
			.where('id', '=', id)
			.where('status', '=', 'draft')
			.where('revision', '=', assessment.revision)
			.executeTakeFirst();
		if (Number(updated.numUpdatedRows) === 0) {
			throw new AssessmentError('conflict', 'The assessment changed while it was submitted', {});
		}
		const profile = loaded.find((m) => m.module.kind === 'profile');
		const facts = statisticsFacts({
			assessmentId: id,
			organisationId,
			submittedAt: new Date(at),
			optOut: opts.statsOptOut,
			profile: profile ? (answers[profile.id] ?? {}) : {},
			result
		});
		// An opted-out submission is passed on too: it withdraws what was recorded before.
		if (facts) await recordSubmission(tx, facts);
		return requireAssessment(tx, organisationId, id);
	});
}

/** The names of the organisation's suppliers by id, for results that name them. */
export async function supplierNames(db: Db, organisationId: string): Promise<Map<string, string>> {
	const rows = await db
		.selectFrom('suppliers')
		.select(['id', 'name'])
		.where('organisation_id', '=', organisationId)
		.execute();
	return new Map(rows.map((r) => [r.id, r.name]));
}
