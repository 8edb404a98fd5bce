import { describe, expect, it } from 'vitest';
import { createGuest, createSession, generateSessionToken, SESSION_LIFETIME } from './accounts';
import { freshDb, testEngines } from './db/test-helpers';
import { pruneExpired } from './housekeeping';

const start = new Date('2026-03-01T10:00:00.000Z');
const MINUTE = 60 * 1000;

describe.each(testEngines)('housekeeping on %s', (engine) => {
	it('deletes expired sessions and ended login counters, and keeps the rest', async () => {
		const t = await freshDb(engine);
		try {
			const userId = await createGuest(t.db, 'Firma');
			await createSession(t.db, { token: generateSessionToken(), userId }, start);
			const later = new Date(start.getTime() + SESSION_LIFETIME / 2);
			await createSession(t.db, { token: generateSessionToken(), userId }, later);
			await t.db
				.insertInto('rate_limits')
				.values([
					{ key: 'old', window_start: start.toISOString(), count: 5 },
					{
						key: 'new',
						window_start: new Date(start.getTime() + 10 * MINUTE).toISOString(),
						count: 1
					}
				])
				.execute();

			// Just before the first session expires, and 20 minutes into the "old" counter's window.
			const early = await pruneExpired(t.db, new Date(start.getTime() + 20 * MINUTE));
			expect(early).toEqual({ sessions: 0, rateLimits: 1 });

			const pruned = await pruneExpired(t.db, new Date(start.getTime() + SESSION_LIFETIME));
			expect(pruned).toEqual({ sessions: 1, rateLimits: 1 });
			const left = await t.db.selectFrom('sessions').select('expires_at').execute();
			expect(left.map((s) => s.expires_at)).toEqual([
				new Date(later.getTime() + SESSION_LIFETIME).toISOString()
			]);
			expect(await t.db.selectFrom('rate_limits').selectAll().execute()).toEqual([]);
		} finally {
			await t.close();
		}
	});
});
