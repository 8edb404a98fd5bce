import type { Choice, Question, QuestionnaireModule, Section } from './schema';

export type QuestionEntry = {
	question: Question;
	section: Section;
	/** Where the question sits in the file, e.g. ['sections', 0, 'questions', 2]. */
	path: (string | number)[];
};

/** Every question of a module in file order, which is also the order show_if may refer back in. */
export function questionEntries(mod: QuestionnaireModule): QuestionEntry[] {
	return mod.sections.flatMap((section, si) =>
		section.questions.map((question, qi) => ({
			question,
			section,
			path: ['sections', si, 'questions', qi]
		}))
	);
}

export function choicesOf(question: Question): Choice[] {
	return 'choices' in question ? question.choices : [];
}

/** Scored questions make the control score; exposure, text and info questions never do. */
export function isScored(question: Question): boolean {
	if (question.exposure) return false;
	if (question.type === 'number') return (question.risk_bands?.length ?? 0) > 0;
	return 'choices' in question;
}
