// The codebook of a study: dimensions at the top, codes nested below (up to six levels).
// Every change runs in one transaction with its audit entry; edits are optimistic (`version`).
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './db/client';
import * as table from './db/schema';
import { newId } from './ids';
import { UserError } from './errors';
import { recordAudit } from './audit';
import type { MessageKey } from '$lib/i18n';
import {
	BUILTIN_CODEBOOK,
	CODEBOOK_FORMAT,
	CODEBOOK_VERSION,
	LIMITS,
	buildTree,
	checkCodeFields,
	checkMove,
	countCodes,
	flattenTree,
	levelOf,
	normalizeCodeFields,
	validateCodebookJson,
	type CodeFields,
	type CodebookCode,
	type CodebookJson,
	type CodebookProblem,
	type Pole,
	type TreeNode
} from '$lib/codebook';

export const CODE_MEMO_MAX = 5000;

export interface CodeRow extends CodeFields {
	id: string;
	parentId: string | null;
	position: number;
	version: number;
	/** 0 for a dimension. */
	depth: number;
	/** The id of the dimension the code sits under (its own id for a dimension). */
	dimensionId: string;
	/** Codings that use this very code (not its descendants), all coders. */
	codingCount: number;
}

export type ImportMode = 'replace-empty' | 'add';

/** A problem with a code's fields as the UserError a form shows. */
export function problemError(p: CodebookProblem): UserError {
	return new UserError(`error.codebook_${p.problem}` as MessageKey, p.params, 400);
}

function codeRows(db: Db, studyId: string) {
	return db.select().from(table.code).where(eq(table.code.studyId, studyId)).all();
}

type StoredCode = ReturnType<typeof codeRows>[number];

function fieldsOf(row: StoredCode): CodeFields {
	return {
		key: row.key,
		name: row.name,
		definition: row.definition,
		inclusion: row.inclusion,
		exclusion: row.exclusion,
		example: row.example,
		color: row.color,
		shortcut: row.shortcut,
		pole: row.pole,
		keywords: row.keywords
	};
}

/** Every code of the study in tree order (pre-order by position), with depth and coding counts. */
export function listCodes(db: Db, studyId: string): CodeRow[] {
	const counts = new Map(
		db
			.select({ codeId: table.coding.codeId, n: count() })
			.from(table.coding)
			.where(eq(table.coding.studyId, studyId))
			.groupBy(table.coding.codeId)
			.all()
			.map((r) => [r.codeId, r.n])
	);
	return flattenTree(buildTree(codeRows(db, studyId))).map((r) => ({
		id: r.id,
		parentId: r.parentId,
		...fieldsOf(r as StoredCode),
		position: r.position,
		version: r.version,
		depth: r.depth,
		dimensionId: r.dimensionId,
		codingCount: counts.get(r.id) ?? 0
	}));
}

export function getCode(db: Db, studyId: string, codeId: string) {
	return db
		.select()
		.from(table.code)
		.where(and(eq(table.code.studyId, studyId), eq(table.code.id, codeId)))
		.get();
}

/** The stored row of the code with this key (case-insensitive), or undefined. */
export function getCodeByKey(db: Db, studyId: string, key: string) {
	return db
		.select()
		.from(table.code)
		.where(and(eq(table.code.studyId, studyId), sql`lower(${table.code.key}) = lower(${key})`))
		.get();
}

function mustGetCode(db: Db, studyId: string, codeId: string): StoredCode {
	const row = getCode(db, studyId, codeId);
	if (!row) throw new UserError('error.code_not_found', {}, 404);
	return row;
}

/** Normalises and checks fields, and that key and shortcut are free in the study. */
function checkedFields(db: Db, studyId: string, input: CodeFields, selfId: string | null): CodeFields {
	const fields = normalizeCodeFields(input);
	const problems = checkCodeFields(fields);
	if (problems.length > 0) throw problemError(problems[0]);
	const sameKey = getCodeByKey(db, studyId, fields.key);
	if (sameKey && sameKey.id !== selfId) throw new UserError('error.code_key_taken', { key: sameKey.key }, 409);
	if (fields.shortcut) {
		const sameShortcut = db
			.select({ id: table.code.id, key: table.code.key })
			.from(table.code)
			.where(and(eq(table.code.studyId, studyId), eq(table.code.shortcut, fields.shortcut)))
			.get();
		if (sameShortcut && sameShortcut.id !== selfId)
			throw new UserError('error.code_shortcut_taken', { shortcut: fields.shortcut, key: sameShortcut.key }, 409);
	}
	return fields;
}

