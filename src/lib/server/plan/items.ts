import { z } from 'zod';
import type { Db } from '../db/index';
import type { ActionItemsTable } from '../db/schema';
import { newId, nowIso } from '../ids';
import type { LoadedModule, QuestionnaireRegistry } from '../questionnaires/load';
import { PRIORITIES, type Priority, type QuestionnaireModule } from '../../questionnaire/schema';
import { actionPlan } from '../../questionnaire/plan';
import {
	RESULT_FORMAT,
	type AssessmentResult,
	type PlannedAction
} from '../../questionnaire/types';

export const ACTION_STATUSES = ['open', 'in_progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const OWNER_MAX = 120;
export const NOTE_MAX = 2000;
export const TITLE_MAX = 200;

export interface ModulePin {
	module: string;
	version: string;
	sha256: string;
}

export interface SubmittedAssessment {
	id: string;
	pins: ModulePin[];
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
): Promise<SubmittedAssessment | 'not_found' | 'not_submitted'> {
	const row = await db
		.selectFrom('assessments')
		.select(['id', 'status', 'pins', 'submitted_at', 'result'])
		.where('id', '=', id)
		.where('organisation_id', '=', organisationId)
		.executeTakeFirst();
	if (!row) return 'not_found';
	if (row.status !== 'submitted' || row.result === null || row.submitted_at === null) {
		return 'not_submitted';
	}
	const result = JSON.parse(row.result) as AssessmentResult;
	if (result.format !== RESULT_FORMAT) {
		throw new Error(`Assessment ${id} holds a result of format ${result.format}`);
	}
	return {
		id: row.id,
		pins: JSON.parse(row.pins) as ModulePin[],
		submittedAt: row.submitted_at,
		result
	};
}

/**
 * The module versions the result was scored with: the assessment's pins, and the supplier
 * module versions its suppliers answered. A pin whose file is gone or changed is a broken
 * install, not something to plan around.
 */
export function pinnedModules(
	registry: QuestionnaireRegistry,
	assessment: SubmittedAssessment
): LoadedModule[] {
	const refs = new Map<string, { module: string; version: string; sha256?: string }>();
	for (const pin of assessment.pins) refs.set(`${pin.module}/${pin.version}`, pin);
	const { result } = assessment;
	for (const r of [...result.modules, ...result.suppliers]) {
		const key = `${r.moduleId}/${r.version}`;
		if (!refs.has(key)) refs.set(key, { module: r.moduleId, version: r.version });
	}
	return [...refs.values()].map((ref) => {
		const loaded = registry.get(ref);
		if (!loaded || (ref.sha256 !== undefined && loaded.sha256 !== ref.sha256)) {
			throw new Error(`Module ${ref.module} ${ref.version} is missing or changed`);
		}
		return loaded;
	});
}

export function sourceOf(action: Pick<PlannedAction, 'moduleId' | 'actionId'>): string {
	return `${action.moduleId}:${action.actionId}`;
}

/** The plan with the modules it was drawn from and their exact versions. */
export function plannedActions(
	registry: QuestionnaireRegistry,
	assessment: SubmittedAssessment
): { planned: PlannedAction[]; modules: QuestionnaireModule[]; versions: ModulePin[] } {
	const loaded = pinnedModules(registry, assessment);
	const modules = loaded.map((l) => l.module);
	return {
		planned: actionPlan(assessment.result, modules),
		modules,
		versions: loaded.map((l) => ({ module: l.id, version: l.version, sha256: l.sha256 }))
	};
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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as <input type="date"> sends it, within a range a plan can mean. */
export function isPlanDate(text: string): boolean {
	const match = ISO_DATE.exec(text);
	if (!match) return false;
	const year = Number(match[1]);
	if (year < 2000 || year > 2100) return false;
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

export type ItemField = 'title' | 'priority' | 'owner' | 'due_date' | 'status' | 'note';
export type ItemError = 'required' | 'too_long' | 'invalid' | 'invalid_date';
export type ItemErrors = Partial<Record<ItemField, ItemError>>;

const optionalText = (max: number) =>
	z
		.string({ error: 'invalid' })
		.optional()
		.transform((s) => (s ?? '').replace(/\r\n?/g, '\n').trim())
		.pipe(z.string().max(max, { error: 'too_long' }))
		.transform((s) => (s === '' ? null : s));

const dueDate = z
	.string({ error: 'invalid_date' })
	.optional()
	.transform((s) => s?.trim() ?? '')
	.refine((s) => s === '' || isPlanDate(s), { error: 'invalid_date' })
	.transform((s) => (s === '' ? null : s));

const updateSchema = z.object({
	owner: optionalText(OWNER_MAX),
	due_date: dueDate,
	status: z.enum(ACTION_STATUSES, { error: 'invalid' }),
	note: optionalText(NOTE_MAX)
});

const ownSchema = z.object({
	title: z
		.string({ error: 'required' })
		.trim()
		.min(1, { error: 'required' })
		.max(TITLE_MAX, { error: 'too_long' }),
	priority: z.enum(PRIORITIES, {
		error: (issue) => (issue.input === undefined || issue.input === '' ? 'required' : 'invalid')
	}),
	owner: optionalText(OWNER_MAX),
	due_date: dueDate
});

function errorsOf(issues: z.core.$ZodIssue[]): ItemErrors {
	const codes: ItemError[] = ['required', 'too_long', 'invalid_date'];
	const errors: ItemErrors = {};
	for (const issue of issues) {
		errors[String(issue.path[0]) as ItemField] ??=
			codes.find((c) => c === issue.message) ?? 'invalid';
	}
	return errors;
}

export interface ItemUpdate {
	owner: string | null;
	dueDate: string | null;
	status: ActionStatus;
	note: string | null;
}

export function parseItemUpdate(
	form: Record<string, unknown>
): { ok: true; value: ItemUpdate } | { ok: false; errors: ItemErrors } {
	const parsed = updateSchema.safeParse(form);
	if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error.issues) };
	const { owner, due_date, status, note } = parsed.data;
	return { ok: true, value: { owner, dueDate: due_date, status, note } };
}

export interface OwnAction {
	title: string;
	priority: Priority;
	owner: string | null;
	dueDate: string | null;
}

export function parseOwnAction(
	form: Record<string, unknown>
): { ok: true; value: OwnAction } | { ok: false; errors: ItemErrors } {
	const parsed = ownSchema.safeParse(form);
	if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error.issues) };
	const { title, priority, owner, due_date } = parsed.data;
	return { ok: true, value: { title, priority, owner, dueDate: due_date } };
}

