import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfFixtures, runScript } from './run-script';

const check = (dir: string) => runScript('questionnaires-check.ts', [dir]);

describe('npm run questionnaires:check', () => {
	it('passes valid files, listing draft translations as warnings and a summary', () => {
		const { status, stdout } = check('tests/fixtures/questionnaires');
		expect(stdout.trim().split('\n')).toEqual([
			'Checked tests/fixtures/questionnaires: 4 valid file(s)',
			'',
			'Warnings (1):',
			'tests/fixtures/questionnaires/demo/2.1.0.yaml: sections[0].questions[1].choices[1].label: missing translation: uk (line 40)',
			'',
			'Missing translations (1):',
			'tests/fixtures/questionnaires/demo/2.1.0.yaml: uk 1 (warning)',
			'',
			'Summary: 1 module(s), 4 version(s) (3 published, 1 draft)',
			'demo: 1.0.0, 1.1.0, 2.0.0, 2.1.0 (draft); latest published 2.0.0: 6 questions, 5 scored',
			'',
			'OK: 0 error(s), 1 warning(s)'
		]);
		expect(status).toBe(0);
	});

	it('names file, path and reason of every problem and fails', () => {
		const { status, stdout } = check('tests/fixtures/questionnaires-broken');
		const dir = 'tests/fixtures/questionnaires-broken';
		const q = 'sections[0].questions[0]';
		for (const line of [
			`${dir}/duplicate-id/1.0.0.yaml: sections[0].questions[1].id: duplicate question id "q_one" (first at ${q}) (line 18)`,
			`${dir}/late-show-if/1.0.0.yaml: ${q}.show_if.q: show_if refers to "q_two", which is not an earlier question (line 15)`,
			`${dir}/missing-flag/1.0.0.yaml: ${q}.choices[1].flag: unknown flag "no_such_flag" (line 17)`,
			`${dir}/missing-translation/1.0.0.yaml: ${q}.text: missing translation: uk (line 14)`,
			`${dir}/unknown-ilo/1.0.0.yaml: ${q}.ilo[1]: Invalid option: expected one of "AV"|"DC"|"RM"|"IS"|"PV"|"IT"|"ID"|"WW"|"DB"|"AC"|"EO" (line 13)`,
			`${dir}/missing-translation/1.0.0.yaml: uk 1 (error)`,
			'FAILED: 5 error(s), 0 warning(s)'
		]) {
			expect(stdout).toContain(`\n${line}\n`);
		}
		expect(stdout).toContain('Errors (5):');
		expect(status).toBe(1);
	});

	it('fails when a version number understates its change', () => {
		const dir = copyOfFixtures();
		const text = readFileSync(join(dir, 'demo/1.1.0.yaml'), 'utf8');
		writeFileSync(join(dir, 'demo/1.0.1.yaml'), text.replace('version: 1.1.0', 'version: 1.0.1'));
		const { status, stdout } = check(dir);
		expect(stdout).toContain(
			`${dir}/demo/1.0.1.yaml: version: 1.0.1 understates the change from 1.0.0: it needs a minor version (1.1.0 or later)`
		);
		expect(status).toBe(1);
	});

	it('fails when the folder does not exist', () => {
		const { status, stdout } = check('tests/fixtures/no-such-folder');
		expect(stdout).toContain('tests/fixtures/no-such-folder: questionnaire folder not found');
		expect(status).toBe(1);
	});
});
