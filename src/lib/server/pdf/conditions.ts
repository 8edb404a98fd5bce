import type { Condition, Locale, Question } from '../../questionnaire/schema';
import { localize } from '../../questionnaire/localize';
import { formatNumber } from '../../vocabulary/index';
import { fill } from './format';
import type { PdfLabels } from './types';

/** A question as the paper form shows it: its number, for conditions to refer to. */
export interface NumberedQuestion {
	number: string;
	question: Question;
}

interface Context {
	questions: Map<string, NumberedQuestion>;
	labels: PdfLabels;
	locale: Locale;
}

/**
 * A `show_if` condition in words, e.g. "question 1.2 is “Yes” and the answer to question
 * 1.4 is at least 10": the paper form cannot hide a question, so it says when to answer.
 */
export function describeCondition(
	condition: Condition,
	questions: Map<string, NumberedQuestion>,
	labels: PdfLabels,
	locale: Locale
): string {
	return describe(condition, { questions, labels, locale }, false);
}

function describe(condition: Condition, ctx: Context, nested: boolean): string {
	const { labels } = ctx;
	if ('all' in condition || 'any' in condition) {
		const parts = 'all' in condition ? condition.all : condition.any;
		const joiner = 'all' in condition ? labels.pdf_cond_and : labels.pdf_cond_or;
		const text = parts.map((part) => describe(part, ctx, true)).join(` ${joiner} `);
		return nested && parts.length > 1 ? `(${text})` : text;
	}
	const ref = ctx.questions.get(condition.q);
	const question = ref?.number ?? condition.q;
	if ('eq' in condition) {
		const template =
			ref?.question.type === 'multi_choice' ? labels.pdf_cond_includes : labels.pdf_cond_eq;
		return fill(template, { question, value: valueText(condition.eq, ref?.question, ctx) });
	}
	if ('in' in condition) {
		const values = condition.in.map((v) => valueText(v, ref?.question, ctx)).join(', ');
		return fill(labels.pdf_cond_in, { question, values });
	}
	if ('gte' in condition) {
		return fill(labels.pdf_cond_gte, {
			question,
			value: valueText(condition.gte, ref?.question, ctx)
		});
	}
	if ('lte' in condition) {
		return fill(labels.pdf_cond_lte, {
			question,
			value: valueText(condition.lte, ref?.question, ctx)
		});
	}
	return fill(condition.answered ? labels.pdf_cond_answered : labels.pdf_cond_not_answered, {
		question
	});
}

/** A value as the reader knows it: a choice by its label, a number with its unit. */
function valueText(
	value: string | number | boolean,
	question: Question | undefined,
	ctx: Context
): string {
	const { labels, locale } = ctx;
	if (typeof value === 'boolean') {
		return fill(labels.pdf_quote, { value: value ? labels.pdf_value_yes : labels.pdf_value_no });
	}
	if (typeof value === 'number') {
		const unit =
			question?.type === 'number' && question.unit ? ` ${localize(question.unit, locale)}` : '';
		return `${formatNumber(value, locale, 2)}${unit}`;
	}
	const choice =
		question && 'choices' in question ? question.choices.find((c) => c.id === value) : undefined;
	return fill(labels.pdf_quote, { value: choice ? localize(choice.label, locale) : value });
}
