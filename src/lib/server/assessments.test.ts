import { describe, expect, it } from 'vitest';
import { errorCode, insertCoding, insertTranscript, insertVignette } from './assessments.fixture';
import { eq } from 'drizzle-orm';
import { testDb } from '../../../tests/unit/test-db';
import * as table from './db/schema';
import { registerUser, ensureConsensusUser, CONSENSUS_USER_ID } from './users';
import { createStudy } from './studies';
import { listAudit } from './audit';
import { installBuiltinCodebook } from './codebook';
import { createFocusGroup, createMunicipality, createParticipant, createWave, setGroupVignettes } from './material';
import {
	addNextStep,
	confirmGroupAssessment,
	createProposals,
	deleteGroupAssessment,
	ensureNextSteps,
	getGroupAssessment,
	listGroupAssessments,
	listIndividualAssessments,
	listNextSteps,
	moveNextStep,
	proposeAssessment,
	removeNextStep,
	saveGroupAssessment,
	updateConcernScale,
	updateNextStep,
	getConcernScale,
	type AssessmentInput
} from './assessments';

async function setup() {
	const db = testDb();
	const lead = await registerUser(db, { username: 'lead', password: 'password-1' });
	const studyId = createStudy(db, lead.id, { name: 'Tærskler', description: '' });
	const otherStudyId = createStudy(db, lead.id, { name: 'Andet', description: '' });
	installBuiltinCodebook(db, lead.id, studyId);
	const w2002 = createWave(db, lead.id, studyId, { label: '2002', year: 2002, description: '', sourceKind: 'reported' });
	const w2024 = createWave(db, lead.id, studyId, { label: '2024', year: 2024, description: '', sourceKind: 'transcripts' });
	const k1 = createMunicipality(db, lead.id, studyId, { code: 'K1', sizeClass: '', region: '', placementRateBand: '' });
	const v1 = insertVignette(db, studyId, 'V1', 0);
	const v2 = insertVignette(db, studyId, 'V2', 1);
	const v3 = insertVignette(db, studyId, 'V3', 2);
	const otherVignette = insertVignette(db, otherStudyId, 'V1', 0);
	const g24 = createFocusGroup(db, lead.id, studyId, { waveId: w2024, municipalityId: k1, date: null });
	const g02 = createFocusGroup(db, lead.id, studyId, { waveId: w2002, municipalityId: k1, date: null });
	setGroupVignettes(db, lead.id, studyId, g24, [v1, v2]);
	setGroupVignettes(db, lead.id, studyId, g02, [v1, v2]);
	const anne = createParticipant(db, lead.id, studyId, { focusGroupId: g24, pseudonym: 'Anne', role: 'raadgiver', yearsExperience: 5 });
	const bo = createParticipant(db, lead.id, studyId, { focusGroupId: g24, pseudonym: 'Bo', role: 'raadgiver', yearsExperience: 2 });
	const carl = createParticipant(db, lead.id, studyId, { focusGroupId: g02, pseudonym: 'Carl', role: 'raadgiver', yearsExperience: 2 });
	return { db, userId: lead.id, studyId, otherStudyId, w2002, w2024, k1, v1, v2, v3, otherVignette, g24, g02, anne, bo, carl };
}

function input(over: Partial<AssessmentInput> & Pick<AssessmentInput, 'focusGroupId' | 'vignetteId'>): AssessmentInput {
	return { concern: 3, steps: ['bfu'], agreement: 'yes', justification: 'Enige om undersøgelse.', reported: false, passages: [], ...over };
}

