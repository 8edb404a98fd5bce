import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	formatJoinCode,
	generateJoinCode,
	JOIN_CODE_ALPHABET,
	JOIN_CODE_LENGTH,
	parseJoinCode
} from './codes';

describe('join codes', () => {
	it('leave out every character easily taken for another', () => {
		for (const c of '0O1IL2Z5S6G8BQ') expect(JOIN_CODE_ALPHABET).not.toContain(c);
		expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
	});

	it('are six characters of that alphabet', () => {
		for (let i = 0; i < 500; i++) {
			const code = generateJoinCode();
			expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`));
		}
	});

	it('use every character of the alphabet and skip bytes that would bias them', () => {
		// 242 and above are redrawn: 22 divides 242, so each character keeps 11 of the bytes.
		const bytes = [255, 250, 242, 0, 21, 22, 241, 43, 44];
		let i = 0;
		const code = generateJoinCode((n) => Uint8Array.from({ length: n }, () => bytes[i++ % 9]));
		expect(code).toBe('A9A99A');
		const seen = new Set<string>();
		for (let k = 0; k < 2000; k++) for (const c of generateJoinCode()) seen.add(c);
		expect(seen.size).toBe(JOIN_CODE_ALPHABET.length);
	});

	it('are shown in two groups of three and read back however they are typed', () => {
		expect(formatJoinCode('ACDEFH')).toBe('ACD-EFH');
		expect(parseJoinCode('acd-efh')).toBe('ACDEFH');
		expect(parseJoinCode(' ACD EFH ')).toBe('ACDEFH');
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1000 }), () => {
				const code = generateJoinCode();
				return parseJoinCode(formatJoinCode(code)) === code;
			})
		);
	});

	it('refuse what cannot be a code', () => {
		for (const bad of ['', 'ACDEF', 'ACDEFHJ', 'ACD-EF0', 'ABCDEF', 'ACD_EFH']) {
			expect(parseJoinCode(bad)).toBeNull();
		}
	});
});
