// Study membership and invitation links. A study always keeps at least one lead.
import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from './db/client';
import * as table from './db/schema';
import type { Role } from './db/schema';
import { newId, newToken } from './ids';
import { UserError } from './errors';
import { recordAudit } from './audit';
import { findUserByUsername } from './users';
import { sessionIdFromToken } from './auth/session';

const DAY_MS = 24 * 60 * 60 * 1000;

export function isRole(value: unknown): value is Role {
	return value === 'lead' || value === 'coder' || value === 'student';
}

export function listMembers(db: Db, studyId: string) {
	return db
		.select({
			userId: table.user.id,
			username: table.user.username,
			role: table.membership.role,
			adjudicator: table.membership.adjudicator,
			since: table.membership.createdAt
		})
		.from(table.membership)
		.innerJoin(table.user, eq(table.membership.userId, table.user.id))
		.where(eq(table.membership.studyId, studyId))
		.orderBy(sql`case ${table.membership.role} when 'lead' then 0 when 'coder' then 1 else 2 end`, table.user.username)
		.all();
}

function leadCount(db: Db, studyId: string): number {
	return (
		db
			.select({ n: count() })
			.from(table.membership)
			.where(and(eq(table.membership.studyId, studyId), eq(table.membership.role, 'lead')))
			.get()?.n ?? 0
	);
}

function currentRole(db: Db, studyId: string, userId: string): Role | undefined {
	return db
		.select({ role: table.membership.role })
		.from(table.membership)
		.where(and(eq(table.membership.studyId, studyId), eq(table.membership.userId, userId)))
		.get()?.role;
}

export function addMemberByUsername(db: Db, actorId: string, studyId: string, username: string, role: Role): void {
	if (!isRole(role)) throw new UserError('error.invalid_role');
	db.transaction((tx) => {
		const user = findUserByUsername(tx, username.trim());
		if (!user || user.isSystem) throw new UserError('error.user_not_found', { username: username.trim() });
		if (currentRole(tx, studyId, user.id)) throw new UserError('error.already_member', { username: user.username }, 409);
		tx.insert(table.membership).values({ studyId, userId: user.id, role }).run();
		recordAudit(tx, { studyId, userId: actorId, entity: 'membership', entityId: user.id, action: 'create', after: { username: user.username, role } });
	});
}

export function changeRole(db: Db, actorId: string, studyId: string, userId: string, role: Role): void {
	if (!isRole(role)) throw new UserError('error.invalid_role');
	db.transaction((tx) => {
		const before = currentRole(tx, studyId, userId);
		if (!before) throw new UserError('error.not_found', {}, 404);
		if (before === role) return;
		if (before === 'lead' && leadCount(tx, studyId) <= 1) throw new UserError('error.last_lead', {}, 409);
		tx.update(table.membership)
			.set({ role, adjudicator: role === 'coder' ? undefined : false })
			.where(and(eq(table.membership.studyId, studyId), eq(table.membership.userId, userId)))
			.run();
		recordAudit(tx, { studyId, userId: actorId, entity: 'membership', entityId: userId, action: 'update', before: { role: before }, after: { role } });
	});
}

/** Names (or un-names) a coder to adjudicate disagreements; leads adjudicate anyway. */
export function setAdjudicator(db: Db, actorId: string, studyId: string, userId: string, adjudicator: boolean): void {
	db.transaction((tx) => {
		const role = currentRole(tx, studyId, userId);
		if (!role) throw new UserError('error.not_found', {}, 404);
		if (role !== 'coder') throw new UserError('error.adjudicator_coder_only');
		tx.update(table.membership)
			.set({ adjudicator })
			.where(and(eq(table.membership.studyId, studyId), eq(table.membership.userId, userId)))
			.run();
		recordAudit(tx, { studyId, userId: actorId, entity: 'membership', entityId: userId, action: 'update', after: { adjudicator } });
	});
}

export function removeMember(db: Db, actorId: string, studyId: string, userId: string): void {
	db.transaction((tx) => {
		const before = currentRole(tx, studyId, userId);
		if (!before) throw new UserError('error.not_found', {}, 404);
		if (before === 'lead' && leadCount(tx, studyId) <= 1) throw new UserError('error.last_lead', {}, 409);
		tx.delete(table.membership)
			.where(and(eq(table.membership.studyId, studyId), eq(table.membership.userId, userId)))
			.run();
		recordAudit(tx, { studyId, userId: actorId, entity: 'membership', entityId: userId, action: 'delete', before: { role: before } });
	});
}

// ── Invitations ─────────────────────────────────────────────────────────────

export const INVITATION_MAX_USES = 500;
export const INVITATION_MAX_DAYS = 90;

