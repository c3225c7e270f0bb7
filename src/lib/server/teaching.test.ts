import { describe, expect, it } from 'vitest';
import { testDb } from '../../../tests/unit/test-db';
import * as table from './db/schema';
import { registerUser, ensureConsensusUser } from './users';
import { createStudy, getMembership } from './studies';
import { newId } from './ids';
import { UserError } from './errors';
import {
	createClassSession,
	deleteExcerpt,
	getClassSession,
	getExcerpt,
	joinSession,
	publishExcerpt,
	saveClassAnswer,
	sessionResults,
	setSessionRevealed,
	setSessionStatus
} from './teaching';
import { addExerciseCoding, createExercise, exerciseResults, exerciseResultsRows, feedbackFor, listMyExerciseCodings, submitExercise } from './exercises';
import type { Db } from './db/client';
import { listNextSteps } from './assessments';

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
	const lead = await registerUser(db, { username: 'teacher', password: 'password-1' });
	const s1 = await registerUser(db, { username: 'student1', password: 'password-1' });
	const s2 = await registerUser(db, { username: 'student2', password: 'password-1' });
	const studyId = createStudy(db, lead.id, { name: 'Tærskler', description: '' });
	const vignetteId = newId();
	db.insert(table.vignette).values({ id: vignetteId, studyId, key: 'kira' }).run();
	db.insert(table.vignetteRevision)
		.values({ id: newId(), vignetteId, revision: 1, title: 'Kira, 4 år', themes: [], text2002: 'Før.', text2024: 'Nu.', questions: {} })
		.run();
	return { db, lead, s1, s2, studyId, vignetteId };
}

/** Two waves with three and two group assessments of the vignette. */
function addWaves(db: Db, studyId: string, vignetteId: string) {
	const waves = { w2002: newId(), w2024: newId() };
	db.insert(table.wave).values({ id: waves.w2002, studyId, label: '2002', year: 2002, sourceKind: 'reported' }).run();
	db.insert(table.wave).values({ id: waves.w2024, studyId, label: '2024', year: 2024, sourceKind: 'transcripts' }).run();
	const rows: [string, number, string[]][] = [
		[waves.w2002, 1, ['luk']],
		[waves.w2002, 3, ['bfu']],
		[waves.w2002, 4, ['anbringelse']],
		[waves.w2024, 3, ['bfu', 'sikring']],
		[waves.w2024, 3, ['bfu']]
	];
	rows.forEach(([waveId, concern, steps], i) => {
		const municipalityId = newId();
		db.insert(table.municipality).values({ id: municipalityId, studyId, code: `K${i}`, realName: i === 0 ? 'Aarhus' : null }).run();
		const focusGroupId = newId();
		db.insert(table.focusGroup).values({ id: focusGroupId, studyId, waveId, municipalityId }).run();
		db.insert(table.groupAssessment).values({ id: newId(), studyId, focusGroupId, vignetteId, concern, steps, passages: [] }).run();
	});
	return waves;
}

