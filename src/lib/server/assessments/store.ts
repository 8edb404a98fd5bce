import type { Insertable, Selectable } from 'kysely';
import type { Pin } from '../../questionnaire/registry';
import type { Answers, AnswerValue } from '../../questionnaire/schema';
import type { AssessmentResult, Level } from '../../questionnaire/types';
import type { AssessmentsTable, Db, ModuleChange } from '../db';

// The one module that writes SQL on the assessments, answers and assessment_changes tables:
// the other domains (plans, workshops, exports, seeds) read and write them through here.

export type { ModuleChange } from '../db';
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

function toAssessment(row: Selectable<AssessmentsTable> & { changes: Changes | null }): Assessment {
	return {
		id: row.id,
		organisationId: row.organisation_id,
		status: row.status,
		revision: Number(row.revision),
		pins: row.pins,
		previousId: row.previous_id,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		submittedAt: row.submitted_at,
		result: row.result,
		overallLevel: row.overall_level as Level | null,
		statsOptOut: Number(row.stats_opt_out) === 1,
		changes: row.changes ?? {}
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

/** The organisation's draft in progress, newest first should there ever be two. */
export async function draftOf(db: Db, organisationId: string): Promise<string | undefined> {
	const row = await db
		.selectFrom('assessments')
		.select('id')
		.where('organisation_id', '=', organisationId)
		.where('status', '=', 'draft')
		.orderBy('created_at', 'desc')
		.executeTakeFirst();
	return row?.id;
}

/** The ids of the organisation's assessments, as a subquery for the tables that hang off them. */
export function organisationAssessments(
	db: Db,
	organisationId: string,
	only: { id?: string; status?: Assessment['status'] } = {}
) {
	let query = db
		.selectFrom('assessments')
		.select('id')
		.where('organisation_id', '=', organisationId);
	if (only.id !== undefined) query = query.where('id', '=', only.id);
	if (only.status !== undefined) query = query.where('status', '=', only.status);
	return query;
}

export interface AssessmentState {
	status: Assessment['status'];
	pins: Pin[];
	submittedAt: string | null;
	result: AssessmentResult | null;
}

/** Status, pins and stored result of the assessments named, by id (a workshop's participants). */
export async function assessmentStates(
	db: Db,
	ids: readonly string[]
): Promise<Map<string, AssessmentState>> {
	if (ids.length === 0) return new Map();
	const rows = await db
		.selectFrom('assessments')
		.select(['id', 'status', 'pins', 'submitted_at', 'result'])
		.where('id', 'in', ids)
		.execute();
	return new Map(
		rows.map((r) => [
			r.id,
			{ status: r.status, pins: r.pins, submittedAt: r.submitted_at, result: r.result }
		])
	);
}

export async function getAnswers(db: Db, assessmentId: string): Promise<AnswersByModule> {
	return (await answersOf(db, [assessmentId])).get(assessmentId) ?? {};
}

/** The answers of each assessment named, by id; one without answers is left out. */
export async function answersOf(
	db: Db,
	ids: readonly string[]
): Promise<Map<string, AnswersByModule>> {
	if (ids.length === 0) return new Map();
	const rows = await db
		.selectFrom('answers')
		.select(['assessment_id', 'module_id', 'question_id', 'value'])
		.where('assessment_id', 'in', ids)
		.execute();
	const answers = new Map<string, AnswersByModule>();
	for (const row of rows) {
		const byModule = answers.get(row.assessment_id) ?? {};
		byModule[row.module_id] ??= {};
		byModule[row.module_id][row.question_id] = row.value;
		answers.set(row.assessment_id, byModule);
	}
	return answers;
}

export async function moduleAnswers(
	db: Db,
	assessmentId: string,
	moduleId: string
): Promise<Answers> {
	const rows = await db
		.selectFrom('answers')
		.select(['question_id', 'value'])
		.where('assessment_id', '=', assessmentId)
		.where('module_id', '=', moduleId)
		.execute();
	return Object.fromEntries(rows.map((r) => [r.question_id, r.value]));
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

export interface NewDraft {
	id: string;
	organisationId: string;
	pins: Pin[];
	previousId: string | null;
	at: string;
}

export async function insertDraft(db: Db, draft: NewDraft): Promise<void> {
	await insertAssessments(db, [
		{
			id: draft.id,
			organisation_id: draft.organisationId,
			status: 'draft',
			revision: 0,
			pins: JSON.stringify(draft.pins),
			previous_id: draft.previousId,
			created_at: draft.at,
			updated_at: draft.at,
			submitted_at: null,
			result: null,
			overall_level: null,
			stats_opt_out: 0
		}
	]);
}

/** Rows as they are, for the seeds that write finished assessments in bulk. */
export async function insertAssessments(
	db: Db,
	rows: readonly Insertable<AssessmentsTable>[]
): Promise<void> {
	if (rows.length > 0) await db.insertInto('assessments').values(rows).execute();
}

/** Removes an assessment that lost a race before anyone worked on it. */
export async function discardAssessment(db: Db, id: string): Promise<void> {
	await db.deleteFrom('assessments').where('id', '=', id).execute();
}

export async function insertAnswers(
	db: Db,
	given: { assessmentId: string; answers: AnswersByModule; at: string }
): Promise<void> {
	const { assessmentId, answers, at } = given;
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

/** A draft's next revision, only when it is still at `base`: false when another save came first. */
export async function bumpRevision(
	db: Db,
	draft: { id: string; organisationId: string; base: number; at: string; pins?: Pin[] }
): Promise<boolean> {
	const bumped = await db
		.updateTable('assessments')
		.set((eb) => ({
			revision: eb('revision', '+', 1),
			updated_at: draft.at,
			...(draft.pins ? { pins: JSON.stringify(draft.pins) } : {})
		}))
		.where('id', '=', draft.id)
		.where('organisation_id', '=', draft.organisationId)
		.where('status', '=', 'draft')
		.where('revision', '=', draft.base)
		.executeTakeFirst();
	return Number(bumped.numUpdatedRows) > 0;
}

/** Writes the given answers of one module over what it had, in one statement. */
export async function upsertAnswers(
	db: Db,
	target: { assessmentId: string; moduleId: string; at: string },
	answers: readonly [questionId: string, value: AnswerValue][]
): Promise<void> {
	if (answers.length === 0) return;
	await db
		.insertInto('answers')
		.values(
			answers.map(([questionId, value]) => ({
				assessment_id: target.assessmentId,
				module_id: target.moduleId,
				question_id: questionId,
				value: JSON.stringify(value),
				updated_at: target.at
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

export async function deleteAnswers(
	db: Db,
	target: { assessmentId: string; moduleId: string },
	questionIds: readonly string[]
): Promise<void> {
	if (questionIds.length === 0) return;
	await db
		.deleteFrom('answers')
		.where('assessment_id', '=', target.assessmentId)
		.where('module_id', '=', target.moduleId)
		.where('question_id', 'in', questionIds)
		.execute();
}

/** Stores the scored snapshot, only when the draft is still at `revision`. */
export async function markSubmitted(
	db: Db,
	submission: {
		id: string;
		revision: number;
		result: AssessmentResult;
		statsOptOut: boolean;
		at: string;
	}
): Promise<boolean> {
	const updated = await db
		.updateTable('assessments')
		.set({
			status: 'submitted',
			revision: submission.revision + 1,
			updated_at: submission.at,
			submitted_at: submission.at,
			result: JSON.stringify(submission.result),
			overall_level: submission.result.level,
			stats_opt_out: submission.statsOptOut ? 1 : 0
		})
		.where('id', '=', submission.id)
		.where('status', '=', 'draft')
		.where('revision', '=', submission.revision)
		.executeTakeFirst();
	return Number(updated.numUpdatedRows) > 0;
}

/** Every assessment of the organisation as stored, oldest first, for its data export. */
export function exportedAssessments(db: Db, organisationId: string) {
	return db
		.selectFrom('assessments')
		.selectAll()
		.where('organisation_id', '=', organisationId)
		.orderBy('created_at')
		.execute();
}

/** Every answer of the organisation's assessments as stored, for its data export. */
export function exportedAnswers(db: Db, organisationId: string) {
	return db
		.selectFrom('answers')
		.select(['assessment_id', 'module_id', 'question_id', 'value', 'updated_at'])
		.where('assessment_id', 'in', organisationAssessments(db, organisationId))
		.orderBy('module_id')
		.orderBy('question_id')
		.execute();
}
