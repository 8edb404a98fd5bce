import { describe, expect, it } from 'vitest';
import { buildModule, fixture, yesNo } from '../../../tests/fixtures/scoring/fixtures';
import type { Answers, Question } from './schema';
import {
	evaluateCondition,
	isAnswered,
	moduleProgress,
	questionsOf,
	visibleQuestions
} from './visibility';

const wages = fixture('wages');
const question = (id: string): Question => questionsOf(wages).find((q) => q.id === id)!;

describe('evaluateCondition', () => {
	const visible = new Set(['a', 'm', 'n', 't']);
	const answers: Answers = { a: 'yes', m: ['x', 'y'], n: 12, t: 'hello' };

	it('compares eq with the answer, and with any chosen id of a multi_choice', () => {
		expect(evaluateCondition({ q: 'a', eq: 'yes' }, answers, visible)).toBe(true);
		expect(evaluateCondition({ q: 'a', eq: 'no' }, answers, visible)).toBe(false);
		expect(evaluateCondition({ q: 'm', eq: 'y' }, answers, visible)).toBe(true);
		expect(evaluateCondition({ q: 'm', eq: 'z' }, answers, visible)).toBe(false);
		expect(evaluateCondition({ q: 'n', eq: 12 }, answers, visible)).toBe(true);
		expect(evaluateCondition({ q: 'n', eq: '12' }, answers, visible)).toBe(false);
	});

	it('reads eq: true / false as the yes and no choices', () => {
		expect(evaluateCondition({ q: 'a', eq: true }, answers, visible)).toBe(true);
		expect(evaluateCondition({ q: 'a', eq: false }, answers, visible)).toBe(false);
		expect(evaluateCondition({ q: 'a', in: [false, 'maybe'] }, answers, visible)).toBe(false);
	});

	it('holds in when the answer, or any chosen id, is listed', () => {
		expect(evaluateCondition({ q: 'a', in: ['no', 'yes'] }, answers, visible)).toBe(true);
		expect(evaluateCondition({ q: 'm', in: ['z', 'x'] }, answers, visible)).toBe(true);
		expect(evaluateCondition({ q: 'm', in: ['z'] }, answers, visible)).toBe(false);
	});

	it('compares gte and lte with numbers only, bounds included', () => {
		expect(evaluateCondition({ q: 'n', gte: 12 }, answers, visible)).toBe(true);
		expect(evaluateCondition({ q: 'n', gte: 13 }, answers, visible)).toBe(false);
		expect(evaluateCondition({ q: 'n', lte: 12 }, answers, visible)).toBe(true);
		expect(evaluateCondition({ q: 'n', lte: 11 }, answers, visible)).toBe(false);
		expect(evaluateCondition({ q: 't', gte: 0 }, answers, visible)).toBe(false);
	});

	it('tells answered from unanswered, blank text and empty lists counting as unanswered', () => {
		const blank: Answers = { a: '  ', m: [] };
		expect(evaluateCondition({ q: 't', answered: true }, answers, visible)).toBe(true);
		expect(evaluateCondition({ q: 'a', answered: true }, blank, visible)).toBe(false);
		expect(evaluateCondition({ q: 'a', answered: false }, blank, visible)).toBe(true);
		expect(evaluateCondition({ q: 'm', answered: false }, blank, visible)).toBe(true);
		expect(evaluateCondition({ q: 'a', eq: '  ' }, blank, visible)).toBe(false);
	});

	it('is false for any leaf on a hidden question, answered: false included', () => {
		const none = new Set<string>();
		expect(evaluateCondition({ q: 'a', eq: 'yes' }, answers, none)).toBe(false);
		expect(evaluateCondition({ q: 'a', answered: true }, answers, none)).toBe(false);
		expect(evaluateCondition({ q: 'a', answered: false }, {}, none)).toBe(false);
	});

	it('combines with all and any', () => {
		const yes = { q: 'a', eq: 'yes' };
		const no = { q: 'a', eq: 'no' };
		expect(evaluateCondition({ all: [yes, { q: 'n', gte: 10 }] }, answers, visible)).toBe(true);
		expect(evaluateCondition({ all: [yes, no] }, answers, visible)).toBe(false);
		expect(evaluateCondition({ any: [no, yes] }, answers, visible)).toBe(true);
		expect(evaluateCondition({ any: [no, { all: [no] }] }, answers, visible)).toBe(false);
	});

	it('does not read inherited properties as answers', () => {
		const seen = new Set(['constructor']);
		expect(evaluateCondition({ q: 'constructor', answered: true }, {}, seen)).toBe(false);
	});
});

