import { valueOf } from '../../test-helpers';
import { describe, expect, it } from 'vitest';
import { recentAudit } from '../audit';
import { freshDb, testEngines } from '../db/test-helpers';
import { findUserById, registerEmployer } from './users';
import { changePassword, passwordChangeLimitKey, signUp, startGuest } from './account';
import { attemptLogin } from './login';
import { LOGIN_PER_ACCOUNT, peekLimit } from './rate-limit';
import { validateSessionToken } from './session';

const t0 = new Date('2026-03-01T10:00:00.000Z');
const input = { email: 'anna@firma.pl', password: 'dobre-haslo-123', organisationName: 'Firma' };

const EMAIL_TAKEN = { ok: false, reason: 'email_taken' };

describe.each(testEngines)('accounts on %s', (engine) => {
	it('start a guest with its own organisation and a working session', async () => {
		const t = await freshDb(engine);
		try {
			const guest = await startGuest(t.db, 'Moja organizacja');
			const { user } = await validateSessionToken(t.db, guest.token);
			expect(user).toMatchObject({ id: guest.userId, role: 'guest', isGuest: true });
			const org = await t.db
				.selectFrom('organisations')
				.select('name')
				.where('id', '=', user!.organisationId!)
				.executeTakeFirst();
			expect(org?.name).toBe('Moja organizacja');
		} finally {
			await t.close();
		}
	});

	it('sign a guest up keeping its session, and record it', async () => {
		const t = await freshDb(engine);
		try {
			const guest = await startGuest(t.db, 'Moja organizacja');
			const id = await valueOf(signUp(t.db, input, guest.userId));
			expect(id).toBe(guest.userId);
			const { user } = await validateSessionToken(t.db, guest.token);
			expect(user).toMatchObject({ id, role: 'employer', isGuest: false, email: input.email });
			expect(await recentAudit(t.db)).toMatchObject([
				{ actor_id: id, action: 'account.guest_registered', subject_id: id }
			]);
		} finally {
			await t.close();
		}
	});

	it('record nothing when the address is taken', async () => {
		const t = await freshDb(engine);
		try {
			await valueOf(registerEmployer(t.db, input));
			expect(await signUp(t.db, input)).toEqual(EMAIL_TAKEN);
			expect(await recentAudit(t.db)).toEqual([]);
		} finally {
			await t.close();
		}
	});

	it('change a password only with the right current one', async () => {
		const t = await freshDb(engine);
		try {
			const id = await valueOf(signUp(t.db, input));
			const wrong = await changePassword(
				t.db,
				{ userId: id, current: 'nie-to-haslo', next: 'nowe-haslo-456' },
				t0
			);
			expect(wrong).toEqual({ ok: false, reason: 'wrong' });
			const before = (await findUserById(t.db, id))?.password_hash;

			const ok = await changePassword(
				t.db,
				{ userId: id, current: input.password, next: 'nowe-haslo-456' },
				t0
			);
			expect(ok.ok).toBe(true);
			expect((await findUserById(t.db, id))?.password_hash).not.toBe(before);
			const ip = '10.0.0.1';
			expect((await attemptLogin(t.db, { ...input, ip }, { now: t0 })).ok).toBe(false);
			expect(
				(await attemptLogin(t.db, { ...input, password: 'nowe-haslo-456', ip }, { now: t0 })).ok
			).toBe(true);
			expect((await recentAudit(t.db)).map((e) => e.action)).toContain('account.password_changed');
			const key = passwordChangeLimitKey(id);
			expect((await peekLimit(t.db, { key, limit: LOGIN_PER_ACCOUNT }, t0)).count).toBe(0);
		} finally {
			await t.close();
		}
	});

	it('stop guessing the current password after five wrong tries', async () => {
		const t = await freshDb(engine);
		try {
			const id = await valueOf(signUp(t.db, input));
			for (let i = 0; i < LOGIN_PER_ACCOUNT.max; i++) {
				const r = await changePassword(
					t.db,
					{ userId: id, current: `zle-${i}`, next: 'nowe-haslo-456' },
					t0
				);
				expect(r).toEqual({ ok: false, reason: 'wrong' });
			}
			const refused = await changePassword(
				t.db,
				{ userId: id, current: input.password, next: 'nowe-haslo-456' },
				t0
			);
			expect(refused).toEqual({ ok: false, reason: 'limited', retryAfterMs: 15 * 60_000 });
		} finally {
			await t.close();
		}
	});
});
