import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's minimum recommended cost (19 MiB, 2 passes, 1 lane).
const OPTIONS = { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 } as const;

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

// Verifying against this when the account does not exist keeps the response time the
// same, so timing does not tell which e-mail addresses have accounts.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
	dummyHash ??= hashPassword('not-a-real-password-used-for-timing');
	return dummyHash;
}

/**
 * A temporary password is read off a screen and passed on by voice or on paper, so its
 * alphabet leaves out every character easily taken for another (as the workshop join
 * codes do): 0 and o, 1, i and l, 2 and z, 5 and s, 6 and g, 8 and b, and q. Lower case
 * only, so nobody has to guess the case. 20 characters of 22 give about 89 bits.
 */
export const TEMPORARY_PASSWORD_ALPHABET = 'acdefhjkmnprtuvwxy3479';
const TEMPORARY_GROUPS = 5;
const TEMPORARY_GROUP_LENGTH = 4;
// Bytes at or above the largest multiple of the alphabet's size are drawn again, so
// every character is equally likely (no modulo bias).
const TEMPORARY_LIMIT = 256 - (256 % TEMPORARY_PASSWORD_ALPHABET.length);

/** A random password such as "k7dx-m4fa-wr9c-eyt3-hn7p", for an admin to pass on. */
export function generateTemporaryPassword(
	randomBytes: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))
): string {
	const length = TEMPORARY_GROUPS * TEMPORARY_GROUP_LENGTH;
	let chars = '';
	while (chars.length < length) {
		for (const byte of randomBytes(length * 2)) {
			if (byte >= TEMPORARY_LIMIT) continue;
			chars += TEMPORARY_PASSWORD_ALPHABET[byte % TEMPORARY_PASSWORD_ALPHABET.length];
			if (chars.length === length) break;
		}
	}
	return chars.match(new RegExp(`.{${TEMPORARY_GROUP_LENGTH}}`, 'g'))!.join('-');
}
