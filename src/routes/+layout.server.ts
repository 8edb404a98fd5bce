import { m } from '$lib/paraglide/messages';
import { getLocale, locales } from '$lib/paraglide/runtime';
import { languageName } from '$lib/vocabulary/languages';
import type { LayoutServerLoad } from './$types';

/**
 * The root layout's texts, its language switcher's too, in the page's language. The layout shows
 * them as given instead of calling the messages itself, which would put each of them, in all three
 * languages, into the script every page loads (1.4 KB gzipped; see bench/RESULTS.md, "Pages").
 * Choosing a language reloads the page, so these always match it.
 */ function layoutTexts(user: App.Locals['user']) {
	return {
		appName: m.app_name(),
		skipToContent: m.skip_to_content(),
		navMain: m.nav_main(),
		home: m.nav_home(),
		admin: m.nav_admin(),
		workshops: m.workshops_nav(),
		joined: m.workshops_nav_joined(),
		statistics: m.stats_nav(),
		account: m.nav_account(),
		signup: m.nav_signup(),
		login: m.nav_login(),
		logout: m.nav_logout(),
		signedInAs: !user
			? ''
			: user.isGuest
				? m.nav_guest()
				: m.nav_signed_in_as({ name: user.displayName ?? user.email ?? '' }),
		languageLabel: m.lang_label(),
		languageNames: Object.fromEntries(locales.map((l) => [l, languageName(l)])),
		footerDisclaimer: m.footer_disclaimer(),
		footerPrivacy: m.footer_privacy()
	};
}

export const load = (({ locals }) => {
	const user = locals.user;
	return {
		locale: getLocale(),
		text: layoutTexts(user),
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
