import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { can, errorOn, formFields, parseWith } from '$lib/server/accounts';
import { getDb } from '$lib/server/context';
import {
	formatJoinCode,
	joinableByCode,
	joinCodeSchema,
	parseJoinCode,
	workshopErrorMessage
} from '$lib/server/workshops';
import type { Actions, PageServerLoad } from './$types';

// Anyone may enter a code (a guest is made on joining); staff accounts cannot join.
function refuseStaff(locals: App.Locals): void {
	if (locals.user && !can(locals.user.role, 'workshop:join')) {
		error(403, { message: m.error_forbidden() });
	}
}

export const load = (({ locals }) => {
	refuseStaff(locals);
	return {};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ locals, request }) => {
		refuseStaff(locals);
		const fields = formFields(await request.formData(), ['code']);
		const parsed = parseWith(joinCodeSchema, fields);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: fields });
		const joinable = await joinableByCode(
			getDb(),
			parsed.value.code,
			locals.user?.organisationId ?? null
		);
		if (!joinable.ok) {
			return fail(400, {
				errors: errorOn('code', workshopErrorMessage(joinable.reason)),
				values: fields
			});
		}
		redirect(303, `/join/${formatJoinCode(parseJoinCode(parsed.value.code) as string)}`);
	}
} satisfies Actions;
