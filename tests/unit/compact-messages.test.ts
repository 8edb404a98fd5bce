import { execFileSync } from 'node:child_process';
import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactMessageModule, helperSource } from '../../src/vite/compact-messages';

// The browser's build rewrites every message module Paraglide compiles (src/vite/compact-messages.ts).
// Here each one, as `npm run i18n` compiled it, is compared with its rewritten self: same text
// in every locale, for every input, so a message cannot read differently in the browser.
const paraglide = resolve('src/lib/paraglide');
const names = readdirSync(join(paraglide, 'messages'))
	.filter((f) => f.endsWith('.js') && f !== '_index.js')
	.map((f) => f.slice(0, -3));

const scratch = mkdtempSync(join(tmpdir(), 'compact-messages-'));
let untouched: string[] = [];
beforeAll(() => {
	untouched = writeCompacted();
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes Paraglide's runtime and each message, rewritten, to `scratch`; returns those left alone. */
function writeCompacted(): string[] {
	mkdirSync(join(scratch, 'messages'));
	writeFileSync(join(scratch, 'package.json'), '{ "type": "module" }');
	for (const file of ['runtime.js', 'registry.js']) {
		copyFileSync(join(paraglide, file), join(scratch, file));
	}
	writeFileSync(join(scratch, 'helper.js'), helperSource('./runtime.js'));
	const untouched: string[] = [];
	for (const name of names) {
		const code = readFileSync(join(paraglide, 'messages', `${name}.js`), 'utf8');
		const compact = compactMessageModule(code, '../helper.js');
		if (compact === null) untouched.push(name);
		else writeFileSync(join(scratch, 'messages', `${name}.js`), compact);
	}
	return untouched;
}

describe('compacted messages', () => {
	it('are every message Paraglide compiled', () => {
		expect(names.length).toBeGreaterThan(500);
		expect(untouched).toEqual([]);
		const appName = readFileSync(join(scratch, 'messages', 'app_name.js'), 'utf8');
		// A text that takes no inputs is kept as the text itself.
		expect(appName).toMatch(/^const pl_app_name = `[^`]+`;$/m);
		expect(appName).toContain('__message({ en: en_app_name, uk: uk_app_name }, pl_app_name)');
	});

	it('read exactly as before, in every locale and for any input', () => {
		// In a plain Node process: through Vitest's module transform, 1,900 modules take 20 s.
		const compare = `
			const [paraglide, scratch, names] = JSON.parse(process.argv[1]);
			const locales = ['pl', 'en', 'uk', 'de', undefined];
			const inputsOf = (value) => new Proxy({}, { get: () => value });
			const inputs = [undefined, inputsOf(1), inputsOf(2), inputsOf(5), inputsOf(22), inputsOf('x')];
			const read = (f, input, options) => { try { return f(input, options); } catch { return '(throws)'; } };
			const differences = [];
			let compared = 0;
			for (const name of names) {
				const before = (await import(paraglide + '/messages/' + name + '.js'))[name];
				const after = (await import(scratch + '/messages/' + name + '.js'))[name];
				for (const locale of locales) {
					for (const input of inputs) {
						const options = locale === undefined ? undefined : { locale };
						const [a, b] = [read(before, input, options), read(after, input, options)];
						if (a !== b) differences.push({ name, locale, before: a, after: b });
						compared++;
					}
				}
			}
			console.log(JSON.stringify({ differences: differences.slice(0, 5), compared }));
		`;
		const args = JSON.stringify([
			pathToFileURL(paraglide).href,
			pathToFileURL(scratch).href,
			names
		]);
		const out = execFileSync(process.execPath, ['--input-type=module', '-e', compare, args], {
			encoding: 'utf8'
		});
		const { differences, compared } = JSON.parse(out) as {
			differences: unknown[];
			compared: number;
		};
		expect(differences).toEqual([]);
		expect(compared).toBe(names.length * 5 * 6);
	});
});
