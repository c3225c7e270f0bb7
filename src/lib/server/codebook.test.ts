import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { testDb } from '../../../tests/unit/test-db';
import * as table from './db/schema';
import type { Db } from './db/client';
import { createStudy } from './studies';
import { listAudit } from './audit';
import { UserError } from './errors';
import {
	addCodeMemo,
	createCode,
	deleteCode,
	exportCodebook,
	getCodeByKey,
	importCodebook,
	installBuiltinCodebook,
	listCodeMemos,
	listCodes,
	mergeCodes,
	moveCode,
	updateCode
} from './codebook';
import { BUILTIN_CODEBOOK, countCodes, type CodeFields } from '$lib/codebook';

function errorOf(fn: () => unknown): { code: string; params: Record<string, unknown>; status: number } | undefined {
	try {
		fn();
	} catch (e) {
		if (e instanceof UserError) return { code: e.code, params: e.params, status: e.status };
		throw e;
	}
	return undefined;
}

function setup() {
	const db = testDb();
	for (const username of ['lead', 'coder1', 'coder2']) db.insert(table.user).values({ id: username, username, passwordHash: null }).run();
	const studyId = createStudy(db, 'lead', { name: 'Tærskler', description: '' });
	return { db, studyId };
}

const fields = (key: string, extra: Partial<CodeFields> = {}): CodeFields => ({
	key,
	name: `Kode ${key}`,
	definition: '',
	inclusion: '',
	exclusion: '',
	example: '',
	color: '#336699',
	shortcut: null,
	pole: null,
	keywords: [],
	...extra
});

let transcriptVersionId = '';
/** A transcript version to hang codings on. */
function version(db: Db, studyId: string): string {
	const transcriptId = `t-${studyId}`;
	if (!db.select().from(table.transcript).where(eq(table.transcript.id, transcriptId)).get()) {
		db.insert(table.transcript).values({ id: transcriptId, studyId, kind: 'focus_group', title: 'FG' }).run();
		transcriptVersionId = `v-${studyId}`;
		db.insert(table.transcriptVersion)
			.values({ id: transcriptVersionId, transcriptId, version: 1, text: 'x'.repeat(500), sourceFilename: 'a.txt', sourceFormat: 'txt', sourceEncoding: 'utf-8' })
			.run();
	}
	return `v-${studyId}`;
}

let codingSeq = 0;
function addCoding(db: Db, studyId: string, codeId: string, coderId: string, start: number, end: number): string {
	const id = `c${++codingSeq}`;
	db.insert(table.coding).values({ id, studyId, versionId: version(db, studyId), codeId, coderId, start, end }).run();
	return id;
}

