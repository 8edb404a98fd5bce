import { defineConfig } from 'vitest/config';

// Reliability tests drive the production build (`npm run build` first) over loopback HTTP.
// One file at a time: each starts its own server and loads the two cores on its own.
export default defineConfig({
	test: {
		include: ['tests/reliability/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 60_000,
		fileParallelism: false,
		pool: 'forks'
	}
});
