import { localize } from '../../questionnaire/localize';
import type { Answers, QuestionnaireModule } from '../../questionnaire/schema';
import { moduleProgress, visibleWithAnswers } from '../../questionnaire/visibility';
import { DETAIL_QUESTIONS, type RankedSupplier, type SupplierKind } from './register';

export type QuestionnaireStatus = 'not_started' | 'incomplete' | 'complete';

export interface SupplierRow {
	id: string;
	name: string;
	kind: SupplierKind;
	kindLabel: string;
	country: string | null;
	krazNumber: string | null;
	status: QuestionnaireStatus;
	/** Required questions still unanswered. */
	missing: number;
	priority: number;
	exposure: number;
	control: number;
	exposureAssumed: boolean;
	controlAssumed: boolean;
	flags: string[];
}

export function kindLabel(module: QuestionnaireModule, kind: string, locale: string): string {
	const question = module.sections.flatMap((s) => s.questions).find((q) => q.id === 'kind');
	const choice = question && 'choices' in question && question.choices.find((c) => c.id === kind);
	return choice ? localize(choice.label, locale) : kind;
}

export function kindOptions(
	module: QuestionnaireModule,
	locale: string
): { id: string; label: string }[] {
	const question = module.sections.flatMap((s) => s.questions).find((q) => q.id === 'kind');
	if (!question || !('choices' in question)) return [];
	return question.choices.map((c) => ({ id: c.id, label: localize(c.label, locale) }));
}

export function questionnaireStatus(
	module: QuestionnaireModule,
	answers: Answers
): { status: QuestionnaireStatus; missing: number } {
	const progress = moduleProgress(module, answers);
	// The details answer their questions from the start: they do not show that it was started.
	const started = visibleWithAnswers(module, answers).some(
		({ question, value }) => value !== undefined && !DETAIL_QUESTIONS.includes(question.id)
	);
	const status = progress.complete ? 'complete' : started ? 'incomplete' : 'not_started';
	return { status, missing: progress.missing.length };
}

/** The ranked register as the list shows it, in the reader's language. */
export function presentRegister(ranked: readonly RankedSupplier[], locale: string): SupplierRow[] {
	return ranked.map(({ supplier, result, module }) => ({
		id: supplier.id,
		name: supplier.name,
		kind: supplier.kind,
		kindLabel: kindLabel(module.module, supplier.kind, locale),
		country: supplier.country,
		krazNumber: supplier.krazNumber,
		...questionnaireStatus(module.module, supplier.answers),
		priority: result.priority,
		exposure: result.priorityExplain.exposure,
		control: result.priorityExplain.control,
		exposureAssumed: result.priorityExplain.exposureAssumed,
		controlAssumed: result.priorityExplain.controlAssumed,
		flags: result.flags.map(
			(f) =>
				localize(module.module.flags.find((flag) => flag.id === f.flagId)?.title, locale) ??
				f.flagId
		)
	}));
}
