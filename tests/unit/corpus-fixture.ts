// A small two-wave corpus for the text-analysis tests: two transcripts (2002 K1, 2024 K2) with
// turns, speakers with roles, vignette sections and codes with keywords.
import { eq } from 'drizzle-orm';
import { testDb } from './test-db';
import * as table from '../../src/lib/server/db/schema';
import { registerUser } from '../../src/lib/server/users';
import { createStudy } from '../../src/lib/server/studies';
import { addMemberByUsername } from '../../src/lib/server/members';

type Turn = { speaker: string; participant: string | null; vignette: string | null; text: string };

/** Stores a transcript version with turns joined by blank lines, as the importer does. */
export function storeVersion(db: ReturnType<typeof testDb>, transcriptId: string, versionId: string, version: number, turns: Turn[]) {
	let text = '';
	const spans: { start: number; end: number }[] = [];
	for (const t of turns) {
		if (text) text += '\n\n';
		spans.push({ start: text.length, end: text.length + t.text.length });
		text += t.text;
	}
	db.insert(table.transcriptVersion)
		.values({ id: versionId, transcriptId, version, text, sourceFilename: 'x.txt', sourceFormat: 'text', sourceEncoding: 'utf-8' })
		.run();
	const sections = new Map<string, string>();
	turns.forEach((t, i) => {
		let sectionId: string | null = null;
		if (t.vignette) {
			sectionId = sections.get(t.vignette) ?? null;
			if (!sectionId) {
				sectionId = `${versionId}-s-${t.vignette}`;
				sections.set(t.vignette, sectionId);
				db.insert(table.transcriptSection)
					.values({ id: sectionId, versionId, label: t.vignette, vignetteId: t.vignette, firstTurn: i, lastTurn: i, start: spans[i].start, end: spans[i].end })
					.run();
			}
		}
		db.insert(table.turn)
			.values({ id: `${versionId}-t${i}`, versionId, index: i, speakerLabel: t.speaker, participantId: t.participant, sectionId, start: spans[i].start, end: spans[i].end })
			.run();
	});
	db.update(table.transcript).set({ currentVersion: version }).where(eq(table.transcript.id, transcriptId)).run();
	return { text, spans };
}

export async function setupCorpus() {
	const db = testDb();
	const lead = await registerUser(db, { username: 'lead', password: 'password-1' });
	const anna = await registerUser(db, { username: 'anna', password: 'password-1' });
	const bo = await registerUser(db, { username: 'bodil', password: 'password-1' });
	const studyId = createStudy(db, lead.id, { name: 'S', description: '' });
	addMemberByUsername(db, lead.id, studyId, 'anna', 'coder');
	addMemberByUsername(db, lead.id, studyId, 'bodil', 'coder');
	db.insert(table.wave).values([
		{ id: 'w02', studyId, label: '2002', year: 2002, sourceKind: 'transcripts' },
		{ id: 'w24', studyId, label: '2024', year: 2024, sourceKind: 'transcripts' }
	]).run();
	db.insert(table.municipality).values([
		{ id: 'k1', studyId, code: 'K1' },
		{ id: 'k2', studyId, code: 'K2' }
	]).run();
	db.insert(table.focusGroup).values([
		{ id: 'g1', studyId, waveId: 'w02', municipalityId: 'k1' },
		{ id: 'g2', studyId, waveId: 'w24', municipalityId: 'k2' }
	]).run();
	db.insert(table.participant).values([
		{ id: 'p-int', studyId, focusGroupId: 'g1', pseudonym: 'Interviewer', role: 'interviewer' },
		{ id: 'p-anne', studyId, focusGroupId: 'g1', pseudonym: 'Anne', role: 'raadgiver' },
		{ id: 'p-bo', studyId, focusGroupId: 'g2', pseudonym: 'Bo', role: 'raadgiver' },
		{ id: 'p-cis', studyId, focusGroupId: 'g2', pseudonym: 'Cis', role: 'faglig_leder' }
	]).run();
	for (const [id, key] of [['vA', 'A'], ['vB', 'B']]) {
		db.insert(table.vignette).values({ id, studyId, key }).run();
		db.insert(table.vignetteRevision)
			.values({ id: `${id}-r1`, vignetteId: id, revision: 1, title: `Vignet ${key}`, themes: [], text2002: '', text2024: '', questions: {} })
			.run();
	}
	db.insert(table.transcript).values([
		{ id: 't1', studyId, focusGroupId: 'g1', waveId: 'w02', kind: 'focus_group', title: 'FG 2002 K1' },
		{ id: 't2', studyId, focusGroupId: 'g2', waveId: 'w24', kind: 'focus_group', title: 'FG 2024 K2' }
	]).run();
	const v1 = storeVersion(db, 't1', 'v1', 1, [
		{ speaker: 'Interviewer', participant: 'p-int', vignette: 'vA', text: 'Hvad siger I til undersøgelsen?' },
		{ speaker: 'Anne', participant: 'p-anne', vignette: 'vA', text: 'Vi laver en børnefaglig undersøgelse. Mor er bekymret for barnet.' }
	]);
	const v2 = storeVersion(db, 't2', 'v2', 1, [
		{ speaker: 'Bo', participant: 'p-bo', vignette: 'vB', text: 'Undersøgelser tager tid. Vi undersøger sagen grundigt.' },
		{ speaker: 'Cis', participant: 'p-cis', vignette: 'vB', text: 'Jeg er bekymret for barnet. Sparring på gruppemødet hjælper.' }
	]);
	db.insert(table.code).values([
		{ id: 'dim', studyId, key: 'VUR', name: 'Vurdering', keywords: [] },
		{ id: 'bek', studyId, parentId: 'dim', key: 'VUR.BEK', name: 'Bekymring', keywords: ['bekymr*'] },
		{ id: 'spa', studyId, key: 'SPA', name: 'Sparring', keywords: ['sparring', 'gruppemøde'] }
	]).run();
	return { db, lead, anna, bo, studyId, v1, v2 };
}