function siblingsOf(db: Db, studyId: string, parentId: string | null): StoredCode[] {
	return db
		.select()
		.from(table.code)
		.where(and(eq(table.code.studyId, studyId), parentId === null ? sql`${table.code.parentId} is null` : eq(table.code.parentId, parentId)))
		.orderBy(asc(table.code.position), asc(table.code.createdAt))
		.all();
}

/** Writes positions 0…n-1 in the given order. */
function renumber(db: Db, ids: string[]): void {
	ids.forEach((id, position) => db.update(table.code).set({ position }).where(eq(table.code.id, id)).run());
}

function keyOf(db: Db, studyId: string, codeId: string | null): string | null {
	return codeId === null ? null : (getCode(db, studyId, codeId)?.key ?? null);
}

export interface NewCode extends CodeFields {
	parentId: string | null;
	/** Place among its siblings (0 = first); appended when omitted. */
	position?: number;
}

/** Creates a code under `parentId`, or a dimension when it is null. Returns its id. */
export function createCode(db: Db, userId: string, studyId: string, input: NewCode): string {
	return db.transaction((tx) => {
		const fields = checkedFields(tx, studyId, input, null);
		if (input.parentId !== null) {
			mustGetCode(tx, studyId, input.parentId);
			if (levelOf(codeRows(tx, studyId), input.parentId) + 1 > LIMITS.depth)
				throw new UserError('error.code_too_deep', { max: LIMITS.depth }, 400);
		}
		if (codeRows(tx, studyId).length >= LIMITS.codes) throw new UserError('error.codebook_too_many_codes', { max: LIMITS.codes }, 400);
		const id = newId();
		const siblings = siblingsOf(tx, studyId, input.parentId).map((s) => s.id);
		const at = input.position === undefined ? siblings.length : Math.max(0, Math.min(input.position, siblings.length));
		tx.insert(table.code)
			.values({ id, studyId, parentId: input.parentId, ...fields, position: at })
			.run();
		siblings.splice(at, 0, id);
		renumber(tx, siblings);
		recordAudit(tx, {
			studyId,
			userId,
			entity: 'code',
			entityId: id,
			action: 'create',
			after: { ...fields, parent: keyOf(tx, studyId, input.parentId) }
		});
		return id;
	});
}

/** Saves all fields of a code; refused when someone saved since `expectedVersion`. */
export function updateCode(db: Db, userId: string, studyId: string, codeId: string, expectedVersion: number, input: CodeFields): void {
	db.transaction((tx) => {
		const before = mustGetCode(tx, studyId, codeId);
		if (before.version !== expectedVersion) throw new UserError('error.stale_edit', {}, 409);
		const fields = checkedFields(tx, studyId, input, codeId);
		tx.update(table.code)
			.set({ ...fields, version: before.version + 1 })
			.where(eq(table.code.id, codeId))
			.run();
		if (fields.key !== before.key)
			tx.update(table.nextStep)
				.set({ codeKey: fields.key })
				.where(and(eq(table.nextStep.studyId, studyId), eq(table.nextStep.codeKey, before.key)))
				.run();
		recordAudit(tx, { studyId, userId, entity: 'code', entityId: codeId, action: 'update', before: { ...fieldsOf(before) }, after: { ...fields } });
	});
}

/**
 * Moves a code (with its subtree) under `newParentId` (null: to the top, as a dimension) at
 * `position` among its new siblings. Refuses cycles and trees deeper than six levels.
 */
export function moveCode(
	db: Db,
	userId: string,
	studyId: string,
	codeId: string,
	newParentId: string | null,
	position: number,
	expectedVersion?: number
): void {
	db.transaction((tx) => {
		const before = mustGetCode(tx, studyId, codeId);
		if (expectedVersion !== undefined && before.version !== expectedVersion) throw new UserError('error.stale_edit', {}, 409);
		const check = checkMove(codeRows(tx, studyId), codeId, newParentId);
		if (!check.ok) {
			if (check.reason === 'cycle') throw new UserError('error.code_move_cycle', {}, 400);
			if (check.reason === 'too_deep') throw new UserError('error.code_too_deep', { max: LIMITS.depth }, 400);
			throw new UserError('error.code_not_found', {}, 404);
		}
		const oldSiblings = siblingsOf(tx, studyId, before.parentId).map((s) => s.id);
		const oldIndex = oldSiblings.indexOf(codeId);
		const siblings = siblingsOf(tx, studyId, newParentId)
			.map((s) => s.id)
			.filter((id) => id !== codeId);
		const at = Math.max(0, Math.min(Math.trunc(position), siblings.length));
		if (before.parentId === newParentId && oldIndex === at) return; // nothing to do
		tx.update(table.code)
			.set({ parentId: newParentId, version: before.version + 1 })
			.where(eq(table.code.id, codeId))
			.run();
		siblings.splice(at, 0, codeId);
		renumber(tx, siblings);
		if (before.parentId !== newParentId) renumber(tx, oldSiblings.filter((id) => id !== codeId));
		recordAudit(tx, {
			studyId,
			userId,
			entity: 'code',
			entityId: codeId,
			action: 'move',
			before: { key: before.key, parent: keyOf(tx, studyId, before.parentId), position: oldIndex },
			after: { key: before.key, parent: keyOf(tx, studyId, newParentId), position: at }
		});
	});
}

