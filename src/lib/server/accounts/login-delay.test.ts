import { valueOf } from '../../test-helpers';
import { describe, expect, it } from 'vitest';
import { freshDb, testEngines } from '../db/test-helpers';
import { registerEmployer } from './users';
import { attemptLogin, LOGIN_DELAY_MAX_MS, loginDelayMs } from './login';
import { LOGIN_PER_ACCOUNT } from './rate-limit';

const t0 = new Date('2026-03-01T10:00:00.000Z');
const good = { email: 'anna@firma.pl', password: 'dobre-haslo-123', ip: '10.0.0.1' };
const bad = { ...good, password: 'zle-haslo-0000' };

describe('loginDelayMs', () => {
	it('waits only after the third failure, growing, never past the cap', () => {
		expect([0, 1, 2, 3, 4, 5, 6].map(loginDelayMs)).toEqual([0, 0, 0, 250, 500, 1000, 2000]);
		for (let n = 0; n < 200; n++) expect(loginDelayMs(n)).toBeLessThanOrEqual(LOGIN_DELAY_MAX_MS);
	});
});

describe.each(testEngines)('log-in slows, then refuses, on %s', (engine) => {
	it('pauses before the 4th and 5th attempts on one account, the right password too', async () => {
		const t = await freshDb(engine);
		try {
			await valueOf(registerEmployer(t.db, { ...good, organisationName: 'Firma' }));
			const pauses: number[] = [];
			const pause = async (ms: number) => void pauses.push(ms);
			const results = [];
			for (let i = 0; i < 3; i++) results.push(await attemptLogin(t.db, bad, { now: t0, pause }));
			expect(pauses).toEqual([]);
			results.push(await attemptLogin(t.db, good, { now: t0, pause }));
			expect(pauses).toEqual([250]);
			expect(results.map((r) => r.ok)).toEqual([false, false, false, true]);

			// A success clears the account, so the next three failures are free again.
			pauses.length = 0;
			for (let i = 0; i < LOGIN_PER_ACCOUNT.max + 2; i++) {
				results.push(await attemptLogin(t.db, bad, { now: t0, pause }));
			}
			expect(pauses).toEqual([250, 500]);
			expect(results.slice(-2)).toEqual([
				{ ok: false, reason: 'limited', retryAfterMs: 15 * 60_000 },
				{ ok: false, reason: 'limited', retryAfterMs: 15 * 60_000 }
			]);
		} finally {
			await t.close();
		}
	});

	it('does not slow an account for failures on other accounts from the same address', async () => {
		const t = await freshDb(engine);
		try {
			const pauses: number[] = [];
			const pause = async (ms: number) => void pauses.push(ms);
			for (let i = 0; i < 10; i++) {
				await attemptLogin(t.db, { ...bad, email: `kto${i}@firma.pl` }, { now: t0, pause });
			}
			expect(pauses).toEqual([]);
		} finally {
			await t.close();
		}
	});
});
