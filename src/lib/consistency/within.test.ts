import { describe, expect, it } from 'vitest';
import { analyseConsistency } from './analyse';
import { waveProfiles } from './profiles';
import { ConsistencyError, type IndividualAssessment } from './types';
import { codingAgreementShare, withinMunicipality } from './within';

function people(spec: Record<string, Record<string, number | null>>): IndividualAssessment[] {
	return Object.entries(spec).flatMap(([participant, byVignette]) =>
		Object.entries(byVignette).map(([vignette, concern]) => ({ wave: '2024', municipality: 'A', vignette, participant, concern }))
	);
}

describe('within a municipality', () => {
	const rows = people({
		P1: { V1: 3, V2: 2, V3: 1 },
		P2: { V1: 3, V2: 2, V3: 2 },
		P3: { V1: 2, V2: 1 }
	});

	it('α among participants and the share matching the group level (or the unique mode)', () => {
		const w = withinMunicipality('2024', 'A', rows, (v) => (v === 'V1' ? 3 : null));
		// V1 reference = group level 3: P1, P2 match → 2/3. V2 has no group level → mode 2 (P1, P2) → 2/3.
		// V3 (1, 2): no group level, tied modes → no reference, left out. Overall 4/6.
		expect(w.perVignette.map((p) => [p.reference, p.referenceSource, p.matched, p.total])).toEqual([
			[3, 'group', 2, 3],
			[2, 'mode', 2, 3],
			[null, null, 0, 0]
		]);
		expect(w.perVignette[2].reason).toBe('no_reference_level');
		expect(w.matchShare).toMatchObject({ value: 4 / 6, matched: 4, total: 6 });
		// Ordinal α: V1 (3,3,2), V2 (2,2,1), V3 (1,2): n_1 = 2, n_2 = 4, n_3 = 2, n = 8.
		// V1 (m=3): o_33 += 2·1/2 = 1, o_23 = o_32 += 2·1/2 = 1; V2: o_22 += 1, o_12 = o_21 += 1; V3 (m=2): o_12 = o_21 += 1.
		// δ²_12 = (2+4 − 3)² = 9, δ²_23 = (4+2 − 3)² = 9, δ²_13 = (2+4+2 − 2)² = 36.
		// Σ o δ² = 2·(2·9 + 1·9) = 54; Σ n_c n_k δ² = 2·(2·4·9 + 2·2·36 + 4·2·9) = 2·(72 + 144 + 72) = 576.
		// α = 1 − 7·54/576 = 1 − 378/576 = 0.34375
		expect(w.alpha.value).toBeCloseTo(0.34375, 12);
		expect(w.participants).toEqual(['P1', 'P2', 'P3']);
		expect(w.alpha.missingShare).toBeCloseTo(1 / 9, 12);
	});

	it('runs inside analyseConsistency with the group level from the assessments', () => {
		const r = analyseConsistency({
			levels: 5,
			assessments: [
				{ wave: '2024', municipality: 'A', vignette: 'V1', concern: 2, steps: ['bfu'] },
				{ wave: '2024', municipality: 'B', vignette: 'V1', concern: 3, steps: ['bfu'] }
			],
			individual: rows,
			coding: [{ wave: '2024', municipality: 'A', agree: 6, disagree: 2 }],
			options: { replicates: 10 }
		});
		const w = r.waves[0].within[0];
		// V1 reference is now the group's level 2: only P3 matches.
		expect(w.perVignette[0]).toMatchObject({ reference: 2, referenceSource: 'group', matched: 1, total: 3 });
		expect(r.waves[0].coding[0]).toMatchObject({ municipality: 'A', value: 0.75, agree: 6, disagree: 2, total: 8 });
	});

	it('rejects duplicate individual assessments', () => {
		expect(() => analyseConsistency({ levels: 5, assessments: [], individual: [...rows, rows[0]] })).toThrow(ConsistencyError);
	});
});

describe('coded agreement share', () => {
	it('agree / (agree + disagree), with the counts', () => {
		// VUR.ENIG 6 vs VUR.UENIG + SPA.UDFORDRER 2 → 6/8
		expect(codingAgreementShare({ agree: 6, disagree: 2 })).toEqual({ value: 0.75, agree: 6, disagree: 2, total: 8 });
		expect(codingAgreementShare({ agree: 0, disagree: 0 })).toMatchObject({ value: null, reason: 'no_codes', total: 0 });
		expect(() => codingAgreementShare({ agree: -1, disagree: 2 })).toThrow(/non-negative integer/);
	});
});

describe('dimension profiles', () => {
	it('shares, pole shares, pairwise JSD and its mean; a municipality without codes is excluded', () => {
		const p = waveProfiles('2024', [
			{ wave: '2024', municipality: 'A', dimensions: { VUR: 2, SPA: 2 }, poles: { '2002': 1, '2024': 3 } },
			{ wave: '2024', municipality: 'B', dimensions: { VUR: 4, SPA: 4, VID: 0 } },
			{ wave: '2024', municipality: 'C', dimensions: { VID: 5 } },
			{ wave: '2024', municipality: 'D', dimensions: {} }
		]);
		expect(p.profiles[0]).toMatchObject({ total: 4, shares: { VUR: 0.5, SPA: 0.5, VID: 0 }, poleShares: { '2002': 0.25, '2024': 0.75 } });
		expect(p.profiles[1].poleShares).toBeNull();
		expect(p.profiles[3]).toMatchObject({ total: 0, shares: null, excluded: 'no_codes' });
		// A–B identical → 0; A–C, B–C disjoint → 1; mean (0 + 1 + 1)/3 = 2/3
		expect(p.pairs.map((x) => [x.a, x.b, x.jsd.value])).toEqual([
			['A', 'B', 0],
			['A', 'C', 1],
			['B', 'C', 1]
		]);
		expect(p.meanJsd.value).toBeCloseTo(2 / 3, 12);
	});

	it('fewer than two municipalities with codes → mean JSD undefined', () => {
		const p = waveProfiles('2002', [
			{ wave: '2002', municipality: 'A', dimensions: { VUR: 3 } },
			{ wave: '2002', municipality: 'B', dimensions: { VUR: 0 } }
		]);
		expect(p.meanJsd).toEqual({ value: null, reason: 'too_few_profiles' });
	});

	it('per wave inside analyseConsistency, with zero shares for dimensions seen elsewhere', () => {
		const r = analyseConsistency({
			levels: 5,
			assessments: [{ wave: '2002', municipality: 'A', vignette: 'V1', concern: 1, steps: [] }],
			profiles: [
				{ wave: '2002', municipality: 'A', dimensions: { VUR: 1, IND: 3 } },
				{ wave: '2002', municipality: 'B', dimensions: { VUR: 1, IND: 1 } },
				{ wave: '2024', municipality: 'A', dimensions: { SPA: 2 } }
			],
			options: { replicates: 10 }
		});
		expect(r.waves.map((w) => w.wave)).toEqual(['2002', '2024']);
		expect(r.waves[0].profiles!.profiles[0].shares).toEqual({ VUR: 0.25, IND: 0.75, SPA: 0 });
		// P = (¼, ¾), Q = (½, ½), M = (⅜, ⅝):
		// ½[¼·log2(⅔) + ¾·log2(6/5)] + ½[½·log2(4/3) + ½·log2(4/5)] ≈ 0.048795
		expect(r.waves[0].profiles!.meanJsd.value).toBeCloseTo(0.048795, 5);
		expect(r.waves[1].profiles!.meanJsd.value).toBeNull();
		// 2024 has profiles only, no assessments → no comparison
		expect(r.comparison).toBeNull();
	});
});
