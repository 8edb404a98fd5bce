import { requirePermission } from '$lib/server/accounts';
import type { LayoutServerLoad } from './$types';

// Pages here check again in their own loads and actions; layouts are no boundary.
export const load = ((event) => {
	requirePermission(event, 'accounts:manage');
	return {};
}) satisfies LayoutServerLoad;
