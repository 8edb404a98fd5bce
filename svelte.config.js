import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// Svelte would otherwise add its version to `window.__svelte` on every page.
	compilerOptions: { discloseVersion: false },
	kit: {
		adapter: adapter(),
		// The browser asks the server which route a link leads to, instead of being sent the
		// list of every route and its files with each page (3 KB gzipped of every page's script).
		router: { resolution: 'server' },
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		}
	}
};

export default config;
