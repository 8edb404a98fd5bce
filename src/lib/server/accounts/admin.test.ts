import { valueOf } from '../../test-helpers';
import { describe, expect, it } from 'vitest';
import { recentAudit, recentAuditWithPeople } from '../audit';
import { freshDb, testEngines } from '../db/test-helpers';
import { createGuest, createStaffAccount, findUserById, registerEmployer } from './users';
import { passwordChangeLimitKey } from './account';
import { adminChangeRole, adminCreateAccount, adminResetPassword, NotAllowedError } from './admin';
import { attemptLogin, loginAccountLimitKey, startSession } from './login';
import { PASSWORD_MIN } from './password';
import { LOGIN_PER_ACCOUNT, peekLimit, takeLimit } from './rate-limit';
import { validateSessionToken } from './session';

const password = 'tymczasowe-123';

async function withAdmin(engine: 'sqlite' | 'postgres') {
	const t = await freshDb(engine);
	const id = await valueOf(
		createStaffAccount(t.db, { email: 'admin@org.pl', password, role: 'admin' })
	);
	return { t, admin: { id, role: 'admin' as const } };
}

const EMAIL_TAKEN = { ok: false, reason: 'email_taken' };

describe.each(testEngines)('account administration on %s', (engine) => {
	it('creates a staff account that can log in, and records who made it', async () => {
		const { t, admin } = await withAdmin(engine);
		try {
			const id = await valueOf(
				adminCreateAccount(t.db, admin, {
					email: 'Ola@Zwiazek.pl',
					password,
					role: 'facilitator'
				})
			);
			const login = await attemptLogin(t.db, { email: 'ola@zwiazek.pl', password, ip: 'x' });
			expect(login).toEqual({ ok: true, value: { userId: id, role: 'facilitator' } });
			expect(await recentAuditWithPeople(t.db)).toMatchObject([
				{
					action: 'account.created',
					actorEmail: 'admin@org.pl',
					subjectEmail: 'ola@zwiazek.pl',
					detail: 'facilitator'
				}
			]);
			expect(
				await adminCreateAccount(t.db, admin, { email: 'ola@zwiazek.pl', password, role: 'admin' })
			).toEqual(EMAIL_TAKEN);
			expect(await recentAudit(t.db)).toHaveLength(1);
		} finally {
			await t.close();
		}
	});

	it('changes roles and records from which to which', async () => {
		const { t, admin } = await withAdmin(engine);
		try {
			const id = await valueOf(
				createStaffAccount(t.db, {
					email: 'i@pip.gov.pl',
					password,
					role: 'inspector'
				})
			);
			const input = { userId: id, role: 'admin' as const };
			expect(await adminChangeRole(t.db, admin, input)).toEqual({ ok: true });
			expect((await findUserById(t.db, id))?.role).toBe('admin');
			expect(await recentAudit(t.db)).toMatchObject([
				{
					actor_id: admin.id,
					action: 'account.role_changed',
					subject_id: id,
					detail: 'inspector -> admin'
				}
			]);
			// The same role again changes and records nothing.
			expect(await adminChangeRole(t.db, admin, input)).toEqual({ ok: true });
			expect(await recentAudit(t.db)).toHaveLength(1);
		} finally {
			await t.close();
		}
	});

	it('gives an account made an employer an organisation named after it', async () => {
		const { t, admin } = await withAdmin(engine);
		try {
			const id = await valueOf(
				createStaffAccount(t.db, {
					email: 'f@org.pl',
					password,
					role: 'facilitator'
				})
			);
			expect(await adminChangeRole(t.db, admin, { userId: id, role: 'employer' })).toEqual({
				ok: true
			});
			const org = await t.db
				.selectFrom('users')
				.innerJoin('organisations', 'organisations.id', 'users.organisation_id')
				.select(['users.role', 'organisations.name'])
				.where('users.id', '=', id)
				.executeTakeFirst();
			expect(org).toEqual({ role: 'employer', name: 'f@org.pl' });
		} finally {
			await t.close();
		}
	});

	it('does not let an admin demote itself', async () => {
		const { t, admin } = await withAdmin(engine);
		try {
			for (const role of ['employer', 'facilitator', 'inspector'] as const) {
				const r = await adminChangeRole(t.db, admin, {
					userId: admin.id,
					role
				});
				expect(r).toEqual({ ok: false, reason: 'self' });
			}
			expect((await findUserById(t.db, admin.id))?.role).toBe('admin');
			expect(await recentAudit(t.db)).toEqual([]);
		} finally {
			await t.close();
		}
	});

	it('leaves guests and unknown ids alone', async () => {
		const { t, admin } = await withAdmin(engine);
		try {
			const guestId = await createGuest(t.db, 'Gość');
			for (const userId of [guestId, 'nobody']) {
				const r = await adminChangeRole(t.db, admin, {
					userId,
					role: 'admin'
				});
				expect(r).toEqual({ ok: false, reason: 'not_found' });
			}
			expect((await findUserById(t.db, guestId))?.role).toBe('guest');
		} finally {
			await t.close();
		}
	});

	it('resets a password: the old one fails, the new one logs in, every session ends', async () => {
		const { t, admin } = await withAdmin(engine);
		try {
			const employer = { email: 'anna@firma.pl', password: 'zapomniane-haslo-1' };
			const id = await valueOf(registerEmployer(t.db, { ...employer, organisationName: 'Firma' }));
			await t.db
				.updateTable('users')
				.set({ password_changed_at: '2026-01-01T00:00:00.000Z' })
				.where('id', '=', id)
				.execute();
			const phone = await startSession(t.db, id);
			const laptop = await startSession(t.db, id);
			const adminSession = await startSession(t.db, admin.id);
			// Locked out by failed log-ins, and by failed tries on the account page.
			const noPause = async () => {};
			for (let i = 0; i < LOGIN_PER_ACCOUNT.max; i++) {
				const attempt = { email: employer.email, password: `zle-${i}`, ip: `10.0.0.${i}` };
				expect((await attemptLogin(t.db, attempt, { pause: noPause })).ok).toBe(false);
			}
			const locked = { ...employer, ip: '10.0.1.1' };
			expect(await attemptLogin(t.db, locked, { pause: noPause })).toMatchObject({
				ok: false,
				reason: 'limited'
			});
			for (let i = 0; i < LOGIN_PER_ACCOUNT.max; i++) {
				await takeLimit(t.db, { key: passwordChangeLimitKey(id), limit: LOGIN_PER_ACCOUNT });
			}

			const reset = await adminResetPassword(t.db, admin, { userId: id });
			if (!reset.ok) throw new Error(`reset refused: ${reset.reason}`);
			const result = reset.value;
			expect(result.email).toBe(employer.email);
			expect(result.password.replaceAll('-', '').length).toBeGreaterThanOrEqual(PASSWORD_MIN);

			const user = await findUserById(t.db, id);
			expect(user?.password_changed_at).not.toBe('2026-01-01T00:00:00.000Z');
			for (const { token } of [phone, laptop]) {
				expect((await validateSessionToken(t.db, token)).session).toBeNull();
			}
			const left = await t.db
				.selectFrom('sessions')
				.select('user_id')
				.where('user_id', '=', id)
				.execute();
			expect(left).toEqual([]);
			// The admin's own session is untouched.
			expect((await validateSessionToken(t.db, adminSession.token)).user?.id).toBe(admin.id);
			for (const key of [loginAccountLimitKey(employer.email), passwordChangeLimitKey(id)]) {
				expect((await peekLimit(t.db, { key, limit: LOGIN_PER_ACCOUNT })).count).toBe(0);
			}

			const ip = '10.0.2.1';
			expect(await attemptLogin(t.db, { ...employer, ip }, { pause: noPause })).toEqual({
				ok: false,
				reason: 'invalid'
			});
			const fresh = { email: employer.email, password: result.password, ip };
			expect(await attemptLogin(t.db, fresh, { pause: noPause })).toEqual({
				ok: true,
				value: { userId: id, role: 'employer' }
			});

			const entries = await recentAudit(t.db);
			expect(entries.filter((e) => e.action === 'account.password_reset')).toMatchObject([
				{ actor_id: admin.id, subject_type: 'user', subject_id: id, detail: null }
			]);
			expect(JSON.stringify(entries)).not.toContain(result.password);
			expect(await recentAuditWithPeople(t.db)).toMatchObject([
				{
					action: 'account.password_reset',
					actorEmail: 'admin@org.pl',
					subjectEmail: employer.email
				}
			]);
		} finally {
			await t.close();
		}
	});

	it('gives a new password each time, and resets other staff accounts too', async () => {
		const { t, admin } = await withAdmin(engine);
		try {
			const id = await valueOf(
				createStaffAccount(t.db, {
					email: 'drugi@org.pl',
					password,
					role: 'admin'
				})
			);
			const first = await valueOf(adminResetPassword(t.db, admin, { userId: id }));
			const second = await valueOf(adminResetPassword(t.db, admin, { userId: id }));
			expect(second.password).not.toBe(first.password);
			const login = (p: string) =>
				attemptLogin(t.db, { email: 'drugi@org.pl', password: p, ip: 'x' });
			expect((await login(first.password)).ok).toBe(false);
			expect((await login(second.password)).ok).toBe(true);
		} finally {
			await t.close();
		}
	});

	it('does not reset its own password, a guest or an unknown account', async () => {
		const { t, admin } = await withAdmin(engine);
		try {
			const guestId = await createGuest(t.db, 'Gość');
			const guestSession = await startSession(t.db, guestId);
			const adminSession = await startSession(t.db, admin.id);
			expect(await adminResetPassword(t.db, admin, { userId: admin.id })).toEqual({
				ok: false,
				reason: 'self'
			});
			expect(await adminResetPassword(t.db, admin, { userId: guestId })).toEqual({
				ok: false,
				reason: 'guest'
			});
			expect(await adminResetPassword(t.db, admin, { userId: 'nobody' })).toEqual({
				ok: false,
				reason: 'not_found'
			});
			expect((await findUserById(t.db, guestId))?.password_hash).toBeNull();
			expect((await validateSessionToken(t.db, guestSession.token)).session).not.toBeNull();
			expect((await validateSessionToken(t.db, adminSession.token)).session).not.toBeNull();
			expect((await attemptLogin(t.db, { email: 'admin@org.pl', password, ip: 'x' })).ok).toBe(
				true
			);
			expect(await recentAudit(t.db)).toEqual([]);
		} finally {
			await t.close();
		}
	});

	it('refuses anyone but an admin, whatever the route did', async () => {
		const { t } = await withAdmin(engine);
		try {
			const id = await valueOf(
				createStaffAccount(t.db, {
					email: 'f@org.pl',
					password,
					role: 'facilitator'
				})
			);
			const other = await valueOf(
				registerEmployer(t.db, {
					email: 'e@firma.pl',
					password,
					organisationName: 'Firma'
				})
			);
			const otherHash = (await findUserById(t.db, other))?.password_hash;
			for (const role of ['employer', 'facilitator', 'inspector', 'guest'] as const) {
				const actor = { id, role };
				await expect(
					adminChangeRole(t.db, actor, { userId: id, role: 'admin' })
				).rejects.toBeInstanceOf(NotAllowedError);
				await expect(
					adminCreateAccount(t.db, actor, { email: 'n@org.pl', password, role: 'admin' })
				).rejects.toBeInstanceOf(NotAllowedError);
				await expect(adminResetPassword(t.db, actor, { userId: other })).rejects.toBeInstanceOf(
					NotAllowedError
				);
			}
			expect((await findUserById(t.db, id))?.role).toBe('facilitator');
			const hash = (await findUserById(t.db, other))?.password_hash;
			expect(hash).toBe(otherHash);
			expect(await recentAudit(t.db)).toEqual([]);
		} finally {
			await t.close();
		}
	});
});
