import { localize } from '../questionnaire/localize';
import type { AnswerValue, Question } from '../questionnaire/schema';
import type { Contribution } from '../questionnaire/types';
import { formatNumber } from './format';

/** What putting an answer in words needs of its question, already in the reader's language. */
export interface WordedQuestion {
	choices: readonly { id: string; label: string }[];
	unit?: string | null;
}

/** Decimals an answered number keeps: as many as anyone types (hours, kilometres, złoty). */
const ANSWER_DECIMALS = 3;

/** A questionnaire question's choices and unit in one language; an unknown question has none. */
export function wordedQuestion(question: Question | undefined, locale: string): WordedQuestion {
	if (!question) return { choices: [] };
	return {
		choices:
			'choices' in question
				? question.choices.map((c) => ({ id: c.id, label: localize(c.label, locale) }))
				: [],
		unit: question.type === 'number' ? (localize(question.unit, locale) ?? null) : null
	};
}

/**
 * An answer in words, the one way every page and PDF writes it: the chosen choices'
 * labels joined by "; " (an unknown choice by its id), a number as the locale writes it
 * with its unit ("12 500 zł"), a text as it was given; nothing for no answer.
 */
export function answerInWords(
	question: WordedQuestion,
	value: AnswerValue | null | undefined,
	locale: string
): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') {
		const number = formatNumber(value, locale, ANSWER_DECIMALS);
		return question.unit ? `${number} ${question.unit}` : number;
	}
	const label = (id: string) => question.choices.find((c) => c.id === id)?.label ?? id;
	if (Array.isArray(value)) return value.map(label).join('; ');
	return question.choices.length > 0 ? label(value) : value;
}

/** The answer behind a scored contribution in words: its choices, or its number. */
export function contributionInWords(
	question: Question | undefined,
	c: Pick<Contribution, 'choiceIds' | 'value'>,
	locale: string
): string {
	const value = c.choiceIds.length > 0 ? c.choiceIds : c.value;
	return answerInWords(wordedQuestion(question, locale), value, locale);
}