describe('isAnswered', () => {
	it('accepts only existing choice ids, numbers and non-blank text', () => {
		expect(isAnswered(question('min_wage'), 'yes')).toBe(true);
		expect(isAnswered(question('min_wage'), 'maybe')).toBe(false);
		expect(isAnswered(question('min_wage'), ['yes'])).toBe(false);
		expect(isAnswered(question('pay_channel'), ['cash', 'third_party'])).toBe(true);
		expect(isAnswered(question('pay_channel'), ['cash', 'gold'])).toBe(false);
		expect(isAnswered(question('pay_channel'), [])).toBe(false);
		expect(isAnswered(question('pay_channel'), 'cash')).toBe(false);
		expect(isAnswered(question('weekly_hours'), 40)).toBe(true);
		expect(isAnswered(question('weekly_hours'), Number.NaN)).toBe(false);
		expect(isAnswered(question('weekly_hours'), '40')).toBe(false);
		expect(isAnswered(question('comments'), 'ok')).toBe(true);
		expect(isAnswered(question('comments'), ' \n')).toBe(false);
		expect(isAnswered(question('note'), 'anything')).toBe(false);
		expect(isAnswered(question('min_wage'), undefined)).toBe(false);
	});
});

describe('visibleQuestions', () => {
	it('shows a follow-up only when its condition holds', () => {
		expect(visibleQuestions(wages, { deductions: 'none' }).has('consent_kept')).toBe(false);
		expect(visibleQuestions(wages, { deductions: 'with_consent' }).has('consent_kept')).toBe(true);
		expect([...visibleQuestions(wages, {})]).toEqual([
			'min_wage',
			'deductions',
			'pay_channel',
			'weekly_hours',
			'note',
			'comments'
		]);
	});

	it('lets no answer of a hidden question reveal what follows it', () => {
		const chain = buildModule([
			yesNo('a'),
			yesNo('b', { show_if: { q: 'a', eq: 'yes' } }),
			yesNo('c', { show_if: { q: 'b', eq: 'yes' } }),
			yesNo('d', { show_if: { q: 'b', answered: false } })
		]);
		expect([...visibleQuestions(chain, { a: 'no', b: 'yes' })]).toEqual(['a']);
		expect([...visibleQuestions(chain, { a: 'yes', b: 'yes' })]).toEqual(['a', 'b', 'c']);
		expect([...visibleQuestions(chain, { a: 'yes' })]).toEqual(['a', 'b', 'd']);
	});

	it('lets no unusable answer (an unknown choice id) reveal anything', () => {
		const chain = buildModule([yesNo('a'), yesNo('b', { show_if: { q: 'a', answered: true } })]);
		expect([...visibleQuestions(chain, { a: 'perhaps' })]).toEqual(['a']);
	});
});

describe('moduleProgress', () => {
	it('counts visible and answered questions, info left out, required ones apart', () => {
		const progress = moduleProgress(wages, {
			min_wage: 'yes',
			deductions: 'with_consent',
			comments: 'fine'
		});
		expect(progress).toEqual({
			moduleId: 'wages',
			visible: 6,
			answered: 3,
			required: 5,
			requiredAnswered: 2,
			missing: ['consent_kept', 'pay_channel', 'weekly_hours'],
			complete: false
		});
	});

	it('is complete once every required visible question is answered', () => {
		const progress = moduleProgress(wages, {
			min_wage: 'no',
			deductions: 'none',
			consent_kept: 'no',
			pay_channel: ['own_account'],
			weekly_hours: 0
		});
		expect(progress.complete).toBe(true);
		expect(progress.missing).toEqual([]);
		expect(progress).toMatchObject({ visible: 5, answered: 4, required: 4, requiredAnswered: 4 });
	});
});
