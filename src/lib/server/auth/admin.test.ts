import { describe, expect, it } from 'vitest';
import { recentAudit, recentAuditWithPeople } from '../audit';
import { freshDb, testEngines } from '../db/test-helpers';
import { createGuest, createStaffAccount, EmailTakenError, findUserById } from '../users';
import { adminChangeRole, adminCreateAccount, NotAllowedError } from './admin';
import { attemptLogin } from './login';

const password = 'tymczasowe-123';

async function withAdmin(engine: 'sqlite' | 'postgres') {
	const t = await freshDb(engine);
	const id = await createStaffAccount(t.db, { email: 'admin@org.pl', password, role: 'admin' });
	return { t, admin: { id, role: 'admin' as const } };
}

describe.each(testEngines)('account administration on %s', (engine) => {
	it('creates a staff account that can log in, and records who made it', async () => {
		const { t, admin } = await withAdmin(engine);
		try {
			const id = await adminCreateAccount(t.db, admin, {
				email: 'Ola@Zwiazek.pl',
				password,
				role: 'facilitator'
			});
			const login = await attemptLogin(t.db, { email: 'ola@zwiazek.pl', password, ip: 'x' });
			expect(login).toEqual({ ok: true, userId: id, role: 'facilitator' });
			expect(await recentAuditWithPeople(t.db)).toMatchObject([
				{
					action: 'account.created',
					actorEmail: 'admin@org.pl',
					subjectEmail: 'ola@zwiazek.pl',
					detail: 'facilitator'
				}
			]);
			await expect(
				adminCreateAccount(t.db, admin, { email: 'ola@zwiazek.pl', password, role: 'admin' })
			).rejects.toBeInstanceOf(EmailTakenError);
			expect(await recentAudit(t.db)).toHaveLength(1);
		} finally {
			await t.close();
		}
	});

	it('changes roles and records from which to which', async () => {
		const { t, admin } = await withAdmin(engine);
		try {
			const id = await createStaffAccount(t.db, {
				email: 'i@pip.gov.pl',
				password,
				role: 'inspector'
			});
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
			const id = await createStaffAccount(t.db, {
				email: 'f@org.pl',
				password,
				role: 'facilitator'
			});
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

	it('refuses anyone but an admin, whatever the route did', async () => {
		const { t } = await withAdmin(engine);
		try {
			const id = await createStaffAccount(t.db, {
				email: 'f@org.pl',
				password,
				role: 'facilitator'
			});
			for (const role of ['employer', 'facilitator', 'inspector', 'guest'] as const) {
				const actor = { id, role };
				await expect(
					adminChangeRole(t.db, actor, { userId: id, role: 'admin' })
				).rejects.toBeInstanceOf(NotAllowedError);
				await expect(
					adminCreateAccount(t.db, actor, { email: 'n@org.pl', password, role: 'admin' })
				).rejects.toBeInstanceOf(NotAllowedError);
			}
			expect((await findUserById(t.db, id))?.role).toBe('facilitator');
		} finally {
			await t.close();
		}
	});
});
