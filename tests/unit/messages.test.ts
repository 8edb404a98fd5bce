import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { messageProblems } from '../../scripts/messages/problems';
import { ROOT, runScript } from './run-script';

type Files = Record<string, unknown>;

/** A throw-away project holding just the files given (path → JSON or text). */
function project(files: Files): string {
	const root = mkdtempSync(join(tmpdir(), 'messages-'));
	onTestFinished(() => rmSync(root, { recursive: true, force: true }));
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(
			join(root, path),
			typeof content === 'string' ? content : JSON.stringify(content)
		);
	}
	return root;
}

/** A small sound project: two areas, every key in three languages and used by the code. */
function sound(over: Files = {}): Files {
	const texts = (pl: string, en: string, uk: string) => ({ pl, en, uk });
	const area = (name: string, messages: Record<string, ReturnType<typeof texts>>) =>
		Object.fromEntries(
			(['pl', 'en', 'uk'] as const).map((l) => [
				`messages/${name}/${l}.json`,
				Object.fromEntries(Object.entries(messages).map(([k, t]) => [k, t[l]]))
			])
		);
	return {
		'project.inlang/settings.json': {
			baseLocale: 'pl',
			locales: ['pl', 'en', 'uk'],
			'plugin.inlang.messageFormat': {
				pathPattern: ['./messages/common/{locale}.json', './messages/pdf/{locale}.json']
			}
		},
		...area('common', { app_name: texts('Ocena', 'Assessment', 'Оцінка') }),
		...area('pdf', {
			pdf_footer: texts('Strona {page}', 'Page {page}', 'Сторінка {page}'),
			pdf_meaning_low: texts('Dobrze', 'Good', 'Добре')
		}),
		'src/page.svelte': '<h1>{m.app_name()}</h1>',
		'src/pdf.ts': 'labels.pdf_footer; labels[`pdf_meaning_${level}`];',
		...over
	};
}

describe('the message check (npm run i18n)', () => {
	it('finds nothing wrong with the app’s messages, in every area', () => {
		const { problems, keys } = messageProblems(ROOT);
		expect(problems).toEqual([]);
		expect(keys).toBeGreaterThan(0);
	});

	it('passes a sound project, counting a key built from a prefix as used', () => {
		expect(messageProblems(project(sound())).problems).toEqual([]);
	});

	it('fails on a missing or empty translation and on placeholders unlike the Polish', () => {
		const root = project(
			sound({
				'messages/pdf/uk.json': { pdf_footer: 'Сторінка {total}', pdf_meaning_low: ' ' },
				'messages/common/en.json': {}
			})
		);
		expect(messageProblems(root).problems).toEqual([
			'messages/common/en.json: app_name is missing',
			'messages/pdf/uk.json: pdf_footer has {total}, not as in pl',
			'messages/pdf/uk.json: pdf_meaning_low is missing'
		]);
	});

	it('fails on a key nothing uses, and on a message the code uses that does not exist', () => {
		const root = project(sound({ 'src/pdf.ts': 'labels.pdf_footer; m.pdf_gone();' }));
		expect(messageProblems(root).problems).toEqual([
			'pdf_meaning_low in messages/pdf is used nowhere in src/',
			'm.pdf_gone is used in src/ but defined in no area'
		]);
	});

	it('does not count a test or the compiled messages as a use', () => {
		const root = project(
			sound({
				'src/pdf.ts': 'labels.pdf_footer;',
				'src/pdf.test.ts': 'labels[`pdf_meaning_${x}`]',
				'src/paraglide/messages.js': 'export const pdf_meaning_low = 1;'
			})
		);
		expect(messageProblems(root).problems).toEqual([
			'pdf_meaning_low in messages/pdf is used nowhere in src/'
		]);
	});

	it('fails on a key outside its area’s prefix, in two areas, or an area the compiler skips', () => {
		const root = project(
			sound({
				'messages/pdf/pl.json': {
					pdf_footer: 'Strona {page}',
					pdf_meaning_low: 'x',
					app_name: 'y'
				},
				'messages/stats/pl.json': { stats_title: 'Statystyki' }
			})
		);
		expect(messageProblems(root).problems).toEqual([
			'./messages/stats/{locale}.json is not listed in project.inlang/settings.json',
			'app_name is defined in common and in pdf',
			'app_name in messages/pdf does not start with pdf_',
			'messages/pdf/en.json: app_name is missing',
			'messages/pdf/uk.json: app_name is missing'
		]);
	});

	it('lets `npm run i18n` compile sound messages and stops it on a problem, listing it', () => {
		const ok = runScript('messages-check.ts', []);
		expect(ok.stdout).toMatch(/^Messages complete: \d+ keys in pl, en, uk, each used\.$/m);
		expect(ok.status).toBe(0);
		const broken = runScript('messages-check.ts', [project(sound({ 'src/pdf.ts': '' }))]);
		expect(broken.stderr).toContain('✗ pdf_footer in messages/pdf is used nowhere in src/');
		expect(broken.status).toBe(1);
	});
});
