import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { recentAuditWithPeople } from '$lib/server/audit';
import {
	adminChangeRole,
	adminCreateAccount,
	adminCreateSchema,
	adminResetPassword,
	adminResetSchema,
	adminRoleSchema,
	ASSIGNABLE_ROLES,
	errorOn,
	formFields,
	GRANTED_ROLES,
	listAccounts,
	parseWith,
	PASSWORD_MIN,
	requirePermission
} from '$lib/server/accounts';
import { getDb } from '$lib/server/context';
import type { Actions, PageServerLoad } from './$types';

const ACCOUNTS_SHOWN = 100;
const AUDIT_SHOWN = 50;

/** Back to the page, keeping the search the admin was looking at. */
function backTo(done: string, search: string): string {
	const params = new URLSearchParams({ done });
	if (search) params.set('q', search);
	return `/admin?${params}`;
}

export const load = (async (event) => {
	const admin = requirePermission(event, 'accounts:manage');
	const search = (event.url.searchParams.get('q') ?? '').trim().slice(0, 254);
	const db = getDb();
	const [accounts, audit] = await Promise.all([
		listAccounts(db, { search, limit: ACCOUNTS_SHOWN }),
		recentAuditWithPeople(db, AUDIT_SHOWN)
	]);
	return {
		me: admin.id,
		search,
		accounts,
		moreAccounts: accounts.length === ACCOUNTS_SHOWN,
		audit,
		grantedRoles: GRANTED_ROLES,
		assignableRoles: ASSIGNABLE_ROLES,
		passwordMin: PASSWORD_MIN,
		done: event.url.searchParams.get('done')
	};
}) satisfies PageServerLoad;

export const actions = {
	create: async (event) => {
		const admin = requirePermission(event, 'accounts:manage');
		const fields = formFields(await event.request.formData(), ['email', 'role', 'password']);
		const values = { email: fields.email, role: fields.role };
		const parsed = parseWith(adminCreateSchema, fields);
		if (!parsed.ok) return fail(400, { create: { errors: parsed.errors, values } });
		const created = await adminCreateAccount(getDb(), admin, parsed.value);
		if (!created.ok) {
			return fail(400, {
				create: { errors: errorOn('email', m.auth_error_email_taken()), values }
			});
		}
		redirect(303, backTo('created', ''));
	},

	role: async (event) => {
		const admin = requirePermission(event, 'accounts:manage');
		const fields = formFields(await event.request.formData(), ['userId', 'role', 'q']);
		const parsed = parseWith(adminRoleSchema, fields);
		if (!parsed.ok) {
			const errors = errorOn('role', m.auth_error_role_required());
			return fail(400, { role: { userId: fields.userId, errors } });
		}
		const result = await adminChangeRole(getDb(), admin, parsed.value);
		if (!result.ok) {
			const message =
				result.reason === 'self' ? m.auth_error_role_self() : m.auth_error_account_not_found();
			return fail(400, { role: { userId: fields.userId, errors: errorOn('role', message) } });
		}
		redirect(303, backTo('role', fields.q.trim().slice(0, 254)));
	},

	// No redirect after success: the new password is in this one response and nowhere
	// else (not in a URL, the audit log or the server's output).
	reset: async (event) => {
		const admin = requirePermission(event, 'accounts:manage');
		const fields = formFields(await event.request.formData(), ['userId']);
		const refuse = (message: string) =>
			fail(400, { reset: { userId: fields.userId, errors: errorOn('reset', message) } });
		const parsed = parseWith(adminResetSchema, fields);
		if (!parsed.ok) return refuse(m.auth_error_account_not_found());
		const result = await adminResetPassword(getDb(), admin, parsed.value);
		if (!result.ok) {
			if (result.reason === 'self') return refuse(m.auth_error_reset_self());
			if (result.reason === 'guest') return refuse(m.auth_error_reset_guest());
			return refuse(m.auth_error_account_not_found());
		}
		return { resetDone: { email: result.value.email, password: result.value.password } };
	}
} satisfies Actions;
