import { evaluateCondition } from '$lib/questionnaire/visibility';
import type { Answers, Condition } from '$lib/questionnaire/schema';

export type FormValues = Record<string, string | string[]>;

interface ConditionalQuestion {
	id: string;
	type: string;
	showIf: Condition | null;
	choices: { id: string }[];
}

/** A form value as the conditions read it: known choice ids only, numbers as numbers. */
function usable(question: ConditionalQuestion, value: string | string[] | undefined) {
	if (value === undefined) return undefined;
	const ids = new Set(question.choices.map((c) => c.id));
	if (question.type === 'multi_choice') {
		const chosen = [value].flat().filter((id) => ids.has(id));
		return chosen.length > 0 ? chosen : undefined;
	}
	const text = [value].flat()[0]?.trim() ?? '';
	if (text === '') return undefined;
	if (question.type === 'number') {
		const n = Number(text.replace(/[\s\u00a0]/g, '').replace(',', '.'));
		return Number.isFinite(n) ? n : undefined;
	}
	if (question.choices.length > 0) return ids.has(text) ? text : undefined;
	return text;
}

/**
 * Which questions show for the values in the form right now, by the same rules the server
 * applies on saving: conditions read only the usable answers of questions already shown.
 */
export function visibleIds(questions: readonly ConditionalQuestion[], values: FormValues) {
	const visible = new Set<string>();
	const answers: Answers = {};
	for (const question of questions) {
		if (question.showIf && !evaluateCondition(question.showIf, answers, visible)) continue;
		visible.add(question.id);
		const value = usable(question, values[question.id]);
		if (value !== undefined) answers[question.id] = value;
	}
	return visible;
}

/** The answers in a form as strings and lists of strings, the way they are posted. */
export function formValues(data: FormData, multi: ReadonlySet<string>): FormValues {
	const values: FormValues = {};
	for (const key of new Set(data.keys())) {
		const all = data.getAll(key).filter((v): v is string => typeof v === 'string');
		values[key] = multi.has(key) ? all : (all[0] ?? '');
	}
	return values;
}
