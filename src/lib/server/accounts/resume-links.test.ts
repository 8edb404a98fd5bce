import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { valueOf } from '../../test-helpers';
import { freshDb, testEngines, type TestDb } from '../db/test-helpers';
import { createResumeLink, guestOfResumeLink, hasResumeLink } from './resume-links';
import { createGuest, registerEmployer } from './users';

describe.each(testEngines)('guest resume links on %s', (engine) => {
	let t: TestDb;
	beforeEach(async () => {
		t = await freshDb(engine);
	});
	afterEach(() => t.close());

	it('finds the guest from the secret, and stores only its hash', async () => {
		const guest = await createGuest(t.db, 'Gość');
		expect(await hasResumeLink(t.db, guest)).toBe(false);
		const token = await createResumeLink(t.db, guest);
		expect(token).toMatch(/^[a-z2-7]{32}$/);
		expect(await guestOfResumeLink(t.db, token)).toBe(guest);
		expect(await hasResumeLink(t.db, guest)).toBe(true);
		const rows = await t.db.selectFrom('resume_links').selectAll().execute();
		expect(rows).toHaveLength(1);
		expect(rows[0].token_hash).not.toContain(token);
		expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
	});

	it('forgets the old link when a new one is made, and refuses unknown or malformed ones', async () => {
		const guest = await createGuest(t.db, 'Gość');
		const old = await createResumeLink(t.db, guest);
		const fresh = await createResumeLink(t.db, guest);
		expect(await guestOfResumeLink(t.db, old)).toBeNull();
		expect(await guestOfResumeLink(t.db, fresh)).toBe(guest);
		expect(await guestOfResumeLink(t.db, 'a'.repeat(32))).toBeNull();
		expect(await guestOfResumeLink(t.db, `${fresh}x`)).toBeNull();
		expect(await guestOfResumeLink(t.db, "' or 1=1 --")).toBeNull();
	});

	it('stops working once the guest has made an account', async () => {
		const guest = await createGuest(t.db, 'Gość');
		const token = await createResumeLink(t.db, guest);
		await valueOf(
			registerEmployer(
				t.db,
				{ email: 'firma@example.com', password: 'dlugie-haslo-123', organisationName: 'Firma' },
				guest
			)
		);
		expect(await guestOfResumeLink(t.db, token)).toBeNull();
	});
});
