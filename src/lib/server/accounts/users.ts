import { sql } from 'kysely';
import { type Db, inTransaction, isUniqueViolation, type Role } from '../db';
import { newId, nowIso } from '../ids';
import { fail, ok, type Result } from '../../result';
import { hashPassword } from './password';

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

export async function findUserByEmail(db: Db, email: string) {
	return db
		.selectFrom('users')
		.selectAll()
		.where('email', '=', normaliseEmail(email))
		.executeTakeFirst();
}

export async function createOrganisation(db: Db, name: string): Promise<string> {
	const id = newId();
	await db.insertInto('organisations').values({ id, name, created_at: nowIso() }).execute();
	return id;
}

/** A guest: a user without credentials and an organisation of its own, so work can start at once. */
export async function createGuest(db: Db, organisationName: string): Promise<string> {
	return inTransaction(db, async (tx) => {
		const organisationId = await createOrganisation(tx, organisationName);
		const id = newId();
		await tx
			.insertInto('users')
			.values({
				id,
				email: null,
				password_hash: null,
				role: 'guest',
				organisation_id: organisationId,
				display_name: null,
				is_guest: 1,
				created_at: nowIso(),
				password_changed_at: null
			})
			.execute();
		return id;
	});
}

/** An address that already has an account; nothing was written. */
export type Registration = Result<string, 'email_taken'>;

/**
 * Runs a write that may find the address taken: by the check before it or, when two
 * sign-ups with one address meet, by the unique index, which reads the same.
 */
async function unlessTaken(
	db: Db,
	email: string,
	write: (tx: Db) => Promise<string>
): Promise<Registration> {
	try {
		return await inTransaction(db, async (tx): Promise<Registration> => {
			if (await findUserByEmail(tx, email)) return fail('email_taken');
			return ok(await write(tx));
		});
	} catch (err) {
		if (isUniqueViolation(err)) return fail('email_taken');
		throw err;
	}
}

/**
 * Signs an employer up. A guest who signs up keeps its user row, its organisation and
 * everything in it; only the credentials and the role change.
 */
export async function registerEmployer(
	db: Db,
	input: { email: string; password: string; organisationName: string; displayName?: string },
	guestUserId?: string
): Promise<Registration> {
	const email = normaliseEmail(input.email);
	const passwordHash = await hashPassword(input.password);
	return unlessTaken(db, email, async (tx) => {
		if (guestUserId) {
			const guest = await tx
				.selectFrom('users')
				.select(['id', 'organisation_id'])
				.where('id', '=', guestUserId)
				.where('is_guest', '=', 1)
				.executeTakeFirst();
			if (guest?.organisation_id) {
				await tx
					.updateTable('users')
					.set({
						email,
						password_hash: passwordHash,
						role: 'employer',
						is_guest: 0,
						display_name: input.displayName ?? null,
						password_changed_at: nowIso()
					})
					.where('id', '=', guest.id)
					.execute();
				await tx
					.updateTable('organisations')
					.set({ name: input.organisationName })
					.where('id', '=', guest.organisation_id)
					.execute();
				return guest.id;
			}
		}
		const organisationId = await createOrganisation(tx, input.organisationName);
		return insertAccount(tx, {
			email,
			passwordHash,
			role: 'employer',
			organisationId,
			displayName: input.displayName
		});
	});
}

/** Facilitator, inspector and admin accounts: created by the command line or by an admin. */
export async function createStaffAccount(
	db: Db,
	input: {
		email: string;
		password: string;
		role: Exclude<Role, 'guest' | 'employer'>;
		displayName?: string;
	}
): Promise<Registration> {
	const email = normaliseEmail(input.email);
	const passwordHash = await hashPassword(input.password);
	return unlessTaken(db, email, (tx) =>
		insertAccount(tx, {
			email,
			passwordHash,
			role: input.role,
			organisationId: null,
			displayName: input.displayName
		})
	);
}

/** A new account with a password (never a guest): sign-up and staff accounts alike. */
async function insertAccount(
	tx: Db,
	account: {
		email: string;
		passwordHash: string;
		role: Exclude<Role, 'guest'>;
		organisationId: string | null;
		displayName?: string;
	}
): Promise<string> {
	const id = newId();
	await tx
		.insertInto('users')
		.values({
			id,
			email: account.email,
			password_hash: account.passwordHash,
			role: account.role,
			organisation_id: account.organisationId,
			display_name: account.displayName ?? null,
			is_guest: 0,
			created_at: nowIso(),
			password_changed_at: nowIso()
		})
		.execute();
	return id;
}

/** For callers that hash before opening a transaction, so the slow hash holds no lock. */
export async function setPasswordHash(db: Db, userId: string, passwordHash: string): Promise<void> {
	await db
		.updateTable('users')
		.set({ password_hash: passwordHash, password_changed_at: nowIso() })
		.where('id', '=', userId)
		.execute();
}

export async function findUserById(db: Db, id: string) {
	return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface AccountRow {
	id: string;
	email: string | null;
	role: Role;
	displayName: string | null;
	createdAt: string;
}

/** Accounts with credentials (guests have none), newest first, optionally by part of the e-mail. */
export async function listAccounts(
	db: Db,
	options: { search?: string; limit?: number } = {}
): Promise<AccountRow[]> {
	let query = db
		.selectFrom('users')
		.select(['id', 'email', 'role', 'display_name', 'created_at'])
		.where('is_guest', '=', 0);
	const search = options.search?.trim().toLowerCase();
	if (search) {
		const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
		query = query.where(sql<boolean>`email like ${pattern} escape '\\'`);
	}
	const rows = await query
		.orderBy('created_at', 'desc')
		.orderBy('id')
		.limit(options.limit ?? 100)
		.execute();
	return rows.map((r) => ({
		id: r.id,
		email: r.email,
		role: r.role,
		displayName: r.display_name,
		createdAt: r.created_at
	}));
}

/**
 * Gives an account another role. An employer needs an organisation to work in, so one
 * that has none gets a new one named organisationName.
 */
export async function setRole(
	db: Db,
	change: { userId: string; role: Exclude<Role, 'guest'>; organisationName: string }
): Promise<void> {
	const { userId, role, organisationName } = change;
	await inTransaction(db, async (tx) => {
		const user = await findUserById(tx, userId);
		if (!user) return;
		let organisationId = user.organisation_id;
		if (role === 'employer' && !organisationId) {
			organisationId = await createOrganisation(tx, organisationName);
		}
		await tx
			.updateTable('users')
			.set({ role, organisation_id: organisationId })
			.where('id', '=', userId)
			.execute();
	});
}
