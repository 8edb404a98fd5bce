import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	computeLock,
	jsonSchemaText,
	readLock,
	readQuestionnaires
} from '../../src/lib/server/questionnaires';
import { copyOfFixtures, runScript } from './run-script';

describe('npm run questionnaires:lock', () => {
	it('locks the published files that are not in the lock yet', () => {
		const dir = copyOfFixtures();
		const locked = { 'demo/1.0.0': readLock(dir)['demo/1.0.0'] };
		writeFileSync(join(dir, 'lock.json'), JSON.stringify(locked));
		const first = runScript('questionnaires-lock.ts', [dir]);
		expect(first.stdout).toMatch(
			/^locked demo\/1\.1\.0 [0-9a-f]{64}\nlocked demo\/2\.0\.0 [0-9a-f]{64}\n$/
		);
		expect(first.status).toBe(0);
		const { modules } = readQuestionnaires(dir);
		expect(readLock(dir)).toEqual(computeLock(modules));
	});

	it('reports an up-to-date lock', () => {
		const dir = copyOfFixtures();
		const { status, stdout } = runScript('questionnaires-lock.ts', [dir]);
		expect(stdout.trim()).toBe(`${dir}/lock.json is up to date (3 published files).`);
		expect(status).toBe(0);
	});

	it('refuses to lock invalid files', () => {
		const dir = copyOfFixtures();
		writeFileSync(join(dir, 'demo/2.2.0.yaml'), 'id: demo\n');
		const { status, stderr } = runScript('questionnaires-lock.ts', [dir]);
		expect(stderr).toContain('Refusing to lock: fix these files first.\n');
		expect(stderr).toContain(`${dir}/demo/2.2.0.yaml: version: Invalid input`);
		expect(status).toBe(1);
	});

	it('refuses, changing nothing, when a locked published file changed', () => {
		const dir = copyOfFixtures();
		const before = readFileSync(join(dir, 'lock.json'), 'utf8');
		appendFileSync(join(dir, 'demo/1.1.0.yaml'), '# a late fix\n');
		const { status, stderr } = runScript('questionnaires-lock.ts', [dir]);
		expect(stderr).toContain(
			'Refusing to lock: published files are immutable; publish a new version instead.\n'
		);
		expect(stderr).toMatch(
			/\ndemo\/1\.1\.0: changed since it was locked \(locked [0-9a-f]{64}, now [0-9a-f]{64}\)\n/
		);
		expect(status).toBe(1);
		expect(readFileSync(join(dir, 'lock.json'), 'utf8')).toBe(before);
	});
});

describe('npm run questionnaires:schema', () => {
	it('writes the JSON Schema of the zod schema', () => {
		const file = join(copyOfFixtures(), 'schema.json');
		const { status, stdout } = runScript('questionnaires-schema.ts', [file]);
		expect(stdout.trim()).toBe(`Wrote ${file}`);
		expect(readFileSync(file, 'utf8')).toBe(jsonSchemaText());
		expect(status).toBe(0);
	});
});
