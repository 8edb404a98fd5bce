import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { clearSessionCookie, requireOrganisation } from '$lib/server/accounts';
import { confirmsName, deleteOrganisation, organisationName } from '$lib/server/organisations';
import { getDb } from '$lib/server/context';
import { forgetOrganisation } from '$lib/server/statistics';
import type { Actions, PageServerLoad } from './$types';

async function nameOf(organisationId: string): Promise<string> {
	const name = await organisationName(getDb(), organisationId);
	if (name === null) error(404, { message: m.error_not_found() });
	return name;
}

export const load = (async (event) => {
	const user = requireOrganisation(event);
	return { organisation: await nameOf(user.organisationId) };
}) satisfies PageServerLoad;

export const actions = {
	delete: async (event) => {
		const user = requireOrganisation(event);
		const name = await nameOf(user.organisationId);
		const typed = String((await event.request.formData()).get('confirm') ?? '');
		if (!confirmsName(typed, name)) {
			const message = typed.trim()
				? m.plan_delete_confirm_mismatch()
				: m.plan_delete_confirm_required();
			return fail(400, { errors: { confirm: message }, values: { confirm: typed } });
		}
		await deleteOrganisation(getDb(), {
			organisationId: user.organisationId,
			actorId: user.id,
			forget: forgetOrganisation
		});
		clearSessionCookie(event.cookies);
		event.locals.user = null;
		event.locals.session = null;
		redirect(303, '/?deleted');
	}
} satisfies Actions;
