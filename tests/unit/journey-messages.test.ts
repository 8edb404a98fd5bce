import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Paraglide falls back to Polish for a message missing in another language, silently; and a
// message no page uses is a text nobody maintains. Both are caught here.
const locales = ['pl', 'en', 'uk'] as const;
const files = Object.fromEntries(
	locales.map((l) => [
		l,
		JSON.parse(readFileSync(`messages/journey/${l}.json`, 'utf8')) as Record<string, string>
	])
);
const keysOf = (l: string) => Object.keys(files[l]).filter((k) => k !== '$schema');

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? sources(join(dir, e.name))
			: /\.(ts|svelte)$/.test(e.name) && !e.name.endsWith('.test.ts')
				? [readFileSync(join(dir, e.name), 'utf8')]
				: []
	);
}

describe('journey messages', () => {
	it('have the same keys in every language, all prefixed journey_', () => {
		for (const l of locales) {
			expect(keysOf(l).sort()).toEqual(keysOf('pl').sort());
			for (const k of keysOf(l)) expect(k).toMatch(/^journey_[a-z0-9_]+$/);
		}
	});

	it('have no empty texts and the same placeholders in every language', () => {
		const placeholders = (v: string) => new Set([...v.matchAll(/\{(\w+)\}/g)].map((x) => x[1]));
		for (const k of keysOf('pl')) {
			for (const l of locales) {
				expect(files[l][k].trim(), `${l} ${k}`).not.toBe('');
				expect(placeholders(files[l][k]), `${l} ${k}`).toEqual(placeholders(files.pl[k]));
			}
		}
	});

	it('are each used by the app, and every one the app uses exists', () => {
		const code = [
			...sources('src/routes'),
			...sources('src/lib/journey'),
			...sources('src/lib/question-form'),
			...sources('src/lib/server')
		].join('\n');
		const used = new Set([...code.matchAll(/\bm\.(journey_[a-z0-9_]+)/g)].map((x) => x[1]));
		expect([...used].filter((k) => !keysOf('pl').includes(k))).toEqual([]);
		expect(keysOf('pl').filter((k) => !used.has(k))).toEqual([]);
	});

	it('are part of the inlang project', () => {
		const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8'));
		expect(settings['plugin.inlang.messageFormat'].pathPattern).toContain(
			'./messages/journey/{locale}.json'
		);
	});
});
