import { describe, expect, it } from 'vitest';
import { testDb } from '../../../tests/unit/test-db';
import { registerUser } from './users';
import { createStudy } from './studies';
import { listAudit } from './audit';
import { UserError } from './errors';
import * as table from './db/schema';
import type { Db } from './db/client';
import { newId } from './ids';
import { addPseudonym, checkRealNames, listPseudonyms, pseudonymTable, removePseudonym } from './pseudonyms';
import { applyPseudonyms } from '../transcripts';

function code(fn: () => unknown): string | undefined {
	try {
		fn();
	} catch (e) {
		if (e instanceof UserError) return e.code;
		throw e;
	}
	return undefined;
}

async function setup() {
	const db = testDb();
	const lead = await registerUser(db, { username: 'lead', password: 'password-1' });
	const studyId = createStudy(db, lead.id, { name: 'Tærskler', description: '' });
	const otherStudyId = createStudy(db, lead.id, { name: 'Andet', description: '' });
	return { db, userId: lead.id, studyId, otherStudyId };
}

/** A transcript with versions; each version has the given text and turns (speaker labels). */
function insertTranscript(
	db: Db,
	studyId: string,
	title: string,
	versions: { text: string; speakers: string[] }[],
	currentVersion = versions.length
): string {
	const transcriptId = newId();
	db.insert(table.transcript).values({ id: transcriptId, studyId, kind: 'focus_group', title, currentVersion }).run();
	versions.forEach((v, i) => {
		const versionId = newId();
		db.insert(table.transcriptVersion)
			.values({ id: versionId, transcriptId, version: i + 1, text: v.text, sourceFilename: 'x.txt', sourceFormat: 'text', sourceEncoding: 'utf-8' })
			.run();
		v.speakers.forEach((speakerLabel, index) =>
			db.insert(table.turn).values({ id: newId(), versionId, index, speakerLabel, start: 0, end: 1 }).run()
		);
	});
	return transcriptId;
}

describe('pseudonym table', () => {
	it('adds, lists, feeds the import table and removes entries', async () => {
		const { db, userId, studyId, otherStudyId } = await setup();
		const karen = addPseudonym(db, userId, studyId, '  Karen   Hansen ', 'Lotte');
		addPseudonym(db, userId, studyId, 'Brian', 'Bo');
		expect(listPseudonyms(db, studyId).map((e) => `${e.realName}→${e.pseudonym}`)).toEqual(['Brian→Bo', 'Karen Hansen→Lotte']);
		expect(listPseudonyms(db, otherStudyId)).toEqual([]);
		const table = pseudonymTable(db, studyId);
		expect(applyPseudonyms('Karen Hansen sagde til Brian: Brians sag', table).text).toBe('Lotte sagde til Bo: Bos sag');
		expect(code(() => removePseudonym(db, userId, otherStudyId, karen))).toBe('error.not_found');
		removePseudonym(db, userId, studyId, karen);
		expect(pseudonymTable(db, studyId)).toEqual([{ realName: 'Brian', pseudonym: 'Bo' }]);
	});

	it('refuses duplicates, loops and empty or overlong fields', async () => {
		const { db, userId, studyId, otherStudyId } = await setup();
		addPseudonym(db, userId, studyId, 'Karen', 'Lotte');
		expect(code(() => addPseudonym(db, userId, studyId, 'KAREN', 'Mette'))).toBe('error.pseudonym_real_name_taken');
		expect(code(() => addPseudonym(db, userId, studyId, 'Brian', 'karen'))).toBe('error.pseudonym_is_real_name');
		expect(code(() => addPseudonym(db, userId, studyId, 'Lotte', 'Mette'))).toBe('error.real_name_is_pseudonym');
		expect(code(() => addPseudonym(db, userId, studyId, 'Ib', 'ib'))).toBe('error.pseudonym_same_as_name');
		expect(code(() => addPseudonym(db, userId, studyId, ' ', 'Bo'))).toBe('error.field_required');
		expect(code(() => addPseudonym(db, userId, studyId, 'Bo', ''))).toBe('error.field_required');
		expect(code(() => addPseudonym(db, userId, studyId, 'x'.repeat(201), 'Bo'))).toBe('error.field_too_long');
		expect(code(() => addPseudonym(db, userId, studyId, 'Bo', 'x'.repeat(65)))).toBe('error.field_too_long');
		addPseudonym(db, userId, otherStudyId, 'Karen', 'Mette'); // per study
		expect(listPseudonyms(db, studyId)).toHaveLength(1);
	});

	it('keeps real names out of the audit log', async () => {
		const { db, userId, studyId } = await setup();
		const id = addPseudonym(db, userId, studyId, 'Karen Hansen', 'Lotte');
		removePseudonym(db, userId, studyId, id);
		const entries = listAudit(db, studyId, { entity: 'pseudonym_entry' });
		expect(entries.map((e) => e.action)).toEqual(['delete', 'create']);
		expect(JSON.stringify(entries)).not.toContain('Karen');
		expect(JSON.stringify(entries)).toContain('Lotte');
	});
});

describe('checkRealNames', () => {
	it('finds listed names in the current texts and speaker labels, with context', async () => {
		const { db, userId, studyId } = await setup();
		addPseudonym(db, userId, studyId, 'Karen', 'Lotte');
		addPseudonym(db, userId, studyId, 'Brian Holm', 'Bo');
		const a = insertTranscript(db, studyId, 'K1 2024', [
			{ text: 'Karen sagde det første gang.', speakers: ['Karen'] },
			{ text: 'Lotte: Jeg talte med Karens mor og brian   holm i går.', speakers: ['Lotte', 'Interviewer', 'Karen (leder)', 'Karen (leder)'] }
		]);
		insertTranscript(db, studyId, 'K2 2024', [{ text: 'Ingen navne her. Karenina er en roman.', speakers: ['Mona'] }]);
		const found = checkRealNames(db, studyId);
		// Only the current version (2) of the first transcript counts; the old version is not scanned.
		expect(found.map((f) => [f.where, f.name, f.version])).toEqual([
			['speaker', 'Karen', 2],
			['text', 'Karen', 2],
			['text', 'Brian Holm', 2]
		]);
		expect(found.every((f) => f.transcriptId === a && f.transcriptTitle === 'K1 2024')).toBe(true);
		const speaker = found[0];
		expect(speaker.turnIndex).toBe(2);
		expect([speaker.start, speaker.end]).toEqual([0, 5]);
		const text = found[1];
		const source = 'Lotte: Jeg talte med Karens mor og brian   holm i går.';
		expect(source.slice(text.start, text.end)).toBe('Karen');
		expect(text.context).toContain('Karens mor');
		expect(text.before + text.match + text.after).toBe(text.context);
		expect(text.match).toBe('Karen');
		expect(found[2].match).toBe('brian holm');
		expect(source.slice(found[2].start, found[2].end)).toBe('brian   holm');
	});

	it('returns nothing for an empty key and ignores other studies', async () => {
		const { db, userId, studyId, otherStudyId } = await setup();
		insertTranscript(db, studyId, 'K1', [{ text: 'Karen', speakers: ['Karen'] }]);
		expect(checkRealNames(db, studyId)).toEqual([]);
		addPseudonym(db, userId, otherStudyId, 'Karen', 'Lotte');
		expect(checkRealNames(db, studyId)).toEqual([]);
		expect(checkRealNames(db, otherStudyId)).toEqual([]);
	});
});
