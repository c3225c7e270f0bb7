import { describe, expect, it } from 'vitest';
import { testDb } from '../../../tests/unit/test-db';
import { registerUser } from './users';
import { createStudy } from './studies';
import { listAudit } from './audit';
import { UserError } from './errors';
import * as table from './db/schema';
import type { Db } from './db/client';
import { newId } from './ids';
import {
	addGroupVignette,
	checkDate,
	createFocusGroup,
	createMunicipality,
	createParticipant,
	createWave,
	deleteFocusGroup,
	deleteMunicipality,
	deleteWave,
	getFocusGroup,
	listFocusGroups,
	listMunicipalities,
	listStudyVignettes,
	listWaves,
	moveGroupVignette,
	removeGroupVignette,
	removeParticipant,
	setGroupVignettes,
	updateFocusGroup,
	updateMunicipality,
	updateParticipant,
	updateWave
} from './material';

function code(fn: () => unknown): string | undefined {
	try {
		fn();
	} catch (e) {
		if (e instanceof UserError) return e.code;
		throw e;
	}
	return undefined;
}

function status(fn: () => unknown): number | undefined {
	try {
		fn();
	} catch (e) {
		if (e instanceof UserError) return e.status;
		throw e;
	}
	return undefined;
}

function count(db: Db, t: typeof table.wave | typeof table.municipality | typeof table.focusGroup | typeof table.participant | typeof table.focusGroupVignette) {
	return db.select().from(t).all().length;
}

/** A vignette with one revision, inserted directly (the vignette library is another module). */
function insertVignette(db: Db, studyId: string, key: string, title: string, position = 0): string {
	const id = newId();
	db.insert(table.vignette).values({ id, studyId, key, position, currentRevision: 2 }).run();
	for (const revision of [1, 2])
		db.insert(table.vignetteRevision)
			.values({
				id: newId(),
				vignetteId: id,
				revision,
				title: revision === 2 ? title : `${title} (gammel)`,
				themes: [],
				text2002: '…',
				text2024: '…',
				questions: {}
			})
			.run();
	return id;
}

async function setup() {
	const db = testDb();
	const lead = await registerUser(db, { username: 'lead', password: 'password-1' });
	const studyId = createStudy(db, lead.id, { name: 'Tærskler', description: '' });
	const otherStudyId = createStudy(db, lead.id, { name: 'Andet studie', description: '' });
	const w2002 = createWave(db, lead.id, studyId, { label: '2002', year: 2002, description: 'Egelund & Thomsen', sourceKind: 'reported' });
	const w2024 = createWave(db, lead.id, studyId, { label: '2024', year: 2024, description: '', sourceKind: 'transcripts' });
	const k1 = createMunicipality(db, lead.id, studyId, { code: 'K1', realName: 'Roskilde', sizeClass: 'stor', region: 'Region Sjælland', placementRateBand: 'høj' });
	const k2 = createMunicipality(db, lead.id, studyId, { code: 'K2', sizeClass: 'lille', region: 'Region Nordjylland', placementRateBand: 'lav' });
	return { db, userId: lead.id, studyId, otherStudyId, w2002, w2024, k1, k2 };
}

