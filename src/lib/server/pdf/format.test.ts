import { describe, expect, it } from 'vitest';
import { fill, formatNumber, formatPercent, localize } from './format';

describe('fill', () => {
	it('replaces known placeholders and leaves unknown ones', () => {
		expect(fill('Page {page} of {total}', { page: 2, total: 9 })).toBe('Page 2 of 9');
		expect(fill('{a} and {b}', { a: 'x' })).toBe('x and {b}');
	});
});

describe('localize', () => {
	it('picks the reader’s language and falls back to Polish', () => {
		const text = { pl: 'Tak', en: 'Yes' };
		expect(localize(text, 'en')).toBe('Yes');
		expect(localize(text, 'uk')).toBe('Tak');
	});
});

describe('numbers', () => {
	it('writes numbers and shares the local way', () => {
		expect(formatNumber(7.44, 'pl')).toBe('7,4');
		expect(formatNumber(7.44, 'en')).toBe('7.4');
		expect(formatPercent(0.18, 'uk')).toBe('18%');
	});
});
