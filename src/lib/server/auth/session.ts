// Sessions the Lucia way: a random token lives only in an HttpOnly cookie;
// the database stores its SHA-256 hash. Sessions last 30 days and slide when half is used.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { eq } from 'drizzle-orm';
import type { Cookies } from '@sveltejs/kit';
import type { Db } from '../db/client';
import * as table from '../db/schema';
import { newToken } from '../ids';

const DAY_MS = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY_MS;
export const SESSION_RENEW_BEFORE_MS = 15 * DAY_MS;
export const SESSION_COOKIE = 'vignet-session';

export type SessionUser = Pick<table.User, 'id' | 'username' | 'isAdmin' | 'locale'>;
export type SessionValidationResult =
	| { session: table.Session; user: SessionUser }
	| { session: null; user: null };

export function generateSessionToken(): string {
	return newToken();
}

export function sessionIdFromToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export function createSession(db: Db, token: string, userId: string, now = Date.now()): table.Session {
	const session: table.Session = {
		id: sessionIdFromToken(token),
		userId,
		expiresAt: new Date(now + SESSION_LIFETIME_MS),
		createdAt: new Date(now)
	};
	db.insert(table.session).values(session).run();
	return session;
}

export function validateSessionToken(db: Db, token: string, now = Date.now()): SessionValidationResult {
	const sessionId = sessionIdFromToken(token);
	const row = db
		.select({
			session: table.session,
			user: { id: table.user.id, username: table.user.username, isAdmin: table.user.isAdmin, locale: table.user.locale }
		})
		.from(table.session)
		.innerJoin(table.user, eq(table.session.userId, table.user.id))
		.where(eq(table.session.id, sessionId))
		.get();
	if (!row) return { session: null, user: null };
	const { session, user } = row;
	if (now >= session.expiresAt.getTime()) {
		db.delete(table.session).where(eq(table.session.id, sessionId)).run();
		return { session: null, user: null };
	}
	if (now >= session.expiresAt.getTime() - SESSION_RENEW_BEFORE_MS) {
		session.expiresAt = new Date(now + SESSION_LIFETIME_MS);
		db.update(table.session).set({ expiresAt: session.expiresAt }).where(eq(table.session.id, sessionId)).run();
	}
	return { session, user };
}

export function invalidateSession(db: Db, sessionId: string): void {
	db.delete(table.session).where(eq(table.session.id, sessionId)).run();
}

export function invalidateAllSessions(db: Db, userId: string): void {
	db.delete(table.session).where(eq(table.session.userId, userId)).run();
}

export function setSessionTokenCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: expiresAt
	});
}

export function deleteSessionTokenCookie(cookies: Cookies, url: URL): void {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:' });
}
