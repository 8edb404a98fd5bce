import { localize } from '../questionnaire/localize';
import type {
	Condition,
	Question,
	QuestionnaireModule,
	QuestionType
} from '../questionnaire/schema';
import { visibleQuestions } from '../questionnaire/visibility';
import { formAnswers, type FormValues } from './convert';

/**
 * What a questionnaire page shows of a questionnaire, in one language: the module pages of an
 * assessment and a supplier's page alike. Plain data: it travels to the browser, which needs
 * no risks or flags, only the texts and what show_if reads.
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

/** The questions to mark as new or changed since the answers were first given. */
export interface QuestionMarks {
	added: string[];
	changed: string[];
}

function questionView(
	question: Question,
	locale: string,
	marks: QuestionMarks = { added: [], changed: [] }
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
	marks?: QuestionMarks
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

/**
 * The questions shown for what the form holds right now, by the rules the server applies on
 * saving: `skeleton` is visibilityModule of the same sections, built once per page.
 */
export function visibleInForm(
	skeleton: QuestionnaireModule,
	questions: readonly QuestionView[],
	values: FormValues
): Set<string> {
	return visibleQuestions(skeleton, formAnswers(questions, values));
}

/** The element an error summary links to for a question: its first input. */
function firstInputId(question: QuestionView): string {
	return question.choices.length > 0 ? `${question.id}-${question.choices[0].id}` : question.id;
}

/**
 * An error summary's entries: the form's own error first, then each shown question's, in
 * question order, each keyed by the element its link goes to; null when there is none.
 */
export function errorSummary(
	questions: readonly QuestionView[],
	visible: ReadonlySet<string>,
	errors: Readonly<Record<string, string>> | null | undefined,
	formError?: string | null
): Record<string, string> | null {
	const entries: [string, string][] = [];
	if (formError) entries.push(['form', formError]);
	for (const q of questions) {
		if (errors?.[q.id] && visible.has(q.id)) entries.push([firstInputId(q), errors[q.id]]);
	}
	return entries.length > 0 ? Object.fromEntries(entries) : null;
}
