import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * In the browser's build, puts the root layout and everything it uses (the Svelte runtime,
 * SvelteKit's client, the layout's components) into one chunk. Every page loads all of it anyway;
 * by default it came as a dozen files, several of a few hundred bytes, and one file compresses
 * better than many and costs fewer requests (2.1 KB gzipped less on the questionnaire page, 8 files
 * fewer; bench/RESULTS.md). Rolldown adds a captured module's dependencies to its group, but only
 * the code that is used: messages and runtime code that only other pages use stay in their own
 * chunks, so no page loads more than without it.
 *
 * It only sets Rolldown's documented `output.codeSplitting.groups` option. At each upgrade of Vite
 * (Rolldown) or SvelteKit, check that it still earns its place: `npm run bench:page` with and
 * without `everyPageChunk()` in vite.config.ts, and `npm run build` still succeeds (SvelteKit
 * finds its client entry and runtime chunks by the files they start in).
 */
export function everyPageChunk(): Plugin {
	const rootLayout = resolve('src/routes/+layout.svelte');
	return {
		name: 'every-page-chunk',
		apply: 'build',
		// The server's build keeps the default chunks.
		applyToEnvironment: (environment) => environment.name === 'client',
		outputOptions(options) {
			return {
				...options,
				codeSplitting: { groups: [{ name: 'app', test: (id) => id === rootLayout }] }
			};
		}
	};
}
