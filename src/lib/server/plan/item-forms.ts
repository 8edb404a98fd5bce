import { z } from 'zod';
import { PRIORITIES, type Priority } from '../../questionnaire/schema';
import { fail, ok, type Fail, type Ok } from '../../result';

// What a plan page's forms send, checked: every problem named by its field, in codes that
// errors.ts turns into words.

export const ACTION_STATUSES = ['open', 'in_progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const OWNER_MAX = 120;
export const NOTE_MAX = 2000;
export const TITLE_MAX = 200;

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

export type Parsed<T> = Ok<T> | Fail<'invalid', { errors: ItemErrors }>;

export function parseItemUpdate(form: Record<string, unknown>): Parsed<ItemUpdate> {
	const parsed = updateSchema.safeParse(form);
	if (!parsed.success) return fail('invalid', { errors: errorsOf(parsed.error.issues) });
	const { owner, due_date, status, note } = parsed.data;
	return ok({ owner, dueDate: due_date, status, note });
}

export interface OwnAction {
	title: string;
	priority: Priority;
	owner: string | null;
	dueDate: string | null;
}

export function parseOwnAction(form: Record<string, unknown>): Parsed<OwnAction> {
	const parsed = ownSchema.safeParse(form);
	if (!parsed.success) return fail('invalid', { errors: errorsOf(parsed.error.issues) });
	const { title, priority, owner, due_date } = parsed.data;
	return ok({ title, priority, owner, dueDate: due_date });
}
