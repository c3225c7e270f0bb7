import { hash, verify } from '@node-rs/argon2';

// OWASP's Argon2id minimum; the hash string records its parameters, so verify needs none.
const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 };

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 255;

export type PasswordProblem = 'password_too_short' | 'password_too_long';

export function checkPassword(password: string): PasswordProblem | null {
	if (password.length < PASSWORD_MIN) return 'password_too_short';
	if (password.length > PASSWORD_MAX) return 'password_too_long';
	return null;
}

export function hashPassword(password: string): Promise<string> {
	return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}
