// Codings: a coder's code on a span [start, end) of an immutable transcript version.
// Blind by default: a coder sees only their own codings until a lead unblinds the study or
// the transcript; leads always see everyone's.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './db/client';
import * as table from './db/schema';
import type { Role } from './db/schema';
import { newId } from './ids';
import { UserError } from './errors';
import { recordAudit } from './audit';
import { carryCodings } from '../coding/carry';
import type { CodingRecord } from '../coding/types';
import { listCurrentVersions } from './transcripts';

export const MEMO_MAX = 5000;

export interface Viewer {
	userId: string;
	role: Role;
}

export type CodingRow = CodingRecord;

/** The version a coding is made on, checked to belong to the study; coding only on the current version. */
export function getCodableVersion(db: Db, studyId: string, versionId: string) {
	const row = db
		.select({
			versionId: table.transcriptVersion.id,
			version: table.transcriptVersion.version,
			textLength: sql<number>`length(${table.transcriptVersion.text})`,
			transcriptId: table.transcript.id,
			currentVersion: table.transcript.currentVersion,
			unblinded: table.transcript.unblinded
		})
		.from(table.transcriptVersion)
		.innerJoin(table.transcript, eq(table.transcriptVersion.transcriptId, table.transcript.id))
		.where(and(eq(table.transcriptVersion.id, versionId), eq(table.transcript.studyId, studyId)))
		.get();
	if (!row) throw new UserError('error.not_found', {}, 404);
	return row;
}

/** Whether the viewer may see codings of other coders on this transcript. */
export function seesAllCoders(viewer: Viewer, studyBlind: boolean, transcriptUnblinded: boolean): boolean {
	return viewer.role === 'lead' || !studyBlind || transcriptUnblinded;
}

const codingColumns = {
	id: table.coding.id,
	versionId: table.coding.versionId,
	codeId: table.coding.codeId,
	coderId: table.coding.coderId,
	coderName: table.user.username,
	start: table.coding.start,
	end: table.coding.end,
	memo: table.coding.memo,
	unplaced: table.coding.unplaced,
	version: table.coding.version,
	createdAt: table.coding.createdAt,
	updatedAt: table.coding.updatedAt
};

export function listCodingsForVersion(
	db: Db,
	studyId: string,
	versionId: string,
	viewer: Viewer,
	options: { studyBlind: boolean; transcriptUnblinded: boolean }
): CodingRow[] {
	const conditions = [eq(table.coding.studyId, studyId), eq(table.coding.versionId, versionId)];
	if (!seesAllCoders(viewer, options.studyBlind, options.transcriptUnblinded)) {
		conditions.push(eq(table.coding.coderId, viewer.userId));
	}
	return db
		.select(codingColumns)
		.from(table.coding)
		.innerJoin(table.user, eq(table.coding.coderId, table.user.id))
		.where(and(...conditions))
		.orderBy(asc(table.coding.start), asc(table.coding.end))
		.all();
}

function getCoding(db: Db, studyId: string, codingId: string): CodingRow {
	const row = db
		.select(codingColumns)
		.from(table.coding)
		.innerJoin(table.user, eq(table.coding.coderId, table.user.id))
		.where(and(eq(table.coding.id, codingId), eq(table.coding.studyId, studyId)))
		.get();
	if (!row) throw new UserError('error.coding_not_found', {}, 404);
	return row;
}

function checkCode(db: Db, studyId: string, codeId: string) {
	const code = db
		.select({ id: table.code.id, parentId: table.code.parentId, key: table.code.key })
		.from(table.code)
		.where(and(eq(table.code.id, codeId), eq(table.code.studyId, studyId)))
		.get();
	if (!code) throw new UserError('error.code_not_found', {}, 404);
	return code;
}

function checkSpan(start: number, end: number, textLength: number): void {
	if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > textLength || start >= end) {
		throw new UserError('error.coding_span_invalid', { start, end, length: textLength });
	}
}

function snapshot(row: Pick<CodingRow, 'codeId' | 'start' | 'end' | 'memo' | 'coderId' | 'versionId'>) {
	return { codeId: row.codeId, start: row.start, end: row.end, memo: row.memo, coderId: row.coderId, versionId: row.versionId };
}

export interface NewCoding {
	versionId: string;
	codeId: string;
	start: number;
	end: number;
	memo?: string;
}

