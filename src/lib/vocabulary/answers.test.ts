import { describe, expect, it } from 'vitest';
import type { Question } from '../questionnaire/schema';
import { answerInWords, contributionInWords, wordedQuestion } from './answers';
import { sectionViews } from '../question-form/view';
import { loadQuestionnaires } from '../server/questionnaires';

const choices = [
	{ id: 'agency', label: 'Agencja' },
	{ id: 'direct', label: 'Bezpośrednio' }
];

describe('answerInWords', () => {
	it('joins the chosen labels, and names an unknown choice by its id', () => {
		expect(answerInWords({ choices }, ['agency', 'direct'], 'pl')).toBe('Agencja; Bezpośrednio');
		expect(answerInWords({ choices }, 'direct', 'pl')).toBe('Bezpośrednio');
		expect(answerInWords({ choices }, ['gone'], 'pl')).toBe('gone');
	});

	it('writes a number as the locale does, with its unit', () => {
		expect(answerInWords({ choices: [], unit: 'zł' }, 12500, 'pl')).toBe('12\u00a0500 zł');
		expect(answerInWords({ choices: [], unit: 'PLN' }, 12500.5, 'en')).toBe('12,500.5 PLN');
		expect(answerInWords({ choices: [] }, 7, 'uk')).toBe('7');
	});

	it('gives a text as it was written, and nothing for no answer', () => {
		expect(answerInWords({ choices: [] }, 'Brygadzista', 'pl')).toBe('Brygadzista');
		expect(answerInWords({ choices }, null, 'pl')).toBe('');
		expect(answerInWords({ choices }, undefined, 'pl')).toBe('');
	});
});

describe('contributionInWords', () => {
	const number = {
		id: 'pay',
		type: 'number',
		text: { pl: 'Płaca', en: 'Pay', uk: 'Оплата' },
		unit: { pl: 'zł', en: 'PLN', uk: 'зл' }
	} as unknown as Question;
	const single = {
		id: 'channel',
		type: 'single_choice',
		text: { pl: 'Kanał', en: 'Channel', uk: 'Канал' },
		choices: [{ id: 'agency', label: { pl: 'Agencja', en: 'Agency', uk: 'Агенція' } }]
	} as unknown as Question;

	it('puts a scored answer in the words of its question, in the reader’s language', () => {
		expect(contributionInWords(number, { choiceIds: [], value: 12500 }, 'pl')).toBe(
			'12\u00a0500 zł'
		);
		expect(contributionInWords(single, { choiceIds: ['agency'], value: null }, 'uk')).toBe(
			'Агенція'
		);
		expect(contributionInWords(undefined, { choiceIds: ['a', 'b'], value: null }, 'pl')).toBe(
			'a; b'
		);
		expect(wordedQuestion(number, 'en')).toEqual({ choices: [], unit: 'PLN' });
	});
});

describe('answerInWords on a question page view', () => {
	it('put a stored answer into words', () => {
		const recruitment = loadQuestionnaires('questionnaires').latestOf('recruitment')!.module;
		const questions = sectionViews(recruitment, 'en').flatMap((s) => s.questions);
		const q = questions.find((x) => x.id === 'recruitment_channels')!;
		const [a, b] = q.choices;
		expect(answerInWords(q, [a.id, b.id], 'pl')).toBe(`${a.label}; ${b.label}`);
		expect(answerInWords(q, undefined, 'pl')).toBe('');
	});
});
