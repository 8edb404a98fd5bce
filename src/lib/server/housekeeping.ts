import type { Db } from './db';
import { LOGIN_PER_ACCOUNT, LOGIN_PER_IP } from './accounts';

/** Once its longest window has passed, a rate-limit row counts nothing any more. */
const LONGEST_WINDOW_MS = Math.max(LOGIN_PER_ACCOUNT.windowMs, LOGIN_PER_IP.windowMs);

/**
 * Deletes what can no longer do anything: sessions past their expiry (a visit with one is
 * refused anyway) and login counters whose window has ended. Neither holds anybody's work.
 */
export async function pruneExpired(
	db: Db,
	now = new Date()
): Promise<{ sessions: number; rateLimits: number }> {
	const sessions = await db
		.deleteFrom('sessions')
		.where('expires_at', '<=', now.toISOString())
		.executeTakeFirst();
	const ended = new Date(now.getTime() - LONGEST_WINDOW_MS).toISOString();
	const rateLimits = await db
		.deleteFrom('rate_limits')
		.where('window_start', '<=', ended)
		.executeTakeFirst();
	return {
		sessions: Number(sessions.numDeletedRows),
		rateLimits: Number(rateLimits.numDeletedRows)
	};
}

/**
 * Prunes at start and then every hour while the process runs; the timer never keeps the
 * process alive, and a failure is logged and tried again next hour.
 */
export function startHousekeeping(db: Db, everyMs = 60 * 60 * 1000): () => void {
	const run = () =>
		pruneExpired(db).catch((e: unknown) => console.error('housekeeping failed:', e));
	void run();
	const timer = setInterval(run, everyMs);
	timer.unref();
	return () => clearInterval(timer);
}