/** The items of one of the organisation's assessments; another organisation's match nothing. */
function ownItems(db: Db, organisationId: string, assessmentId: string) {
	return db
		.selectFrom('assessments')
		.select('id')
		.where('id', '=', assessmentId)
		.where('organisation_id', '=', organisationId);
}

export type UpdateOutcome = 'saved' | 'not_found' | 'stale';

export async function updateActionItem(
	db: Db,
	organisationId: string,
	assessmentId: string,
	itemId: string,
	update: ItemUpdate,
	expectedUpdatedAt?: string
): Promise<UpdateOutcome> {
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
		.where('assessment_id', 'in', ownItems(db, organisationId, assessmentId));
	if (expectedUpdatedAt !== undefined) query = query.where('updated_at', '=', expectedUpdatedAt);
	const result = await query.executeTakeFirst();
	if (Number(result.numUpdatedRows) > 0) return 'saved';
	const exists = await db
		.selectFrom('action_items')
		.select('id')
		.where('id', '=', itemId)
		.where('assessment_id', 'in', ownItems(db, organisationId, assessmentId))
		.executeTakeFirst();
	return exists ? 'stale' : 'not_found';
}

/** Adds the organisation's own action at the end of the plan; null for a foreign assessment. */
export async function addOwnAction(
	db: Db,
	organisationId: string,
	assessmentId: string,
	action: OwnAction
): Promise<string | null> {
	return db.transaction().execute(async (tx) => {
		const assessment = await ownItems(tx, organisationId, assessmentId)
			.where('status', '=', 'submitted')
			.executeTakeFirst();
		if (!assessment) return null;
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
		return id;
	});
}

/** Only the organisation's own actions can go; the catalogue's stay with the answers that called for them. */
export async function removeOwnAction(
	db: Db,
	organisationId: string,
	assessmentId: string,
	itemId: string
): Promise<boolean> {
	const result = await db
		.deleteFrom('action_items')
		.where('id', '=', itemId)
		.where('source', 'is', null)
		.where('assessment_id', 'in', ownItems(db, organisationId, assessmentId))
		.executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
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