describe('waves', () => {
	it('creates, lists by year with group counts, and records the audit trail', async () => {
		const { db, userId, studyId, w2024, k1 } = await setup();
		createFocusGroup(db, userId, studyId, { waveId: w2024, municipalityId: k1, date: '2024-03-14' });
		const waves = listWaves(db, studyId);
		expect(waves.map((w) => [w.label, w.sourceKind, w.groupCount])).toEqual([
			['2002', 'reported', 0],
			['2024', 'transcripts', 1]
		]);
		expect(listAudit(db, studyId, { entity: 'wave' })).toHaveLength(2);
	});

	it('validates label, year and source kind', async () => {
		const { db, userId, studyId } = await setup();
		const base = { label: '2010', year: 2010, description: '', sourceKind: 'transcripts' as const };
		expect(code(() => createWave(db, userId, studyId, { ...base, label: '  ' }))).toBe('error.field_required');
		expect(code(() => createWave(db, userId, studyId, { ...base, year: 1800 }))).toBe('error.invalid_number');
		expect(code(() => createWave(db, userId, studyId, { ...base, year: 2010.5 }))).toBe('error.invalid_number');
		expect(code(() => createWave(db, userId, studyId, { ...base, sourceKind: 'rumour' as never }))).toBe('error.invalid_field');
		expect(code(() => createWave(db, userId, studyId, { ...base, label: '2024' }))).toBe('error.wave_label_taken');
		expect(listWaves(db, studyId)).toHaveLength(2);
	});

	it('refuses a stale edit and changes nothing', async () => {
		const { db, userId, studyId, w2002 } = await setup();
		const input = { label: '2002 (rapport)', year: 2002, description: 'Kun rapporten', sourceKind: 'reported' as const };
		updateWave(db, userId, studyId, w2002, 1, input);
		expect(code(() => updateWave(db, userId, studyId, w2002, 1, { ...input, label: 'Andet' }))).toBe('error.stale_edit');
		const wave = listWaves(db, studyId).find((w) => w.id === w2002)!;
		expect(wave).toMatchObject({ label: '2002 (rapport)', version: 2, description: 'Kun rapporten' });
	});

	it('refuses to delete a wave in use, with the counts, and deletes an unused one', async () => {
		const { db, userId, studyId, w2002, w2024, k1 } = await setup();
		createFocusGroup(db, userId, studyId, { waveId: w2024, municipalityId: k1, date: null });
		db.insert(table.transcript).values({ id: newId(), studyId, waveId: w2024, kind: 'report', title: 'Notat' }).run();
		try {
			deleteWave(db, userId, studyId, w2024);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(UserError);
			expect((e as UserError).code).toBe('error.wave_in_use');
			expect((e as UserError).params).toMatchObject({ groups: 1, transcripts: 1 });
		}
		deleteWave(db, userId, studyId, w2002);
		expect(listWaves(db, studyId).map((w) => w.label)).toEqual(['2024']);
	});

	it('does not touch a wave of another study', async () => {
		const { db, userId, otherStudyId, w2002 } = await setup();
		expect(status(() => updateWave(db, userId, otherStudyId, w2002, 1, { label: 'x', year: 2002, description: '', sourceKind: 'reported' }))).toBe(404);
		expect(status(() => deleteWave(db, userId, otherStudyId, w2002))).toBe(404);
		expect(count(db, table.wave)).toBe(2);
	});
});

describe('municipalities', () => {
	it('hides real names unless asked for them, and sorts codes naturally', async () => {
		const { db, userId, studyId } = await setup();
		createMunicipality(db, userId, studyId, { code: 'K10', sizeClass: '', region: '', placementRateBand: '' });
		const forCoders = listMunicipalities(db, studyId, { includeRealNames: false });
		expect(forCoders.map((m) => m.code)).toEqual(['K1', 'K2', 'K10']);
		for (const m of forCoders) expect('realName' in m).toBe(false);
		expect(JSON.stringify(forCoders)).not.toContain('Roskilde');
		const forLeads = listMunicipalities(db, studyId, { includeRealNames: true });
		expect(forLeads[0]).toMatchObject({ code: 'K1', realName: 'Roskilde', sizeClass: 'stor', region: 'Region Sjælland', placementRateBand: 'høj' });
		expect(forLeads[1].realName).toBeNull();
	});

	it('keeps codes unique per study regardless of case, and checks their form', async () => {
		const { db, userId, studyId, otherStudyId } = await setup();
		const base = { sizeClass: '', region: '', placementRateBand: '' };
		expect(code(() => createMunicipality(db, userId, studyId, { ...base, code: 'K1' }))).toBe('error.municipality_code_taken');
		expect(code(() => createMunicipality(db, userId, studyId, { ...base, code: 'k1' }))).toBe('error.municipality_code_taken');
		expect(code(() => createMunicipality(db, userId, studyId, { ...base, code: '1K' }))).toBe('error.municipality_code_invalid');
		expect(code(() => createMunicipality(db, userId, studyId, { ...base, code: 'K 1' }))).toBe('error.municipality_code_invalid');
		expect(code(() => createMunicipality(db, userId, studyId, { ...base, code: 'K'.repeat(17) }))).toBe('error.field_too_long');
		expect(code(() => createMunicipality(db, userId, studyId, { ...base, code: '' }))).toBe('error.field_required');
		// The same code in another study is fine.
		createMunicipality(db, userId, otherStudyId, { ...base, code: 'K1' });
		expect(listMunicipalities(db, studyId, { includeRealNames: true })).toHaveLength(2);
	});

	it('edits with optimistic concurrency and refuses renaming onto another code', async () => {
		const { db, userId, studyId, k2 } = await setup();
		const input = { code: 'K2', realName: 'Hjørring', sizeClass: 'mellem', region: 'Region Nordjylland', placementRateBand: 'middel' };
		expect(code(() => updateMunicipality(db, userId, studyId, k2, 1, { ...input, code: 'K1' }))).toBe('error.municipality_code_taken');
		updateMunicipality(db, userId, studyId, k2, 1, input);
		expect(code(() => updateMunicipality(db, userId, studyId, k2, 1, input))).toBe('error.stale_edit');
		const k = listMunicipalities(db, studyId, { includeRealNames: true }).find((m) => m.id === k2)!;
		expect(k).toMatchObject({ realName: 'Hjørring', sizeClass: 'mellem', version: 2 });
		const entry = listAudit(db, studyId, { entity: 'municipality' })[0];
		expect(entry.action).toBe('update');
		expect(entry.after).toMatchObject({ realName: 'Hjørring', sizeClass: 'mellem' });
	});

	it('refuses to delete a municipality with focus groups', async () => {
		const { db, userId, studyId, w2024, k1, k2 } = await setup();
		createFocusGroup(db, userId, studyId, { waveId: w2024, municipalityId: k1, date: null });
		expect(code(() => deleteMunicipality(db, userId, studyId, k1))).toBe('error.municipality_in_use');
		deleteMunicipality(db, userId, studyId, k2);
		expect(listMunicipalities(db, studyId, { includeRealNames: false }).map((m) => m.code)).toEqual(['K1']);
	});
});

