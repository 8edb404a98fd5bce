/**
 * People for the tests and benchmarks, made through the service layer exactly as the app makes
 * them, each with a session whose cookie a client then presents.
 */
import { valueOf } from '../../src/lib/test-helpers';
import type { Db, Role } from '../../src/lib/server/db';
import {
	createStaffAccount,
	findUserById,
	registerEmployer,
	startGuest,
	startSession
} from '../../src/lib/server/accounts';

export interface Identity {
	role: Role | 'anonymous';
	userId: string | null;
	organisationId: string | null;
	/** The session cookie's value; null for an anonymous visitor. */
	session: string | null;
}

export const ANONYMOUS: Identity = {
	role: 'anonymous',
	userId: null,
	organisationId: null,
	session: null
};

export const PASSWORD = 'haslo-do-testow-123';

async function identityOf(db: Db, userId: string, session: string): Promise<Identity> {
	const user = await findUserById(db, userId);
	if (!user) throw new Error(`no user ${userId}`);
	return { role: user.role, userId, organisationId: user.organisation_id, session };
}

export async function seedGuest(db: Db, name: string): Promise<Identity> {
	const guest = await startGuest(db, name);
	return identityOf(db, guest.userId, guest.token);
}

export async function seedAccount(
	db: Db,
	role: Exclude<Role, 'guest'>,
	email: string
): Promise<Identity> {
	const userId = await valueOf(
		role === 'employer'
			? registerEmployer(db, { email, password: PASSWORD, organisationName: email })
			: createStaffAccount(db, { email, password: PASSWORD, role })
	);
	const { token } = await startSession(db, userId);
	return identityOf(db, userId, token);
}
