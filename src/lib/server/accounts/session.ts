import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import type { Db, Role } from '../db';

// Sessions as Lucia's current guidance builds them: the cookie holds a random token,
// the database only its SHA-256, so a leaked database cannot be replayed as cookies.
export const SESSION_COOKIE = 'session';
const DAY = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME = 30 * DAY;
const RENEW_WHEN_LEFT = 15 * DAY;

export interface SessionUser {
	id: string;
	email: string | null;
	role: Role;
	organisationId: string | null;
	displayName: string | null;
	isGuest: boolean;
}

export interface Session {
	id: string;
	userId: string;
	expiresAt: Date;
}

export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdOf(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createSession(
	db: Db,
	owner: { token: string; userId: string },
	now = new Date()
): Promise<Session> {
	const { token, userId } = owner;
	const session: Session = {
		id: sessionIdOf(token),
		userId,
		expiresAt: new Date(now.getTime() + SESSION_LIFETIME)
	};
	await db
		.insertInto('sessions')
		.values({
			id: session.id,
			user_id: userId,
			expires_at: session.expiresAt.toISOString(),
			created_at: now.toISOString()
		})
		.execute();
	return session;
}

/**
 * Looks a cookie token up; a forged or expired token gives nulls (an expired row is
 * deleted), a live one close to its end is extended by another 30 days (sliding expiry).
 */
export async function validateSessionToken(
	db: Db,
	token: string,
	now = new Date()
): Promise<{ session: Session; user: SessionUser } | { session: null; user: null }> {
	if (!/^[a-z2-7]{32}$/.test(token)) return { session: null, user: null };
	const id = sessionIdOf(token);
	const row = await db
		.selectFrom('sessions')
		.innerJoin('users', 'users.id', 'sessions.user_id')
		.select([
			'sessions.id as session_id',
			'sessions.expires_at',
			'users.id as user_id',
			'users.email',
			'users.role',
			'users.organisation_id',
			'users.display_name',
			'users.is_guest'
		])
		.where('sessions.id', '=', id)
		.executeTakeFirst();
	if (!row) return { session: null, user: null };
	const session: Session = { id, userId: row.user_id, expiresAt: new Date(row.expires_at) };
	if (now.getTime() >= session.expiresAt.getTime()) {
		await db.deleteFrom('sessions').where('id', '=', id).execute();
		return { session: null, user: null };
	}
	if (session.expiresAt.getTime() - now.getTime() < RENEW_WHEN_LEFT) {
		session.expiresAt = new Date(now.getTime() + SESSION_LIFETIME);
		await db
			.updateTable('sessions')
			.set({ expires_at: session.expiresAt.toISOString() })
			.where('id', '=', id)
			.execute();
	}
	return {
		session,
		user: {
			id: row.user_id,
			email: row.email,
			role: row.role,
			organisationId: row.organisation_id,
			displayName: row.display_name,
			isGuest: row.is_guest === 1
		}
	};
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function invalidateUserSessions(db: Db, userId: string): Promise<void> {
	await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
