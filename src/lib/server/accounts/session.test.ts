import { valueOf } from '../../test-helpers';
import { describe, expect, it } from 'vitest';
import { freshDb, testEngines } from '../db/test-helpers';
import { createGuest, registerEmployer } from './users';
import { changePassword } from './account';
import {
	createSession,
	generateSessionToken,
	invalidateSession,
	SESSION_LIFETIME,
	sessionIdOf,
	validateSessionToken
} from './session';

const DAY = 24 * 60 * 60 * 1000;
const start = new Date('2026-03-01T10:00:00.000Z');
const later = (days: number) => new Date(start.getTime() + days * DAY);

describe.each(testEngines)('sessions on %s', (engine) => {
	it('store only the hash of the token and find the user by the token', async () => {
		const t = await freshDb(engine);
		try {
			const userId = await createGuest(t.db, 'Firma');
			const token = generateSessionToken();
			const session = await createSession(t.db, { token, userId }, start);
			const rows = await t.db.selectFrom('sessions').select('id').execute();
			expect(rows.map((r) => r.id)).toEqual([sessionIdOf(token)]);
			expect(rows[0].id).not.toContain(token);
			expect(session.expiresAt.getTime()).toBe(start.getTime() + SESSION_LIFETIME);

			const found = await validateSessionToken(t.db, token, later(1));
			expect(found.session?.id).toBe(session.id);
			expect(found.user).toMatchObject({ id: userId, role: 'guest', isGuest: true });
			expect(found.user?.organisationId).toBeTruthy();
		} finally {
			await t.close();
		}
	});

	it('refuse a forged or malformed token', async () => {
		const t = await freshDb(engine);
		try {
			const userId = await createGuest(t.db, 'Firma');
			const token = generateSessionToken();
			await createSession(t.db, { token, userId }, start);
			for (const forged of [
				generateSessionToken(),
				token.slice(0, -1) + (token.endsWith('a') ? 'b' : 'a'),
				sessionIdOf(token),
				'',
				token.toUpperCase(),
				`${token}' or '1'='1`
			]) {
				expect(await validateSessionToken(t.db, forged, later(1))).toEqual({
					session: null,
					user: null
				});
			}
		} finally {
			await t.close();
		}
	});

	it('expire after thirty days without use and delete the row', async () => {
		const t = await freshDb(engine);
		try {
			const userId = await createGuest(t.db, 'Firma');
			const token = generateSessionToken();
			await createSession(t.db, { token, userId }, start);
			expect((await validateSessionToken(t.db, token, later(29.9))).session).not.toBeNull();
			const expired = await validateSessionToken(t.db, token, later(60));
			expect(expired.session).toBeNull();
			expect(await t.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
		} finally {
			await t.close();
		}
	});

	it('slide: a session used in its second half is extended, one used early is not', async () => {
		const t = await freshDb(engine);
		try {
			const userId = await createGuest(t.db, 'Firma');
			const token = generateSessionToken();
			const created = await createSession(t.db, { token, userId }, start);

			const early = await validateSessionToken(t.db, token, later(5));
			expect(early.session?.expiresAt.getTime()).toBe(created.expiresAt.getTime());

			const used = later(20);
			const renewed = await validateSessionToken(t.db, token, used);
			expect(renewed.session?.expiresAt.getTime()).toBe(used.getTime() + SESSION_LIFETIME);
			const row = await t.db.selectFrom('sessions').select('expires_at').executeTakeFirstOrThrow();
			expect(row.expires_at).toBe(new Date(used.getTime() + SESSION_LIFETIME).toISOString());
			// Alive past the original end because it was renewed.
			expect((await validateSessionToken(t.db, token, later(45))).session).not.toBeNull();
		} finally {
			await t.close();
		}
	});

	it('end on log-out: the token no longer works', async () => {
		const t = await freshDb(engine);
		try {
			const userId = await createGuest(t.db, 'Firma');
			const token = generateSessionToken();
			const kept = generateSessionToken();
			const session = await createSession(t.db, { token, userId }, start);
			await createSession(t.db, { token: kept, userId }, start);
			await invalidateSession(t.db, session.id);
			expect((await validateSessionToken(t.db, token, later(1))).session).toBeNull();
			// Only that browser is logged out.
			expect((await validateSessionToken(t.db, kept, later(1))).session).not.toBeNull();
		} finally {
			await t.close();
		}
	});

	it('all end on a password change except the fresh one it creates', async () => {
		const t = await freshDb(engine);
		try {
			const userId = await valueOf(
				registerEmployer(t.db, {
					email: 'a@firma.pl',
					password: 'stare-haslo-123',
					organisationName: 'Firma'
				})
			);
			const other = await valueOf(
				registerEmployer(t.db, {
					email: 'b@firma.pl',
					password: 'inne-haslo-456',
					organisationName: 'Inna'
				})
			);
			const tokens = [generateSessionToken(), generateSessionToken()];
			for (const token of tokens) await createSession(t.db, { token, userId }, start);
			const bystander = generateSessionToken();
			await createSession(t.db, { token: bystander, userId: other }, start);

			const result = await changePassword(
				t.db,
				{ userId, current: 'stare-haslo-123', next: 'nowe-haslo-789' },
				later(1)
			);
			expect(result.ok).toBe(true);
			if (!result.ok) return;
			for (const token of tokens) {
				expect((await validateSessionToken(t.db, token, later(1))).session).toBeNull();
			}
			const fresh = await validateSessionToken(t.db, result.value.token, later(1));
			expect(fresh.user?.id).toBe(userId);
			expect((await validateSessionToken(t.db, bystander, later(1))).session).not.toBeNull();
		} finally {
			await t.close();
		}
	});
});
