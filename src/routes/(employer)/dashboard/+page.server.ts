import { requireOrganisation } from '$lib/server/auth/guard';
import type { PageServerLoad } from './$types';

export const load = ((event) => {
	const user = requireOrganisation(event);
	return { name: user.displayName ?? user.email, isGuest: user.isGuest };
}) satisfies PageServerLoad;