describe('focus groups', () => {
	it('creates one group per wave × municipality', async () => {
		const { db, userId, studyId, w2002, w2024, k1 } = await setup();
		createFocusGroup(db, userId, studyId, { waveId: w2024, municipalityId: k1, date: '2024-03-14', notes: 'Optaget på video' });
		expect(code(() => createFocusGroup(db, userId, studyId, { waveId: w2024, municipalityId: k1, date: null }))).toBe('error.focus_group_exists');
		createFocusGroup(db, userId, studyId, { waveId: w2002, municipalityId: k1, date: null });
		const groups = listFocusGroups(db, studyId);
		expect(groups.map((g) => `${g.waveLabel}:${g.municipalityCode}:${g.date}`)).toEqual(['2002:K1:null', '2024:K1:2024-03-14']);
		expect(groups[1]).toMatchObject({ participantCount: 0, vignetteIds: [], notes: 'Optaget på video', waveYear: 2024 });
	});

	it('refuses a wave or municipality of another study and writes nothing', async () => {
		const { db, userId, studyId, otherStudyId, w2024, k1 } = await setup();
		const foreignWave = createWave(db, userId, otherStudyId, { label: 'X', year: 2024, description: '', sourceKind: 'transcripts' });
		const foreignK = createMunicipality(db, userId, otherStudyId, { code: 'K9', sizeClass: '', region: '', placementRateBand: '' });
		const before = count(db, table.focusGroup);
		expect(code(() => createFocusGroup(db, userId, studyId, { waveId: foreignWave, municipalityId: k1, date: null }))).toBe('error.wave_not_found');
		expect(status(() => createFocusGroup(db, userId, studyId, { waveId: w2024, municipalityId: foreignK, date: null }))).toBe(404);
		expect(code(() => createFocusGroup(db, userId, studyId, { waveId: 'nonsense', municipalityId: k1, date: null }))).toBe('error.wave_not_found');
		expect(count(db, table.focusGroup)).toBe(before);
		const g = createFocusGroup(db, userId, studyId, { waveId: w2024, municipalityId: k1, date: null });
		expect(getFocusGroup(db, otherStudyId, g)).toBeUndefined();
		expect(code(() => updateFocusGroup(db, userId, studyId, g, 1, { waveId: w2024, municipalityId: foreignK, date: null }))).toBe('error.municipality_not_found');
		expect(code(() => updateFocusGroup(db, userId, otherStudyId, g, 1, { waveId: foreignWave, municipalityId: foreignK, date: null }))).toBe('error.focus_group_not_found');
	});

	it('accepts only real ISO dates or none', async () => {
		expect(checkDate('')).toBeNull();
		expect(checkDate(null)).toBeNull();
		expect(checkDate(' 2024-02-29 ')).toBe('2024-02-29');
		for (const bad of ['2023-02-29', '2024-13-01', '14-03-2024', '2024-3-14', '14. marts 2024', '2024-03-14T10:00'])
			expect(code(() => checkDate(bad)), bad).toBe('error.invalid_date');
	});

	it('updates with optimistic concurrency and refuses moving onto an existing group', async () => {
		const { db, userId, studyId, w2024, k1, k2 } = await setup();
		const g1 = createFocusGroup(db, userId, studyId, { waveId: w2024, municipalityId: k1, date: null });
		createFocusGroup(db, userId, studyId, { waveId: w2024, municipalityId: k2, date: null });
		expect(code(() => updateFocusGroup(db, userId, studyId, g1, 1, { waveId: w2024, municipalityId: k2, date: null }))).toBe('error.focus_group_exists');
		updateFocusGroup(db, userId, studyId, g1, 1, { waveId: w2024, municipalityId: k1, date: '2024-05-01', notes: 'Ny note' });
		expect(code(() => updateFocusGroup(db, userId, studyId, g1, 1, { waveId: w2024, municipalityId: k1, date: null }))).toBe('error.stale_edit');
		expect(getFocusGroup(db, studyId, g1)).toMatchObject({ date: '2024-05-01', notes: 'Ny note', version: 2 });
	});

	it('deletes a group with its participants, but not while transcripts or assessments use it', async () => {
		const { db, userId, studyId, w2024, k1, k2 } = await setup();
		const g1 = createFocusGroup(db, userId, studyId, { waveId: w2024, municipalityId: k1, date: null });
		const g2 = createFocusGroup(db, userId, studyId, { waveId: w2024, municipalityId: k2, date: null });
		createParticipant(db, userId, studyId, { focusGroupId: g1, pseudonym: 'Sara', role: 'raadgiver', yearsExperience: 4 });
		db.insert(table.transcript).values({ id: newId(), studyId, focusGroupId: g2, waveId: w2024, kind: 'focus_group', title: 'K2 2024' }).run();
		expect(code(() => deleteFocusGroup(db, userId, studyId, g2))).toBe('error.focus_group_in_use');
		expect(code(() => deleteFocusGroup(db, userId, studyId, g1, 1))).toBe('error.stale_edit');
		deleteFocusGroup(db, userId, studyId, g1);
		expect(listFocusGroups(db, studyId).map((g) => g.id)).toEqual([g2]);
		expect(count(db, table.participant)).toBe(0);
	});
});

