import { AsyncLocalStorage } from 'node:async_hooks';
import type { Handle } from '@sveltejs/kit';
import {
	extractLocaleFromRequest,
	overwriteServerAsyncLocalStorage,
	type Locale
} from '../paraglide/runtime';

/**
 * The request's language for Paraglide's message functions, from the PARAGLIDE_LOCALE cookie
 * (else Polish), held in the async context that `getLocale()` reads on the server.
 *
 * Paraglide's own `paraglideMiddleware` does the same and more: for its URL strategies it
 * rewrites the request, and so it copies every request, tee-ing a form post's body, which
 * cost about a twentieth of an answer save's CPU. This app chooses its language by cookie
 * only (see vite.config.ts), so the copy is never needed.
 */
const store = new AsyncLocalStorage<{
	locale?: Locale;
	origin?: string;
	messageCalls?: Set<string>;
}>();
overwriteServerAsyncLocalStorage(store);

export const handleLocale: Handle = ({ event, resolve }) => {
	const locale = extractLocaleFromRequest(event.request);
	return store.run({ locale, origin: event.url.origin }, () =>
		resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		})
	);
};
