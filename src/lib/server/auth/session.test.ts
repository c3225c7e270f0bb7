import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { testDb } from '../../../../tests/unit/test-db';
import * as table from '../db/schema';
import {
	SESSION_LIFETIME_MS,
	createSession,
	generateSessionToken,
	invalidateAllSessions,
	invalidateSession,
	sessionIdFromToken,
	validateSessionToken
} from './session';

function withUser() {
	const db = testDb();
	db.insert(table.user).values({ id: 'u1', username: 'anna', passwordHash: 'x' }).run();
	return db;
}

describe('sessions', () => {
	it('stores only the SHA-256 of the token', () => {
		const db = withUser();
		const token = generateSessionToken();
		createSession(db, token, 'u1');
		const rows = db.select().from(table.session).all();
		expect(rows).toHaveLength(1);
		expect(rows[0].id).toBe(sessionIdFromToken(token));
		expect(rows[0].id).toMatch(/^[0-9a-f]{64}$/);
		expect(rows[0].id).not.toContain(token);
	});

	it('generates 160-bit base32 tokens that differ', () => {
		const a = generateSessionToken();
		const b = generateSessionToken();
		expect(a).toMatch(/^[a-z2-7]{32}$/);
		expect(a).not.toBe(b);
	});

	it('validates a live token and returns its user', () => {
		const db = withUser();
		const token = generateSessionToken();
		createSession(db, token, 'u1');
		const result = validateSessionToken(db, token);
		expect(result.user?.username).toBe('anna');
	});

	it('rejects an unknown token', () => {
		const db = withUser();
		expect(validateSessionToken(db, generateSessionToken()).session).toBeNull();
	});

	it('expires a session after 30 days and deletes it', () => {
		const db = withUser();
		const token = generateSessionToken();
		const start = Date.UTC(2026, 0, 1);
		createSession(db, token, 'u1', start);
		expect(validateSessionToken(db, token, start + SESSION_LIFETIME_MS).session).toBeNull();
		expect(db.select().from(table.session).all()).toHaveLength(0);
	});

	it('slides the expiry forward once half the lifetime is used', () => {
		const db = withUser();
		const token = generateSessionToken();
		const start = Date.UTC(2026, 0, 1);
		createSession(db, token, 'u1', start);
		const early = validateSessionToken(db, token, start + 1000);
		expect(early.session?.expiresAt.getTime()).toBe(start + SESSION_LIFETIME_MS);
		const later = start + 20 * 24 * 3600 * 1000;
		const renewed = validateSessionToken(db, token, later);
		expect(renewed.session?.expiresAt.getTime()).toBe(later + SESSION_LIFETIME_MS);
		const stored = db.select().from(table.session).where(eq(table.session.id, sessionIdFromToken(token))).get();
		expect(stored?.expiresAt.getTime()).toBe(later + SESSION_LIFETIME_MS);
	});

	it('invalidates one session or all of a user', () => {
		const db = withUser();
		const [a, b] = [generateSessionToken(), generateSessionToken()];
		const sa = createSession(db, a, 'u1');
		createSession(db, b, 'u1');
		invalidateSession(db, sa.id);
		expect(validateSessionToken(db, a).session).toBeNull();
		expect(validateSessionToken(db, b).session).not.toBeNull();
		invalidateAllSessions(db, 'u1');
		expect(validateSessionToken(db, b).session).toBeNull();
	});
});