/**
 * Merges `sourceId` into `targetId`: the source's codings move to the target (a coding that
 * would duplicate one of the target's – same coder, transcript version, start and end – is
 * dropped), its memos move too, and the source is deleted. A source with sub-codes is refused:
 * merge or move those first.
 */
export function mergeCodes(
	db: Db,
	userId: string,
	studyId: string,
	sourceId: string,
	targetId: string
): { movedCodings: number; collapsedCodings: number } {
	return db.transaction((tx) => {
		if (sourceId === targetId) throw new UserError('error.code_merge_same', {}, 400);
		const source = mustGetCode(tx, studyId, sourceId);
		const target = mustGetCode(tx, studyId, targetId);
		const children = siblingsOf(tx, studyId, sourceId).length;
		if (children > 0) throw new UserError('error.code_merge_has_children', { key: source.key, count: children }, 409);

		const codings = tx
			.select()
			.from(table.coding)
			.where(and(eq(table.coding.studyId, studyId), eq(table.coding.codeId, sourceId)))
			.all();
		let moved = 0;
		const collapsed: string[] = [];
		for (const c of codings) {
			const duplicate = tx
				.select({ id: table.coding.id })
				.from(table.coding)
				.where(
					and(
						eq(table.coding.versionId, c.versionId),
						eq(table.coding.coderId, c.coderId),
						eq(table.coding.codeId, targetId),
						eq(table.coding.start, c.start),
						eq(table.coding.end, c.end)
					)
				)
				.get();
			if (duplicate) collapsed.push(c.id);
			else {
				tx.update(table.coding)
					.set({ codeId: targetId, version: c.version + 1, updatedAt: new Date() })
					.where(eq(table.coding.id, c.id))
					.run();
				moved += 1;
			}
		}
		if (collapsed.length > 0) tx.delete(table.coding).where(inArray(table.coding.id, collapsed)).run();
		tx.update(table.memo)
			.set({ targetId })
			.where(and(eq(table.memo.studyId, studyId), eq(table.memo.targetKind, 'code'), eq(table.memo.targetId, sourceId)))
			.run();
		tx.update(table.nextStep)
			.set({ codeKey: target.key })
			.where(and(eq(table.nextStep.studyId, studyId), eq(table.nextStep.codeKey, source.key)))
			.run();
		tx.delete(table.code).where(eq(table.code.id, sourceId)).run();
		renumber(
			tx,
			siblingsOf(tx, studyId, source.parentId).map((s) => s.id)
		);
		recordAudit(tx, {
			studyId,
			userId,
			entity: 'code',
			entityId: sourceId,
			action: 'merge',
			before: { ...fieldsOf(source), parent: keyOf(tx, studyId, source.parentId) },
			after: { into: target.key, intoId: targetId, movedCodings: moved, collapsedCodings: collapsed.length }
		});
		return { movedCodings: moved, collapsedCodings: collapsed.length };
	});
}

/** Deletes a code no coding uses and that has no sub-codes; its memos go with it. */
export function deleteCode(db: Db, userId: string, studyId: string, codeId: string, expectedVersion?: number): void {
	db.transaction((tx) => {
		const before = mustGetCode(tx, studyId, codeId);
		if (expectedVersion !== undefined && before.version !== expectedVersion) throw new UserError('error.stale_edit', {}, 409);
		const children = siblingsOf(tx, studyId, codeId).length;
		if (children > 0) throw new UserError('error.code_has_children', { key: before.key, count: children }, 409);
		const codings =
			tx
				.select({ n: count() })
				.from(table.coding)
				.where(and(eq(table.coding.studyId, studyId), eq(table.coding.codeId, codeId)))
				.get()?.n ?? 0;
		if (codings > 0) throw new UserError('error.code_has_codings', { key: before.key, count: codings }, 409);
		const memos = tx
			.delete(table.memo)
			.where(and(eq(table.memo.studyId, studyId), eq(table.memo.targetKind, 'code'), eq(table.memo.targetId, codeId)))
			.run().changes;
		tx.delete(table.code).where(eq(table.code.id, codeId)).run();
		renumber(
			tx,
			siblingsOf(tx, studyId, before.parentId).map((s) => s.id)
		);
		recordAudit(tx, {
			studyId,
			userId,
			entity: 'code',
			entityId: codeId,
			action: 'delete',
			before: { ...fieldsOf(before), parent: keyOf(tx, studyId, before.parentId), memos }
		});
	});
}

