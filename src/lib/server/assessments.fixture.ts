// Test fixtures shared by the assessment and consistency tests: vignettes, transcripts with one
// section per turn, and codings inserted directly.
import * as table from './db/schema';
import type { Db } from './db/client';
import { newId } from './ids';
import { UserError } from './errors';
import { getCodeByKey } from './codebook';

export function errorCode(fn: () => unknown): string | undefined {
	try {
		fn();
	} catch (e) {
		if (e instanceof UserError) return e.code;
		throw e;
	}
	return undefined;
}

export function insertVignette(db: Db, studyId: string, key: string, position = 0): string {
	const id = newId();
	db.insert(table.vignette).values({ id, studyId, key, position, currentRevision: 1 }).run();
	db.insert(table.vignetteRevision).values({ id: newId(), vignetteId: id, revision: 1, title: `Vignet ${key}`, themes: [], text2002: '…', text2024: '…', questions: {} }).run();
	return id;
}

/**
 * A transcript for a group: one turn per entry of `turns`, each in the section of the given vignette.
 * Returns the version id and the turns' [start, end).
 */
export function insertTranscript(db: Db, studyId: string, groupId: string, waveId: string, turns: { vignetteId: string; text: string }[]) {
	const transcriptId = newId();
	const versionId = newId();
	const text = turns.map((t) => `X: ${t.text}`).join('\n\n');
	db.insert(table.transcript).values({ id: transcriptId, studyId, focusGroupId: groupId, waveId, kind: 'focus_group', title: `FG ${groupId}`, currentVersion: 1 }).run();
	db.insert(table.transcriptVersion).values({ id: versionId, transcriptId, version: 1, text, sourceFilename: 'x.txt', sourceFormat: 'text', sourceEncoding: 'utf-8' }).run();
	let offset = 0;
	const spans: [number, number][] = [];
	turns.forEach((t, index) => {
		const start = offset + 3;
		const end = start + t.text.length;
		const sectionId = newId();
		db.insert(table.transcriptSection).values({ id: sectionId, versionId, label: t.vignetteId, vignetteId: t.vignetteId, firstTurn: index, lastTurn: index, start: offset, end }).run();
		db.insert(table.turn).values({ id: newId(), versionId, index, speakerLabel: 'X', sectionId, start, end }).run();
		spans.push([start, end]);
		offset = end + 2;
	});
	return { transcriptId, versionId, spans };
}

export function insertCoding(db: Db, studyId: string, versionId: string, codeKey: string, span: [number, number], coderId: string): string {
	const code = getCodeByKey(db, studyId, codeKey);
	if (!code) throw new Error(`no code ${codeKey}`);
	const id = newId();
	db.insert(table.coding).values({ id, studyId, versionId, codeId: code.id, coderId, start: span[0], end: span[1] }).run();
	return id;
}

