import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent } from './format';

describe('numbers', () => {
	it('writes numbers and shares the local way', () => {
		expect(formatNumber(7.44, 'pl', 1)).toBe('7,4');
		expect(formatNumber(7.44, 'en', 1)).toBe('7.4');
		expect(formatPercent(0.18, 'uk')).toBe('18%');
	});

	it('groups thousands as the reader’s language does, and rounds to the decimals asked', () => {
		expect(formatNumber(12500, 'pl')).toBe('12\u00a0500');
		expect(formatNumber(12500, 'en')).toBe('12,500');
		expect(formatNumber(12500, 'uk')).toBe('12\u00a0500');
		expect(formatNumber(7.44, 'pl')).toBe('7');
	});
});

describe('dates', () => {
	it('reads a calendar day as that day in Poland, in any zone', () => {
		expect(formatDate('2026-03-03', 'pl')).toBe('3 marca 2026');
		expect(formatDate('2026-03-03T23:30:00Z', 'pl')).toBe('4 marca 2026');
		expect(formatDate(new Date('2026-03-03T10:00:00Z'), 'en')).toBe('March 3, 2026');
		expect(formatDate('2026-03-03', 'pl', 'short')).toBe('3.03.2026');
	});

	it('returns text that is no date as it is', () => {
		expect(formatDate('soon', 'pl')).toBe('soon');
	});
});
