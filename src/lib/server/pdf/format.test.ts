import { describe, expect, it } from 'vitest';
import { fill } from './format';

describe('fill', () => {
	it('replaces known placeholders and leaves unknown ones', () => {
		expect(fill('Page {page} of {total}', { page: 2, total: 9 })).toBe('Page 2 of 9');
		expect(fill('{a} and {b}', { a: 'x' })).toBe('x and {b}');
	});
});
