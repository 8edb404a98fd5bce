// Fails when a message area is not listed for the compiler, or a language lacks a key
// or has an empty text: a missing translation is an error here, never a silent fallback.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCALES = ['pl', 'en', 'uk'];
const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8'));
const patterns: string[] = [settings['plugin.inlang.messageFormat'].pathPattern].flat();
const problems: string[] = [];
const seen = new Map<string, string>();

for (const area of readdirSync('messages')) {
	const pattern = `./messages/${area}/{locale}.json`;
	if (!patterns.includes(pattern))
		problems.push(`${pattern} is not listed in project.inlang/settings.json`);
}
for (const pattern of patterns) {
	const files = LOCALES.map((l) => pattern.replace('{locale}', l));
	const missing = files.filter((f) => !existsSync(f));
	if (missing.length) {
		problems.push(`missing files: ${missing.join(', ')}`);
		continue;
	}
	const byLocale = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>);
	const keys = new Set(byLocale.flatMap((m) => Object.keys(m)).filter((k) => k !== '$schema'));
	for (const key of keys) {
		const other = seen.get(key);
		if (other && other !== pattern)
			problems.push(`${key} is defined in ${other} and in ${pattern}`);
		seen.set(key, pattern);
		LOCALES.forEach((l, i) => {
			const text = byLocale[i][key];
			// A text is a string, or a list of variants (plurals) in the message format.
			const present =
				typeof text === 'string' ? text.trim() !== '' : Array.isArray(text) && text.length > 0;
			if (!present) problems.push(`${join(pattern.replace('{locale}', l))}: ${key} is missing`);
		});
	}
}
if (problems.length) {
	console.error(problems.map((p) => `✗ ${p}`).join('\n'));
	process.exit(1);
}
console.log(`Messages complete: ${seen.size} keys in ${LOCALES.join(', ')}.`);