describe('class sessions', () => {
	it('creates a session with a join code and installs the default steps', async () => {
		const { db, lead, studyId, vignetteId } = await setup();
		expect(listNextSteps(db, studyId)).toHaveLength(0);
		const a = createClassSession(db, lead.id, studyId, { title: ' Hold  A ', vignetteIds: [vignetteId] });
		const b = createClassSession(db, lead.id, studyId, { title: 'Hold B', vignetteIds: [vignetteId, vignetteId] });
		expect(a.joinCode).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
		expect(a.joinCode).not.toBe(b.joinCode);
		expect(getClassSession(db, studyId, a.id)).toMatchObject({ title: 'Hold A', status: 'open', revealed: false, vignetteIds: [vignetteId] });
		expect(getClassSession(db, studyId, b.id).vignetteIds).toEqual([vignetteId]);
		expect(listNextSteps(db, studyId).map((s) => s.key)).toContain('bfu');
		expect(code(() => createClassSession(db, lead.id, studyId, { title: 'X', vignetteIds: [] }))).toBe('error.session_no_vignettes');
		expect(code(() => createClassSession(db, lead.id, studyId, { title: 'X', vignetteIds: ['nope'] }))).toBe('error.not_found');
		expect(code(() => createClassSession(db, lead.id, studyId, { title: '  ', vignetteIds: [vignetteId] }))).toBe('error.field_required');
	});

	it('lets a user join with the code (any case) as a student; members keep their role', async () => {
		const { db, lead, s1, studyId, vignetteId } = await setup();
		const { id, joinCode } = createClassSession(db, lead.id, studyId, { title: 'Hold A', vignetteIds: [vignetteId] });
		const typed = `${joinCode.slice(0, 3).toLowerCase()} ${joinCode.slice(3)}`;
		expect(joinSession(db, s1.id, typed)).toEqual({ studyId, sessionId: id });
		expect(getMembership(db, studyId, s1.id)?.role).toBe('student');
		expect(joinSession(db, s1.id, joinCode).sessionId).toBe(id);
		joinSession(db, lead.id, joinCode);
		expect(getMembership(db, studyId, lead.id)?.role).toBe('lead');
		expect(code(() => joinSession(db, s1.id, 'ZZZZZZ'))).toBe('error.join_code_unknown');
		setSessionStatus(db, lead.id, studyId, id, 1, 'closed');
		expect(code(() => joinSession(db, s1.id, joinCode))).toBe('error.session_closed');
	});

	it('keeps one answer per student × vignette, editable until the reveal', async () => {
		const { db, lead, s1, studyId, vignetteId } = await setup();
		const { id, joinCode } = createClassSession(db, lead.id, studyId, { title: 'Hold A', vignetteIds: [vignetteId] });
		joinSession(db, s1.id, joinCode);
		const answer = { vignetteId, concern: 2, steps: ['bfu'], reasoning: 'Mor drikker.', expectedVersion: null };
		const first = saveClassAnswer(db, s1.id, studyId, id, answer);
		expect(first).toMatchObject({ concern: 2, steps: ['bfu'], version: 1 });
		// A second "first answer" (another tab) is stale, as is an old version.
		expect(code(() => saveClassAnswer(db, s1.id, studyId, id, answer))).toBe('error.stale_edit');
		const second = saveClassAnswer(db, s1.id, studyId, id, { ...answer, concern: 3, expectedVersion: 1 });
		expect(second).toMatchObject({ concern: 3, version: 2 });
		expect(code(() => saveClassAnswer(db, s1.id, studyId, id, { ...answer, expectedVersion: 1 }))).toBe('error.stale_edit');
		expect(db.select().from(table.classAnswer).all()).toHaveLength(1);
		// Bad input.
		expect(code(() => saveClassAnswer(db, s1.id, studyId, id, { ...answer, concern: 5, expectedVersion: 2 }))).toBe('error.answer_concern_required');
		expect(code(() => saveClassAnswer(db, s1.id, studyId, id, { ...answer, steps: ['nope'], expectedVersion: 2 }))).toBe('error.invalid_field');
		expect(code(() => saveClassAnswer(db, s1.id, studyId, id, { ...answer, reasoning: ' ', expectedVersion: 2 }))).toBe('error.answer_reasoning_required');
		expect(code(() => saveClassAnswer(db, s1.id, studyId, id, { ...answer, vignetteId: 'other', expectedVersion: 2 }))).toBe('error.not_found');
		// Revealed: no more edits; closed: none either.
		setSessionRevealed(db, lead.id, studyId, id, 1, true);
		expect(code(() => saveClassAnswer(db, s1.id, studyId, id, { ...answer, expectedVersion: 2 }))).toBe('error.session_revealed');
		expect(code(() => setSessionRevealed(db, lead.id, studyId, id, 1, false))).toBe('error.stale_edit');
		setSessionStatus(db, lead.id, studyId, id, 2, 'closed');
		expect(code(() => saveClassAnswer(db, s1.id, studyId, id, { ...answer, expectedVersion: 2 }))).toBe('error.session_closed');
	});

	it('sets the class distribution beside both waves, with hand-computed consistency', async () => {
		const { db, lead, s1, s2, studyId, vignetteId } = await setup();
		addWaves(db, studyId, vignetteId);
		const { id, joinCode } = createClassSession(db, lead.id, studyId, { title: 'Hold A', vignetteIds: [vignetteId] });
		for (const [user, concern] of [
			[s1, 2],
			[s2, 3]
		] as const) {
			joinSession(db, user.id, joinCode);
			saveClassAnswer(db, user.id, studyId, id, { vignetteId, concern, steps: ['bfu'], reasoning: 'x', expectedVersion: null });
		}
		const [result] = sessionResults(db, studyId, getClassSession(db, studyId, id), 'Klassen');
		expect(result.class.distribution.counts).toEqual([0, 0, 1, 1, 0]);
		// Class: 2, 3 → s² = 0.5, σ²_EU = 2 → r_wg = 0.75; modal share 1/2 (two modes).
		expect(result.class.consistency.rwg).toBeCloseTo(0.75, 12);
		expect(result.class.consistency).toMatchObject({ modalShare: 0.5, modes: [2, 3] });
		expect(result.class.steps.bfu).toBe(2);
		expect(result.waves.map((w) => w.label)).toEqual(['2002', '2024']);
		const [w2002, w2024] = result.waves;
		expect(w2002.distribution.counts).toEqual([0, 1, 0, 1, 1]);
		// 2002: 1, 3, 4 → mean 8/3, s² = (25/9 + 1/9 + 16/9)/2 = 7/3 > 2 → r_wg truncated at 0 (raw −1/6).
		expect(w2002.consistency.rwg).toBe(0);
		expect(w2002.consistency.modalShare).toBeCloseTo(1 / 3, 12);
		// 2024: 3, 3 → s² = 0 → r_wg = 1; modal share 1.
		expect(w2024.consistency).toMatchObject({ rwg: 1, modalShare: 1, modes: [3] });
		expect(w2024.steps).toMatchObject({ bfu: 2, sikring: 1 });
		// Only distributions: nothing identifies an answer's author.
		expect(JSON.stringify(result)).not.toMatch(new RegExp(`${s1.id}|${s2.id}|student1|student2`));
	});
});