// ── JSON export and import ──────────────────────────────────────────────────

/** The study's codebook in the JSON exchange format. */
export function exportCodebook(db: Db, studyId: string): CodebookJson {
	const study = db.select({ name: table.study.name }).from(table.study).where(eq(table.study.id, studyId)).get();
	const toJson = (nodes: TreeNode<StoredCode>[]): CodebookCode[] =>
		nodes.map((n) => ({ ...fieldsOf(n), children: toJson(n.children) }));
	return { format: CODEBOOK_FORMAT, version: CODEBOOK_VERSION, name: study?.name ?? '', codes: toJson(buildTree(codeRows(db, studyId))) };
}

/**
 * Imports a codebook (a parsed JSON value; validated here). 'replace-empty' needs a study
 * without codes; 'add' appends the file's top-level codes after the existing dimensions and
 * refuses keys or shortcuts already in use. Nothing is written on any problem.
 */
export function importCodebook(db: Db, userId: string, studyId: string, json: unknown, mode: ImportMode): { created: number } {
	const result = validateCodebookJson(json);
	if (!result.ok) throw new UserError('error.codebook_invalid', { count: result.errors.length }, 400);
	const book = result.codebook;
	return db.transaction((tx) => {
		const existing = codeRows(tx, studyId);
		if (mode === 'replace-empty' && existing.length > 0) throw new UserError('error.codebook_not_empty', { count: existing.length }, 409);
		if (existing.length + countCodes(book.codes) > LIMITS.codes) throw new UserError('error.codebook_too_many_codes', { max: LIMITS.codes }, 400);
		const keys = new Map(existing.map((c) => [c.key.toLowerCase(), c.key]));
		const shortcuts = new Map(existing.filter((c) => c.shortcut).map((c) => [c.shortcut!, c.key]));
		const check = (codes: CodebookCode[]) => {
			for (const c of codes) {
				const key = keys.get(c.key.toLowerCase());
				if (key) throw new UserError('error.code_key_taken', { key }, 409);
				const holder = c.shortcut ? shortcuts.get(c.shortcut) : undefined;
				if (holder) throw new UserError('error.code_shortcut_taken', { shortcut: c.shortcut!, key: holder }, 409);
				check(c.children);
			}
		};
		check(book.codes);
		let created = 0;
		const insert = (codes: CodebookCode[], parentId: string | null, offset: number) => {
			codes.forEach((c, i) => {
				const id = newId();
				const { children, ...fields } = c;
				tx.insert(table.code)
					.values({ id, studyId, parentId, ...fields, position: offset + i })
					.run();
				created += 1;
				insert(children, id, 0);
			});
		};
		insert(book.codes, null, siblingsOf(tx, studyId, null).length);
		recordAudit(tx, { studyId, userId, entity: 'codebook', entityId: studyId, action: 'import', after: { name: book.name, mode, created } });
		return { created };
	});
}

/** Installs »Tærskler 2002/2024«; refused if the study already has codes. */
export function installBuiltinCodebook(db: Db, userId: string, studyId: string): void {
	importCodebook(db, userId, studyId, BUILTIN_CODEBOOK, 'replace-empty');
}

// ── Memos on codes ──────────────────────────────────────────────────────────

export function listCodeMemos(db: Db, studyId: string) {
	return db
		.select({
			id: table.memo.id,
			codeId: table.memo.targetId,
			text: table.memo.text,
			author: table.user.username,
			createdAt: table.memo.createdAt
		})
		.from(table.memo)
		.leftJoin(table.user, eq(table.memo.authorId, table.user.id))
		.where(and(eq(table.memo.studyId, studyId), eq(table.memo.targetKind, 'code')))
		.orderBy(asc(table.memo.createdAt))
		.all();
}

export function addCodeMemo(db: Db, userId: string, studyId: string, codeId: string, text: string): string {
	const body = text.trim();
	if (!body) throw new UserError('error.field_required', { field: 'memo' });
	if (body.length > CODE_MEMO_MAX) throw new UserError('error.field_too_long', { field: 'memo', max: CODE_MEMO_MAX });
	return db.transaction((tx) => {
		const code = mustGetCode(tx, studyId, codeId);
		const id = newId();
		tx.insert(table.memo).values({ id, studyId, targetKind: 'code', targetId: codeId, authorId: userId, text: body }).run();
		recordAudit(tx, { studyId, userId, entity: 'memo', entityId: id, action: 'create', after: { code: code.key, text: body } });
		return id;
	});
}

export type { Pole };
