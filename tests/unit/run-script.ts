import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs a command-line script the way `npm run` does, from the project root. */
export function runScript(script: string, args: string[]) {
	const result = spawnSync('npx', ['tsx', `scripts/${script}`, ...args], {
		cwd: ROOT,
		encoding: 'utf8'
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A throw-away copy of the demo fixture folder that a test may change; call inside a test. */
export function copyOfFixtures(): string {
	const dir = mkdtempSync(join(tmpdir(), 'questionnaires-'));
	onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
	cpSync(join(ROOT, 'tests/fixtures/questionnaires'), dir, { recursive: true });
	return dir;
}
