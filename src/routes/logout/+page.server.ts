import { redirect } from '@sveltejs/kit';
import { clearSessionCookie } from '$lib/server/accounts/cookies';
import { invalidateSession } from '$lib/server/accounts/session';
import { getDb } from '$lib/server/context';
import type { Actions } from './$types';

export const actions = {
	default: async ({ locals, cookies }) => {
		if (locals.session) await invalidateSession(getDb(), locals.session.id);
		clearSessionCookie(cookies);
		redirect(303, '/');
	}
} satisfies Actions;
