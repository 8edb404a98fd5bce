import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Paraglide falls back to Polish for a message missing in another language, silently;
// this catches the gap before a Ukrainian or English reader meets Polish.
const locales = ['pl', 'en', 'uk'] as const;
const files = Object.fromEntries(
	locales.map((l) => [
		l,
		JSON.parse(readFileSync(`messages/auth/${l}.json`, 'utf8')) as Record<string, unknown>
	])
);
const keysOf = (l: string) => Object.keys(files[l]).filter((k) => k !== '$schema');

describe('auth messages', () => {
	it('have the same keys in every language, all prefixed auth_', () => {
		for (const l of locales) {
			expect(keysOf(l).sort()).toEqual(keysOf('pl').sort());
			for (const k of keysOf(l)) expect(k).toMatch(/^auth_[a-z0-9_]+$/);
		}
	});

	it('have no empty texts and the same placeholders in every language', () => {
		const placeholders = (v: unknown) =>
			[...JSON.stringify(v).matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
		for (const k of keysOf('pl')) {
			for (const l of locales) {
				const text = files[l][k];
				if (typeof text === 'string') expect(text.trim(), `${l} ${k}`).not.toBe('');
				expect(new Set(placeholders(files[l][k])), `${l} ${k}`).toEqual(
					new Set(placeholders(files.pl[k]))
				);
			}
		}
	});

	it('are part of the inlang project', () => {
		const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8'));
		expect(settings['plugin.inlang.messageFormat'].pathPattern).toContain(
			'./messages/auth/{locale}.json'
		);
	});
});
