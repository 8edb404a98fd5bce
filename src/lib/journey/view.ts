import { localize } from '../questionnaire/localize';
import type {
	AnswerValue,
	Condition,
	Question,
	QuestionnaireModule,
	QuestionType
} from '../questionnaire/schema';

/**
 * What a question page shows of a questionnaire, in one language. Plain data: it travels to
 * the browser, which needs no risks or flags, only the texts and what show_if reads.
 */
export interface ChoiceView {
	id: string;
	label: string;
	exclusive: boolean;
}

export interface QuestionView {
	id: string;
	type: QuestionType;
	text: string;
	help: string | null;
	legal: string[];
	evidence: string | null;
	unit: string | null;
	min: number | null;
	max: number | null;
	maxLength: number | null;
	required: boolean;
	showIf: Condition | null;
	choices: ChoiceView[];
	/** New or changed since the answers were first given (a re-assessment, a newer version). */
	mark: 'new' | 'changed' | null;
}

export interface SectionView {
	id: string;
	title: string;
	intro: string | null;
	questions: QuestionView[];
}

export function questionView(
	question: Question,
	locale: string,
	marks: { added: string[]; changed: string[] } = { added: [], changed: [] }
): QuestionView {
	return {
		id: question.id,
		type: question.type,
		text: localize(question.text, locale),
		help: localize(question.help, locale) ?? null,
		legal: question.legal ?? [],
		evidence: localize(question.evidence, locale) ?? null,
		unit: question.type === 'number' ? (localize(question.unit, locale) ?? null) : null,
		min: question.type === 'number' ? (question.min ?? null) : null,
		max: question.type === 'number' ? (question.max ?? null) : null,
		maxLength: question.type === 'text' ? question.max_length : null,
		required: question.required,
		showIf: question.show_if ?? null,
		choices:
			'choices' in question
				? question.choices.map((c) => ({
						id: c.id,
						label: localize(c.label, locale),
						exclusive: c.exclusive ?? false
					}))
				: [],
		mark: marks.added.includes(question.id)
			? 'new'
			: marks.changed.includes(question.id)
				? 'changed'
				: null
	};
}

export function sectionViews(
	module: QuestionnaireModule,
	locale: string,
	marks?: { added: string[]; changed: string[] }
): SectionView[] {
	return module.sections.map((section) => ({
		id: section.id,
		title: localize(section.title, locale),
		intro: localize(section.intro, locale) ?? null,
		questions: section.questions.map((q) => questionView(q, locale, marks))
	}));
}

/**
 * The least of a module that visibility.ts reads (ids, types, show_if, choice ids), rebuilt
 * in the browser from the page's views so the same rules decide what is shown there.
 */
export function visibilityModule(sections: SectionView[]): QuestionnaireModule {
	return {
		sections: sections.map((s) => ({
			questions: s.questions.map((q) => ({
				id: q.id,
				type: q.type,
				show_if: q.showIf ?? undefined,
				choices: q.choices.map((c) => ({ id: c.id }))
			}))
		}))
	} as unknown as QuestionnaireModule;
}

/** Form text as visibility reads it: a number question's text as a number, when it is one. */
export function formAnswers(
	questions: QuestionView[],
	values: Record<string, string | string[]>
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

/** A stored answer as the form holds it. */
export function formValue(value: AnswerValue | undefined): string | string[] {
	if (value === undefined) return '';
	if (Array.isArray(value)) return value;
	return String(value);
}

/** The element an error summary links to for a question: its first input. */
export function firstInputId(question: QuestionView): string {
	return question.choices.length > 0 ? `${question.id}-${question.choices[0].id}` : question.id;
}
