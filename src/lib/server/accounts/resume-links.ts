import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import type { Db } from '../db';
import { nowIso } from '../ids';

// A guest's private link: whoever holds it can open the guest's work, like a password sent
// in the address. Only its SHA-256 is stored, and a new link replaces the old one.
const TOKEN_PATTERN = /^[a-z2-7]{32}$/;

function hashOf(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** Makes a new private link secret for a guest; any earlier link of theirs stops working. */
export async function createResumeLink(db: Db, userId: string): Promise<string> {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	const token = encodeBase32LowerCaseNoPadding(bytes);
	await db.transaction().execute(async (tx) => {
		await tx.deleteFrom('resume_links').where('user_id', '=', userId).execute();
		await tx
			.insertInto('resume_links')
			.values({ token_hash: hashOf(token), user_id: userId, created_at: nowIso() })
			.execute();
	});
	return token;
}

export async function hasResumeLink(db: Db, userId: string): Promise<boolean> {
	const row = await db
		.selectFrom('resume_links')
		.select('user_id')
		.where('user_id', '=', userId)
		.executeTakeFirst();
	return row !== undefined;
}

/**
 * The guest a link belongs to, or null for a malformed or unknown secret, or for someone
 * who has since made an account (they log in with their password instead).
 */
export async function guestOfResumeLink(db: Db, token: string): Promise<string | null> {
	if (!TOKEN_PATTERN.test(token)) return null;
	const row = await db
		.selectFrom('resume_links')
		.innerJoin('users', 'users.id', 'resume_links.user_id')
		.select('users.id')
		.where('resume_links.token_hash', '=', hashOf(token))
		.where('users.is_guest', '=', 1)
		.executeTakeFirst();
	return row?.id ?? null;
}