/** Creates a coding owned by `coderId` (the acting user, or the consensus coder when adjudicating). */
export function createCoding(db: Db, actorId: string, studyId: string, input: NewCoding, coderId = actorId): CodingRow {
	const memo = (input.memo ?? '').trim();
	if (memo.length > MEMO_MAX) throw new UserError('error.field_too_long', { field: 'memo', max: MEMO_MAX });
	return db.transaction((tx) => {
		const version = getCodableVersion(tx, studyId, input.versionId);
		if (version.version !== version.currentVersion) throw new UserError('error.coding_old_version', {}, 409);
		checkCode(tx, studyId, input.codeId);
		checkSpan(input.start, input.end, version.textLength);
		const duplicate = tx
			.select({ id: table.coding.id })
			.from(table.coding)
			.where(
				and(
					eq(table.coding.versionId, input.versionId),
					eq(table.coding.codeId, input.codeId),
					eq(table.coding.coderId, coderId),
					eq(table.coding.start, input.start),
					eq(table.coding.end, input.end)
				)
			)
			.get();
		if (duplicate) throw new UserError('error.coding_duplicate', {}, 409);
		const id = newId();
		tx.insert(table.coding)
			.values({ id, studyId, versionId: input.versionId, codeId: input.codeId, coderId, start: input.start, end: input.end, memo, createdBy: actorId })
			.run();
		const row = getCoding(tx, studyId, id);
		recordAudit(tx, { studyId, userId: actorId, entity: 'coding', entityId: id, action: 'create', after: snapshot(row) });
		return row;
	});
}

export interface CodingChange {
	codeId?: string;
	start?: number;
	end?: number;
	memo?: string;
}

function checkOwner(row: CodingRow, actorId: string, mayActFor?: string): void {
	if (row.coderId !== actorId && row.coderId !== mayActFor) throw new UserError('error.coding_not_yours', {}, 403);
}

/**
 * Changes a coding. Refused when it changed since the caller read it (another tab, another device):
 * the message says so, and nothing is overwritten.
 */
export function updateCoding(
	db: Db,
	actorId: string,
	studyId: string,
	codingId: string,
	expectedVersion: number,
	change: CodingChange,
	options: { actFor?: string } = {}
): CodingRow {
	if (change.memo !== undefined && change.memo.length > MEMO_MAX)
		throw new UserError('error.field_too_long', { field: 'memo', max: MEMO_MAX });
	return db.transaction((tx) => {
		const before = getCoding(tx, studyId, codingId);
		checkOwner(before, actorId, options.actFor);
		if (before.version !== expectedVersion) throw new UserError('error.coding_stale', {}, 409);
		const version = getCodableVersion(tx, studyId, before.versionId);
		const next = {
			codeId: change.codeId ?? before.codeId,
			start: change.start ?? before.start,
			end: change.end ?? before.end,
			memo: change.memo !== undefined ? change.memo.trim() : before.memo
		};
		if (next.codeId !== before.codeId) checkCode(tx, studyId, next.codeId);
		checkSpan(next.start, next.end, version.textLength);
		tx.update(table.coding)
			.set({ ...next, unplaced: false, version: before.version + 1, updatedAt: new Date() })
			.where(eq(table.coding.id, codingId))
			.run();
		const after = getCoding(tx, studyId, codingId);
		recordAudit(tx, { studyId, userId: actorId, entity: 'coding', entityId: codingId, action: 'update', before: snapshot(before), after: snapshot(after) });
		return after;
	});
}

export function deleteCoding(
	db: Db,
	actorId: string,
	studyId: string,
	codingId: string,
	expectedVersion: number,
	options: { actFor?: string } = {}
): CodingRow {
	return db.transaction((tx) => {
		const before = getCoding(tx, studyId, codingId);
		checkOwner(before, actorId, options.actFor);
		if (before.version !== expectedVersion) throw new UserError('error.coding_stale', {}, 409);
		tx.delete(table.coding).where(eq(table.coding.id, codingId)).run();
		recordAudit(tx, { studyId, userId: actorId, entity: 'coding', entityId: codingId, action: 'delete', before: snapshot(before) });
		return before;
	});
}

