import { describe, expect, it } from 'vitest';
import { testDb } from '../../../tests/unit/test-db';
import { authenticate, changePassword, ensureConsensusUser, registerUser } from './users';
import { setRegistrationOpen } from './instance';
import { createSession, generateSessionToken, validateSessionToken } from './auth/session';
import { UserError } from './errors';
import * as table from './db/schema';

async function expectUserError(promise: Promise<unknown>, code: string) {
	await expect(promise).rejects.toSatisfy((e) => e instanceof UserError && e.code === code);
}

describe('accounts', () => {
	it('makes the first account the admin, and only the first', async () => {
		const db = testDb();
		const first = await registerUser(db, { username: 'first', password: 'password-1' });
		const second = await registerUser(db, { username: 'second', password: 'password-2' });
		expect(first.isAdmin).toBe(true);
		expect(second.isAdmin).toBe(false);
	});

	it('hashes passwords with Argon2id and authenticates', async () => {
		const db = testDb();
		await registerUser(db, { username: 'anna', password: 'correct horse' });
		const row = db.select().from(table.user).get();
		expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
		expect(await authenticate(db, 'ANNA', 'correct horse')).not.toBeNull();
		expect(await authenticate(db, 'anna', 'wrong horse')).toBeNull();
		expect(await authenticate(db, 'nobody', 'correct horse')).toBeNull();
	});

	it('refuses duplicate names case-insensitively, bad names and bad passwords, writing nothing', async () => {
		const db = testDb();
		await registerUser(db, { username: 'anna', password: 'password-1' });
		await expectUserError(registerUser(db, { username: 'Anna', password: 'password-1' }), 'error.username_taken');
		await expectUserError(registerUser(db, { username: 'ab', password: 'password-1' }), 'error.username_too_short');
		await expectUserError(registerUser(db, { username: 'x'.repeat(33), password: 'password-1' }), 'error.username_too_long');
		await expectUserError(registerUser(db, { username: 'an na', password: 'password-1' }), 'error.username_invalid');
		await expectUserError(registerUser(db, { username: 'konsensus', password: 'password-1' }), 'error.username_taken');
		await expectUserError(registerUser(db, { username: 'bent', password: 'short' }), 'error.password_too_short');
		await expectUserError(registerUser(db, { username: 'bent', password: 'p'.repeat(256) }), 'error.password_too_long');
		expect(db.select().from(table.user).all()).toHaveLength(1);
	});

	it('refuses open registration when the admin closed it', async () => {
		const db = testDb();
		await registerUser(db, { username: 'admin', password: 'password-1' });
		setRegistrationOpen(db, false);
		await expectUserError(registerUser(db, { username: 'late', password: 'password-1' }), 'error.registration_closed');
		// An invitation still lets a person in.
		const viaInvite = await registerUser(db, { username: 'invited', password: 'password-1' }, () => {});
		expect(viaInvite.username).toBe('invited');
	});

	it('ends every session of the user when the password changes', async () => {
		const db = testDb();
		const user = await registerUser(db, { username: 'anna', password: 'password-1' });
		const token = generateSessionToken();
		createSession(db, token, user.id);
		await expectUserError(changePassword(db, user.id, 'wrong-password', 'password-2'), 'error.wrong_password');
		expect(validateSessionToken(db, token).session).not.toBeNull();
		await changePassword(db, user.id, 'password-1', 'password-2');
		expect(validateSessionToken(db, token).session).toBeNull();
		expect(await authenticate(db, 'anna', 'password-2')).not.toBeNull();
	});

	it('keeps the consensus coder out of login and out of the admin count', async () => {
		const db = testDb();
		ensureConsensusUser(db);
		const first = await registerUser(db, { username: 'first', password: 'password-1' });
		expect(first.isAdmin).toBe(true);
		expect(await authenticate(db, 'konsensus', '')).toBeNull();
	});
});