/** Creates a link; the token is returned once and only its hash is kept. */
export function createInvitation(
	db: Db,
	actorId: string,
	studyId: string,
	input: { role: Role; maxUses: number; days: number; note?: string },
	now = Date.now()
): { id: string; token: string } {
	if (!isRole(input.role)) throw new UserError('error.invalid_role');
	if (!Number.isInteger(input.maxUses) || input.maxUses < 1 || input.maxUses > INVITATION_MAX_USES)
		throw new UserError('error.invalid_number', { field: 'maxUses', min: 1, max: INVITATION_MAX_USES });
	if (!Number.isInteger(input.days) || input.days < 1 || input.days > INVITATION_MAX_DAYS)
		throw new UserError('error.invalid_number', { field: 'days', min: 1, max: INVITATION_MAX_DAYS });
	const note = (input.note ?? '').trim();
	if (note.length > 200) throw new UserError('error.field_too_long', { field: 'note', max: 200 });
	const token = newToken();
	const id = newId();
	db.transaction((tx) => {
		tx.insert(table.invitation)
			.values({
				id,
				studyId,
				tokenHash: sessionIdFromToken(token),
				role: input.role,
				maxUses: input.maxUses,
				note,
				expiresAt: new Date(now + input.days * DAY_MS),
				createdBy: actorId
			})
			.run();
		recordAudit(tx, { studyId, userId: actorId, entity: 'invitation', entityId: id, action: 'create', after: { role: input.role, maxUses: input.maxUses, days: input.days } });
	});
	return { id, token };
}

export function listInvitations(db: Db, studyId: string) {
	return db
		.select({
			id: table.invitation.id,
			role: table.invitation.role,
			note: table.invitation.note,
			maxUses: table.invitation.maxUses,
			uses: table.invitation.uses,
			expiresAt: table.invitation.expiresAt,
			revokedAt: table.invitation.revokedAt,
			createdAt: table.invitation.createdAt
		})
		.from(table.invitation)
		.where(eq(table.invitation.studyId, studyId))
		.orderBy(desc(table.invitation.createdAt))
		.all();
}

export function revokeInvitation(db: Db, actorId: string, studyId: string, invitationId: string, now = Date.now()): void {
	db.transaction((tx) => {
		const row = tx
			.select()
			.from(table.invitation)
			.where(and(eq(table.invitation.id, invitationId), eq(table.invitation.studyId, studyId)))
			.get();
		if (!row) throw new UserError('error.not_found', {}, 404);
		tx.update(table.invitation).set({ revokedAt: new Date(now) }).where(eq(table.invitation.id, invitationId)).run();
		recordAudit(tx, { studyId, userId: actorId, entity: 'invitation', entityId: invitationId, action: 'revoke' });
	});
}

export type InvitationState = 'valid' | 'expired' | 'used_up' | 'revoked' | 'unknown';

/** Looks an invitation up by the token in its link, with the study's name for the welcome page. */
export function findInvitation(db: Db, token: string, now = Date.now()) {
	if (!/^[a-z2-7]{32}$/.test(token)) return { state: 'unknown' as const, invitation: null };
	const row = db
		.select({ invitation: table.invitation, studyName: table.study.name })
		.from(table.invitation)
		.innerJoin(table.study, eq(table.invitation.studyId, table.study.id))
		.where(eq(table.invitation.tokenHash, sessionIdFromToken(token)))
		.get();
	if (!row) return { state: 'unknown' as const, invitation: null };
	const state: InvitationState = row.invitation.revokedAt
		? 'revoked'
		: row.invitation.expiresAt.getTime() <= now
			? 'expired'
			: row.invitation.uses >= row.invitation.maxUses
				? 'used_up'
				: 'valid';
	return { state, invitation: { ...row.invitation, studyName: row.studyName } };
}

/** Joins the user to the study through the invitation, inside the caller's transaction if any. */
export function redeemInvitation(db: Db, token: string, userId: string, now = Date.now()): string {
	return db.transaction((tx) => {
		const { state, invitation } = findInvitation(tx, token, now);
		if (!invitation || state !== 'valid') throw new UserError(`error.invitation_${state === 'valid' ? 'unknown' : state}`, {}, 410);
		const existing = currentRole(tx, invitation.studyId, userId);
		if (existing) throw new UserError('error.already_member_self', {}, 409);
		tx.insert(table.membership).values({ studyId: invitation.studyId, userId, role: invitation.role }).run();
		tx.update(table.invitation)
			.set({ uses: invitation.uses + 1 })
			.where(eq(table.invitation.id, invitation.id))
			.run();
		recordAudit(tx, {
			studyId: invitation.studyId,
			userId,
			entity: 'membership',
			entityId: userId,
			action: 'create',
			after: { role: invitation.role, via: 'invitation', invitation: invitation.id }
		});
		return invitation.studyId;
	});
}
