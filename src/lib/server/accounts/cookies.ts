import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE } from './session';

/** HttpOnly, SameSite=Lax, and Secure whenever the app is reached over HTTPS. */
export function setSessionCookie(
	event: { cookies: Cookies; url: URL },
	session: { token: string; expiresAt: Date }
): void {
	const { cookies, url } = event;
	const { token, expiresAt: expires } = session;
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires
	});
}

export function clearSessionCookie(cookies: Cookies): void {
	cookies.delete(SESSION_COOKIE, { path: '/' });
}
