import { actionPlan } from '../../questionnaire/plan';
import { pinnedModules, pinOf } from '../../questionnaire/registry';
import type { LoadedModule, Pin, QuestionnaireRegistry } from '../../questionnaire/registry';
import { PRIORITIES, type Priority, type QuestionnaireModule } from '../../questionnaire/schema';
import {
	RESULT_FORMAT,
	type AssessmentResult,
	type PlannedAction
} from '../../questionnaire/types';
import { fail, ok, type Result } from '../../result';
import { getAssessment, organisationAssessments } from '../assessments';
import type { ActionItemsTable, Db } from '../db';
import { newId, nowIso } from '../ids';
import type { ActionStatus, ItemUpdate, OwnAction } from './item-forms';

export interface SubmittedAssessment {
	id: string;
	pins: Pin[];
	submittedAt: string;
	result: AssessmentResult;
}

/**
 * The organisation's assessment with its stored result, or why there is none to plan from:
 * not_found covers another organisation's id too, so its existence is never revealed.
 */
export async function findSubmittedAssessment(
	db: Db,
	organisationId: string,
	id: string
): Promise<Result<SubmittedAssessment, 'not_found' | 'not_submitted'>> {
	const assessment = await getAssessment(db, organisationId, id);
	if (!assessment) return fail('not_found');
	const { status, result, submittedAt } = assessment;
	if (status !== 'submitted' || result === null || submittedAt === null) {
		return fail('not_submitted');
	}
	if (result.format !== RESULT_FORMAT) {
		throw new Error(`Assessment ${id} holds a result of format ${result.format}`);
	}
	return ok({ id, pins: assessment.pins, submittedAt, result });
}

/**
 * The module versions the result was scored with: the assessment's pins, and the supplier
 * module versions its suppliers answered (the result names those by version alone). A file
 * that is gone or changed is a broken install, not something to plan around.
 */
function scoredModules(
	registry: QuestionnaireRegistry,
	assessment: SubmittedAssessment
): LoadedModule[] {
	const loaded = pinnedModules(registry, assessment.pins);
	const { result } = assessment;
	for (const r of [...result.modules, ...result.suppliers]) {
		if (loaded.some((l) => l.id === r.moduleId && l.version === r.version)) continue;
		const file = registry.get({ module: r.moduleId, version: r.version });
		if (!file) throw new Error(`Module ${r.moduleId} ${r.version} is not installed`);
		loaded.push(file);
	}
	return loaded;
}

export function sourceOf(action: Pick<PlannedAction, 'moduleId' | 'actionId'>): string {
	return `${action.moduleId}:${action.actionId}`;
}

/** The plan with the modules it was drawn from and their exact versions. */
export function plannedActions(
	registry: QuestionnaireRegistry,
	assessment: SubmittedAssessment
): { planned: PlannedAction[]; modules: QuestionnaireModule[]; versions: Pin[] } {
	const loaded = scoredModules(registry, assessment);
	const modules = loaded.map((l) => l.module);
	return { planned: actionPlan(assessment.result, modules), modules, versions: loaded.map(pinOf) };
}

export interface ActionItem {
	id: string;
	/** module:action of a catalogue action; null for the organisation's own. */
	source: string | null;
	title: string | null;
	priority: Priority;
	owner: string | null;
	dueDate: string | null;
	status: ActionStatus;
	note: string | null;
	position: number;
	updatedAt: string;
}

function fromRow(row: ActionItemsTable): ActionItem {
	return {
		id: row.id,
		source: row.source,
		title: row.title,
		priority: row.priority as Priority,
		owner: row.owner,
		dueDate: row.due_date,
		status: row.status,
		note: row.note,
		position: row.position,
		updatedAt: row.updated_at
	};
}

/**
 * Writes the plan's items the first time it is opened. The unique (assessment, source)
 * index makes a second, simultaneous first visit insert nothing instead of a copy.
 */
export async function ensureActionItems(
	db: Db,
	assessmentId: string,
	planned: readonly PlannedAction[]
): Promise<void> {
	if (planned.length === 0) return;
	await db.transaction().execute(async (tx) => {
		const existing = await tx
			.selectFrom('action_items')
			.select('id')
			.where('assessment_id', '=', assessmentId)
			.where('source', 'is not', null)
			.limit(1)
			.executeTakeFirst();
		if (existing) return;
		const now = nowIso();
		await tx
			.insertInto('action_items')
			.values(
				planned.map((action, position) => ({
					id: newId(),
					assessment_id: assessmentId,
					source: sourceOf(action),
					title: null,
					priority: action.priority,
					owner: null,
					due_date: null,
					status: 'open' as const,
					note: null,
					position,
					updated_at: now
				}))
			)
			.onConflict((oc) => oc.columns(['assessment_id', 'source']).doNothing())
			.execute();
	});
}

