import { m } from '../paraglide/messages';
import type { AnswerProblem } from '../questionnaire/answers';

/**
 * What a person reads next to a field whose answer was refused, in the request's language:
 * the same words on every questionnaire page.
 */
function answerErrorMessage({ error, limit }: AnswerProblem): string {
	switch (error) {
		case 'required':
			return m.journey_answer_required();
		case 'unknown_choice':
			return m.journey_answer_unknown_choice();
		case 'exclusive_choice':
			return m.journey_answer_exclusive_choice();
		case 'not_a_number':
			return m.journey_answer_not_a_number();
		case 'below_min':
			return m.journey_answer_below_min({ min: String(limit ?? '') });
		case 'above_max':
			return m.journey_answer_above_max({ max: String(limit ?? '') });
		case 'too_long':
			return m.journey_answer_too_long({ max: String(limit ?? '') });
		case 'not_answerable':
		case 'invalid':
			return m.journey_answer_invalid();
	}
}

/** Each refused answer's message, by question id. */
export function answerErrorMessages(
	problems: Readonly<Record<string, AnswerProblem>>
): Record<string, string> {
	return Object.fromEntries(
		Object.entries(problems).map(([id, problem]) => [id, answerErrorMessage(problem)])
	);
}
