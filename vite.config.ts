import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { everyPageChunk } from './src/vite/every-page-chunk.js';

export default defineConfig({
	plugins: [
		// Vitest uses the messages compiled by `npm run i18n`; the plugin's file watcher
		// would keep the test process alive after the run.
		!process.env.VITEST &&
			paraglideVitePlugin({
				project: './project.inlang',
				outdir: './src/lib/paraglide',
				strategy: ['cookie', 'baseLocale'],
				cookieMaxAge: 60 * 60 * 24 * 365
			}),
		sveltekit(),
		everyPageChunk()
	],
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 20_000,
		hookTimeout: 30_000,
		fileParallelism: true,
		pool: 'forks'
	}
});