/** A transcript with participants whose names appear in the text, and consensus codings. */
function addTranscript(db: Db, studyId: string, vignetteId: string, leadId: string) {
	const waves = addWaves(db, studyId, vignetteId);
	const municipalityId = db.select().from(table.municipality).all()[0].id;
	const focusGroupId = newId();
	db.insert(table.focusGroup).values({ id: focusGroupId, studyId, waveId: waves.w2024, municipalityId }).run();
	const mona = newId();
	const erik = newId();
	db.insert(table.participant).values({ id: mona, studyId, focusGroupId, pseudonym: 'Mona', role: 'raadgiver' }).run();
	db.insert(table.participant).values({ id: erik, studyId, focusGroupId, pseudonym: 'Erik', role: 'faglig_leder' }).run();
	db.insert(table.pseudonymEntry).values({ id: newId(), studyId, realName: 'Hanne Berg', pseudonym: 'Mona' }).run();
	const turns: [string, string | null, string][] = [
		['Interviewer', null, 'Hvad tænker I om Kira?'],
		['Mona', mona, 'Jeg er rigtig bekymret, Erik.'],
		['Erik', erik, 'Enig med Hanne Berg. I Aarhus ville vi lave en undersøgelse.'],
		['Mona', mona, 'Ja.']
	];
	const text = turns.map((t) => t[2]).join('\n\n');
	const transcriptId = newId();
	const versionId = newId();
	db.insert(table.transcript).values({ id: transcriptId, studyId, focusGroupId, waveId: waves.w2024, kind: 'focus_group', title: 'Fokusgruppe K0' }).run();
	db.insert(table.transcriptVersion).values({ id: versionId, transcriptId, version: 1, text, sourceFilename: 'x.txt', sourceFormat: 'text', sourceEncoding: 'utf-8' }).run();
	let pos = 0;
	const offsets: { start: number; end: number }[] = [];
	turns.forEach(([label, participantId, utterance], index) => {
		offsets.push({ start: pos, end: pos + utterance.length });
		db.insert(table.turn).values({ id: newId(), versionId, index, speakerLabel: label, participantId, start: pos, end: pos + utterance.length }).run();
		pos += utterance.length + 2;
	});
	const consensus = ensureConsensusUser(db);
	const codeIds = { bek: newId(), und: newId(), other: newId() };
	db.insert(table.code).values({ id: codeIds.bek, studyId, key: 'VUR.BEK', name: 'Bekymringsgrad', definition: 'Grad af bekymring.', keywords: [] }).run();
	db.insert(table.code).values({ id: codeIds.und, studyId, key: 'IND.UND', name: 'Undersøgelse', definition: 'Foreslår en undersøgelse.', keywords: [] }).run();
	db.insert(table.code).values({ id: codeIds.other, studyId, key: 'SPA.VI', name: 'Vi', keywords: [] }).run();
	const coding = (codeId: string, start: number, end: number, coderId = consensus) =>
		db.insert(table.coding).values({ id: newId(), studyId, versionId, codeId, coderId, start, end, createdBy: leadId }).run();
	coding(codeIds.bek, offsets[1].start, offsets[1].end); // turn 2
	coding(codeIds.und, offsets[2].start + text.slice(offsets[2].start).indexOf('I Aarhus'), offsets[2].end); // part of turn 3
	coding(codeIds.bek, offsets[0].start, offsets[0].end); // turn 1: outside the excerpt
	coding(codeIds.und, offsets[1].start, offsets[1].end, leadId); // another coder: not the reference
	return { transcriptId, versionId, codeIds, offsets };
}