describe('next steps and the concern scale', () => {
	it('installs the default list (with proposing codes) once, when first needed', async () => {
		const { db, userId, studyId } = await setup();
		expect(listNextSteps(db, studyId)).toEqual([]);
		const steps = ensureNextSteps(db, userId, studyId);
		expect(steps.map((s) => s.key)).toEqual(['luk', 'bfu', 'tidlig', 'fambeh', 'sikring', 'specialteam', 'netvaerk', 'anbringelse', 'uafklaret']);
		expect(steps.find((s) => s.key === 'bfu')).toMatchObject({ codeKey: 'IND.BFU', proposingCode: 'IND.BFU', label: 'Børnefaglig undersøgelse' });
		ensureNextSteps(db, userId, studyId);
		expect(listNextSteps(db, studyId)).toHaveLength(9);
		expect(listAudit(db, studyId, { entity: 'next_step' })).toHaveLength(1);
	});

	it('adds, edits (refusing a stale edit), moves and removes steps; a used step stays', async () => {
		const { db, userId, studyId, g24, v1 } = await setup();
		ensureNextSteps(db, userId, studyId);
		const id = addNextStep(db, userId, studyId, { key: 'Mentor', label: 'Mentorordning', codeKey: '' });
		expect(listNextSteps(db, studyId).at(-1)).toMatchObject({ key: 'mentor', label: 'Mentorordning', codeKey: null, proposingCode: null });
		expect(errorCode(() => addNextStep(db, userId, studyId, { key: 'mentor', label: 'x', codeKey: null }))).toBe('error.next_step_key_taken');
		expect(errorCode(() => addNextStep(db, userId, studyId, { key: 'æ ø', label: 'x', codeKey: null }))).toBe('error.next_step_key_invalid');
		expect(errorCode(() => addNextStep(db, userId, studyId, { key: 'ok', label: '  ', codeKey: null }))).toBe('error.field_required');
		updateNextStep(db, userId, studyId, id, { label: 'Mentorordning', codeKey: null }, { label: 'Mentor', codeKey: 'IND.TIDLIG' });
		expect(errorCode(() => updateNextStep(db, userId, studyId, id, { label: 'Mentorordning', codeKey: null }, { label: 'Y', codeKey: null }))).toBe('error.stale_edit');
		expect(listNextSteps(db, studyId).find((s) => s.id === id)).toMatchObject({ label: 'Mentor', codeKey: 'IND.TIDLIG' });
		moveNextStep(db, userId, studyId, id, -1);
		expect(listNextSteps(db, studyId).map((s) => s.key).slice(-2)).toEqual(['mentor', 'uafklaret']);
		saveGroupAssessment(db, userId, studyId, null, input({ focusGroupId: g24, vignetteId: v1, steps: ['mentor'] }));
		expect(errorCode(() => removeNextStep(db, userId, studyId, id))).toBe('error.next_step_in_use');
		const luk = listNextSteps(db, studyId).find((s) => s.key === 'luk')!;
		removeNextStep(db, userId, studyId, luk.id);
		expect(listNextSteps(db, studyId).map((s) => s.key)).not.toContain('luk');
	});

	it('edits the concern scale under the study version and never below a used level', async () => {
		const { db, userId, studyId, g24, v1 } = await setup();
		const { version, labels } = getConcernScale(db, studyId);
		expect(labels).toHaveLength(5);
		expect(errorCode(() => updateConcernScale(db, userId, studyId, version, ['Én']))).toBe('error.concern_scale_size');
		expect(errorCode(() => updateConcernScale(db, userId, studyId, version, ['Lav', 'lav']))).toBe('error.concern_scale_duplicate');
		saveGroupAssessment(db, userId, studyId, null, input({ focusGroupId: g24, vignetteId: v1, concern: 3 }));
		expect(errorCode(() => updateConcernScale(db, userId, studyId, version, ['Lav', 'Middel', 'Høj']))).toBe('error.concern_scale_in_use');
		updateConcernScale(db, userId, studyId, version, ['Lav', 'Middel', 'Høj', 'Meget høj']);
		expect(getConcernScale(db, studyId).labels).toEqual(['Lav', 'Middel', 'Høj', 'Meget høj']);
		expect(errorCode(() => updateConcernScale(db, userId, studyId, version, ['A', 'B', 'C', 'D']))).toBe('error.stale_edit');
	});
});

