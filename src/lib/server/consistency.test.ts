import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { testDb } from '../../../tests/unit/test-db';
import * as table from './db/schema';
import { registerUser, ensureConsensusUser, CONSENSUS_USER_ID } from './users';
import { createStudy } from './studies';
import { installBuiltinCodebook } from './codebook';
import { createFocusGroup, createMunicipality, createParticipant, createWave, setGroupVignettes } from './material';
import { saveGroupAssessment } from './assessments';
import { insertCoding, insertTranscript, insertVignette } from './assessments.fixture';
import { analyseStudyConsistency, codingScopeFor, examplePassages, gatherConsistencyInput } from './consistency';
import { analyseConsistency, rwg } from '$lib/consistency';

const quick = { replicates: 200, seed: 11 };

/**
 * Two waves × three municipalities × three vignettes. 2002 spreads (levels per vignette 1,3,4 / 0,2,4 / 2,2,3),
 * 2024 agrees (3,3,3 / 2,3,3 / 4,4,4).
 */
async function study() {
	const db = testDb();
	const lead = await registerUser(db, { username: 'lead', password: 'password-1' });
	const studyId = createStudy(db, lead.id, { name: 'S', description: '' });
	installBuiltinCodebook(db, lead.id, studyId);
	const waves = {
		'2002': createWave(db, lead.id, studyId, { label: '2002', year: 2002, description: '', sourceKind: 'transcripts' }),
		'2024': createWave(db, lead.id, studyId, { label: '2024', year: 2024, description: '', sourceKind: 'transcripts' })
	};
	const munis = ['K1', 'K2', 'K3'].map((code) => createMunicipality(db, lead.id, studyId, { code, sizeClass: '', region: '', placementRateBand: '' }));
	const vigs = ['V1', 'V2', 'V3'].map((k, i) => insertVignette(db, studyId, k, i));
	const levels: Record<'2002' | '2024', number[][]> = {
		'2002': [
			[1, 3, 4],
			[0, 2, 4],
			[2, 2, 3]
		],
		'2024': [
			[3, 3, 3],
			[2, 3, 3],
			[4, 4, 4]
		]
	};
	const steps: Record<'2002' | '2024', string[][][]> = {
		'2002': [
			[['luk'], ['bfu'], ['anbringelse']],
			[['tidlig'], ['bfu'], ['sikring']],
			[['bfu'], ['fambeh'], ['bfu', 'tidlig']]
		],
		'2024': [
			[['bfu'], ['bfu'], ['bfu', 'tidlig']],
			[['bfu'], ['bfu'], ['bfu']],
			[['sikring'], ['sikring'], ['sikring']]
		]
	};
	const groups: Record<string, string> = {};
	for (const w of ['2002', '2024'] as const)
		munis.forEach((m, mi) => {
			const g = createFocusGroup(db, lead.id, studyId, { waveId: waves[w], municipalityId: m, date: null });
			groups[`${w}|${mi}`] = g;
			setGroupVignettes(db, lead.id, studyId, g, vigs);
			vigs.forEach((v, vi) =>
				saveGroupAssessment(db, lead.id, studyId, null, {
					focusGroupId: g,
					vignetteId: v,
					concern: levels[w][vi][mi],
					steps: steps[w][vi][mi],
					agreement: 'yes',
					justification: '',
					reported: false,
					passages: []
				})
			);
		});
	return { db, lead, studyId, waves, munis, vigs, levels, steps, groups };
}

