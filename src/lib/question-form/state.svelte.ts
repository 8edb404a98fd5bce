import type { QuestionnaireModule } from '../questionnaire/schema';
import { initialValues, type FormValues } from './convert';
import {
	errorSummary,
	visibilityModule,
	visibleInForm,
	type QuestionView,
	type SectionView
} from './view';

/**
 * A questionnaire form in the browser: the values as the person gives them, and the questions
 * they show, decided by the same rules as on the server. Built once per page from its
 * sections; the values start from the first of `sources` that has one (sent back, stored).
 */
export class QuestionFormState {
	readonly questions: QuestionView[];
	readonly #skeleton: QuestionnaireModule;
	values: FormValues = $state({});
	readonly visible: Set<string> = $derived.by(() =>
		visibleInForm(this.#skeleton, this.questions, this.values)
	);

	constructor(sections: SectionView[], ...sources: (FormValues | null | undefined)[]) {
		this.questions = sections.flatMap((s) => s.questions);
		this.#skeleton = visibilityModule(sections);
		this.values = initialValues(this.questions, ...sources);
	}

	/** An error summary's entries for the questions shown now. */
	summary(errors: Record<string, string> | null | undefined, formError?: string | null) {
		return errorSummary(this.questions, this.visible, errors, formError);
	}
}