describe('group assessments', () => {
	it('creates and updates, installing the step list, and records the audit trail', async () => {
		const { db, userId, studyId, g24, v1 } = await setup();
		const created = saveGroupAssessment(db, userId, studyId, null, input({ focusGroupId: g24, vignetteId: v1, steps: ['bfu', 'tidlig', 'bfu'] }));
		expect(created.version).toBe(1);
		expect(listNextSteps(db, studyId)).toHaveLength(9);
		const a = getGroupAssessment(db, studyId, g24, v1)!;
		expect(a).toMatchObject({ concern: 3, steps: ['bfu', 'tidlig'], agreement: 'yes', status: 'confirmed', reported: false, version: 1 });
		saveGroupAssessment(db, userId, studyId, 1, input({ focusGroupId: g24, vignetteId: v1, concern: 4, steps: ['sikring'], agreement: 'partly' }));
		expect(getGroupAssessment(db, studyId, g24, v1)).toMatchObject({ concern: 4, steps: ['sikring'], agreement: 'partly', version: 2 });
		expect(listAudit(db, studyId, { entity: 'group_assessment' }).map((e) => e.action)).toEqual(['update', 'create']);
	});

	it('refuses a stale edit (and a second create) and changes nothing', async () => {
		const { db, userId, studyId, g24, v1 } = await setup();
		saveGroupAssessment(db, userId, studyId, null, input({ focusGroupId: g24, vignetteId: v1 }));
		expect(errorCode(() => saveGroupAssessment(db, userId, studyId, null, input({ focusGroupId: g24, vignetteId: v1, concern: 0 })))).toBe('error.stale_edit');
		saveGroupAssessment(db, userId, studyId, 1, input({ focusGroupId: g24, vignetteId: v1, concern: 2 }));
		expect(errorCode(() => saveGroupAssessment(db, userId, studyId, 1, input({ focusGroupId: g24, vignetteId: v1, concern: 0 })))).toBe('error.stale_edit');
		expect(getGroupAssessment(db, studyId, g24, v1)).toMatchObject({ concern: 2, version: 2 });
	});

	it('checks group, vignette, scale, steps, agreement, passages and the reported flag', async () => {
		const { db, userId, studyId, otherStudyId, g24, g02, v1, v3, otherVignette } = await setup();
		const bad = (over: Partial<AssessmentInput>) => errorCode(() => saveGroupAssessment(db, userId, studyId, null, input({ focusGroupId: g24, vignetteId: v1, ...over })));
		expect(bad({ focusGroupId: 'nope' })).toBe('error.focus_group_not_found');
		expect(errorCode(() => saveGroupAssessment(db, userId, otherStudyId, null, input({ focusGroupId: g24, vignetteId: v1 })))).toBe('error.focus_group_not_found');
		expect(bad({ vignetteId: otherVignette })).toBe('error.vignette_not_in_study');
		expect(bad({ vignetteId: v3 })).toBe('error.assessment_vignette_not_in_group');
		expect(bad({ concern: 5 })).toBe('error.concern_out_of_scale');
		expect(bad({ concern: -1 })).toBe('error.concern_out_of_scale');
		expect(bad({ concern: 1.5 })).toBe('error.concern_out_of_scale');
		expect(bad({ steps: ['bfu', 'teleportation'] })).toBe('error.next_step_unknown');
		expect(bad({ agreement: 'maybe' as never })).toBe('error.invalid_field');
		expect(bad({ justification: 'x'.repeat(4001) })).toBe('error.field_too_long');
		expect(bad({ passages: ['not-a-coding'] })).toBe('error.assessment_passage_unknown');
		// Reported only in a wave that has only reported findings.
		expect(bad({ reported: true })).toBe('error.assessment_reported_wave');
		saveGroupAssessment(db, userId, studyId, null, input({ focusGroupId: g02, vignetteId: v1, reported: true }));
		expect(getGroupAssessment(db, studyId, g02, v1)).toMatchObject({ reported: true });
		expect(listGroupAssessments(db, studyId)).toHaveLength(1);
		// Concern may be left unrecorded.
		saveGroupAssessment(db, userId, studyId, null, input({ focusGroupId: g24, vignetteId: v1, concern: null, agreement: null }));
		expect(getGroupAssessment(db, studyId, g24, v1)).toMatchObject({ concern: null, agreement: null });
	});

	it('links only passages coded in the same group', async () => {
		const { db, userId, studyId, g24, g02, w2024, w2002, v1 } = await setup();
		const mine = insertTranscript(db, studyId, g24, w2024, [{ vignetteId: v1, text: 'Vi skal lave en børnefaglig undersøgelse.' }]);
		const theirs = insertTranscript(db, studyId, g02, w2002, [{ vignetteId: v1, text: 'Luk sagen.' }]);
		const ok = insertCoding(db, studyId, mine.versionId, 'IND.BFU', mine.spans[0], userId);
		const other = insertCoding(db, studyId, theirs.versionId, 'IND.LUK', theirs.spans[0], userId);
		expect(errorCode(() => saveGroupAssessment(db, userId, studyId, null, input({ focusGroupId: g24, vignetteId: v1, passages: [ok, other] })))).toBe('error.assessment_passage_unknown');
		saveGroupAssessment(db, userId, studyId, null, input({ focusGroupId: g24, vignetteId: v1, passages: [ok, ok] }));
		expect(getGroupAssessment(db, studyId, g24, v1)!.passages).toEqual([ok]);
	});

	it('saves individual assessments of the group’s participants with the group assessment', async () => {
		const { db, userId, studyId, g24, v1, anne, bo, carl } = await setup();
		saveGroupAssessment(db, userId, studyId, null, input({ focusGroupId: g24, vignetteId: v1, individual: { [anne]: 3, [bo]: 2 } }));
		expect(listIndividualAssessments(db, studyId, g24).map((r) => [r.participantId, r.concern]).sort()).toEqual([[anne, 3], [bo, 2]].sort());
		expect(errorCode(() => saveGroupAssessment(db, userId, studyId, 1, input({ focusGroupId: g24, vignetteId: v1, individual: { [carl]: 1 } })))).toBe('error.participant_not_in_group');
		expect(errorCode(() => saveGroupAssessment(db, userId, studyId, 1, input({ focusGroupId: g24, vignetteId: v1, individual: { [anne]: 9 } })))).toBe('error.concern_out_of_scale');
		saveGroupAssessment(db, userId, studyId, 1, input({ focusGroupId: g24, vignetteId: v1, individual: { [anne]: null, [bo]: 4 } }));
		expect(listIndividualAssessments(db, studyId, g24).map((r) => [r.participantId, r.concern])).toEqual([[bo, 4]]);
	});

	it('confirms and deletes under the version', async () => {
		const { db, userId, studyId, g24, v1 } = await setup();
		const { id } = saveGroupAssessment(db, userId, studyId, null, input({ focusGroupId: g24, vignetteId: v1 }));
		db.update(table.groupAssessment).set({ status: 'proposed' }).where(eq(table.groupAssessment.id, id)).run();
		expect(errorCode(() => confirmGroupAssessment(db, userId, studyId, id, 7))).toBe('error.stale_edit');
		confirmGroupAssessment(db, userId, studyId, id, 1);
		expect(getGroupAssessment(db, studyId, g24, v1)).toMatchObject({ status: 'confirmed', version: 2 });
		expect(errorCode(() => deleteGroupAssessment(db, userId, studyId, id, 1))).toBe('error.stale_edit');
		deleteGroupAssessment(db, userId, studyId, id, 2);
		expect(getGroupAssessment(db, studyId, g24, v1)).toBeUndefined();
	});
});

