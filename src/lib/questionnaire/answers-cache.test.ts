import { describe, expect, it } from 'vitest';
import { fixture } from '../../../tests/fixtures/scoring/fixtures';
import { cachedAnswerSchema, parseAnswer } from './answers';
import type { Question } from './schema';
import { questionsOf } from './visibility';

const questions = questionsOf(fixture('wages'));
const byType = (type: Question['type']) => questions.find((q) => q.type === type)!;

describe('answer schemas kept per question', () => {
	it('builds a question’s schema once, and one per question object', () => {
		const q = byType('yes_no');
		expect(cachedAnswerSchema(q)).toBe(cachedAnswerSchema(q));
		expect(cachedAnswerSchema({ ...q })).not.toBe(cachedAnswerSchema(q));
	});

	it('carries nothing from one parse to the next', () => {
		for (const q of questions.filter((x) => x.type !== 'info')) {
			const first = parseAnswer(q, '\u0000 not an answer');
			const valid = 'choices' in q ? q.choices[0].id : q.type === 'number' ? '1' : 'tekst';
			const ok = parseAnswer(q, valid);
			expect(parseAnswer(q, '\u0000 not an answer')).toEqual(first);
			expect(parseAnswer(q, valid)).toEqual(ok);
		}
	});
});
