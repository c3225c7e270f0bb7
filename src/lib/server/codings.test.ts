import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { testDb } from '../../../tests/unit/test-db';
import * as table from './db/schema';
import { registerUser } from './users';
import { createStudy } from './studies';
import { addMemberByUsername } from './members';
import { createCoding, deleteCoding, listCodingsForVersion, listCodingProgress, updateCoding } from './codings';
import { listCodedSegments, codeMatrix } from './segments';
import { UserError } from './errors';

async function setup() {
	const db = testDb();
	const lead = await registerUser(db, { username: 'lead', password: 'password-1' });
	const anna = await registerUser(db, { username: 'anna', password: 'password-1' });
	const bo = await registerUser(db, { username: 'bodil', password: 'password-1' });
	const studyId = createStudy(db, lead.id, { name: 'S', description: '' });
	addMemberByUsername(db, lead.id, studyId, 'anna', 'coder');
	addMemberByUsername(db, lead.id, studyId, 'bodil', 'coder');
	const text = 'Jeg er rigtig bekymret for Kira.\n\nVi tager den på gruppemødet.';
	db.insert(table.transcript).values({ id: 't1', studyId, kind: 'focus_group', title: 'FG', currentVersion: 1 }).run();
	db.insert(table.transcriptVersion)
		.values({ id: 'v1', transcriptId: 't1', version: 1, text, sourceFilename: 'x.txt', sourceFormat: 'text', sourceEncoding: 'utf-8' })
		.run();
	db.insert(table.turn).values([
		{ id: 'turn0', versionId: 'v1', index: 0, speakerLabel: 'Anne', start: 0, end: 32 },
		{ id: 'turn1', versionId: 'v1', index: 1, speakerLabel: 'Mads', start: 34, end: text.length }
	]).run();
	db.insert(table.code).values([
		{ id: 'dim', studyId, key: 'VUR', name: 'Vurdering', keywords: [] },
		{ id: 'bek', studyId, parentId: 'dim', key: 'VUR.BEK', name: 'Bekymringsgrad', keywords: [] },
		{ id: 'spa', studyId, key: 'SPA', name: 'Sparring', keywords: [] }
	]).run();
	return { db, lead, anna, bo, studyId, text };
}

function errorCode(fn: () => unknown): string | undefined {
	try {
		fn();
	} catch (e) {
		if (e instanceof UserError) return e.code;
		throw e;
	}
}

describe('codings', () => {
	it('stores offsets and keeps coders blind to each other; the lead sees all', async () => {
		const { db, anna, bo, lead, studyId } = await setup();
		createCoding(db, anna.id, studyId, { versionId: 'v1', codeId: 'bek', start: 4, end: 31 });
		createCoding(db, bo.id, studyId, { versionId: 'v1', codeId: 'spa', start: 34, end: 61 });
		const blind = { studyBlind: true, transcriptUnblinded: false };
		expect(listCodingsForVersion(db, studyId, 'v1', { userId: anna.id, role: 'coder' }, blind).map((c) => c.coderName)).toEqual(['anna']);
		expect(listCodingsForVersion(db, studyId, 'v1', { userId: lead.id, role: 'lead' }, blind)).toHaveLength(2);
		expect(listCodingsForVersion(db, studyId, 'v1', { userId: anna.id, role: 'coder' }, { studyBlind: true, transcriptUnblinded: true })).toHaveLength(2);
		expect(listCodingsForVersion(db, studyId, 'v1', { userId: anna.id, role: 'coder' }, { studyBlind: false, transcriptUnblinded: false })).toHaveLength(2);
	});

	it('refuses spans outside the text, codes of other studies, and exact duplicates', async () => {
		const { db, anna, studyId, text, lead } = await setup();
		expect(errorCode(() => createCoding(db, anna.id, studyId, { versionId: 'v1', codeId: 'bek', start: 10, end: text.length + 1 }))).toBe('error.coding_span_invalid');
		expect(errorCode(() => createCoding(db, anna.id, studyId, { versionId: 'v1', codeId: 'bek', start: 5, end: 5 }))).toBe('error.coding_span_invalid');
		const other = createStudy(db, lead.id, { name: 'Other', description: '' });
		db.insert(table.code).values({ id: 'foreign', studyId: other, key: 'X', name: 'X', keywords: [] }).run();
		expect(errorCode(() => createCoding(db, anna.id, studyId, { versionId: 'v1', codeId: 'foreign', start: 0, end: 3 }))).toBe('error.code_not_found');
		expect(errorCode(() => createCoding(db, anna.id, other, { versionId: 'v1', codeId: 'foreign', start: 0, end: 3 }))).toBe('error.not_found');
		createCoding(db, anna.id, studyId, { versionId: 'v1', codeId: 'bek', start: 0, end: 3 });
		expect(errorCode(() => createCoding(db, anna.id, studyId, { versionId: 'v1', codeId: 'bek', start: 0, end: 3 }))).toBe('error.coding_duplicate');
		expect(db.select().from(table.coding).all()).toHaveLength(1);
	});

	it('refuses a stale change from a second tab and changes by another coder', async () => {
		const { db, anna, bo, studyId } = await setup();
		const row = createCoding(db, anna.id, studyId, { versionId: 'v1', codeId: 'bek', start: 4, end: 31 });
		const changed = updateCoding(db, anna.id, studyId, row.id, row.version, { memo: 'første fane' });
		expect(changed.version).toBe(2);
		// The second tab still holds version 1.
		expect(errorCode(() => updateCoding(db, anna.id, studyId, row.id, 1, { memo: 'anden fane' }))).toBe('error.coding_stale');
		expect(errorCode(() => deleteCoding(db, anna.id, studyId, row.id, 1))).toBe('error.coding_stale');
		expect(errorCode(() => updateCoding(db, bo.id, studyId, row.id, 2, { memo: 'bo' }))).toBe('error.coding_not_yours');
		const stored = db.select().from(table.coding).get();
		expect(stored?.memo).toBe('første fane');
		deleteCoding(db, anna.id, studyId, row.id, 2);
		expect(db.select().from(table.coding).all()).toHaveLength(0);
	});

	it('does not let two coders overwrite each other: both codings are kept', async () => {
		const { db, anna, bo, studyId } = await setup();
		createCoding(db, anna.id, studyId, { versionId: 'v1', codeId: 'bek', start: 4, end: 31 });
		createCoding(db, bo.id, studyId, { versionId: 'v1', codeId: 'bek', start: 4, end: 31 });
		expect(db.select().from(table.coding).all()).toHaveLength(2);
	});

	it('lists coded segments with their turn context, filtered by dimension, and counts them in the matrix', async () => {
		const { db, anna, bo, lead, studyId } = await setup();
		createCoding(db, anna.id, studyId, { versionId: 'v1', codeId: 'bek', start: 4, end: 31 });
		createCoding(db, bo.id, studyId, { versionId: 'v1', codeId: 'spa', start: 34, end: 61 });
		const { segments } = listCodedSegments(db, studyId, { userId: lead.id, role: 'lead' }, true, { codeId: 'dim' });
		expect(segments).toHaveLength(1);
		expect(segments[0].text).toBe('er rigtig bekymret for Kira');
		expect(segments[0].before).toBe('Jeg ');
		expect(segments[0].after).toBe('.');
		expect(segments[0].speaker).toBe('Anne');
		const own = listCodedSegments(db, studyId, { userId: bo.id, role: 'coder' }, true, {});
		expect(own.segments.map((s) => s.codeKey)).toEqual(['SPA']);
		const progress = listCodingProgress(db, studyId, { userId: anna.id, role: 'coder' }, true);
		expect(progress[0]).toMatchObject({ mine: 1, total: 1, coders: 1 });
		const matrix = codeMatrix(db, studyId, { userId: lead.id, role: 'lead' }, true, 'wave');
		expect(matrix.columns).toEqual([]);
	});
});