describe('teaching excerpts', () => {
	it('publishes a snapshot with roles instead of names and the clipped consensus reference', async () => {
		const { db, lead, studyId, vignetteId } = await setup();
		const { transcriptId, codeIds } = addTranscript(db, studyId, vignetteId, lead.id);
		const id = publishExcerpt(db, lead.id, studyId, { transcriptId, firstTurn: 2, lastTurn: 4, title: 'Bekymring', vignetteId: null });
		const x = getExcerpt(db, studyId, id);
		expect(x.text).toBe('Jeg er rigtig bekymret, [Faglig leder].\n\nEnig med [Rådgiver]. I [kommune] ville vi lave en undersøgelse.\n\nJa.');
		expect(x.text).not.toMatch(/Mona|Erik|Hanne|Aarhus/);
		expect(x.turns.map((t) => t.role)).toEqual(['raadgiver', 'faglig_leder', 'raadgiver']);
		expect(x.turns.map((t) => x.text.slice(t.start, t.end))).toEqual([
			'Jeg er rigtig bekymret, [Faglig leder].',
			'Enig med [Rådgiver]. I [kommune] ville vi lave en undersøgelse.',
			'Ja.'
		]);
		expect(x.reference.map((r) => [r.codeId, x.text.slice(r.start, r.end)])).toEqual([
			[codeIds.bek, 'Jeg er rigtig bekymret, [Faglig leder].'],
			[codeIds.und, 'I [kommune] ville vi lave en undersøgelse.']
		]);
		expect(code(() => publishExcerpt(db, lead.id, studyId, { transcriptId, firstTurn: 3, lastTurn: 2, title: 'x', vignetteId: null }))).toBe('error.excerpt_turn_range');
		expect(code(() => publishExcerpt(db, lead.id, studyId, { transcriptId, firstTurn: 1, lastTurn: 9, title: 'x', vignetteId: null }))).toBe('error.excerpt_turn_range');
		// Another coder's codings as the reference, when the lead chooses so.
		const other = getExcerpt(db, studyId, publishExcerpt(db, lead.id, studyId, { transcriptId, firstTurn: 2, lastTurn: 2, title: 'x', vignetteId: null, referenceCoderId: lead.id }));
		expect(other.reference.map((r) => r.codeId)).toEqual([codeIds.und]);
	});
});

