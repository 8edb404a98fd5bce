/**
 * Answers as a client sends them, made up for any module: valid for every question, and each
 * save of a module different from its previous one, so that every save writes and moves the
 * assessment's revision by exactly one. That makes a stored state checkable: revision r must
 * hold exactly the answers of the first r saves.
 */
import { parseAnswer } from '../../src/lib/questionnaire/answers';
import { questionEntries } from '../../src/lib/questionnaire/questions';
import type { Answers, QuestionnaireModule } from '../../src/lib/questionnaire/schema';

export type FormValues = Record<string, string | string[]>;

/** The n-th set of values for a module (n counts that module's saves; salt tells clients apart). */
export function moduleValues(module: QuestionnaireModule, n: number, salt = 0): FormValues {
	const values: FormValues = {};
	questionEntries(module).forEach(({ question: q }, i) => {
		const turn = n + i + salt;
		switch (q.type) {
			case 'single_choice':
			case 'yes_no':
				values[q.id] = q.choices[turn % q.choices.length].id;
				break;
			case 'multi_choice':
				// One choice at a time: an exclusive choice ("don't know") is valid alone.
				values[q.id] = [q.choices[turn % q.choices.length].id];
				break;
			case 'number': {
				const min = Math.ceil(q.min ?? 0);
				const span = Math.max(1, Math.floor((q.max ?? min + 1000) - min) + 1);
				values[q.id] = String(min + (turn % span));
				break;
			}
			case 'text':
				values[q.id] = `c${salt}-${n}`.slice(0, q.max_length);
				break;
			case 'info':
				break;
		}
	});
	return values;
}

/** What the server stores for the values: parsed as the server parses them. */
export function storedForm(module: QuestionnaireModule, values: FormValues): Answers {
	const out: Answers = {};
	for (const { question } of questionEntries(module)) {
		if (!(question.id in values)) continue;
		const parsed = parseAnswer(question, values[question.id]);
		if (!parsed.ok || parsed.value === null) {
			throw new Error(`made-up answer to ${module.id}.${question.id} is not valid`);
		}
		out[question.id] = parsed.value;
	}
	return out;
}

/** The form body of one module page's save, as the page's autosave sends it. */
export function saveBody(values: FormValues, revision: number, next = 'autosave'): URLSearchParams {
	const body = new URLSearchParams();
	for (const [id, value] of Object.entries(values)) {
		for (const v of [value].flat()) body.append(id, v);
	}
	body.set('_revision', String(revision));
	body.set('_next', next);
	return body;
}
