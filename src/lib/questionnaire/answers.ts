import { z } from 'zod';
import type { AnswerValue, Question } from './schema';

/** What can be wrong with a submitted answer; the app turns each code into a message. */
export const ANSWER_ERRORS = [
	'required',
	'invalid',
	'unknown_choice',
	'exclusive_choice',
	'not_a_number',
	'below_min',
	'above_max',
	'too_long',
	'not_answerable'
] as const;
export type AnswerError = (typeof ANSWER_ERRORS)[number];

/** A refused answer: what is wrong, and the bound it broke (min, max or max_length) if any. */
export interface AnswerProblem {
	error: AnswerError;
	limit: number | null;
}

/**
 * value null means "no answer": the stored answer, if any, is removed. limit carries the
 * bound that was broken (min, max or max_length) for the message.
 */
export type ParsedAnswer =
	{ ok: true; value: AnswerValue | null } | ({ ok: false } & AnswerProblem);

function isEmpty(raw: unknown): boolean {
	if (raw === undefined || raw === null) return true;
	if (typeof raw === 'string') return raw.trim() === '';
	return Array.isArray(raw) && raw.every((item) => typeof item === 'string' && item.trim() === '');
}

/** Polish writes 1 234,5: spaces (also no-break ones) group digits and a comma marks decimals. */
function parseLocaleNumber(raw: string): number {
	const text = raw.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
	return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
}

function choiceSchema(question: Question & { choices: { id: string }[] }) {
	const ids = new Set(question.choices.map((c) => c.id));
	return z
		.string({ error: 'invalid' })
		.trim()
		.refine((id) => ids.has(id), { error: 'unknown_choice' });
}

/**
 * The zod schema of a non-empty answer to the question. Parsing normalises the value:
 * trimmed ids, multi_choice ids without repeats in the order of the file's choices, numbers
 * from form text, text with browser line endings (CRLF) counted as one character.
 */
export function answerSchema(question: Question): z.ZodType<AnswerValue> {
	switch (question.type) {
		case 'single_choice':
		case 'yes_no':
			return choiceSchema(question);
		case 'multi_choice': {
			const order = question.choices.map((c) => c.id);
			const exclusive = new Set(question.choices.filter((c) => c.exclusive).map((c) => c.id));
			return z
				.union([z.string(), z.array(z.string())], { error: 'invalid' })
				.transform((raw) => (Array.isArray(raw) ? raw : [raw]).filter((id) => id.trim() !== ''))
				.pipe(z.array(choiceSchema(question)))
				.transform((ids) => order.filter((id) => ids.includes(id)))
				.refine((ids) => ids.length === 1 || !ids.some((id) => exclusive.has(id)), {
					error: 'exclusive_choice'
				});
		}
		case 'number': {
			let schema = z.number({ error: 'not_a_number' });
			if (question.min !== undefined) schema = schema.min(question.min, { error: 'below_min' });
			if (question.max !== undefined) schema = schema.max(question.max, { error: 'above_max' });
			return z
				.union(
					[
						// Any JS number, NaN and Infinity too, so that the pipe names them not_a_number.
						z.custom<number>((raw) => typeof raw === 'number'),
						z.string().transform(parseLocaleNumber)
					],
					{ error: 'invalid' }
				)
				.pipe(schema);
		}
		case 'text':
			return z
				.string({ error: 'invalid' })
				.transform((text) => text.replace(/\r\n?/g, '\n').trim())
				.pipe(z.string().max(question.max_length, { error: 'too_long' }));
		case 'info':
			return z.never({ error: 'not_answerable' });
	}
}

function limitOf(question: Question, error: AnswerError): number | null {
	if (error === 'below_min' && question.type === 'number') return question.min ?? null;
	if (error === 'above_max' && question.type === 'number') return question.max ?? null;
	if (error === 'too_long' && question.type === 'text') return question.max_length;
	return null;
}

// Building a zod schema costs far more than running it, and saving a module page parses every
// one of its answers: kept per question (questions are loaded once and never change), the
// server's CPU time per save halves.
const schemas = new WeakMap<Question, z.ZodType<AnswerValue>>();

/** answerSchema, built once per question object. */
export function cachedAnswerSchema(question: Question): z.ZodType<AnswerValue> {
	let schema = schemas.get(question);
	if (!schema) {
		schema = answerSchema(question);
		schemas.set(question, schema);
	}
	return schema;
}

/**
 * Parses a raw answer as it comes from a form (a string, the list FormData.getAll gives
 * for checkboxes) or from JSON. An empty answer is an error for a required question and a
 * removal for an optional one.
 */
export function parseAnswer(question: Question, raw: unknown): ParsedAnswer {
	if (isEmpty(raw)) {
		return question.required && question.type !== 'info'
			? { ok: false, error: 'required', limit: null }
			: { ok: true, value: null };
	}
	const result = cachedAnswerSchema(question).safeParse(raw);
	if (result.success) return { ok: true, value: result.data };
	const message = result.error.issues[0]?.message;
	const error = ANSWER_ERRORS.find((code) => code === message) ?? 'invalid';
	return { ok: false, error, limit: limitOf(question, error) };
}
