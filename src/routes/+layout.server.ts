import { getLocale } from '$lib/paraglide/runtime';
import type { LayoutServerLoad } from './$types';

export const load = (({ locals }) => {
	const user = locals.user;
	return {
		locale: getLocale(),
		user: user
			? {
					role: user.role,
					email: user.email,
					displayName: user.displayName,
					isGuest: user.isGuest
				}
			: null
	};
}) satisfies LayoutServerLoad;
