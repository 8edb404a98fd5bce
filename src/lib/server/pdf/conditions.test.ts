import { describe, expect, it } from 'vitest';
import type { Condition } from '../../questionnaire/schema';
import { describeCondition, type NumberedQuestion } from './conditions';
import { pdfLabels } from './labels';
import { testModule } from './test-module';

const questions = new Map<string, NumberedQuestion>(
	testModule()
		.sections.flatMap((s) => s.questions)
		.filter((q) => q.type !== 'info')
		.map((question, i) => [question.id, { number: `2.${i + 1}`, question }])
);

const say = (condition: Condition, locale: 'pl' | 'en' | 'uk' = 'en') =>
	describeCondition(condition, questions, pdfLabels(locale), locale);

describe('describeCondition', () => {
	it('names a choice by its label in the reader’s language', () => {
		expect(say({ q: 'uses_agency', eq: 'yes' })).toBe('question 2.1 is “Yes”');
		expect(say({ q: 'uses_agency', eq: 'yes' }, 'pl')).toBe('w pytaniu 2.1 wybrano „Tak”');
		expect(say({ q: 'uses_agency', eq: 'dont_know' }, 'uk')).toBe(
			'у запитанні 2.1 вибрано «Не знаю»'
		);
	});

	it('says "ticked" for a choice among several', () => {
		expect(say({ q: 'fees', eq: 'visa' })).toBe('“Visa” is ticked in question 2.3');
	});

	it('lists the choices of an "in" condition', () => {
		expect(say({ q: 'fees', in: ['visa', 'travel'] })).toBe(
			'question 2.3 is one of: “Visa”, “Travel”'
		);
	});

	it('gives numbers with the question’s unit', () => {
		expect(say({ q: 'agency_count', gte: 2 })).toBe(
			'the answer to question 2.2 is at least 2 agencies'
		);
		expect(say({ q: 'agency_count', lte: 2.5 }, 'pl')).toBe(
			'odpowiedź na pytanie 2.2 wynosi najwyżej 2,5 agencji'
		);
	});

	it('describes answered and left blank', () => {
		expect(say({ q: 'fees', answered: true })).toBe('question 2.3 is answered');
		expect(say({ q: 'fees', answered: false })).toBe('question 2.3 is left blank');
	});

	it('joins all / any, with brackets around a group inside a group', () => {
		expect(
			say({
				all: [
					{ q: 'uses_agency', eq: 'yes' },
					{ q: 'agency_count', gte: 2 }
				]
			})
		).toBe('question 2.1 is “Yes” and the answer to question 2.2 is at least 2 agencies');
		expect(
			say({
				any: [
					{ q: 'contract_language', eq: 'polish' },
					{
						all: [
							{ q: 'fees', answered: true },
							{ q: 'uses_agency', eq: 'no' }
						]
					}
				]
			})
		).toBe('question 2.4 is “Polish only” or (question 2.3 is answered and question 2.1 is “No”)');
	});

	it('falls back to the id for a question it does not know, and to yes/no for booleans', () => {
		expect(say({ q: 'elsewhere', eq: true })).toBe('question elsewhere is “yes”');
	});
});
