import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The questionnaire core runs in the browser as well as on the server: it reads no files and
// knows nothing of the server, which hands it what it reads.
const CORE = 'src/lib/questionnaire';

const imports = (file: string) =>
	[...readFileSync(file, 'utf8').matchAll(/\bfrom\s+'([^']+)'/g)].map((m) => m[1]);

describe('the questionnaire core', () => {
	const files = readdirSync(CORE).filter((f) => f.endsWith('.ts'));

	it('never imports from the server', () => {
		const offending = files.flatMap((f) =>
			imports(join(CORE, f))
				.filter((from) => /(^|\/)server(\/|$)/.test(from))
				.map((from) => `${f}: ${from}`)
		);
		expect(offending).toEqual([]);
	});

	it('reads no files outside its tests', () => {
		const runtime = files.filter((f) => !f.endsWith('.test.ts') && f !== 'test-helpers.ts');
		const offending = runtime.flatMap((f) =>
			imports(join(CORE, f))
				.filter((from) => from.startsWith('node:'))
				.map((from) => `${f}: ${from}`)
		);
		expect(offending).toEqual([]);
	});
});