/** Number of codings per coder on each transcript version of the study, for progress lists. */
export function codingCountsByVersion(db: Db, studyId: string, coderIds?: string[]) {
	const conditions = [eq(table.coding.studyId, studyId)];
	if (coderIds) conditions.push(inArray(table.coding.coderId, coderIds));
	return db
		.select({ versionId: table.coding.versionId, coderId: table.coding.coderId, count: sql<number>`count(*)` })
		.from(table.coding)
		.where(and(...conditions))
		.groupBy(table.coding.versionId, table.coding.coderId)
		.all();
}

/** The coders who coded anything in the study, with their names (the consensus coder included). */
export function listCoders(db: Db, studyId: string) {
	return db
		.selectDistinct({ id: table.user.id, username: table.user.username, isSystem: table.user.isSystem })
		.from(table.coding)
		.innerJoin(table.user, eq(table.coding.coderId, table.user.id))
		.where(eq(table.coding.studyId, studyId))
		.orderBy(table.user.username)
		.all();
}

export function setTranscriptUnblinded(db: Db, actorId: string, studyId: string, transcriptId: string, unblinded: boolean): void {
	db.transaction((tx) => {
		const row = tx
			.select({ id: table.transcript.id, unblinded: table.transcript.unblinded })
			.from(table.transcript)
			.where(and(eq(table.transcript.id, transcriptId), eq(table.transcript.studyId, studyId)))
			.get();
		if (!row) throw new UserError('error.not_found', {}, 404);
		tx.update(table.transcript).set({ unblinded }).where(eq(table.transcript.id, transcriptId)).run();
		recordAudit(tx, { studyId, userId: actorId, entity: 'transcript', entityId: transcriptId, action: 'update', before: { unblinded: row.unblinded }, after: { unblinded } });
	});
}

/** The study's transcripts with the number of codings the viewer may count: their own, or everyone's. */
export function listCodingProgress(db: Db, studyId: string, viewer: Viewer, studyBlind: boolean) {
	const transcripts = listCurrentVersions(db, studyId);
	const counts = codingCountsByVersion(db, studyId);
	return transcripts.map((t) => {
		const all = seesAllCoders(viewer, studyBlind, t.unblinded);
		const rows = counts.filter((c) => c.versionId === t.versionId && (all || c.coderId === viewer.userId));
		return {
			id: t.transcriptId,
			title: t.title,
			unblinded: t.unblinded,
			waveLabel: t.waveLabel,
			municipalityCode: t.municipalityCode,
			mine: counts.find((c) => c.versionId === t.versionId && c.coderId === viewer.userId)?.count ?? 0,
			total: rows.reduce((sum, c) => sum + c.count, 0),
			coders: rows.length
		};
	});
}

/**
 * When a transcript gets a corrected version, every coding of the old version is copied to the new
 * one: placed where its text is unchanged, otherwise at its best-guess position and marked
 * `unplaced` for a person to check. The old version keeps its codings as they were.
 */
export function carryCodingsToVersion(db: Db, actorId: string | null, studyId: string, fromVersionId: string, toVersionId: string) {
	const texts = new Map(
		db
			.select({ id: table.transcriptVersion.id, text: table.transcriptVersion.text })
			.from(table.transcriptVersion)
			.where(inArray(table.transcriptVersion.id, [fromVersionId, toVersionId]))
			.all()
			.map((v) => [v.id, v.text])
	);
	const oldText = texts.get(fromVersionId);
	const newText = texts.get(toVersionId);
	if (oldText === undefined || newText === undefined) throw new UserError('error.not_found', {}, 404);
	const rows = db.select().from(table.coding).where(eq(table.coding.versionId, fromVersionId)).all();
	const carried = carryCodings(oldText, newText, rows);
	for (const c of carried) {
		db.insert(table.coding)
			.values({
				id: newId(),
				studyId,
				versionId: toVersionId,
				codeId: c.coding.codeId,
				coderId: c.coding.coderId,
				start: c.start,
				end: c.end,
				memo: c.coding.memo,
				unplaced: !c.placed,
				createdBy: c.coding.createdBy
			})
			.run();
	}
	const unplaced = carried.filter((c) => !c.placed).length;
	if (rows.length) {
		recordAudit(db, {
			studyId,
			userId: actorId,
			entity: 'transcript_version',
			entityId: toVersionId,
			action: 'carry_codings',
			after: { from: fromVersionId, carried: rows.length, unplaced }
		});
	}
	return { carried: rows.length, unplaced };
}
