import type { Handle, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { getDb, getQuestionnaires, prepareDatabase } from '$lib/server/context';
import {
	clearSessionCookie,
	SESSION_COOKIE,
	setSessionCookie,
	validateSessionToken
} from '$lib/server/accounts';
import { startHousekeeping } from '$lib/server/housekeeping';
import { handleLocale } from '$lib/server/locale';
import { guardFormData, refuseReservedAction } from '$lib/server/request-body';

export const init: ServerInit = async () => {
	getQuestionnaires();
	await prepareDatabase();
	startHousekeeping(getDb());
};

const handleSession: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.user = null;
	event.locals.session = null;
	if (token) {
		const { session, user } = await validateSessionToken(getDb(), token);
		if (session) {
			event.locals.session = session;
			event.locals.user = user;
			setSessionCookie(event, { token, expiresAt: session.expiresAt });
		} else {
			clearSessionCookie(event.cookies);
		}
	}
	return resolve(event);
};

const handleHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	if (event.locals.user && !response.headers.has('Cache-Control')) {
		response.headers.set('Cache-Control', 'private, no-store');
	}
	return response;
};

// Bad input is the client's mistake, never a 500 (see request-body.ts for the two cases).
const handleBadRequests: Handle = ({ event, resolve }) => {
	refuseReservedAction(event.request.method, event.url);
	if (event.request.method !== 'GET' && event.request.method !== 'HEAD') {
		guardFormData(event.request);
	}
	return resolve(event);
};

export const handle = sequence(handleHeaders, handleLocale, handleBadRequests, handleSession);
