import { requirePermission } from '$lib/server/accounts';
import type { LayoutServerLoad } from './$types';

// Not a security boundary: every page below checks the permission in its own load too.
export const load = ((event) => {
	requirePermission(event, 'aggregates:read');
	return {};
}) satisfies LayoutServerLoad;
