import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import {
	errorOn,
	formFields,
	homeFor,
	parseWith,
	PASSWORD_MIN,
	setSessionCookie,
	signUp,
	signupSchema,
	startSession
} from '$lib/server/accounts';
import { getDb } from '$lib/server/context';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['email', 'password', 'passwordConfirm', 'organisationName', 'displayName'] as const;

export const load = (({ locals }) => {
	const user = locals.user;
	if (user && !user.isGuest) redirect(303, homeFor(user.role));
	return { isGuest: user?.isGuest ?? false, passwordMin: PASSWORD_MIN };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ cookies, locals, request, url }) => {
		const user = locals.user;
		if (user && !user.isGuest) redirect(303, homeFor(user.role));
		const fields = formFields(await request.formData(), FIELDS);
		const values = {
			email: fields.email,
			organisationName: fields.organisationName,
			displayName: fields.displayName
		};
		const parsed = parseWith(signupSchema, fields);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values });

		const db = getDb();
		// A guest becomes the account, so its session, organisation and work carry on.
		const signedUp = await signUp(db, parsed.value, user?.isGuest ? user.id : undefined);
		if (!signedUp.ok) {
			return fail(400, { errors: errorOn('email', m.auth_error_email_taken()), values });
		}
		if (!user) {
			const { token, session } = await startSession(db, signedUp.value);
			setSessionCookie({ cookies, url }, { token, expiresAt: session.expiresAt });
		}
		redirect(303, '/dashboard');
	}
} satisfies Actions;
