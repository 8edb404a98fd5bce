import { describe, expect, it } from 'vitest';
import { buildModule, fixture } from '../../../tests/fixtures/scoring/fixtures';
import { parseAnswer } from './answers';
import type { Question } from './schema';
import { questionsOf } from './visibility';

const wages = fixture('wages');
const question = (id: string): Question => questionsOf(wages).find((q) => q.id === id)!;
const error = (code: string, limit: number | null = null) => ({ ok: false, error: code, limit });

describe('parseAnswer for choices', () => {
	it('accepts an existing choice id, trimmed', () => {
		expect(parseAnswer(question('deductions'), ' with_consent ')).toEqual({
			ok: true,
			value: 'with_consent'
		});
		expect(parseAnswer(question('min_wage'), 'dont_know')).toEqual({
			ok: true,
			value: 'dont_know'
		});
	});

	it('refuses an unknown id and a value of the wrong shape', () => {
		expect(parseAnswer(question('deductions'), 'sometimes')).toEqual(error('unknown_choice'));
		expect(parseAnswer(question('min_wage'), ['yes'])).toEqual(error('invalid'));
		expect(parseAnswer(question('min_wage'), 3)).toEqual(error('invalid'));
	});
});

describe('parseAnswer for multi_choice', () => {
	const multi = question('pay_channel');

	it('takes one id or a list, drops repeats and blanks, and keeps the file order', () => {
		expect(parseAnswer(multi, 'cash')).toEqual({ ok: true, value: ['cash'] });
		expect(parseAnswer(multi, ['third_party', '', 'own_account', 'third_party'])).toEqual({
			ok: true,
			value: ['own_account', 'third_party']
		});
	});

	it('refuses an unknown id among the chosen ones', () => {
		expect(parseAnswer(multi, ['cash', 'gold'])).toEqual(error('unknown_choice'));
		expect(parseAnswer(multi, ['cash', 7])).toEqual(error('invalid'));
	});

	it('lets an exclusive choice stand only alone', () => {
		expect(parseAnswer(multi, ['dont_know'])).toEqual({ ok: true, value: ['dont_know'] });
		expect(parseAnswer(multi, ['dont_know', 'cash'])).toEqual(error('exclusive_choice'));
		expect(parseAnswer(multi, ['dont_know', 'dont_know'])).toEqual({
			ok: true,
			value: ['dont_know']
		});
	});
});

describe('parseAnswer for numbers', () => {
	const hours = question('weekly_hours');

	it('reads numbers and form text in Polish or English notation', () => {
		expect(parseAnswer(hours, 40)).toEqual({ ok: true, value: 40 });
		expect(parseAnswer(hours, '42,5')).toEqual({ ok: true, value: 42.5 });
		expect(parseAnswer(hours, ' 42.5 ')).toEqual({ ok: true, value: 42.5 });
	});

	it('refuses what is not a number', () => {
		expect(parseAnswer(hours, 'forty')).toEqual(error('not_a_number'));
		expect(parseAnswer(hours, '4,0,0')).toEqual(error('not_a_number'));
		expect(parseAnswer(hours, '1e3')).toEqual(error('not_a_number'));
		expect(parseAnswer(hours, Number.POSITIVE_INFINITY)).toEqual(error('not_a_number'));
		expect(parseAnswer(hours, true)).toEqual(error('invalid'));
	});

	it('keeps to min and max, bounds included, and says which bound', () => {
		expect(parseAnswer(hours, 0)).toEqual({ ok: true, value: 0 });
		expect(parseAnswer(hours, 168)).toEqual({ ok: true, value: 168 });
		expect(parseAnswer(hours, '-1')).toEqual(error('below_min', 0));
		expect(parseAnswer(hours, 168.5)).toEqual(error('above_max', 168));
	});

	it('has no bounds when the file sets none, and reads grouped digits', () => {
		const free = questionsOf(buildModule([{ id: 'n', type: 'number', text: { pl: 'n' } }]))[0];
		expect(parseAnswer(free, -1e9)).toEqual({ ok: true, value: -1e9 });
		expect(parseAnswer(free, '1 234,5')).toEqual({ ok: true, value: 1234.5 });
		expect(parseAnswer(free, '12\u00a0000')).toEqual({ ok: true, value: 12000 });
	});
});

describe('parseAnswer for text', () => {
	const comments = question('comments');

	it('trims and counts a browser line break (CRLF) as one character', () => {
		expect(parseAnswer(comments, '  a\r\nb  ')).toEqual({ ok: true, value: 'a\nb' });
		expect(parseAnswer(comments, 'x\r\n'.repeat(10).trim())).toEqual({
			ok: true,
			value: 'x\n'.repeat(10).trim()
		});
	});

	it('refuses text over max_length', () => {
		expect(parseAnswer(comments, 'x'.repeat(21))).toEqual(error('too_long', 20));
	});
});

describe('parseAnswer for empty answers', () => {
	it('refuses an empty answer to a required question', () => {
		for (const raw of [undefined, null, '', '   ', [], ['', ' ']]) {
			expect(parseAnswer(question('pay_channel'), raw)).toEqual(error('required'));
		}
		expect(parseAnswer(question('weekly_hours'), '')).toEqual(error('required'));
	});

	it('reads an empty answer to an optional question as removing the answer', () => {
		expect(parseAnswer(question('comments'), '  ')).toEqual({ ok: true, value: null });
	});

	it('takes no answer to an info question', () => {
		expect(parseAnswer(question('note'), undefined)).toEqual({ ok: true, value: null });
		expect(parseAnswer(question('note'), 'hello')).toEqual(error('not_answerable'));
	});
});
