import { fail, ok, type Fail, type Ok, type Result } from '../../result';
import { audit } from '../audit';
import { type Db, inTransaction, type Role } from '../db';
import {
	createStaffAccount,
	findUserById,
	setPasswordHash,
	setRole,
	type Registration
} from './users';
import { passwordChangeLimitKey } from './account';
import { can, GRANTED_ROLES } from './authorize';
import { loginAccountLimitKey } from './login';
import { generateTemporaryPassword, hashPassword } from './password';
import { clearLimit } from './rate-limit';
import { invalidateUserSessions } from './session';

/** The roles an admin can move an account between (a guest is never made by hand). */
export const ASSIGNABLE_ROLES = ['employer', ...GRANTED_ROLES] as const;
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];
export type GrantedRole = (typeof GRANTED_ROLES)[number];

interface Actor {
	id: string;
	role: Role;
}

export class NotAllowedError extends Error {
	constructor() {
		super('not allowed');
	}
}

// The routes check the permission first; checking again here keeps these functions
// safe to call from anywhere.
function assertAdmin(actor: Actor): void {
	if (!can(actor.role, 'accounts:manage')) throw new NotAllowedError();
}

/** A facilitator, inspector or admin account made by an admin, recorded in the audit log. */
export async function adminCreateAccount(
	db: Db,
	actor: Actor,
	input: { email: string; password: string; role: GrantedRole }
): Promise<Registration> {
	assertAdmin(actor);
	return inTransaction(db, async (tx) => {
		const created = await createStaffAccount(tx, input);
		if (!created.ok) return created;
		const id = created.value;
		await audit(tx, {
			actorId: actor.id,
			action: 'account.created',
			subjectType: 'user',
			subjectId: id,
			detail: input.role
		});
		return created;
	});
}

export type RoleChangeResult = Result<undefined, 'self' | 'not_found'>;

/**
 * Moves an account to another role and records from which. An admin cannot demote
 * itself, so there is always an admin left to undo a mistake. An account that becomes
 * an employer without an organisation gets one named after it, which it can rename.
 */
export async function adminChangeRole(
	db: Db,
	actor: Actor,
	input: { userId: string; role: AssignableRole }
): Promise<RoleChangeResult> {
	assertAdmin(actor);
	if (input.userId === actor.id && input.role !== 'admin') return fail('self');
	return inTransaction(db, async (tx): Promise<RoleChangeResult> => {
		const user = await findUserById(tx, input.userId);
		if (!user || user.is_guest === 1) return fail('not_found');
		if (user.role === input.role) return ok();
		const organisationName = user.display_name ?? user.email ?? user.id;
		await setRole(tx, { userId: user.id, role: input.role, organisationName });
		await audit(tx, {
			actorId: actor.id,
			action: 'account.role_changed',
			subjectType: 'user',
			subjectId: user.id,
			detail: `${user.role} -> ${input.role}`
		});
		return ok();
	});
}

export type PasswordResetResult =
	Ok<{ email: string; password: string }> | Fail<'self' | 'guest' | 'not_found'>;

/**
 * Gives a person who forgot their password a new, generated one (the app sends no
 * e-mail, so an admin passes it on). Every session of the account ends, and the log-in
 * limits on it are lifted, so a person locked out by failed attempts can log in at once.
 * The audit log records who reset whose password, never the password, which only the
 * caller sees. An admin changes its own password on its account page, knowing the old
 * one, and a guest has none to reset.
 */
export async function adminResetPassword(
	db: Db,
	actor: Actor,
	input: { userId: string }
): Promise<PasswordResetResult> {
	assertAdmin(actor);
	if (input.userId === actor.id) return fail('self');
	const found = await findUserById(db, input.userId);
	if (!found) return fail('not_found');
	if (found.is_guest === 1 || !found.email) return fail('guest');
	const password = generateTemporaryPassword();
	// Hashed before the transaction, so the slow hash holds no lock.
	const passwordHash = await hashPassword(password);
	return inTransaction(db, async (tx): Promise<PasswordResetResult> => {
		const user = await findUserById(tx, input.userId);
		if (!user) return fail('not_found');
		if (user.is_guest === 1 || !user.email) return fail('guest');
		await setPasswordHash(tx, user.id, passwordHash);
		await invalidateUserSessions(tx, user.id);
		await clearLimit(tx, loginAccountLimitKey(user.email));
		await clearLimit(tx, passwordChangeLimitKey(user.id));
		await audit(tx, {
			actorId: actor.id,
			action: 'account.password_reset',
			subjectType: 'user',
			subjectId: user.id
		});
		return ok({ email: user.email, password });
	});
}
