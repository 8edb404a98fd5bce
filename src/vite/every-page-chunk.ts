import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * In the browser's build, puts the root layout and everything it uses (the Svelte runtime,
 * SvelteKit's client, the layout's components and messages) into one chunk. Every page loads
 * all of it anyway; by default it came as a dozen files, several of a few hundred bytes, and
 * one file compresses better than many and costs fewer requests. Rolldown adds a captured
 * module's dependencies to its group, but only the code that is used: messages and runtime
 * code that only other pages use stay in their own chunks, so no page loads more than before.
 */
export function everyPageChunk(): Plugin {
	const rootLayout = resolve('src/routes/+layout.svelte');
	let ssr = false;
	return {
		name: 'every-page-chunk',
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		outputOptions(options) {
			if (ssr) return null;
			return {
				...options,
				codeSplitting: { groups: [{ name: 'app', test: (id) => id === rootLayout }] }
			};
		}
	};
}
