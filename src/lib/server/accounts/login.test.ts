import { valueOf } from '../../test-helpers';
import { describe, expect, it } from 'vitest';
import { freshDb, testEngines } from '../db/test-helpers';
import { createGuest, createStaffAccount, registerEmployer } from './users';
import { attemptLogin, homeFor, loginLimitKeys, safeNext, startSession } from './login';
import { LOGIN_PER_ACCOUNT, LOGIN_PER_IP, peekLimit } from './rate-limit';
import { validateSessionToken } from './session';

const t0 = new Date('2026-03-01T10:00:00.000Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
const good = { email: 'anna@firma.pl', password: 'dobre-haslo-123', ip: '10.0.0.1' };
const bad = { ...good, password: 'zle-haslo-0000' };
// The delay after repeated failures is tested in login-delay.test.ts; here it would only wait.
const noPause = async () => {};

async function withEmployer(engine: 'sqlite' | 'postgres') {
	const t = await freshDb(engine);
	const id = await valueOf(
		registerEmployer(t.db, {
			email: good.email,
			password: good.password,
			organisationName: 'Firma'
		})
	);
	return { t, id };
}

describe.each(testEngines)('log-in on %s', (engine) => {
	it('accepts the right password, whatever the case and spaces of the address', async () => {
		const { t, id } = await withEmployer(engine);
		try {
			expect(await attemptLogin(t.db, { ...good, email: '  Anna@FIRMA.pl ' }, { now: t0 })).toEqual(
				{
					ok: true,
					value: { userId: id, role: 'employer' }
				}
			);
		} finally {
			await t.close();
		}
	});

	it('answers a wrong password and an unknown address alike', async () => {
		const { t } = await withEmployer(engine);
		try {
			const wrong = await attemptLogin(t.db, bad, { now: t0 });
			const unknown = await attemptLogin(t.db, { ...good, email: 'nikt@firma.pl' }, { now: t0 });
			expect(wrong).toEqual({ ok: false, reason: 'invalid' });
			expect(unknown).toEqual(wrong);
		} finally {
			await t.close();
		}
	});

	it('refuses after five failures, even the right password, until the window ends', async () => {
		const { t, id } = await withEmployer(engine);
		try {
			for (let i = 0; i < LOGIN_PER_ACCOUNT.max; i++) {
				expect(await attemptLogin(t.db, bad, { now: minutes(i), pause: noPause })).toEqual({
					ok: false,
					reason: 'invalid'
				});
			}
			const refused = await attemptLogin(t.db, good, { now: minutes(5) });
			expect(refused).toEqual({ ok: false, reason: 'limited', retryAfterMs: 10 * 60_000 });
			// The account is limited from any address.
			const elsewhere = await attemptLogin(t.db, { ...good, ip: '10.9.9.9' }, { now: minutes(6) });
			expect(elsewhere.ok).toBe(false);
			expect(await attemptLogin(t.db, good, { now: minutes(15) })).toEqual({
				ok: true,
				value: { userId: id, role: 'employer' }
			});
		} finally {
			await t.close();
		}
	});

	it('counts failures only: a success clears the account counter, refusals add nothing', async () => {
		const { t } = await withEmployer(engine);
		try {
			const keys = loginLimitKeys(good.email, good.ip);
			for (let i = 0; i < 4; i++) await attemptLogin(t.db, bad, { now: t0, pause: noPause });
			expect((await attemptLogin(t.db, good, { now: t0, pause: noPause })).ok).toBe(true);
			expect(
				(await peekLimit(t.db, { key: keys.account, limit: LOGIN_PER_ACCOUNT }, t0)).count
			).toBe(0);
			expect((await peekLimit(t.db, { key: keys.ip, limit: LOGIN_PER_IP }, t0)).count).toBe(4);

			for (let i = 0; i < 5; i++) await attemptLogin(t.db, bad, { now: t0, pause: noPause });
			for (let i = 0; i < 3; i++) await attemptLogin(t.db, bad, { now: t0, pause: noPause });
			expect(
				(await peekLimit(t.db, { key: keys.account, limit: LOGIN_PER_ACCOUNT }, t0)).count
			).toBe(5);
			expect((await peekLimit(t.db, { key: keys.ip, limit: LOGIN_PER_IP }, t0)).count).toBe(9);
		} finally {
			await t.close();
		}
	});

	it('limits one address trying many accounts, and only that address', async () => {
		const { t, id } = await withEmployer(engine);
		try {
			for (let i = 0; i < LOGIN_PER_IP.max; i++) {
				const r = await attemptLogin(t.db, { ...bad, email: `kto${i}@firma.pl` }, { now: t0 });
				expect(r.ok).toBe(false);
			}
			const refused = await attemptLogin(t.db, good, { now: minutes(1) });
			expect(refused).toMatchObject({ ok: false, reason: 'limited' });
			expect(await attemptLogin(t.db, { ...good, ip: '10.0.0.2' }, { now: minutes(1) })).toEqual({
				ok: true,
				value: { userId: id, role: 'employer' }
			});
		} finally {
			await t.close();
		}
	});

	it('does not count successful log-ins against an address', async () => {
		const { t } = await withEmployer(engine);
		try {
			for (let i = 0; i < LOGIN_PER_IP.max + 2; i++) {
				expect((await attemptLogin(t.db, good, { now: t0 })).ok).toBe(true);
			}
		} finally {
			await t.close();
		}
	});

	it('never lets a guest (no password) or an empty password in', async () => {
		const t = await freshDb(engine);
		try {
			await createGuest(t.db, 'Firma');
			expect((await attemptLogin(t.db, { email: '', password: '', ip: 'x' }, { now: t0 })).ok).toBe(
				false
			);
		} finally {
			await t.close();
		}
	});

	it('replaces the session a browser had (a guest logging in to an account)', async () => {
		const t = await freshDb(engine);
		try {
			const guestId = await createGuest(t.db, 'Firma');
			const staffId = await valueOf(
				createStaffAccount(t.db, {
					email: 'ola@org.pl',
					password: 'haslo-prowadzacej',
					role: 'facilitator'
				})
			);
			const guest = await startSession(t.db, guestId, { replacing: null, now: t0 });
			const staff = await startSession(t.db, staffId, { replacing: guest.session.id, now: t0 });
			expect((await validateSessionToken(t.db, guest.token, t0)).session).toBeNull();
			expect((await validateSessionToken(t.db, staff.token, t0)).user?.id).toBe(staffId);
			expect(staff.token).not.toBe(guest.token);
		} finally {
			await t.close();
		}
	});
});

describe('homeFor', () => {
	it('sends each role to its own start page', () => {
		expect(homeFor('employer')).toBe('/dashboard');
		expect(homeFor('guest')).toBe('/dashboard');
		expect(homeFor('facilitator')).toBe('/workshops');
		expect(homeFor('inspector')).toBe('/statistics');
		expect(homeFor('admin')).toBe('/admin');
	});
});

describe('safeNext', () => {
	it('keeps paths on this site', () => {
		expect(safeNext('/dashboard')).toBe('/dashboard');
		expect(safeNext('/a/b?x=1#top')).toBe('/a/b?x=1#top');
		expect(safeNext('/a/../admin')).toBe('/admin');
	});

	it('refuses anything that could lead to another site', () => {
		for (const next of [
			null,
			undefined,
			'',
			'dashboard',
			'//evil.example',
			'/\\evil.example',
			'/\t/evil.example',
			'/\n/evil.example',
			'https://evil.example/',
			'javascript:alert(1)',
			`/${'a'.repeat(2001)}`
		]) {
			expect(safeNext(next)).toBeNull();
		}
	});
});
