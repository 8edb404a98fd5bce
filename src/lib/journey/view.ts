import type { QuestionView } from '../question-form/view';
import type { AnswerValue } from '../questionnaire/schema';

/** A stored answer in words: the chosen labels, the number with its unit, or the text. */
export function answerText(question: QuestionView, value: AnswerValue | undefined): string | null {
	if (value === undefined) return null;
	if (question.choices.length > 0) {
		const ids = Array.isArray(value) ? value : [String(value)];
		const labels = ids.map((id) => question.choices.find((c) => c.id === id)?.label ?? id);
		return labels.join('; ');
	}
	if (typeof value === 'number') return question.unit ? `${value} ${question.unit}` : String(value);
	return String(value);
}