export async function listActionItems(db: Db, assessmentId: string): Promise<ActionItem[]> {
	const rows = await db
		.selectFrom('action_items')
		.selectAll()
		.where('assessment_id', '=', assessmentId)
		.orderBy('position')
		.orderBy('id')
		.execute();
	return rows.map(fromRow);
}

/** The plan of one of the organisation's assessments; another organisation's matches nothing. */
export interface PlanOf {
	organisationId: string;
	assessmentId: string;
}

const ownItems = (db: Db, plan: PlanOf, status?: 'submitted') =>
	organisationAssessments(db, plan.organisationId, { id: plan.assessmentId, status });

export interface ItemChange {
	itemId: string;
	update: ItemUpdate;
	/** The updated_at the page was showing; a save over a newer one is refused as stale. */
	expectedUpdatedAt?: string;
}

export async function updateActionItem(
	db: Db,
	plan: PlanOf,
	change: ItemChange
): Promise<Result<undefined, 'not_found' | 'stale'>> {
	const { itemId, update, expectedUpdatedAt } = change;
	let query = db
		.updateTable('action_items')
		.set({
			owner: update.owner,
			due_date: update.dueDate,
			status: update.status,
			note: update.note,
			updated_at: nowIso()
		})
		.where('id', '=', itemId)
		.where('assessment_id', 'in', ownItems(db, plan));
	if (expectedUpdatedAt !== undefined) query = query.where('updated_at', '=', expectedUpdatedAt);
	const result = await query.executeTakeFirst();
	if (Number(result.numUpdatedRows) > 0) return ok();
	const exists = await db
		.selectFrom('action_items')
		.select('id')
		.where('id', '=', itemId)
		.where('assessment_id', 'in', ownItems(db, plan))
		.executeTakeFirst();
	return fail(exists ? 'stale' : 'not_found');
}

/** Adds the organisation's own action at the end of the plan of a submitted assessment. */
export async function addOwnAction(
	db: Db,
	plan: PlanOf,
	action: OwnAction
): Promise<Result<string, 'not_found'>> {
	const { assessmentId } = plan;
	return db.transaction().execute(async (tx) => {
		const assessment = await ownItems(tx, plan, 'submitted').executeTakeFirst();
		if (!assessment) return fail('not_found');
		const last = await tx
			.selectFrom('action_items')
			.select((eb) => eb.fn.max('position').as('position'))
			.where('assessment_id', '=', assessmentId)
			.executeTakeFirst();
		const id = newId();
		await tx
			.insertInto('action_items')
			.values({
				id,
				assessment_id: assessmentId,
				source: null,
				title: action.title,
				priority: action.priority,
				owner: action.owner,
				due_date: action.dueDate,
				status: 'open',
				note: null,
				position: Number(last?.position ?? -1) + 1,
				updated_at: nowIso()
			})
			.execute();
		return ok(id);
	});
}

/** Only the organisation's own actions can go; the catalogue's stay with the answers that called for them. */
export async function removeOwnAction(
	db: Db,
	plan: PlanOf,
	itemId: string
): Promise<Result<undefined, 'not_found'>> {
	const result = await db
		.deleteFrom('action_items')
		.where('id', '=', itemId)
		.where('source', 'is', null)
		.where('assessment_id', 'in', ownItems(db, plan))
		.executeTakeFirst();
	return Number(result.numDeletedRows) > 0 ? ok() : fail('not_found');
}

export interface Progress {
	done: number;
	total: number;
	byPriority: Record<Priority, { done: number; total: number }>;
}

export function actionProgress(
	items: readonly Pick<ActionItem, 'priority' | 'status'>[]
): Progress {
	const byPriority = Object.fromEntries(
		PRIORITIES.map((p) => [p, { done: 0, total: 0 }])
	) as Record<Priority, { done: number; total: number }>;
	for (const item of items) {
		const bucket = byPriority[item.priority];
		bucket.total += 1;
		if (item.status === 'done') bucket.done += 1;
	}
	return {
		done: items.filter((i) => i.status === 'done').length,
		total: items.length,
		byPriority
	};
}
