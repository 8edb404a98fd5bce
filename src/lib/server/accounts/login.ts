import { fail, ok, type Fail, type Ok } from '../../result';
import type { Db, Role } from '../db';
import { findUserByEmail, normaliseEmail } from './users';
import { dummyPasswordHash, verifyPassword } from './password';
import { clearLimit, LOGIN_PER_ACCOUNT, LOGIN_PER_IP, releaseLimit, takeLimit } from './rate-limit';
import { createSession, generateSessionToken, invalidateSession, type Session } from './session';

/** The counter of failed log-ins to one account: lifted when an admin resets its password. */
export function loginAccountLimitKey(email: string): string {
	return `login:acct:${normaliseEmail(email)}`;
}

export function loginLimitKeys(email: string, ip: string): { account: string; ip: string } {
	return { account: loginAccountLimitKey(email), ip: `login:ip:${ip}` };
}

/** Failures an account may have before each further attempt waits, until the limit refuses. */
export const LOGIN_FREE_FAILURES = 3;
export const LOGIN_DELAY_MAX_MS = 2000;

/**
 * How long an attempt waits, given the failures the account already has in the window:
 * nothing for the first three, then 250 ms doubling to at most 2 s. With the limit of five
 * failures that is 250 ms before the 4th attempt and 500 ms before the 5th: guessing slows
 * before it is refused, while a person who mistyped three times barely notices.
 */
export function loginDelayMs(previousFailures: number): number {
	if (previousFailures < LOGIN_FREE_FAILURES) return 0;
	return Math.min(LOGIN_DELAY_MAX_MS, 250 * 2 ** (previousFailures - LOGIN_FREE_FAILURES));
}

export type Pause = (ms: number) => Promise<void>;
const sleep: Pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export type LoginResult =
	Ok<{ userId: string; role: Role }> | Fail<'invalid'> | Fail<'limited', { retryAfterMs: number }>;

/**
 * Checks an e-mail and password under the log-in limits. Only failures count against
 * them; a refused attempt checks no password at all, and an unknown address costs the
 * same time and gives the same answer as a wrong password. After a few failures each
 * attempt waits before its password is checked, the right one too, so that a guesser
 * cannot hang up early on a slow answer and learn that it was a wrong one.
 */
export async function attemptLogin(
	db: Db,
	input: { email: string; password: string; ip: string },
	/** The clock and the wait, which tests replace. */
	time: { now?: Date; pause?: Pause } = {}
): Promise<LoginResult> {
	const { now = new Date(), pause = sleep } = time;
	const keys = loginLimitKeys(input.email, input.ip);
	const byIp = await takeLimit(db, { key: keys.ip, limit: LOGIN_PER_IP }, now);
	if (!byIp.allowed) {
		await releaseLimit(db, keys.ip);
		return fail('limited', { retryAfterMs: byIp.retryAfterMs });
	}
	const byAccount = await takeLimit(db, { key: keys.account, limit: LOGIN_PER_ACCOUNT }, now);
	if (!byAccount.allowed) {
		await Promise.all([releaseLimit(db, keys.ip), releaseLimit(db, keys.account)]);
		return fail('limited', { retryAfterMs: byAccount.retryAfterMs });
	}
	const delay = loginDelayMs(byAccount.count - 1);
	if (delay > 0) await pause(delay);
	const user = await findUserByEmail(db, input.email);
	const valid = await verifyPassword(
		user?.password_hash ?? (await dummyPasswordHash()),
		input.password
	);
	if (!user?.password_hash || !valid) return fail('invalid');
	await Promise.all([clearLimit(db, keys.account), releaseLimit(db, keys.ip)]);
	return ok({ userId: user.id, role: user.role });
}

/**
 * A new session for userId. The one the browser had before (a guest's, or another
 * account's) is ended, so a session id known before log-in is useless after it.
 */
export async function startSession(
	db: Db,
	userId: string,
	opts: { replacing?: string | null; now?: Date } = {}
): Promise<{ token: string; session: Session }> {
	if (opts.replacing) await invalidateSession(db, opts.replacing);
	const token = generateSessionToken();
	return { token, session: await createSession(db, { token, userId }, opts.now) };
}

const HOME: Record<Role, string> = {
	guest: '/dashboard',
	employer: '/dashboard',
	facilitator: '/workshops',
	inspector: '/statistics',
	admin: '/admin'
};

/** Where each role starts after logging in. */
export function homeFor(role: Role): string {
	return HOME[role];
}

const PROBE = 'http://same-site.invalid';

/**
 * A ?next= target that stays on this site, normalised, or null. Anything that a browser
 * could read as another host ("//evil", "/\evil", tabs and newlines inside) is refused.
 */
export function safeNext(next: string | null | undefined): string | null {
	if (!next || next.length > 2000 || !next.startsWith('/')) return null;
	let url: URL;
	try {
		url = new URL(next, PROBE);
	} catch {
		return null;
	}
	if (url.origin !== PROBE) return null;
	return url.pathname + url.search + url.hash;
}
