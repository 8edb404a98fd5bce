import { audit } from '../audit';
import { inTransaction, type Db } from '../db/index';
import { createGuest, findUserById, registerEmployer, setPasswordHash } from './users';
import { hashPassword, verifyPassword } from './password';
import { clearLimit, LOGIN_PER_ACCOUNT, takeLimit } from './rate-limit';
import {
	createSession,
	generateSessionToken,
	invalidateUserSessions,
	type Session
} from './session';
import { startSession } from './login';

/** A guest with an organisation of its own and a session, so work can start at once. */
export async function startGuest(
	db: Db,
	organisationName: string
): Promise<{ userId: string; token: string; session: Session }> {
	const userId = await createGuest(db, organisationName);
	return { userId, ...(await startSession(db, userId)) };
}

/**
 * Signs an employer up (a guest keeps its organisation and work) and records it.
 * Throws EmailTakenError, having written nothing, when the address has an account.
 */
export async function signUp(
	db: Db,
	input: { email: string; password: string; organisationName: string; displayName?: string },
	guestUserId?: string
): Promise<string> {
	return inTransaction(db, async (tx) => {
		const userId = await registerEmployer(tx, input, guestUserId);
		await audit(tx, {
			actorId: userId,
			action: guestUserId ? 'account.guest_registered' : 'account.registered',
			subjectType: 'user',
			subjectId: userId
		});
		return userId;
	});
}

export type PasswordChangeResult =
	| { ok: true; token: string; session: Session }
	| { ok: false; reason: 'wrong' }
	| { ok: false; reason: 'limited'; retryAfterMs: number };

export function passwordChangeLimitKey(userId: string): string {
	return `password:acct:${userId}`;
}

/**
 * Changes a password after checking the current one (limited like log-in, so a borrowed
 * session cannot guess it). Every session of the user ends, a stolen one included, and
 * this browser gets a fresh one.
 */
export async function changePassword(
	db: Db,
	userId: string,
	input: { current: string; next: string },
	now = new Date()
): Promise<PasswordChangeResult> {
	const key = passwordChangeLimitKey(userId);
	const limit = await takeLimit(db, key, LOGIN_PER_ACCOUNT, now);
	if (!limit.allowed) return { ok: false, reason: 'limited', retryAfterMs: limit.retryAfterMs };
	const user = await findUserById(db, userId);
	if (!user?.password_hash || !(await verifyPassword(user.password_hash, input.current))) {
		return { ok: false, reason: 'wrong' };
	}
	const passwordHash = await hashPassword(input.next);
	const token = generateSessionToken();
	const session = await inTransaction(db, async (tx) => {
		await setPasswordHash(tx, userId, passwordHash);
		await invalidateUserSessions(tx, userId);
		const fresh = await createSession(tx, token, userId, now);
		await audit(tx, {
			actorId: userId,
			action: 'account.password_changed',
			subjectType: 'user',
			subjectId: userId
		});
		return fresh;
	});
	await clearLimit(db, key);
	return { ok: true, token, session };
}