describe('participants', () => {
	async function withGroup() {
		const s = await setup();
		const groupId = createFocusGroup(s.db, s.userId, s.studyId, { waveId: s.w2024, municipalityId: s.k1, date: null });
		return { ...s, groupId };
	}

	it('adds participants with roles and years, counted in the list', async () => {
		const { db, userId, studyId, groupId } = await withGroup();
		createParticipant(db, userId, studyId, { focusGroupId: groupId, pseudonym: 'Sara', role: 'raadgiver', yearsExperience: 4 });
		createParticipant(db, userId, studyId, { focusGroupId: groupId, pseudonym: 'Lars', role: 'faglig_leder', yearsExperience: 18 });
		createParticipant(db, userId, studyId, { focusGroupId: groupId, pseudonym: 'Interviewer', role: 'interviewer', yearsExperience: null });
		const group = getFocusGroup(db, studyId, groupId)!;
		expect(group.participants.map((p) => [p.pseudonym, p.role, p.yearsExperience])).toEqual([
			['Sara', 'raadgiver', 4],
			['Lars', 'faglig_leder', 18],
			['Interviewer', 'interviewer', null]
		]);
		expect(group.version).toBe(4);
		expect(listFocusGroups(db, studyId)[0].participantCount).toBe(3);
	});

	it('keeps pseudonyms unique within a group and checks every field', async () => {
		const { db, userId, studyId, groupId, w2002, k1 } = await withGroup();
		const base = { focusGroupId: groupId, pseudonym: 'Sara', role: 'raadgiver' as const, yearsExperience: 4 };
		createParticipant(db, userId, studyId, base);
		expect(code(() => createParticipant(db, userId, studyId, base))).toBe('error.participant_pseudonym_taken');
		expect(code(() => createParticipant(db, userId, studyId, { ...base, pseudonym: ' sara ' }))).toBe('error.participant_pseudonym_taken');
		expect(code(() => createParticipant(db, userId, studyId, { ...base, pseudonym: 'x'.repeat(65) }))).toBe('error.field_too_long');
		expect(code(() => createParticipant(db, userId, studyId, { ...base, pseudonym: '' }))).toBe('error.field_required');
		expect(code(() => createParticipant(db, userId, studyId, { ...base, pseudonym: 'Eva', yearsExperience: 61 }))).toBe('error.invalid_number');
		expect(code(() => createParticipant(db, userId, studyId, { ...base, pseudonym: 'Eva', yearsExperience: -1 }))).toBe('error.invalid_number');
		expect(code(() => createParticipant(db, userId, studyId, { ...base, pseudonym: 'Eva', role: 'chef' as never }))).toBe('error.invalid_field');
		// The same pseudonym in another group is fine.
		const other = createFocusGroup(db, userId, studyId, { waveId: w2002, municipalityId: k1, date: null });
		createParticipant(db, userId, studyId, { ...base, focusGroupId: other });
		expect(count(db, table.participant)).toBe(2);
	});

	it('refuses a group of another study', async () => {
		const { db, userId, otherStudyId, groupId } = await withGroup();
		expect(status(() => createParticipant(db, userId, otherStudyId, { focusGroupId: groupId, pseudonym: 'Sara', role: 'raadgiver', yearsExperience: null }))).toBe(404);
		expect(count(db, table.participant)).toBe(0);
	});

	it('edits against the group version and refuses a stale edit', async () => {
		const { db, userId, studyId, otherStudyId, groupId } = await withGroup();
		const sara = createParticipant(db, userId, studyId, { focusGroupId: groupId, pseudonym: 'Sara', role: 'raadgiver', yearsExperience: 4 });
		createParticipant(db, userId, studyId, { focusGroupId: groupId, pseudonym: 'Lars', role: 'raadgiver', yearsExperience: 2 });
		const version = getFocusGroup(db, studyId, groupId)!.version;
		expect(code(() => updateParticipant(db, userId, studyId, sara, version, { pseudonym: 'Lars', role: 'raadgiver', yearsExperience: 4 }))).toBe('error.participant_pseudonym_taken');
		expect(code(() => updateParticipant(db, userId, otherStudyId, sara, version, { pseudonym: 'Mona', role: 'raadgiver', yearsExperience: 4 }))).toBe('error.participant_not_found');
		updateParticipant(db, userId, studyId, sara, version, { pseudonym: 'Mona', role: 'faglig_leder', yearsExperience: 12 });
		expect(code(() => updateParticipant(db, userId, studyId, sara, version, { pseudonym: 'Mona', role: 'raadgiver', yearsExperience: 1 }))).toBe('error.stale_edit');
		expect(getFocusGroup(db, studyId, groupId)!.participants[0]).toMatchObject({ pseudonym: 'Mona', role: 'faglig_leder', yearsExperience: 12 });
	});

	it('removes a participant unless transcript turns are linked to them', async () => {
		const { db, userId, studyId, groupId, w2024 } = await withGroup();
		const sara = createParticipant(db, userId, studyId, { focusGroupId: groupId, pseudonym: 'Sara', role: 'raadgiver', yearsExperience: 4 });
		const lars = createParticipant(db, userId, studyId, { focusGroupId: groupId, pseudonym: 'Lars', role: 'raadgiver', yearsExperience: 2 });
		const transcriptId = newId();
		const versionId = newId();
		db.insert(table.transcript).values({ id: transcriptId, studyId, focusGroupId: groupId, waveId: w2024, kind: 'focus_group', title: 'K1' }).run();
		db.insert(table.transcriptVersion).values({ id: versionId, transcriptId, version: 1, text: 'Hej', sourceFilename: 'k1.txt', sourceFormat: 'text', sourceEncoding: 'utf-8' }).run();
		db.insert(table.turn).values({ id: newId(), versionId, index: 0, speakerLabel: 'Sara', participantId: sara, start: 0, end: 3 }).run();
		expect(code(() => removeParticipant(db, userId, studyId, sara))).toBe('error.participant_in_use');
		removeParticipant(db, userId, studyId, lars);
		expect(getFocusGroup(db, studyId, groupId)!.participants.map((p) => p.pseudonym)).toEqual(['Sara']);
		expect(listAudit(db, studyId, { entity: 'participant' }).map((e) => e.action)).toEqual(['delete', 'create', 'create']);
	});
});

