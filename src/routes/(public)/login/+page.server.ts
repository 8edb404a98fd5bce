import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import {
	attemptLogin,
	errorOn,
	formFields,
	homeFor,
	loginSchema,
	parseWith,
	safeNext,
	setSessionCookie,
	startSession
} from '$lib/server/accounts';
import { getDb } from '$lib/server/context';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals, url }) => {
	const user = locals.user;
	if (user && !user.isGuest) {
		redirect(303, safeNext(url.searchParams.get('next')) ?? homeFor(user.role));
	}
	return { isGuest: user?.isGuest ?? false };
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const { cookies, locals, request, url } = event;
		const fields = formFields(await request.formData(), ['email', 'password']);
		const values = { email: fields.email };
		const parsed = parseWith(loginSchema, fields);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values });

		const db = getDb();
		const result = await attemptLogin(db, { ...parsed.value, ip: event.getClientAddress() });
		if (!result.ok) {
			if (result.reason === 'limited') {
				const minutes = Math.max(1, Math.ceil(result.retryAfterMs / 60_000));
				const errors = errorOn('form', m.auth_error_too_many_attempts({ minutes }));
				return fail(429, { errors, values });
			}
			return fail(400, { errors: errorOn('email', m.auth_error_login_invalid()), values });
		}
		const { userId, role } = result.value;
		const { token, session } = await startSession(db, userId, { replacing: locals.session?.id });
		setSessionCookie({ cookies, url }, { token, expiresAt: session.expiresAt });
		redirect(303, safeNext(url.searchParams.get('next')) ?? homeFor(role));
	}
} satisfies Actions;
