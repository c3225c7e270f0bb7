// The audit log: who changed what in a study, when. Call it inside the same
// transaction as the change, so a change and its record stand or fall together.
import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from './db/client';
import * as table from './db/schema';

export type AuditAction = 'create' | 'update' | 'delete' | 'import' | 'merge' | 'move' | string;
type Snapshot = Record<string, unknown> | null | undefined;

const MAX_TEXT = 200;

/** Keeps an entry compact: long texts are shortened, and an update keeps only the fields that changed. */
export function compact(before: Snapshot, after: Snapshot): { before: Snapshot; after: Snapshot } {
	const shorten = (value: unknown): unknown =>
		typeof value === 'string' && value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}… (${value.length} chars)` : value;
	const pick = (snapshot: Snapshot, keys: string[]) =>
		snapshot ? Object.fromEntries(keys.map((k) => [k, shorten(snapshot[k])])) : snapshot;
	if (before && after) {
		const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
			(k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])
		);
		return { before: pick(before, keys), after: pick(after, keys) };
	}
	return {
		before: before ? pick(before, Object.keys(before)) : before,
		after: after ? pick(after, Object.keys(after)) : after
	};
}

export interface AuditEntry {
	studyId: string | null;
	userId: string | null;
	entity: string;
	entityId: string;
	action: AuditAction;
	before?: Snapshot;
	after?: Snapshot;
}

export function recordAudit(db: Db, entry: AuditEntry): void {
	const { before, after } = compact(entry.before, entry.after);
	db.insert(table.auditLog)
		.values({
			studyId: entry.studyId,
			userId: entry.userId,
			entity: entry.entity,
			entityId: entry.entityId,
			action: entry.action,
			before: before ?? null,
			after: after ?? null
		})
		.run();
}

export function listAudit(db: Db, studyId: string, options: { beforeId?: number; limit?: number; entity?: string } = {}) {
	const limit = Math.min(options.limit ?? 100, 500);
	const conditions = [eq(table.auditLog.studyId, studyId)];
	if (options.beforeId) conditions.push(lt(table.auditLog.id, options.beforeId));
	if (options.entity) conditions.push(eq(table.auditLog.entity, options.entity));
	return db
		.select({
			id: table.auditLog.id,
			at: table.auditLog.at,
			entity: table.auditLog.entity,
			entityId: table.auditLog.entityId,
			action: table.auditLog.action,
			before: table.auditLog.before,
			after: table.auditLog.after,
			username: table.user.username
		})
		.from(table.auditLog)
		.leftJoin(table.user, eq(table.auditLog.userId, table.user.id))
		.where(and(...conditions))
		.orderBy(desc(table.auditLog.id))
		.limit(limit)
		.all();
}
