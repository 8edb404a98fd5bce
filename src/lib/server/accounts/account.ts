import { fail, ok, type Fail, type Ok } from '../../result';
import { audit } from '../audit';
import { type Db, inTransaction } from '../db';
import {
	createGuest,
	findUserById,
	registerEmployer,
	setPasswordHash,
	type Registration
} from './users';
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
 * Signs an employer up (a guest keeps its organisation and work) and records it;
 * `email_taken`, having written nothing, when the address has an account.
 */
export async function signUp(
	db: Db,
	input: { email: string; password: string; organisationName: string; displayName?: string },
	guestUserId?: string
): Promise<Registration> {
	return inTransaction(db, async (tx) => {
		const registered = await registerEmployer(tx, input, guestUserId);
		if (!registered.ok) return registered;
		const userId = registered.value;
		await audit(tx, {
			actorId: userId,
			action: guestUserId ? 'account.guest_registered' : 'account.registered',
			subjectType: 'user',
			subjectId: userId
		});
		return registered;
	});
}

export type PasswordChangeResult =
	| Ok<{ token: string; session: Session }>
	| Fail<'wrong'>
	| Fail<'limited', { retryAfterMs: number }>;

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
	input: { userId: string; current: string; next: string },
	now = new Date()
): Promise<PasswordChangeResult> {
	const { userId } = input;
	const key = passwordChangeLimitKey(userId);
	const limit = await takeLimit(db, { key, limit: LOGIN_PER_ACCOUNT }, now);
	if (!limit.allowed) return fail('limited', { retryAfterMs: limit.retryAfterMs });
	const user = await findUserById(db, userId);
	if (!user?.password_hash || !(await verifyPassword(user.password_hash, input.current))) {
		return fail('wrong');
	}
	const passwordHash = await hashPassword(input.next);
	const token = generateSessionToken();
	const session = await inTransaction(db, async (tx) => {
		await setPasswordHash(tx, userId, passwordHash);
		await invalidateUserSessions(tx, userId);
		const fresh = await createSession(tx, { token, userId }, now);
		await audit(tx, {
			actorId: userId,
			action: 'account.password_changed',
			subjectType: 'user',
			subjectId: userId
		});
		return fresh;
	});
	await clearLimit(db, key);
	return ok({ token, session });
}