describe('gathering a study for the consistency measures', () => {
	it('α and r_wg equal the library’s values on the same hand-written input', async () => {
		const { db, studyId, waves, munis, vigs, levels, steps } = await study();
		const { result } = analyseStudyConsistency(db, studyId, 'all', quick);
		const rows = (['2002', '2024'] as const).flatMap((w) =>
			munis.flatMap((m, mi) => vigs.map((v, vi) => ({ wave: waves[w], municipality: m, vignette: v, concern: levels[w][vi][mi], steps: steps[w][vi][mi] })))
		);
		const expected = analyseConsistency({ levels: 5, assessments: rows, steps: ['luk', 'bfu', 'tidlig', 'fambeh', 'sikring', 'specialteam', 'netvaerk', 'anbringelse', 'uafklaret'], options: quick });
		expect(result.waves.map((w) => w.wave)).toEqual([waves['2002'], waves['2024']]);
		for (const i of [0, 1]) {
			expect(result.waves[i].concernAlpha.value).toBeCloseTo(expected.waves[i].concernAlpha.value!, 12);
			expect(result.waves[i].concernAlpha.ci).toEqual(expected.waves[i].concernAlpha.ci);
			expect(result.waves[i].summary.meanRwg.value).toBeCloseTo(expected.waves[i].summary.meanRwg.value!, 12);
			expect(result.waves[i].stepAlpha).toEqual(expected.waves[i].stepAlpha);
		}
		// r_wg of V1 in 2024 by hand: values 3,3,3 → s² = 0 → 1; in 2002: 1,3,4 → s² = 7/3, σ²_EU = 2 → raw −1/6 → 0.
		expect(result.waves[1].perVignette[0].rwg.value).toBe(1);
		expect(result.waves[0].perVignette[0].rwg).toMatchObject({ value: 0, raw: rwg([1, 3, 4], 5).raw });
		// 2002 varies more than 2024.
		expect(result.waves[0].concernAlpha.value!).toBeLessThan(result.waves[1].concernAlpha.value!);
		expect(result.comparison).toMatchObject({ from: waves['2002'], to: waves['2024'], paired: true });
		expect(result.comparison!.concernAlpha.delta.value).toBeCloseTo(expected.comparison!.concernAlpha.delta.value!, 12);
	});

	it('leaves proposals out and orders groups by municipality code', async () => {
		const { db, studyId, groups, vigs, munis } = await study();
		db.update(table.groupAssessment).set({ status: 'proposed' }).where(eq(table.groupAssessment.focusGroupId, groups['2024|0'])).run();
		const g = gatherConsistencyInput(db, studyId, 'all');
		expect(g.proposed).toBe(3);
		expect(g.input.assessments).toHaveLength(15);
		expect(g.input.assessments.slice(0, 3).map((a) => [a.municipality, a.vignette])).toEqual(vigs.map((v) => [munis[0], v]));
		expect(g.labels.levels).toHaveLength(5);
		expect(g.labels.dimensions.map((d) => d.key)).toEqual(['VUR', 'SPA', 'VID', 'IND']);
	});

	it('counts individual assessments, coded agreement and dimension profiles in the scope', async () => {
		const { db, lead, studyId, groups, waves, vigs, munis } = await study();
		const g = groups['2024|0'];
		const anne = createParticipant(db, lead.id, studyId, { focusGroupId: g, pseudonym: 'Anne', role: 'raadgiver', yearsExperience: null });
		const bo = createParticipant(db, lead.id, studyId, { focusGroupId: g, pseudonym: 'Bo', role: 'raadgiver', yearsExperience: null });
		saveGroupAssessment(db, lead.id, studyId, 1, {
			focusGroupId: g, vignetteId: vigs[0], concern: 3, steps: ['bfu'], agreement: 'yes', justification: '', reported: false, passages: [], individual: { [anne]: 3, [bo]: 2 }
		});
		const t = insertTranscript(db, studyId, g, waves['2024'], [
			{ vignetteId: vigs[0], text: 'Jeg er enig.' },
			{ vignetteId: vigs[0], text: 'Nej, det ser jeg anderledes.' },
			{ vignetteId: vigs[0], text: 'Vi tog den på gruppemødet.' }
		]);
		ensureConsensusUser(db);
		insertCoding(db, studyId, t.versionId, 'VUR.ENIG', t.spans[0], lead.id);
		insertCoding(db, studyId, t.versionId, 'VUR.UENIG', t.spans[1], lead.id);
		insertCoding(db, studyId, t.versionId, 'SPA.GRUPPEMØDE', t.spans[2], lead.id);
		insertCoding(db, studyId, t.versionId, 'SPA.INDIVIDUEL', t.spans[2], lead.id);

		expect(codingScopeFor(db, studyId, true)).toBe('all');
		expect(codingScopeFor(db, studyId, false)).toBe('none');
		const all = gatherConsistencyInput(db, studyId, 'all');
		expect(all.input.individual).toEqual([
			{ wave: waves['2024'], municipality: munis[0], vignette: vigs[0], participant: anne, concern: 3 },
			{ wave: waves['2024'], municipality: munis[0], vignette: vigs[0], participant: bo, concern: 2 }
		]);
		expect(all.input.coding).toEqual([{ wave: waves['2024'], municipality: munis[0], agree: 1, disagree: 1 }]);
		expect(all.input.profiles).toEqual([{ wave: waves['2024'], municipality: munis[0], dimensions: { VUR: 2, SPA: 2 }, poles: { '2002': 1, '2024': 2 } }]);
		// VUR.ENIG is a 2024-pole code, VUR.UENIG has no pole.
		expect(all.poleCounts[waves['2024']]).toEqual({ VUR: { '2002': 0, '2024': 1, none: 1 }, SPA: { '2002': 1, '2024': 1, none: 0 } });
		expect(gatherConsistencyInput(db, studyId, 'none').input.coding).toEqual([]);

		const r = analyseStudyConsistency(db, studyId, 'all', quick).result.waves[1];
		expect(r.within[0]).toMatchObject({ municipality: munis[0], participants: [anne, bo] });
		expect(r.coding[0]).toMatchObject({ value: 0.5, agree: 1, disagree: 1 });
		expect(r.profiles!.profiles[0].shares).toEqual({ VUR: 0.5, SPA: 0.5, VID: 0, IND: 0 });
		expect(examplePassages(db, studyId, 'all').map((p) => [p.dimension, p.pole, p.codeKey])).toEqual([
			['VUR', '2024', 'VUR.ENIG'],
			['SPA', '2024', 'SPA.GRUPPEMØDE'],
			['SPA', '2002', 'SPA.INDIVIDUEL']
		]);

		// Once consensus codings exist, only they count.
		insertCoding(db, studyId, t.versionId, 'VUR.ENIG', t.spans[0], CONSENSUS_USER_ID);
		expect(codingScopeFor(db, studyId, false)).toBe('consensus');
		expect(gatherConsistencyInput(db, studyId, 'consensus').input.coding).toEqual([{ wave: waves['2024'], municipality: munis[0], agree: 1, disagree: 0 }]);
	});
});
