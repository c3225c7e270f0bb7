// Accounts: registration (the first account becomes the instance admin), login, password change.
import { count, eq, sql } from 'drizzle-orm';
import type { Db } from './db/client';
import * as table from './db/schema';
import { newId } from './ids';
import { UserError } from './errors';
import { checkPassword, hashPassword, verifyPassword } from './auth/password';
import { invalidateAllSessions } from './auth/session';
import { isRegistrationOpen } from './instance';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,31}$/i;
const RESERVED_USERNAMES = new Set(['konsensus', 'consensus', 'admin-system', 'system']);
export const CONSENSUS_USER_ID = 'consensus';
let dummyHash: Promise<string> | undefined;

export function checkUsername(username: string): void {
	if (username.length < 3) throw new UserError('error.username_too_short');
	if (username.length > 32) throw new UserError('error.username_too_long');
	if (!USERNAME_PATTERN.test(username)) throw new UserError('error.username_invalid');
	if (RESERVED_USERNAMES.has(username.toLowerCase())) throw new UserError('error.username_taken');
}

export function findUserByUsername(db: Db, username: string) {
	return db
		.select()
		.from(table.user)
		.where(sql`lower(${table.user.username}) = lower(${username})`)
		.get();
}

export function getUser(db: Db, id: string) {
	return db.select().from(table.user).where(eq(table.user.id, id)).get();
}

/** Checks everything that can be checked before the (slow) password hash. */
export function validateRegistration(db: Db, username: string, password: string): void {
	checkUsername(username);
	const problem = checkPassword(password);
	if (problem) throw new UserError(`error.${problem}`);
	if (findUserByUsername(db, username)) throw new UserError('error.username_taken', {}, 409);
}

export interface NewUser {
	id: string;
	username: string;
	isAdmin: boolean;
}

/**
 * Creates an account. `viaInvitation` runs inside the same transaction (joining the study),
 * so a failed join leaves no half-made account behind.
 */
export async function registerUser(
	db: Db,
	input: { username: string; password: string },
	viaInvitation?: (tx: Db, user: NewUser) => void
): Promise<NewUser> {
	const username = input.username.trim();
	validateRegistration(db, username, input.password);
	const passwordHash = await hashPassword(input.password);
	return db.transaction((tx) => {
		const humans = tx.select({ n: count() }).from(table.user).where(eq(table.user.isSystem, false)).get()?.n ?? 0;
		if (!viaInvitation && humans > 0 && !isRegistrationOpen(tx)) {
			throw new UserError('error.registration_closed', {}, 403);
		}
		// Checked again inside the transaction: two people may race for one name.
		if (findUserByUsername(tx, username)) throw new UserError('error.username_taken', {}, 409);
		const user: NewUser = { id: newId(), username, isAdmin: humans === 0 };
		tx.insert(table.user).values({ ...user, passwordHash }).run();
		viaInvitation?.(tx, user);
		return user;
	});
}

/** Returns the user when the password matches; null otherwise (same answer for unknown names). */
export async function authenticate(db: Db, username: string, password: string) {
	const user = findUserByUsername(db, username.trim());
	if (!user || !user.passwordHash || user.isSystem) {
		// Spend comparable time so unknown names can't be told apart by timing.
		dummyHash ??= hashPassword('not-a-real-password');
		await verifyPassword(await dummyHash, password);
		return null;
	}
	return (await verifyPassword(user.passwordHash, password)) ? user : null;
}

export async function changePassword(db: Db, userId: string, current: string, next: string): Promise<void> {
	const user = getUser(db, userId);
	if (!user?.passwordHash) throw new UserError('error.not_found', {}, 404);
	if (!(await verifyPassword(user.passwordHash, current))) throw new UserError('error.wrong_password');
	const problem = checkPassword(next);
	if (problem) throw new UserError(`error.${problem}`);
	const passwordHash = await hashPassword(next);
	db.transaction((tx) => {
		tx.update(table.user).set({ passwordHash }).where(eq(table.user.id, userId)).run();
		invalidateAllSessions(tx, userId);
	});
}

export function setUserLocale(db: Db, userId: string, locale: 'da' | 'en'): void {
	db.update(table.user).set({ locale }).where(eq(table.user.id, userId)).run();
}

export function listUsers(db: Db) {
	return db
		.select({ id: table.user.id, username: table.user.username, isAdmin: table.user.isAdmin, createdAt: table.user.createdAt })
		.from(table.user)
		.where(eq(table.user.isSystem, false))
		.orderBy(table.user.createdAt)
		.all();
}

export function countHumanUsers(db: Db): number {
	return db.select({ n: count() }).from(table.user).where(eq(table.user.isSystem, false)).get()?.n ?? 0;
}

/** The consensus coder: a system account that owns adjudicated codings and never logs in. */
export function ensureConsensusUser(db: Db): string {
	db.insert(table.user)
		.values({ id: CONSENSUS_USER_ID, username: 'konsensus', passwordHash: null, isSystem: true })
		.onConflictDoNothing()
		.run();
	return CONSENSUS_USER_ID;
}
