import { sql } from 'kysely';
import type { Db } from '../db';

export interface Limit {
	/** How many attempts a window allows. */
	max: number;
	windowMs: number;
}

// Failed log-ins: a few per account (guessing one password), more per address (one
// office behind one IP), both over fifteen minutes.
export const LOGIN_PER_ACCOUNT: Limit = { max: 5, windowMs: 15 * 60 * 1000 };
export const LOGIN_PER_IP: Limit = { max: 20, windowMs: 15 * 60 * 1000 };

/** One counter: what it counts (an account, an address) under which limit. */
export interface Counter {
	key: string;
	limit: Limit;
}

export interface LimitState {
	allowed: boolean;
	/** Milliseconds until the window resets (0 when allowed). */
	retryAfterMs: number;
	count: number;
}

/** Reads a counter without changing it. */
export async function peekLimit(db: Db, counter: Counter, now = new Date()): Promise<LimitState> {
	const { key, limit } = counter;
	const row = await db
		.selectFrom('rate_limits')
		.selectAll()
		.where('key', '=', key)
		.executeTakeFirst();
	if (!row) return { allowed: true, retryAfterMs: 0, count: 0 };
	const ends = new Date(row.window_start).getTime() + limit.windowMs;
	if (now.getTime() >= ends) return { allowed: true, retryAfterMs: 0, count: 0 };
	const allowed = row.count < limit.max;
	return { allowed, retryAfterMs: allowed ? 0 : ends - now.getTime(), count: row.count };
}

/** Counts one attempt, starting a new window when the old one has ended. */
export async function hitLimit(db: Db, counter: Counter, now = new Date()): Promise<void> {
	const { key, limit } = counter;
	await db.transaction().execute(async (tx) => {
		const row = await tx
			.selectFrom('rate_limits')
			.selectAll()
			.where('key', '=', key)
			.executeTakeFirst();
		const fresh = !row || now.getTime() >= new Date(row.window_start).getTime() + limit.windowMs;
		if (!row) {
			await tx
				.insertInto('rate_limits')
				.values({ key, window_start: now.toISOString(), count: 1 })
				.onConflict((oc) =>
					oc.column('key').doUpdateSet((eb) => ({ count: eb('rate_limits.count', '+', 1) }))
				)
				.execute();
		} else if (fresh) {
			await tx
				.updateTable('rate_limits')
				.set({ window_start: now.toISOString(), count: 1 })
				.where('key', '=', key)
				.execute();
		} else {
			await tx
				.updateTable('rate_limits')
				.set((eb) => ({ count: eb('count', '+', 1) }))
				.where('key', '=', key)
				.execute();
		}
	});
}

export async function clearLimit(db: Db, key: string): Promise<void> {
	await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}

/**
 * Counts one attempt and says whether it is within the limit, in one statement, so
 * parallel requests cannot all read "allowed" before any of them is counted.
 */
export async function takeLimit(db: Db, counter: Counter, now = new Date()): Promise<LimitState> {
	const { key, limit } = counter;
	const start = now.toISOString();
	const endedBefore = new Date(now.getTime() - limit.windowMs).toISOString();
	const ended = sql<boolean>`rate_limits.window_start <= ${endedBefore}`;
	const row = await db
		.insertInto('rate_limits')
		.values({ key, window_start: start, count: 1 })
		.onConflict((oc) =>
			oc.column('key').doUpdateSet({
				count: sql<number>`case when ${ended} then 1 else rate_limits.count + 1 end`,
				window_start: sql<string>`case when ${ended} then ${start} else rate_limits.window_start end`
			})
		)
		.returning(['window_start', 'count'])
		.executeTakeFirstOrThrow();
	const count = Number(row.count);
	const allowed = count <= limit.max;
	const ends = new Date(row.window_start).getTime() + limit.windowMs;
	return { allowed, retryAfterMs: allowed ? 0 : Math.max(ends - now.getTime(), 0), count };
}

/** Takes back one attempt counted by takeLimit that turned out not to be a failure. */
export async function releaseLimit(db: Db, key: string): Promise<void> {
	await db
		.updateTable('rate_limits')
		.set((eb) => ({ count: eb('count', '-', 1) }))
		.where('key', '=', key)
		.where('count', '>', 0)
		.execute();
}