describe('vignettes discussed by a group', () => {
	async function withVignettes() {
		const s = await setup();
		const groupId = createFocusGroup(s.db, s.userId, s.studyId, { waveId: s.w2024, municipalityId: s.k1, date: null });
		const kira = insertVignette(s.db, s.studyId, 'kira', 'Kira, 4 år', 1);
		const mor = insertVignette(s.db, s.studyId, 'ung-mor', 'Ung mor med nyfødt', 2);
		const tvilling = insertVignette(s.db, s.studyId, 'lukket', 'Sagen der blev lukket', 3);
		const foreign = insertVignette(s.db, s.otherStudyId, 'kira', 'Kira (andet studie)');
		return { ...s, groupId, kira, mor, tvilling, foreign };
	}

	it('lists the study vignettes with their current titles', async () => {
		const { db, studyId } = await withVignettes();
		expect(listStudyVignettes(db, studyId).map((v) => v.title)).toEqual(['Kira, 4 år', 'Ung mor med nyfødt', 'Sagen der blev lukket']);
	});

	it('stores the discussion order and returns the titles of the current revision', async () => {
		const { db, userId, studyId, groupId, kira, mor } = await withVignettes();
		setGroupVignettes(db, userId, studyId, groupId, [mor, kira]);
		const group = getFocusGroup(db, studyId, groupId)!;
		expect(group.vignettes.map((v) => [v.key, v.title, v.position])).toEqual([
			['ung-mor', 'Ung mor med nyfødt', 0],
			['kira', 'Kira, 4 år', 1]
		]);
		expect(listFocusGroups(db, studyId)[0].vignetteIds).toEqual([mor, kira]);
	});

	it('refuses a vignette of another study, unknown ids and duplicates, writing nothing', async () => {
		const { db, userId, studyId, groupId, kira, foreign } = await withVignettes();
		setGroupVignettes(db, userId, studyId, groupId, [kira]);
		expect(status(() => setGroupVignettes(db, userId, studyId, groupId, [kira, foreign]))).toBe(404);
		expect(code(() => setGroupVignettes(db, userId, studyId, groupId, ['nope']))).toBe('error.group_vignette_unknown');
		expect(code(() => setGroupVignettes(db, userId, studyId, groupId, [kira, kira]))).toBe('error.group_vignette_twice');
		expect(code(() => addGroupVignette(db, userId, studyId, groupId, kira))).toBe('error.group_vignette_already');
		expect(getFocusGroup(db, studyId, groupId)!.vignettes.map((v) => v.vignetteId)).toEqual([kira]);
	});

	it('moves vignettes up and down, appends and removes, and refuses a stale order', async () => {
		const { db, userId, studyId, groupId, kira, mor, tvilling } = await withVignettes();
		addGroupVignette(db, userId, studyId, groupId, kira);
		addGroupVignette(db, userId, studyId, groupId, mor);
		addGroupVignette(db, userId, studyId, groupId, tvilling);
		const order = () => getFocusGroup(db, studyId, groupId)!.vignettes.map((v) => v.key);
		expect(order()).toEqual(['kira', 'ung-mor', 'lukket']);
		moveGroupVignette(db, userId, studyId, groupId, tvilling, 'up');
		expect(order()).toEqual(['kira', 'lukket', 'ung-mor']);
		moveGroupVignette(db, userId, studyId, groupId, kira, 'up'); // already first: no change
		moveGroupVignette(db, userId, studyId, groupId, kira, 'down');
		expect(order()).toEqual(['lukket', 'kira', 'ung-mor']);
		const version = getFocusGroup(db, studyId, groupId)!.version;
		removeGroupVignette(db, userId, studyId, groupId, kira, version);
		expect(order()).toEqual(['lukket', 'ung-mor']);
		expect(code(() => moveGroupVignette(db, userId, studyId, groupId, mor, 'up', version))).toBe('error.stale_edit');
		expect(order()).toEqual(['lukket', 'ung-mor']);
		expect(code(() => moveGroupVignette(db, userId, studyId, groupId, kira, 'up'))).toBe('error.group_vignette_unknown');
	});

	it('refuses the group of another study', async () => {
		const { db, userId, otherStudyId, groupId, foreign } = await withVignettes();
		expect(code(() => setGroupVignettes(db, userId, otherStudyId, groupId, [foreign]))).toBe('error.focus_group_not_found');
		expect(count(db, table.focusGroupVignette)).toBe(0);
	});
});
