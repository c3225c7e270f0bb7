// Memos: free-text notes on a transcript or a code, and the study journal.
// (Memos on a single coding live in the coding's own `memo` field.)
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from './db/client';
import * as table from './db/schema';
import { newId } from './ids';
import { UserError } from './errors';
import { recordAudit } from './audit';

export const MEMO_TEXT_MAX = 20_000;
export type MemoTarget = { kind: 'journal' } | { kind: 'transcript' | 'code'; id: string };

function checkTarget(db: Db, studyId: string, target: MemoTarget): void {
	if (target.kind === 'journal') return;
	const t = target.kind === 'transcript' ? table.transcript : table.code;
	const row = db.select({ id: t.id }).from(t).where(and(eq(t.id, target.id), eq(t.studyId, studyId))).get();
	if (!row) throw new UserError('error.not_found', {}, 404);
}

export function addMemo(db: Db, userId: string, studyId: string, target: MemoTarget, text: string): string {
	const trimmed = text.trim();
	if (!trimmed) throw new UserError('error.field_required', { field: 'memo' });
	if (trimmed.length > MEMO_TEXT_MAX) throw new UserError('error.field_too_long', { field: 'memo', max: MEMO_TEXT_MAX });
	return db.transaction((tx) => {
		checkTarget(tx, studyId, target);
		const id = newId();
		const targetId = target.kind === 'journal' ? null : target.id;
		tx.insert(table.memo).values({ id, studyId, targetKind: target.kind, targetId, authorId: userId, text: trimmed }).run();
		recordAudit(tx, { studyId, userId, entity: 'memo', entityId: id, action: 'create', after: { target: target.kind, targetId, text: trimmed } });
		return id;
	});
}

export function listMemos(db: Db, studyId: string, target: MemoTarget) {
	const conditions = [eq(table.memo.studyId, studyId), eq(table.memo.targetKind, target.kind)];
	if (target.kind !== 'journal') conditions.push(eq(table.memo.targetId, target.id));
	return db
		.select({ id: table.memo.id, text: table.memo.text, createdAt: table.memo.createdAt, authorId: table.memo.authorId, author: table.user.username })
		.from(table.memo)
		.leftJoin(table.user, eq(table.memo.authorId, table.user.id))
		.where(and(...conditions))
		.orderBy(desc(table.memo.createdAt))
		.all();
}

/** Authors delete their own memos; leads may delete any. */
export function deleteMemo(db: Db, userId: string, studyId: string, memoId: string, isLead: boolean): void {
	db.transaction((tx) => {
		const row = tx.select().from(table.memo).where(and(eq(table.memo.id, memoId), eq(table.memo.studyId, studyId))).get();
		if (!row) throw new UserError('error.not_found', {}, 404);
		if (row.authorId !== userId && !isLead) throw new UserError('error.forbidden', {}, 403);
		tx.delete(table.memo).where(eq(table.memo.id, memoId)).run();
		recordAudit(tx, { studyId, userId, entity: 'memo', entityId: memoId, action: 'delete', before: { text: row.text } });
	});
}
