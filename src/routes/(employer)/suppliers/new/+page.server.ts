import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { requireOrganisation } from '$lib/server/accounts';
import { getDb, getQuestionnaires } from '$lib/server/context';
import { detailsErrors } from '$lib/server/plan';
import { createSupplier, kindOptions, parseSupplierDetails } from '$lib/server/suppliers';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['name', 'kind', 'country', 'kraz_number'] as const;

function supplierModule() {
	const loaded = getQuestionnaires().latestOf('supplier');
	if (!loaded) error(503, { message: m.error_generic() });
	return loaded;
}

export const load = ((event) => {
	requireOrganisation(event, 'supplier:own');
	return { kinds: kindOptions(supplierModule().module, getLocale()) };
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const user = requireOrganisation(event, 'supplier:own');
		const form = await event.request.formData();
		const values = Object.fromEntries(FIELDS.map((f) => [f, String(form.get(f) ?? '')]));
		const parsed = parseSupplierDetails(values);
		if (!parsed.ok) return fail(400, { errors: detailsErrors(parsed.errors), values });
		const id = await createSupplier(getDb(), {
			organisationId: user.organisationId,
			details: parsed.value,
			module: supplierModule()
		});
		redirect(303, `/suppliers/${id}?added`);
	}
} satisfies Actions;
