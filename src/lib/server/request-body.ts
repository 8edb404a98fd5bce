import { error } from '@sveltejs/kit';
import { m } from '../paraglide/messages';

/** An error that already says the client is at fault (the adapter's 413 for a body too large). */
function isClientError(e: unknown): boolean {
	const status = (e as { status?: unknown } | null)?.status;
	return typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * Makes a body that cannot be read as a form a 400 with a message, for every action at once.
 * A broken multipart body, or text/plain (a content type HTML forms may send but undici cannot
 * parse), made `request.formData()` throw inside the action, and SvelteKit answers anything
 * thrown there with a 500. The body is still read once, by the action, as before.
 */
export function guardFormData(request: Request): void {
	const read = request.formData.bind(request);
	request.formData = () =>
		read().catch((e: unknown) => {
			if (isClientError(e)) throw e;
			error(400, { message: m.request_error_unreadable_form() });
		});
}

/**
 * `?/default` names the default action, which SvelteKit refuses by throwing a plain Error,
 * i.e. a 500: it is the client's mistake, so say so.
 */
export function refuseReservedAction(method: string, url: URL): void {
	if (method === 'POST' && url.searchParams.has('/default')) {
		error(400, { message: m.request_error_unknown_action() });
	}
}
