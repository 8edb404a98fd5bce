import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfFixtures, runScript } from './run-script';

const FIXTURES = 'tests/fixtures/questionnaires';
const diff = (...args: string[]) => runScript('questionnaires-diff.ts', args);

describe('npm run questionnaires:diff', () => {
	it('lists the changes of a minor version and accepts its number', () => {
		const { status, stdout } = diff('demo', '1.0.0', '1.1.0', FIXTURES);
		expect(stdout.trim().split('\n')).toEqual([
			'demo 1.0.0 -> 1.1.0',
			'',
			'Questions added (1):',
			'  new optional question "written_contract" [minor]',
			'',
			'Questions changed (1):',
			'  question "document_storage": weight 1 -> 2 [minor]',
			'',
			'Required bump: minor',
			'Declared bump: minor (1.0.0 -> 1.1.0)',
			'OK: 1.1.0 is a minor version of 1.0.0'
		]);
		expect(status).toBe(0);
	});

	it('lists removed questions and added choices', () => {
		const { status, stdout } = diff('demo', '1.1.0', '2.1.0', FIXTURES);
		expect(stdout).toContain('Questions removed (1):\n  question "comments" removed [major]\n');
		expect(stdout).toContain('Choices added (1):\n  new choice "agency_fees.shared" [minor]\n');
		expect(stdout).toContain('Required bump: major\nDeclared bump: major (1.1.0 -> 2.1.0)\n');
		expect(status).toBe(0);
	});

	it('refuses a version number that understates the change', () => {
		const dir = copyOfFixtures();
		const text = readFileSync(join(dir, 'demo/2.0.0.yaml'), 'utf8');
		writeFileSync(join(dir, 'demo/1.2.0.yaml'), text.replace('version: 2.0.0', 'version: 1.2.0'));
		const { status, stdout, stderr } = diff('demo', '1.1.0', '1.2.0', dir);
		expect(stdout).toContain('Required bump: major\nDeclared bump: minor (1.1.0 -> 1.2.0)\n');
		expect(stderr.trim()).toBe(
			'REFUSED: 1.2.0 understates the change from 1.1.0: it needs a major version (2.0.0 or later) because of question "comments" removed'
		);
		expect(status).toBe(1);
	});

	it('says so when a version is missing or the arguments are wrong', () => {
		const missing = diff('demo', '1.0.0', '9.9.9', FIXTURES);
		expect(missing.stderr.trim()).toBe(`demo 9.9.9 not found in ${FIXTURES}`);
		expect(missing.status).toBe(2);
		const usage = diff('demo');
		expect(usage.stderr).toContain('usage: npm run questionnaires:diff -- <module> <v1> <v2>');
		expect(usage.status).toBe(2);
	});
});
