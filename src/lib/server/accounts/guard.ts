import { error, redirect } from '@sveltejs/kit';
import { m } from '../../paraglide/messages';
import { can, type Permission } from './authorize';
import type { SessionUser } from './session';

interface GuardEvent {
	locals: App.Locals;
	url: URL;
}

/** Sends an anonymous visitor to log in, then back to where they were going. */
export function requireUser(event: GuardEvent): SessionUser {
	const user = event.locals.user;
	if (!user) {
		const next = event.url.pathname + event.url.search;
		redirect(303, `/login?next=${encodeURIComponent(next)}`);
	}
	return user;
}

/**
 * The one check every load and action makes: an anonymous visitor is sent to log in,
 * a signed-in person whose role lacks the permission gets 403.
 */
export function requirePermission(event: GuardEvent, permission: Permission): SessionUser {
	const user = requireUser(event);
	if (!can(user.role, permission)) error(403, { message: m.error_forbidden() });
	return user;
}

/** An employer's or guest's organisation; 403 for anyone without one. */
export function requireOrganisation(
	event: GuardEvent,
	permission: Permission = 'organisation:own'
): SessionUser & { organisationId: string } {
	const user = requirePermission(event, permission);
	if (!user.organisationId) error(403, { message: m.error_forbidden() });
	return { ...user, organisationId: user.organisationId };
}
