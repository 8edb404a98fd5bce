import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Paraglide compiles each message to a module with one function per locale and a function
 * that picks one of them by the current locale. That picking function is the same in every
 * message but for its names, about 80 bytes once minified, and a questionnaire page uses a
 * hundred messages. In the browser's build this plugin replaces it with a call to one shared
 * function, and a locale's text that takes no inputs with the text itself. The server's build,
 * and the messages' behaviour, are unchanged (tests/unit/compact-messages.test.ts compares
 * every message, in every locale, before and after).
 *
 * Written for the output of Paraglide 2.23 (`outputStructure: 'message-modules'`): a module
 * that does not look exactly like it is left alone.
 */

const HELPER_ID = 'virtual:compact-messages';
const RESOLVED_HELPER_ID = '\0' + HELPER_ID;

/** The shared picking function, importing Paraglide's runtime from `runtime`. */
export function helperSource(runtime: string): string {
	return `import { getLocale, experimentalStaticLocale } from ${JSON.stringify(runtime)};
export function message(byLocale, base) {
	return (inputs, options = {}) => {
		const locale = experimentalStaticLocale ?? options.locale ?? getLocale();
		const text = Object.hasOwn(byLocale, locale) ? byLocale[locale] : base;
		return typeof text === 'string' ? text : text(inputs);
	};
}
`;
}

const DISPATCH = new RegExp(
	String.raw`^export const (\w+) = /\*\* @type \{.*\} \*/ \(\((?:inputs|inputs = \{\}), options = \{\}\) => \{\n` +
		String.raw`\tconst locale = experimentalStaticLocale \?\? options\.locale \?\? getLocale\(\)\n` +
		String.raw`((?:\tif \(locale === "[\w-]+"\) return \w+\(inputs\)\n)+)` +
		String.raw`\treturn (\w+)\(inputs\)\n\}\);$`,
	'm'
);
const BRANCH = /\tif \(locale === "([\w-]+)"\) return (\w+)\(inputs\)\n/g;
/** A locale's function that returns a fixed text: a template literal with no `${`. */
const FIXED_TEXT =
	/^const (\w+) = \/\*\* @type \{.*\} \*\/ \(i?\) => \{\n\treturn \/\*\* @type \{LocalizedString\} \*\/ \((`(?:[^`\\$]|\\.|\$(?!\{))*`)\)\n\};$/gm;

/**
 * The module with its picking function replaced by a call to `message` from `helper`, or null
 * if it is not a message module as Paraglide 2.23 writes them.
 */
export function compactMessageModule(code: string, helper: string = HELPER_ID): string | null {
	const dispatch = DISPATCH.exec(code);
	if (!dispatch) return null;
	const [whole, name, branches, base] = dispatch;
	const byLocale = [...branches.matchAll(BRANCH)].map(([, locale, fn]) => `${locale}: ${fn}`);
	const compact = `export const ${name} = /* @__PURE__ */ __message({ ${byLocale.join(', ')} }, ${base});`;
	const body = code
		.replace(whole, compact)
		.replace(FIXED_TEXT, (_, fn: string, text: string) => `const ${fn} = ${text};`);
	return `import { message as __message } from ${JSON.stringify(helper)};\n${body}`;
}

export function compactMessages(options: { outdir: string }): Plugin {
	const outdir = resolve(options.outdir);
	const messagesDir = resolve(outdir, 'messages') + '/';
	return {
		name: 'compact-messages',
		apply: 'build',
		resolveId(id) {
			return id === HELPER_ID ? RESOLVED_HELPER_ID : null;
		},
		load(id) {
			return id === RESOLVED_HELPER_ID ? helperSource(resolve(outdir, 'runtime.js')) : null;
		},
		transform(code, id, transformOptions) {
			if (transformOptions?.ssr || !id.startsWith(messagesDir) || !id.endsWith('.js')) return null;
			const compact = compactMessageModule(code);
			return compact === null ? null : { code: compact, map: null };
		}
	};
}
