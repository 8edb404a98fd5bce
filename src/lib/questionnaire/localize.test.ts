import { describe, expect, it } from 'vitest';
import { localize } from './localize';

describe('localize', () => {
	it('picks the reader’s language and falls back to Polish', () => {
		const text = { pl: 'Tak', en: 'Yes' };
		expect(localize(text, 'en')).toBe('Yes');
		expect(localize(text, 'uk')).toBe('Tak');
	});
});