describe('practice exercises', () => {
	it('records a student’s codings, and gives feedback and results after submitting', async () => {
		const { db, lead, s1, studyId, vignetteId } = await setup();
		const { transcriptId, codeIds } = addTranscript(db, studyId, vignetteId, lead.id);
		const excerptId = publishExcerpt(db, lead.id, studyId, { transcriptId, firstTurn: 2, lastTurn: 4, title: 'Bekymring', vignetteId: null });
		const x = getExcerpt(db, studyId, excerptId);
		const exerciseId = createExercise(db, lead.id, studyId, { title: 'Øvelse 1', instructions: '', codeIds: [codeIds.bek, codeIds.und], excerptIds: [excerptId] });
		expect(code(() => deleteExcerpt(db, lead.id, studyId, excerptId))).toBe('error.excerpt_in_use');
		// Turn 1 with VUR.BEK (agreed), turn 3 with VUR.BEK (added); IND.UND not coded (missed).
		addExerciseCoding(db, s1.id, studyId, exerciseId, { excerptId, codeId: codeIds.bek, start: x.turns[0].start, end: x.turns[0].end });
		addExerciseCoding(db, s1.id, studyId, exerciseId, { excerptId, codeId: codeIds.bek, start: x.turns[2].start, end: x.turns[2].end });
		expect(code(() => addExerciseCoding(db, s1.id, studyId, exerciseId, { excerptId, codeId: codeIds.other, start: 0, end: 3 }))).toBe('error.not_found');
		expect(code(() => addExerciseCoding(db, s1.id, studyId, exerciseId, { excerptId, codeId: codeIds.bek, start: 0, end: 9999 }))).toBe('error.exercise_span_invalid');
		expect(feedbackFor(db, studyId, exerciseId, s1.id)).toBeUndefined();
		expect(listMyExerciseCodings(db, exerciseId, lead.id)).toEqual([]);
		submitExercise(db, s1.id, studyId, exerciseId);
		expect(code(() => addExerciseCoding(db, s1.id, studyId, exerciseId, { excerptId, codeId: codeIds.bek, start: 0, end: 3 }))).toBe('error.exercise_submitted');
		const fb = feedbackFor(db, studyId, exerciseId, s1.id)!;
		const bek = fb.codes.find((c) => c.codeId === codeIds.bek)!;
		// Turns: reference 1,0,0; student 1,0,1 → p_o = 2/3, p_e = (1/3)(2/3) + (2/3)(1/3) = 4/9, κ = (2/3 − 4/9)/(5/9) = 0.4.
		expect(bek.kappa).toBeCloseTo(0.4, 12);
		expect(bek).toMatchObject({ agreed: 1, added: 1, missed: 0 });
		const und = fb.codes.find((c) => c.codeId === codeIds.und)!;
		expect(und).toMatchObject({ missed: 1, agreed: 0, added: 0 });
		// Never coded by the student: p_o = p_e = 2/3 → κ = 0.
		expect(und.kappa).toBeCloseTo(0, 12);
		expect(fb.missed.map((p) => x.text.slice(p.start, p.end))).toEqual(['I [kommune] ville vi lave en undersøgelse.']);
		const results = exerciseResults(db, studyId, exerciseId);
		expect(results.students.map((s) => s.username)).toEqual(['student1']);
		expect(results.perCode[0].key).toBe('IND.UND'); // κ 0 < 0.4: the harder code first
		const rows = exerciseResultsRows(results);
		expect(rows[0]).toContain('kappa_turns');
		expect(rows.find((r) => r[2] === 'VUR.BEK')?.[4]).toBe('0.4000');
	});
});
