import type { AnswerValue, Answers, QuestionType } from '../questionnaire/schema';

/**
 * What a questionnaire form holds and posts: each question's field by its id, a list of
 * choice ids for multi_choice, a string for the rest. The one conversion between answers and
 * forms for every questionnaire page, in the browser and on the server.
 */
export type FormValues = Record<string, string | string[]>;

/** The hidden field each shown question sends, so that a question left blank is told apart. */
export const SHOWN_FIELD = '_shown';

interface FormQuestion {
	id: string;
	type: QuestionType;
}

/** A stored answer as the form holds it. */
function formValue(value: AnswerValue | undefined): string | string[] {
	if (value === undefined) return '';
	if (Array.isArray(value)) return value;
	return String(value);
}

/** Stored answers as the form holds them. */
export function formValues(answers: Answers): FormValues {
	return Object.fromEntries(Object.entries(answers).map(([id, v]) => [id, formValue(v)]));
}

const empty = (question: FormQuestion) => (question.type === 'multi_choice' ? [] : '');

/**
 * A value for every question that takes an answer, from the first of `sources` that has one
 * (typed and sent back, then stored), blank otherwise.
 */
export function initialValues(
	questions: readonly FormQuestion[],
	...sources: (FormValues | null | undefined)[]
): FormValues {
	return Object.fromEntries(
		questions
			.filter((q) => q.type !== 'info')
			.map((q) => [q.id, sources.find((s) => s?.[q.id] !== undefined)?.[q.id] ?? empty(q)])
	);
}

/** Form text as visibility reads it: a number question's text as a number, when it is one. */
export function formAnswers(
	questions: readonly FormQuestion[],
	values: FormValues
): Record<string, AnswerValue> {
	const answers: Record<string, AnswerValue> = {};
	for (const q of questions) {
		const value = values[q.id];
		if (value === undefined) continue;
		if (q.type === 'number' && typeof value === 'string') {
			const n = Number(value.replace(/[\s\u00a0]/g, '').replace(',', '.'));
			if (value.trim() !== '' && Number.isFinite(n)) answers[q.id] = n;
		} else if (Array.isArray(value) ? value.length > 0 : value.trim() !== '') {
			answers[q.id] = value;
		}
	}
	return answers;
}

/**
 * The answers a form posted: each field by its name, as a list for a multi_choice question;
 * and a blank answer for every question the page showed that sent nothing (no radio picked,
 * every box unticked). Fields whose names start with _ are the page's own, never answers
 * (question ids never start with _). A field that names no question is passed on, for the
 * service to refuse or ignore.
 */
export function valuesFromForm(form: FormData, questions: readonly FormQuestion[]): FormValues {
	const multi = new Set(questions.filter((q) => q.type === 'multi_choice').map((q) => q.id));
	const values: FormValues = {};
	for (const key of new Set(form.keys())) {
		if (key.startsWith('_')) continue;
		const all = form.getAll(key).filter((v): v is string => typeof v === 'string');
		values[key] = multi.has(key) ? all : (all[0] ?? '');
	}
	for (const shown of form.getAll(SHOWN_FIELD)) {
		if (typeof shown === 'string' && !Object.hasOwn(values, shown)) {
			values[shown] = multi.has(shown) ? [] : '';
		}
	}
	return values;
}
