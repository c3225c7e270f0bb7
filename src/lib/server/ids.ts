import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** A random 80-bit id, 16 base32 characters. */
export function newId(): string {
	return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(10)));
}

/** A random 160-bit secret token for cookies and links. */
export function newToken(): string {
	return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(20)));
}
