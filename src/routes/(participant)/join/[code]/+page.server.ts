import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import {
	can,
	errorOn,
	findUserById,
	formFields,
	parseWith,
	requireOrganisation,
	setSessionCookie,
	startGuest
} from '$lib/server/accounts';
import { config } from '$lib/server/config';
import { getDb, getQuestionnaires } from '$lib/server/context';
import {
	join,
	joinableByCode,
	joinSchema,
	workshopErrorMessage,
	type WorkshopRefusal
} from '$lib/server/workshops';
import type { Actions, PageServerLoad } from './$types';

function refuseStaff(locals: App.Locals): void {
	if (locals.user && !can(locals.user.role, 'workshop:join')) {
		error(403, { message: m.error_forbidden() });
	}
}

export const load = (async ({ locals, params }) => {
	refuseStaff(locals);
	const joinable = await joinableByCode(getDb(), params.code, locals.user?.organisationId ?? null);
	if (!joinable.ok) return { workshop: null, problem: workshopErrorMessage(joinable.reason) };
	const found = joinable.value;
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
		const refused = (reason: WorkshopRefusal) =>
			fail(400, { errors: errorOn('form', workshopErrorMessage(reason)), values });
		// Checked before a guest is made, so a wrong or closed code leaves nothing behind.
		const joinable = await joinableByCode(db, params.code, locals.user?.organisationId ?? null);
		if (!joinable.ok) return refused(joinable.reason);
		let organisationId: string;
		if (locals.user) {
			organisationId = requireOrganisation(event, 'workshop:join').organisationId;
		} else {
			const guest = await startGuest(db, m.auth_guest_organisation_name());
			setSessionCookie(
				{ cookies, url },
				{ token: guest.token, expiresAt: guest.session.expiresAt }
			);
			organisationId = (await findUserById(db, guest.userId))?.organisation_id as string;
		}
		const { label, shareName } = parsed.value;
		const joined = await join(db, getQuestionnaires(), {
			code: params.code,
			organisationId,
			label,
			shareName
		});
		if (!joined.ok) return refused(joined.reason);
		redirect(303, `/joined/${joined.value.workshopId}`);
	}
} satisfies Actions;
