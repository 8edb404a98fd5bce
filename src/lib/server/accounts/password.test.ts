import { describe, expect, it } from 'vitest';
import {
	generateTemporaryPassword,
	PASSWORD_MAX,
	PASSWORD_MIN,
	TEMPORARY_PASSWORD_ALPHABET
} from './password';

describe('temporary passwords', () => {
	it('come in five groups of four readable characters, within the password rules', () => {
		const shape = new RegExp(
			`^[${TEMPORARY_PASSWORD_ALPHABET}]{4}(-[${TEMPORARY_PASSWORD_ALPHABET}]{4}){4}$`
		);
		for (let i = 0; i < 200; i++) {
			const password = generateTemporaryPassword();
			expect(password).toMatch(shape);
			expect(password.length).toBeGreaterThanOrEqual(PASSWORD_MIN);
			expect(password.length).toBeLessThanOrEqual(PASSWORD_MAX);
		}
	});

	it('leave out every character easily taken for another', () => {
		for (const c of '0o1il2z5s6g8bq') expect(TEMPORARY_PASSWORD_ALPHABET).not.toContain(c);
		expect(new Set(TEMPORARY_PASSWORD_ALPHABET).size).toBe(TEMPORARY_PASSWORD_ALPHABET.length);
	});

	it('differ each time', () => {
		const seen = new Set(Array.from({ length: 100 }, () => generateTemporaryPassword()));
		expect(seen.size).toBe(100);
	});

	it('draw again for bytes that would favour the first characters', () => {
		// 242 is the largest multiple of 22 below 256: bytes from it up are skipped.
		const bytes = Uint8Array.from([255, 242, ...Array.from({ length: 38 }, (_, i) => i)]);
		const password = generateTemporaryPassword(() => bytes);
		expect(password.replaceAll('-', '')).toBe(
			Array.from({ length: 20 }, (_, i) => TEMPORARY_PASSWORD_ALPHABET[i]).join('')
		);
	});
});
