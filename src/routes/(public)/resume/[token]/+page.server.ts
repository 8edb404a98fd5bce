import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { guestOfResumeLink, setSessionCookie, startSession } from '$lib/server/accounts';
import { getDb } from '$lib/server/context';
import type { Actions, PageServerLoad } from './$types';

// Opening the link only shows a button: link previews and prefetchers fetch addresses too,
// and must not start sessions. The session starts when the person presses it.
export const load = (async ({ params, locals, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	const guest = await guestOfResumeLink(getDb(), params.token);
	if (!guest) error(404, { message: m.journey_resume_invalid() });
	return { signedIn: locals.user !== null && locals.user.id !== guest };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ params, locals, cookies, url }) => {
		const db = getDb();
		const guest = await guestOfResumeLink(db, params.token);
		if (!guest) error(404, { message: m.journey_resume_invalid() });
		const { token, session } = await startSession(db, guest, { replacing: locals.session?.id });
		setSessionCookie({ cookies, url }, { token, expiresAt: session.expiresAt });
		redirect(303, '/dashboard');
	}
} satisfies Actions;
