import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import {
	changePassword,
	errorOn,
	formFields,
	parseWith,
	PASSWORD_MIN,
	passwordChangeSchema,
	requirePermission,
	setSessionCookie
} from '$lib/server/accounts';
import { getDb } from '$lib/server/context';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['currentPassword', 'newPassword', 'newPasswordConfirm'] as const;

export const load = ((event) => {
	// A guest has no account to manage yet; making one is what it can do here.
	if (event.locals.user?.isGuest) redirect(303, '/signup');
	const user = requirePermission(event, 'account:password');
	return {
		account: { email: user.email, role: user.role, displayName: user.displayName },
		passwordMin: PASSWORD_MIN,
		changed: event.url.searchParams.has('changed')
	};
}) satisfies PageServerLoad;

export const actions = {
	password: async (event) => {
		const user = requirePermission(event, 'account:password');
		const fields = formFields(await event.request.formData(), FIELDS);
		const parsed = parseWith(passwordChangeSchema, fields);
		if (!parsed.ok) return fail(400, { errors: parsed.errors });

		const result = await changePassword(getDb(), {
			userId: user.id,
			current: parsed.value.currentPassword,
			next: parsed.value.newPassword
		});
		if (result.ok) {
			const { token, session } = result.value;
			setSessionCookie(event, { token, expiresAt: session.expiresAt });
			redirect(303, '/account?changed');
		}
		if (result.reason === 'limited') {
			const minutes = Math.max(1, Math.ceil(result.retryAfterMs / 60_000));
			return fail(429, { errors: errorOn('form', m.auth_error_too_many_attempts({ minutes })) });
		}
		return fail(400, { errors: errorOn('currentPassword', m.auth_error_current_password_wrong()) });
	}
} satisfies Actions;
