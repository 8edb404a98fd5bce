/**
 * Join codes are read aloud in a room and typed from a projector, so the alphabet leaves
 * out every character easily taken for another: 0 and O, 1, I and L, 2 and Z, 5 and S,
 * 6 and G, 8 and B, and Q. 22 characters over 6 places give over 100 million codes.
 */
export const JOIN_CODE_ALPHABET = 'ACDEFHJKMNPRTUVWXY3479';
export const JOIN_CODE_LENGTH = 6;

// The largest multiple of the alphabet's size below 256: bytes at or above it are drawn
// again, so every character is equally likely (no modulo bias).
const LIMIT = 256 - (256 % JOIN_CODE_ALPHABET.length);

export function generateJoinCode(
	randomBytes: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))
): string {
	let code = '';
	while (code.length < JOIN_CODE_LENGTH) {
		for (const byte of randomBytes(JOIN_CODE_LENGTH * 2)) {
			if (byte >= LIMIT) continue;
			code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length];
			if (code.length === JOIN_CODE_LENGTH) break;
		}
	}
	return code;
}

/** ABCDEF as ABC-DEF: two groups of three are easier to read out and to type. */
export function formatJoinCode(code: string): string {
	return `${code.slice(0, 3)}-${code.slice(3)}`;
}

/**
 * A code as a person typed it (any case, with spaces or a hyphen), or null when it
 * cannot be a join code at all.
 */
export function parseJoinCode(input: string): string | null {
	const code = input.toUpperCase().replace(/[\s-]+/g, '');
	if (code.length !== JOIN_CODE_LENGTH) return null;
	return [...code].every((c) => JOIN_CODE_ALPHABET.includes(c)) ? code : null;
}
