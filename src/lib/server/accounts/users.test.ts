import { sql } from 'kysely';
import { valueOf } from '../../test-helpers';
import { describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { freshDb, testEngines } from '../db/test-helpers';
import { verifyPassword } from './password';
import {
	createGuest,
	createStaffAccount,
	findUserByEmail,
	findUserById,
	listAccounts,
	registerEmployer,
	setRole
} from './users';

async function counts(db: Db) {
	const { rows } = await sql<{ users: number; organisations: number }>`
		select (select count(*) from users) as users,
		       (select count(*) from organisations) as organisations`.execute(db);
	return { users: Number(rows[0].users), organisations: Number(rows[0].organisations) };
}

const employer = { email: 'Anna@Firma.pl', password: 'dobre-haslo-123', organisationName: 'Firma' };

const EMAIL_TAKEN = { ok: false, reason: 'email_taken' };

describe.each(testEngines)('users on %s', (engine) => {
	it('register an employer with a hashed password and an organisation of its own', async () => {
		const t = await freshDb(engine);
		try {
			const id = await valueOf(registerEmployer(t.db, { ...employer, displayName: 'Anna' }));
			const user = await findUserByEmail(t.db, 'anna@firma.pl');
			expect(user).toMatchObject({ id, role: 'employer', is_guest: 0, display_name: 'Anna' });
			expect(user?.password_hash).not.toContain(employer.password);
			expect(await verifyPassword(user!.password_hash!, employer.password)).toBe(true);
			const org = await t.db
				.selectFrom('organisations')
				.selectAll()
				.where('id', '=', user!.organisation_id!)
				.executeTakeFirst();
			expect(org?.name).toBe('Firma');
		} finally {
			await t.close();
		}
	});

	it('refuse a taken address, in any case, and write nothing', async () => {
		const t = await freshDb(engine);
		try {
			await valueOf(registerEmployer(t.db, employer));
			const guestId = await createGuest(t.db, 'Gość');
			const before = await counts(t.db);
			expect(
				await registerEmployer(t.db, {
					...employer,
					email: ' ANNA@firma.PL ',
					organisationName: 'Inna'
				})
			).toEqual(EMAIL_TAKEN);
			expect(
				await registerEmployer(t.db, { ...employer, organisationName: 'Inna' }, guestId)
			).toEqual(EMAIL_TAKEN);
			expect(await counts(t.db)).toEqual(before);
			expect(await findUserById(t.db, guestId)).toMatchObject({
				role: 'guest',
				is_guest: 1,
				email: null
			});
			expect(await createStaffAccount(t.db, { ...employer, role: 'inspector' })).toEqual(
				EMAIL_TAKEN
			);
		} finally {
			await t.close();
		}
	});

	it('let only one of two simultaneous sign-ups with one address through', async () => {
		const t = await freshDb(engine);
		try {
			const results = await Promise.all([
				registerEmployer(t.db, employer),
				registerEmployer(t.db, { ...employer, organisationName: 'Druga' })
			]);
			expect(results.filter((r) => r.ok)).toHaveLength(1);
			const refused = results.find((r) => !r.ok);
			expect(refused).toEqual(EMAIL_TAKEN);
			expect(await counts(t.db)).toEqual({ users: 1, organisations: 1 });
		} finally {
			await t.close();
		}
	});

	it('upgrade a guest in place: same user, same organisation, its work kept', async () => {
		const t = await freshDb(engine);
		try {
			const guestId = await createGuest(t.db, 'Moja organizacja');
			const guest = await findUserById(t.db, guestId);
			const now = new Date().toISOString();
			await t.db
				.insertInto('assessments')
				.values({
					id: 'a1',
					organisation_id: guest!.organisation_id!,
					status: 'draft',
					revision: 3,
					pins: '[]',
					previous_id: null,
					created_at: now,
					updated_at: now,
					submitted_at: null,
					result: null,
					overall_level: null,
					stats_opt_out: 0
				})
				.execute();
			const before = await counts(t.db);

			const id = await valueOf(
				registerEmployer(t.db, { ...employer, organisationName: 'Piekarnia' }, guestId)
			);
			expect(id).toBe(guestId);
			const user = await findUserById(t.db, guestId);
			expect(user).toMatchObject({
				email: 'anna@firma.pl',
				role: 'employer',
				is_guest: 0,
				organisation_id: guest!.organisation_id
			});
			expect(await counts(t.db)).toEqual(before);
			const assessment = await t.db
				.selectFrom('assessments')
				.select(['organisation_id', 'revision'])
				.executeTakeFirst();
			expect(assessment).toEqual({ organisation_id: guest!.organisation_id, revision: 3 });
			const org = await t.db
				.selectFrom('organisations')
				.select('name')
				.where('id', '=', guest!.organisation_id!)
				.executeTakeFirst();
			expect(org?.name).toBe('Piekarnia');
		} finally {
			await t.close();
		}
	});

	it('list accounts with credentials only, newest first, by part of the address', async () => {
		const t = await freshDb(engine);
		try {
			await createGuest(t.db, 'Gość');
			await valueOf(
				createStaffAccount(t.db, {
					email: 'ola@zwiazek.pl',
					password: 'x'.repeat(10),
					role: 'facilitator'
				})
			);
			await valueOf(registerEmployer(t.db, { ...employer, email: 'jan_kowalski@firma.pl' }));
			await valueOf(registerEmployer(t.db, { ...employer, email: 'jan2kowalski@firma.pl' }));
			const all = await listAccounts(t.db);
			expect(all.map((a) => a.email).sort()).toEqual(
				['jan2kowalski@firma.pl', 'jan_kowalski@firma.pl', 'ola@zwiazek.pl'].sort()
			);
			expect((await listAccounts(t.db, { search: 'FIRMA' })).length).toBe(2);
			// "_" is a letter here, not a LIKE wildcard.
			expect((await listAccounts(t.db, { search: 'jan_' })).map((a) => a.email)).toEqual([
				'jan_kowalski@firma.pl'
			]);
			expect(await listAccounts(t.db, { search: '%' })).toEqual([]);
			expect(await listAccounts(t.db, { limit: 1 })).toHaveLength(1);
		} finally {
			await t.close();
		}
	});

	it('give an organisation to an account that becomes an employer without one', async () => {
		const t = await freshDb(engine);
		try {
			const id = await valueOf(
				createStaffAccount(t.db, {
					email: 'ola@zwiazek.pl',
					password: 'x'.repeat(10),
					role: 'facilitator'
				})
			);
			await setRole(t.db, { userId: id, role: 'employer', organisationName: 'ola@zwiazek.pl' });
			const user = await findUserById(t.db, id);
			expect(user?.role).toBe('employer');
			expect(user?.organisation_id).toBeTruthy();
			const orgId = user!.organisation_id;
			await setRole(t.db, { userId: id, role: 'inspector', organisationName: 'x' });
			await setRole(t.db, { userId: id, role: 'employer', organisationName: 'x' });
			expect((await findUserById(t.db, id))?.organisation_id).toBe(orgId);
			expect((await counts(t.db)).organisations).toBe(1);
		} finally {
			await t.close();
		}
	});
});
