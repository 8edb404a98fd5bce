import { requireOrganisation } from '$lib/server/accounts';
import type { LayoutServerLoad } from './$types';

// Pages here check again in their own loads and actions; this only spares them a
// render for someone who could never see them.
export const load = ((event) => {
	requireOrganisation(event);
	return {};
}) satisfies LayoutServerLoad;
