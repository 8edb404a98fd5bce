import { describe, expect, it } from 'vitest';
import { isPlanDate, parseItemUpdate, parseOwnAction } from './item-forms';

describe('isPlanDate', () => {
	it('accepts real calendar dates only', () => {
		expect(isPlanDate('2026-11-30')).toBe(true);
		expect(isPlanDate('2028-02-29')).toBe(true);
		expect(isPlanDate('2026-02-29')).toBe(false);
		expect(isPlanDate('2026-13-01')).toBe(false);
		expect(isPlanDate('30.11.2026')).toBe(false);
		expect(isPlanDate('1999-12-31')).toBe(false);
		expect(isPlanDate('2026-11-30T00:00')).toBe(false);
	});
});

describe('parseItemUpdate', () => {
	it('normalises the fields and turns empty ones into null', () => {
		expect(
			parseItemUpdate({ owner: ' Anna ', due_date: '', status: 'in_progress', note: 'a\r\nb' })
		).toEqual({
			ok: true,
			value: { owner: 'Anna', dueDate: null, status: 'in_progress', note: 'a\nb' }
		});
	});

	it('names every bad field', () => {
		expect(
			parseItemUpdate({
				owner: 'x'.repeat(121),
				due_date: '2026-02-30',
				status: 'finished',
				note: 'y'.repeat(2001)
			})
		).toEqual({
			ok: false,
			reason: 'invalid',
			errors: { owner: 'too_long', due_date: 'invalid_date', status: 'invalid', note: 'too_long' }
		});
	});
});

describe('parseOwnAction', () => {
	it('needs a title and a known priority', () => {
		expect(parseOwnAction({ title: ' ', priority: '' })).toEqual({
			ok: false,
			reason: 'invalid',
			errors: { title: 'required', priority: 'required' }
		});
		expect(parseOwnAction({ title: 'Szkolenie', priority: 'tomorrow' })).toEqual({
			ok: false,
			reason: 'invalid',
			errors: { priority: 'invalid' }
		});
		expect(
			parseOwnAction({ title: 'Szkolenie', priority: 'days_90', due_date: '2027-01-15' })
		).toEqual({
			ok: true,
			value: { title: 'Szkolenie', priority: 'days_90', owner: null, dueDate: '2027-01-15' }
		});
	});
});
