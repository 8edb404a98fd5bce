import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { startGuest } from '$lib/server/accounts/account';
import { can } from '$lib/server/accounts/authorize';
import { setSessionCookie } from '$lib/server/accounts/cookies';
import { errorOn, formFields, parseWith } from '$lib/server/accounts/forms';
import { requireOrganisation } from '$lib/server/accounts/guard';
import { config } from '$lib/server/config';
import { getDb, getQuestionnaires } from '$lib/server/context';
import { joinSchema, workshopErrorMessage } from '$lib/server/workshops/forms';
import { join, joinableByCode } from '$lib/server/workshops/participants';
import { findUserById } from '$lib/server/accounts/users';
import { WorkshopError } from '$lib/server/workshops/workshop';
import type { Actions, PageServerLoad } from './$types';

function refuseStaff(locals: App.Locals): void {
	if (locals.user && !can(locals.user.role, 'workshop:join')) {
		error(403, { message: m.error_forbidden() });
	}
}

export const load = (async ({ locals, params }) => {
	refuseStaff(locals);
	let found;
	try {
		found = await joinableByCode(getDb(), params.code, locals.user?.organisationId ?? null);
	} catch (err) {
		if (!(err instanceof WorkshopError)) throw err;
		return { workshop: null, problem: workshopErrorMessage(err.reason) };
	}
	if (found.joined) redirect(303, `/joined/${found.workshop.id}`);
	return {
		workshop: found.workshop,
		problem: null,
		min: config.cohortMin,
		isGuest: !locals.user
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const { locals, params, request, cookies, url } = event;
		refuseStaff(locals);
		const fields = formFields(await request.formData(), ['label', 'shareName']);
		const values = { label: fields.label, shareName: fields.shareName === 'yes' };
		const parsed = parseWith(joinSchema, fields);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values });
		const db = getDb();
		try {
			// Checked before a guest is made, so a wrong or closed code leaves nothing behind.
			await joinableByCode(db, params.code, locals.user?.organisationId ?? null);
			let organisationId: string;
			if (locals.user) {
				organisationId = requireOrganisation(event, 'workshop:join').organisationId;
			} else {
				const guest = await startGuest(db, m.auth_guest_organisation_name());
				setSessionCookie(cookies, url, guest.token, guest.session.expiresAt);
				organisationId = (await findUserById(db, guest.userId))?.organisation_id as string;
			}
			const { label, shareName } = parsed.data;
			const { workshopId } = await join(
				db,
				getQuestionnaires(),
				params.code,
				organisationId,
				label,
				shareName
			);
			redirect(303, `/joined/${workshopId}`);
		} catch (err) {
			if (!(err instanceof WorkshopError)) throw err;
			return fail(400, { errors: errorOn('form', workshopErrorMessage(err.reason)), values });
		}
	}
} satisfies Actions;
