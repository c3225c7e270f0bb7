// Join codes for class sessions: six characters from an alphabet without look-alikes
// (no 0/O, no 1/I/L), so a code read aloud or off a projector is typed right the first time.

export const JOIN_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** A random join code; `random` returns bytes (crypto by default, a fixed source in tests). */
export function generateJoinCode(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
	let code = '';
	// Rejection sampling keeps every character equally likely (256 is not a multiple of 31).
	const limit = 256 - (256 % JOIN_ALPHABET.length);
	while (code.length < JOIN_CODE_LENGTH) {
		for (const byte of random(JOIN_CODE_LENGTH * 2)) {
			if (byte >= limit) continue;
			code += JOIN_ALPHABET[byte % JOIN_ALPHABET.length];
			if (code.length === JOIN_CODE_LENGTH) break;
		}
	}
	return code;
}

/**
 * What a student typed, as a code: case-insensitive, spaces and dashes ignored. Null when it
 * cannot be a join code at all (wrong length or a character outside the alphabet).
 */
export function normaliseJoinCode(input: string): string | null {
	const code = input.replace(/[\s-]+/g, '').toUpperCase();
	if (code.length !== JOIN_CODE_LENGTH) return null;
	for (const ch of code) if (!JOIN_ALPHABET.includes(ch)) return null;
	return code;
}

/** A code not in `taken`, trying a handful of times (collisions are rare: 31⁶ ≈ 887 million codes). */
export function uniqueJoinCode(taken: (code: string) => boolean, random?: (n: number) => Uint8Array, attempts = 20): string {
	for (let i = 0; i < attempts; i++) {
		const code = generateJoinCode(random);
		if (!taken(code)) return code;
	}
	throw new Error('could not find a free join code');
}
