import { redirect } from '@sveltejs/kit';
import { clearSessionCookie, invalidateSession } from '$lib/server/accounts';
import { getDb } from '$lib/server/context';
import type { Actions } from './$types';

export const actions = {
	default: async ({ locals, cookies }) => {
		if (locals.session) await invalidateSession(getDb(), locals.session.id);
		clearSessionCookie(cookies);
		redirect(303, '/');
	}
} satisfies Actions;
