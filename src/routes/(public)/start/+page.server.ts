import { redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { homeFor, setSessionCookie, startGuest } from '$lib/server/accounts';
import { getDb } from '$lib/server/context';
import type { Actions } from './$types';

export const actions = {
	default: async ({ locals, cookies, url }) => {
		// Someone already signed in carries on where they are rather than becoming a new guest.
		if (locals.user) redirect(303, homeFor(locals.user.role));
		const guest = await startGuest(getDb(), m.auth_guest_organisation_name());
		setSessionCookie({ cookies, url }, { token: guest.token, expiresAt: guest.session.expiresAt });
		redirect(303, '/dashboard');
	}
} satisfies Actions;