describe('codebook server module', () => {
	it('installs the built-in codebook once, in tree order, with an audit entry', () => {
		const { db, studyId } = setup();
		installBuiltinCodebook(db, 'lead', studyId);
		const codes = listCodes(db, studyId);
		expect(codes.length).toBe(countCodes(BUILTIN_CODEBOOK.codes));
		expect(codes.filter((c) => c.depth === 0).map((c) => c.key)).toEqual(['VUR', 'SPA', 'VID', 'IND']);
		expect(codes.slice(0, 3).map((c) => [c.key, c.depth])).toEqual([
			['VUR', 0],
			['VUR.BEK', 1],
			['VUR.HANDLE', 1]
		]);
		const bek = getCodeByKey(db, studyId, 'vur.bek')!;
		expect(bek.key).toBe('VUR.BEK');
		const row = codes.find((c) => c.key === 'VID.ERFARING.KOLLEKTIV')!;
		expect(row.depth).toBe(2);
		expect(row.dimensionId).toBe(codes.find((c) => c.key === 'VID')!.id);
		expect(errorOf(() => installBuiltinCodebook(db, 'lead', studyId))?.code).toBe('error.codebook_not_empty');
		expect(listAudit(db, studyId, { entity: 'codebook' }).map((a) => a.action)).toEqual(['import']);
	});

	it('installs in the same transaction as the study when used as createStudy setup', () => {
		const { db } = setup();
		const id = createStudy(db, 'lead', { name: 'Med kodebog', description: '' }, (tx, sid) => installBuiltinCodebook(tx, 'lead', sid));
		expect(listCodes(db, id).length).toBe(countCodes(BUILTIN_CODEBOOK.codes));
	});

	it('round-trips export → import into an empty study to the same tree', () => {
		const { db, studyId } = setup();
		installBuiltinCodebook(db, 'lead', studyId);
		const dim = getCodeByKey(db, studyId, 'SPA')!;
		createCode(db, 'lead', studyId, { ...fields('SPA.NY', { shortcut: 'z', pole: '2024', keywords: ['ny*'] }), parentId: dim.id, position: 0 });
		const exported = exportCodebook(db, studyId);
		expect(exported.format).toBe('vignet-codebook');
		const other = createStudy(db, 'lead', { name: 'Tom', description: '' });
		const { created } = importCodebook(db, 'lead', other, JSON.parse(JSON.stringify(exported)), 'replace-empty');
		expect(created).toBe(countCodes(exported.codes));
		const strip = (s: string) => listCodes(db, s).map(({ id, parentId, dimensionId, version, codingCount, ...rest }) => rest);
		expect(strip(other)).toEqual(strip(studyId));
		expect(exportCodebook(db, other).codes).toEqual(exported.codes);
	});

	it('imports in add mode after the existing dimensions and refuses taken keys and shortcuts', () => {
		const { db, studyId } = setup();
		createCode(db, 'lead', studyId, { ...fields('X', { shortcut: 'x' }), parentId: null });
		const book = (codes: unknown[]) => ({ format: 'vignet-codebook', version: 1, name: 'Ekstra', codes });
		expect(importCodebook(db, 'lead', studyId, book([{ key: 'Y', name: 'Y', color: '#000000', children: [{ key: 'Y.1', name: 'Y1', color: '#111111' }] }]), 'add')).toEqual({ created: 2 });
		expect(listCodes(db, studyId).map((c) => [c.key, c.position])).toEqual([
			['X', 0],
			['Y', 1],
			['Y.1', 0]
		]);
		expect(errorOf(() => importCodebook(db, 'lead', studyId, book([{ key: 'x', name: 'x', color: '#000000' }]), 'add'))?.code).toBe('error.code_key_taken');
		expect(errorOf(() => importCodebook(db, 'lead', studyId, book([{ key: 'Z', name: 'z', color: '#000000', shortcut: 'X' }]), 'add'))?.code).toBe(
			'error.code_shortcut_taken'
		);
		expect(errorOf(() => importCodebook(db, 'lead', studyId, { format: 'other' }, 'add'))?.code).toBe('error.codebook_invalid');
		expect(listCodes(db, studyId).length).toBe(3);
	});

	it('creates, updates with optimistic concurrency and refuses stale edits', () => {
		const { db, studyId } = setup();
		const dim = createCode(db, 'lead', studyId, { ...fields('D'), parentId: null });
		const id = createCode(db, 'lead', studyId, { ...fields('D.A', { shortcut: 'a' }), parentId: dim });
		expect(errorOf(() => createCode(db, 'lead', studyId, { ...fields('d.a'), parentId: dim }))?.code).toBe('error.code_key_taken');
		expect(errorOf(() => createCode(db, 'lead', studyId, { ...fields('D.B', { shortcut: 'A' }), parentId: dim }))?.code).toBe('error.code_shortcut_taken');
		expect(errorOf(() => createCode(db, 'lead', studyId, { ...fields('D.B', { color: 'blue' }), parentId: dim }))).toMatchObject({
			code: 'error.codebook_invalid_color',
			params: { field: 'color' }
		});
		expect(errorOf(() => createCode(db, 'lead', studyId, { ...fields('D.B', { keywords: ['"åben'] }), parentId: dim }))?.code).toBe('error.codebook_invalid_keyword');
		updateCode(db, 'lead', studyId, id, 1, fields('D.A', { definition: 'Ny definition', color: '#AA0000', shortcut: 'a' }));
		const after = getCodeByKey(db, studyId, 'D.A')!;
		expect([after.definition, after.color, after.version]).toEqual(['Ny definition', '#aa0000', 2]);
		expect(errorOf(() => updateCode(db, 'lead', studyId, id, 1, fields('D.A', { definition: 'Gammel' })))).toMatchObject({ code: 'error.stale_edit', status: 409 });
		expect(getCodeByKey(db, studyId, 'D.A')!.definition).toBe('Ny definition');
		const audit = listAudit(db, studyId, { entity: 'code' });
		expect(audit.map((a) => a.action)).toEqual(['update', 'create', 'create']);
		expect(audit[0].before).toEqual({ definition: '', color: '#336699' });
		expect(audit[0].after).toEqual({ definition: 'Ny definition', color: '#aa0000' });
	});

	it('moves codes, renumbers siblings and refuses cycles', () => {
		const { db, studyId } = setup();
		const a = createCode(db, 'lead', studyId, { ...fields('A'), parentId: null });
		const b = createCode(db, 'lead', studyId, { ...fields('B'), parentId: null });
		const a1 = createCode(db, 'lead', studyId, { ...fields('A.1'), parentId: a });
		const a2 = createCode(db, 'lead', studyId, { ...fields('A.2'), parentId: a });
		const a1x = createCode(db, 'lead', studyId, { ...fields('A.1.x'), parentId: a1 });
		expect(errorOf(() => moveCode(db, 'lead', studyId, a, a1x, 0))?.code).toBe('error.code_move_cycle');
		expect(errorOf(() => moveCode(db, 'lead', studyId, a1, a1, 0))?.code).toBe('error.code_move_cycle');
		moveCode(db, 'lead', studyId, a1, b, 0);
		expect(listCodes(db, studyId).map((c) => [c.key, c.depth, c.position])).toEqual([
			['A', 0, 0],
			['A.2', 1, 0],
			['B', 0, 1],
			['A.1', 1, 0],
			['A.1.x', 2, 0]
		]);
		moveCode(db, 'lead', studyId, b, null, 0);
		expect(listCodes(db, studyId).filter((c) => c.depth === 0).map((c) => c.key)).toEqual(['B', 'A']);
		moveCode(db, 'lead', studyId, a2, b, 99);
		expect(listCodes(db, studyId).map((c) => c.key)).toEqual(['B', 'A.1', 'A.1.x', 'A.2', 'A']);
		expect(errorOf(() => moveCode(db, 'lead', studyId, a2, b, 0, 1))?.code).toBe('error.stale_edit');
		const moves = listAudit(db, studyId, { entity: 'code' }).filter((e) => e.action === 'move');
		expect(moves.length).toBe(3);
		// compact entries keep what changed
		expect([moves[2].before, moves[2].after]).toEqual([{ parent: 'A' }, { parent: 'B' }]);
	});

	it('refuses to nest deeper than six levels', () => {
		const { db, studyId } = setup();
		let parent: string | null = null;
		for (let level = 1; level <= 6; level++) parent = createCode(db, 'lead', studyId, { ...fields(`L${level}`), parentId: parent });
		expect(errorOf(() => createCode(db, 'lead', studyId, { ...fields('L7'), parentId: parent })))?.toMatchObject({ code: 'error.code_too_deep' });
		const other = createCode(db, 'lead', studyId, { ...fields('O'), parentId: null });
		createCode(db, 'lead', studyId, { ...fields('O.1'), parentId: other });
		expect(errorOf(() => moveCode(db, 'lead', studyId, other, parent, 0))?.code).toBe('error.code_too_deep');
	});

	it('merges: codings move to the target, duplicates collapse, memos follow, the source is deleted', () => {
		const { db, studyId } = setup();
		const dim = createCode(db, 'lead', studyId, { ...fields('D'), parentId: null });
		const source = createCode(db, 'lead', studyId, { ...fields('D.S'), parentId: dim });
		const target = createCode(db, 'lead', studyId, { ...fields('D.T'), parentId: dim });
		const withChild = createCode(db, 'lead', studyId, { ...fields('D.P'), parentId: dim });
		createCode(db, 'lead', studyId, { ...fields('D.P.1'), parentId: withChild });
		addCoding(db, studyId, source, 'coder1', 0, 10); // duplicate of a target coding → collapses
		addCoding(db, studyId, target, 'coder1', 0, 10);
		addCoding(db, studyId, source, 'coder2', 0, 10); // other coder → moves
		addCoding(db, studyId, source, 'coder1', 0, 11); // other span → moves
		addCodeMemo(db, 'coder1', studyId, source, 'Hænger sammen med D.T');
		expect(errorOf(() => mergeCodes(db, 'lead', studyId, source, source))?.code).toBe('error.code_merge_same');
		expect(errorOf(() => mergeCodes(db, 'lead', studyId, withChild, target))).toMatchObject({ code: 'error.code_merge_has_children', params: { count: 1 } });

		expect(mergeCodes(db, 'lead', studyId, source, target)).toEqual({ movedCodings: 2, collapsedCodings: 1 });
		expect(getCodeByKey(db, studyId, 'D.S')).toBeUndefined();
		const rows = db.select().from(table.coding).where(eq(table.coding.studyId, studyId)).all();
		expect(rows.length).toBe(3);
		expect(rows.every((r) => r.codeId === target)).toBe(true);
		expect(listCodeMemos(db, studyId).map((m) => [m.codeId, m.text, m.author])).toEqual([[target, 'Hænger sammen med D.T', 'coder1']]);
		expect(listCodes(db, studyId).find((c) => c.key === 'D.T')).toMatchObject({ codingCount: 3, position: 0 });
		const merge = listAudit(db, studyId, { entity: 'code' }).find((a) => a.action === 'merge')!;
		expect(merge.after).toMatchObject({ into: 'D.T', movedCodings: 2, collapsedCodings: 1 });
	});

	it('refuses to delete a code in use or with sub-codes, and deletes it otherwise', () => {
		const { db, studyId } = setup();
		const dim = createCode(db, 'lead', studyId, { ...fields('D'), parentId: null });
		const used = createCode(db, 'lead', studyId, { ...fields('D.U'), parentId: dim });
		const free = createCode(db, 'lead', studyId, { ...fields('D.F'), parentId: dim });
		addCoding(db, studyId, used, 'coder1', 0, 5);
		addCoding(db, studyId, used, 'coder2', 0, 5);
		expect(errorOf(() => deleteCode(db, 'lead', studyId, used))).toMatchObject({ code: 'error.code_has_codings', params: { count: 2, key: 'D.U' }, status: 409 });
		expect(errorOf(() => deleteCode(db, 'lead', studyId, dim))).toMatchObject({ code: 'error.code_has_children', params: { count: 2 } });
		addCodeMemo(db, 'lead', studyId, free, 'Overflødig');
		deleteCode(db, 'lead', studyId, free);
		expect(listCodes(db, studyId).map((c) => c.key)).toEqual(['D', 'D.U']);
		expect(listCodeMemos(db, studyId)).toEqual([]);
		const del = listAudit(db, studyId, { entity: 'code' }).find((a) => a.action === 'delete')!;
		expect(del.before).toMatchObject({ key: 'D.F', memos: 1 });
		expect(db.select().from(table.coding).where(and(eq(table.coding.codeId, used))).all().length).toBe(2);
	});

	it('keeps codes of one study out of another', () => {
		const { db, studyId } = setup();
		const other = createStudy(db, 'lead', { name: 'Andet', description: '' });
		const foreign = createCode(db, 'lead', other, { ...fields('F'), parentId: null });
		expect(errorOf(() => updateCode(db, 'lead', studyId, foreign, 1, fields('F')))).toMatchObject({ code: 'error.code_not_found', status: 404 });
		expect(errorOf(() => deleteCode(db, 'lead', studyId, foreign))?.code).toBe('error.code_not_found');
		expect(errorOf(() => createCode(db, 'lead', studyId, { ...fields('G'), parentId: foreign }))?.code).toBe('error.code_not_found');
		expect(errorOf(() => addCodeMemo(db, 'lead', studyId, foreign, 'x'))?.code).toBe('error.code_not_found');
		// the same key may exist in two studies
		expect(() => createCode(db, 'lead', studyId, { ...fields('F'), parentId: null })).not.toThrow();
	});
});