describe('a new transcript version', () => {
	it('carries codings across where the text is unchanged and marks the rest', async () => {
		const { db, anna, studyId, text } = await setup();
		const kept = createCoding(db, anna.id, studyId, { versionId: 'v1', codeId: 'bek', start: 4, end: 31 });
		createCoding(db, anna.id, studyId, { versionId: 'v1', codeId: 'spa', start: 34, end: text.length });
		const corrected = text.replace('gruppemødet', 'teammødet i morgen');
		db.insert(table.transcriptVersion)
			.values({ id: 'v2', transcriptId: 't1', version: 2, text: corrected, sourceFilename: 'x2.txt', sourceFormat: 'text', sourceEncoding: 'utf-8' })
			.run();
		const { carryCodingsToVersion } = await import('./codings');
		expect(carryCodingsToVersion(db, anna.id, studyId, 'v1', 'v2')).toEqual({ carried: 2, unplaced: 1 });
		const moved = db.select().from(table.coding).where(eq(table.coding.versionId, 'v2')).all();
		const placed = moved.find((c) => !c.unplaced)!;
		expect(corrected.slice(placed.start, placed.end)).toBe(text.slice(kept.start, kept.end));
		expect(moved.filter((c) => c.unplaced)).toHaveLength(1);
		// The old version keeps its codings.
		expect(db.select().from(table.coding).where(eq(table.coding.versionId, 'v1')).all()).toHaveLength(2);
	});
});

describe('adding a corrected transcript version through the import path', () => {
	it('moves the codings with it', async () => {
		const { db, anna, studyId, lead } = await setup();
		const { parseTextTranscript } = await import('../transcripts');
		const { storeTranscript, addTranscriptVersion } = await import('./transcripts');
		const { createWave } = await import('./material');
		const waveId = createWave(db, lead.id, studyId, { label: 'R', year: 2002, description: '', sourceKind: 'reported' });
		const first = parseTextTranscript('Anne: Jeg er rigtig bekymret for Kira.\n\nMads: Vi tager den på gruppemødet.');
		if (!first.ok) throw new Error('parse');
		const stored = storeTranscript(db, lead.id, studyId, {
			focusGroupId: null, waveId, kind: 'report', title: 'Rapport', parsed: first.value,
			source: { filename: 'r.txt', format: 'text', encoding: 'utf-8' }, speakerMap: {}, sectionMap: {}
		});
		createCoding(db, anna.id, studyId, { versionId: stored.versionId, codeId: 'bek', start: 4, end: 22 });
		const second = parseTextTranscript('Anne: Jeg er rigtig bekymret for Kira, helt ærligt.\n\nMads: Vi tager den på gruppemødet.');
		if (!second.ok) throw new Error('parse');
		const added = addTranscriptVersion(db, lead.id, studyId, stored.transcriptId, {
			parsed: second.value, source: { filename: 'r2.txt', format: 'text', encoding: 'utf-8' }, speakerMap: {}, sectionMap: {}
		});
		const moved = db.select().from(table.coding).where(eq(table.coding.versionId, added.versionId)).all();
		expect(moved).toHaveLength(1);
		expect(moved[0].unplaced).toBe(false);
		const text = db.select().from(table.transcriptVersion).where(eq(table.transcriptVersion.id, added.versionId)).get()!.text;
		expect(text.slice(moved[0].start, moved[0].end)).toBe('er rigtig bekymret');
	});
});
