import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { cookieName, locales } from '$lib/paraglide/runtime';
import type { Actions } from './$types';

const input = z.object({
	locale: z.enum(locales),
	// Only a path on this site, so the form cannot be used to redirect elsewhere.
	next: z
		.string()
		.regex(/^\/(?!\/)/)
		.max(2000)
		.catch('/')
});

export const actions = {
	default: async ({ request, cookies }) => {
		const parsed = input.safeParse(Object.fromEntries(await request.formData()));
		const next = parsed.success ? parsed.data.next : '/';
		if (parsed.success) {
			cookies.set(cookieName, parsed.data.locale, {
				path: '/',
				httpOnly: false,
				sameSite: 'lax',
				maxAge: 60 * 60 * 24 * 365
			});
		}
		redirect(303, next);
	}
} satisfies Actions;