describe('proposals from consensus coding', () => {
	async function coded() {
		const s = await setup();
		const { db, studyId, g24, w2024, v1, v2, userId } = s;
		ensureConsensusUser(db);
		const t = insertTranscript(db, studyId, g24, w2024, [
			{ vignetteId: v1, text: 'Det er dybt bekymrende.' },
			{ vignetteId: v1, text: 'Vi laver en børnefaglig undersøgelse.' },
			{ vignetteId: v1, text: 'Og tidlig støtte ved siden af.' },
			{ vignetteId: v2, text: 'Her skal barnet i sikkerhed.' }
		]);
		const bek = insertCoding(db, studyId, t.versionId, 'VUR.BEK', t.spans[0], CONSENSUS_USER_ID);
		const bfu = insertCoding(db, studyId, t.versionId, 'IND.BFU', t.spans[1], CONSENSUS_USER_ID);
		// A coder's own coding is not consensus: it proposes nothing.
		insertCoding(db, studyId, t.versionId, 'IND.TIDLIG', t.spans[2], userId);
		insertCoding(db, studyId, t.versionId, 'IND.SIKRING', t.spans[3], CONSENSUS_USER_ID);
		return { ...s, bek, bfu };
	}

	it('a consensus IND.BFU passage in the section proposes bfu; VUR.BEK gives no level; no justification', async () => {
		const { db, studyId, g24, v1, bek, bfu } = await coded();
		const p = proposeAssessment(db, studyId, g24, v1);
		expect(p).toMatchObject({ concern: null, steps: ['bfu'], basis: { bfu: [bfu] }, consensusPassages: 2 });
		expect(p.passages).toEqual([bfu, bek]);
	});

	it('stores proposals for discussed vignettes without an assessment; a person confirms', async () => {
		const { db, userId, studyId, g24, v1, v2 } = await coded();
		saveGroupAssessment(db, userId, studyId, null, input({ focusGroupId: g24, vignetteId: v2, steps: ['fambeh'] }));
		expect(createProposals(db, userId, studyId)).toBe(1);
		const p = getGroupAssessment(db, studyId, g24, v1)!;
		expect(p).toMatchObject({ status: 'proposed', concern: null, steps: ['bfu'], justification: '', agreement: null });
		// Existing assessments are left alone, and proposing again adds nothing.
		expect(getGroupAssessment(db, studyId, g24, v2)).toMatchObject({ steps: ['fambeh'], status: 'confirmed' });
		expect(createProposals(db, userId, studyId)).toBe(0);
		saveGroupAssessment(db, userId, studyId, p.version, input({ focusGroupId: g24, vignetteId: v1, concern: 3, steps: p.steps, passages: p.passages }));
		expect(getGroupAssessment(db, studyId, g24, v1)).toMatchObject({ status: 'confirmed', concern: 3, version: 2 });
		expect(listAudit(db, studyId, { entity: 'group_assessment' }).map((e) => e.action)).toEqual(['confirm', 'propose', 'create']);
	});

	it('proposes nothing without consensus codings', async () => {
		const { db, userId, studyId, g24, v1, w2024 } = await setup();
		const t = insertTranscript(db, studyId, g24, w2024, [{ vignetteId: v1, text: 'Børnefaglig undersøgelse.' }]);
		insertCoding(db, studyId, t.versionId, 'IND.BFU', t.spans[0], userId);
		expect(proposeAssessment(db, studyId, g24, v1)).toMatchObject({ steps: [], passages: [], consensusPassages: 0 });
		expect(createProposals(db, userId, studyId)).toBe(0);
	});
});
