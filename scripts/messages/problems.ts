import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The one check of the message files (messages/<area>/<locale>.json), run by `npm run i18n`
 * and by the unit tests. Paraglide falls back to Polish for a message missing in another
 * language, silently, and a message no page uses is a text nobody maintains; so each of
 * these is an error:
 * - an area folder not listed for the compiler in project.inlang/settings.json;
 * - a language of project.inlang/settings.json without an area's file, without one of its
 *   keys, or with an empty text;
 * - a text whose `{placeholders}` differ from the base language's (Polish);
 * - a key outside its area's prefix (`<area>_`; the app's shared chrome in `common` has none)
 *   or defined in two areas;
 * - a key the app never uses, or an `m.<area>_…` the app uses that no area defines.
 *
 * A key counts as used when its name appears in the app's code (src/, tests and the
 * compiled messages left out), or when the code builds it from a prefix in a template
 * literal, as `labels[\`pdf_meaning_${level}\`]` uses every `pdf_meaning_` key.
 */

/** The area whose keys name the app's shared chrome (app_, nav_, error_ …) without a prefix. */
const UNPREFIXED = 'common';

type Messages = Record<string, unknown>;

function sources(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return e.name === 'paraglide' ? [] : sources(path);
		return /\.(ts|js|svelte)$/.test(e.name) && !/\.test\.ts$/.test(e.name)
			? [readFileSync(path, 'utf8')]
			: [];
	});
}

function placeholders(text: unknown): string[] {
	return [...new Set([...JSON.stringify(text).matchAll(/\{(\w+)\}/g)].map((x) => x[1]))].sort();
}

/** A text is a string, or a list of variants (plurals) in the message format. */
function present(text: unknown): boolean {
	return typeof text === 'string' ? text.trim() !== '' : Array.isArray(text) && text.length > 0;
}

/** Every problem of the message files under `root`, as lines a person reads; none when all is well. */
export function messageProblems(root: string): {
	problems: string[];
	keys: number;
	locales: string[];
} {
	const settings = JSON.parse(readFileSync(join(root, 'project.inlang/settings.json'), 'utf8'));
	const patterns: string[] = [settings['plugin.inlang.messageFormat'].pathPattern].flat();
	// The base locale first: every other language is held against its placeholders.
	const base: string = settings.baseLocale;
	const LOCALES: string[] = [base, ...settings.locales.filter((l: string) => l !== base)];
	const problems: string[] = [];
	const areaOf = new Map<string, string>();

	const areas = readdirSync(join(root, 'messages'), { withFileTypes: true })
		.filter((e) => e.isDirectory())
		.map((e) => e.name);
	for (const area of areas) {
		const pattern = `./messages/${area}/{locale}.json`;
		if (!patterns.includes(pattern))
			problems.push(`${pattern} is not listed in project.inlang/settings.json`);
	}
	for (const pattern of patterns) {
		const area = pattern.split('/')[2];
		const files = LOCALES.map((l) => join(root, pattern.replace('{locale}', l)));
		const missing = files.filter((f) => !existsSync(f));
		if (missing.length) {
			problems.push(`missing files: ${missing.join(', ')}`);
			continue;
		}
		const byLocale = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Messages);
		const keys = new Set(byLocale.flatMap((m) => Object.keys(m)).filter((k) => k !== '$schema'));
		for (const key of keys) {
			const other = areaOf.get(key);
			if (other && other !== area) problems.push(`${key} is defined in ${other} and in ${area}`);
			areaOf.set(key, area);
			if (area !== UNPREFIXED && !new RegExp(`^${area}_[a-z0-9_]+$`).test(key))
				problems.push(`${key} in messages/${area} does not start with ${area}_`);
			const polish = placeholders(byLocale[0][key]);
			LOCALES.forEach((l, i) => {
				const text = byLocale[i][key];
				const where = `messages/${area}/${l}.json: ${key}`;
				if (!present(text)) problems.push(`${where} is missing`);
				else if (placeholders(text).join() !== polish.join())
					problems.push(`${where} has {${placeholders(text).join('}, {')}}, not as in ${base}`);
			});
		}
	}

	const code = sources(join(root, 'src')).join('\n');
	const words = new Set(code.match(/[A-Za-z0-9_]+/g));
	const areaNames = [...new Set(areaOf.values())].filter((a) => a !== UNPREFIXED);
	const prefixes = [...code.matchAll(/([a-z][a-z0-9_]*_)\$\{/g)]
		.map((x) => x[1])
		.filter((p) => areaNames.some((a) => p.startsWith(`${a}_`)));
	for (const [key, area] of areaOf) {
		if (!words.has(key) && !prefixes.some((p) => key.startsWith(p)))
			problems.push(`${key} in messages/${area} is used nowhere in src/`);
	}
	// `m` also names a module or a match in places; a name with an area's prefix is a message.
	for (const [, key] of code.matchAll(/\bm\.([a-z][a-z0-9_]*)/g)) {
		const messageLike = areaNames.some((a) => key.startsWith(`${a}_`));
		if (messageLike && !areaOf.has(key))
			problems.push(`m.${key} is used in src/ but defined in no area`);
	}
	return { problems: [...new Set(problems)], keys: areaOf.size, locales: LOCALES };
}
