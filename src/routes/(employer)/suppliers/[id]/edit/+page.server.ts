import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { getDb } from '$lib/server/context';
import { detailsErrors } from '$lib/server/plan';
import { kindOptions, parseSupplierDetails, updateSupplier } from '$lib/server/suppliers';
import { loadSupplier } from '../supplier.server';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['name', 'kind', 'country', 'kraz_number'] as const;

export const load = (async (event) => {
	const { supplier, module } = await loadSupplier(event);
	return {
		id: supplier.id,
		name: supplier.name,
		updatedAt: supplier.updatedAt,
		values: {
			name: supplier.name,
			kind: supplier.kind,
			country: supplier.country,
			kraz_number: supplier.krazNumber
		},
		kinds: kindOptions(module.module, getLocale())
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const { user, supplier } = await loadSupplier(event);
		const form = await event.request.formData();
		const values = Object.fromEntries(FIELDS.map((f) => [f, String(form.get(f) ?? '')]));
		const parsed = parseSupplierDetails(values);
		if (!parsed.ok) return fail(400, { errors: detailsErrors(parsed.errors), values });
		const expected = String(form.get('updated_at') ?? '') || undefined;
		const outcome = await updateSupplier(getDb(), {
			organisationId: user.organisationId,
			id: supplier.id,
			details: parsed.value,
			expectedUpdatedAt: expected
		});
		if (!outcome.ok && outcome.reason === 'not_found') {
			error(404, { message: m.plan_supplier_not_found() });
		}
		if (!outcome.ok) {
			return fail(409, {
				errors: { form: m.plan_error_stale() },
				values,
				updatedAt: supplier.updatedAt
			});
		}
		redirect(303, '/suppliers?done=updated');
	}
} satisfies Actions;
