import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/context';
import { removeSupplier } from '$lib/server/suppliers';
import { loadSupplier } from '../supplier.server';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { supplier } = await loadSupplier(event);
	return { id: supplier.id, name: supplier.name };
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const { user, supplier } = await loadSupplier(event);
		if (!(await removeSupplier(getDb(), user.organisationId, supplier.id)).ok) {
			error(404, { message: m.plan_supplier_not_found() });
		}
		redirect(303, '/suppliers?done=removed');
	}
} satisfies Actions;
