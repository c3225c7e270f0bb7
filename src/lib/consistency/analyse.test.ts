import { describe, expect, it } from 'vitest';
import { analyseConsistency } from './analyse';
import { ConsistencyError, type GroupAssessment } from './types';

/** Rows from a compact spec: { V1: [[concern, 'a;b'], …per municipality] }. */
function rows(wave: string, spec: Record<string, ReadonlyArray<readonly [number | null, string] | null>>, municipalities = ['A', 'B', 'C', 'D', 'E', 'F', 'G']): GroupAssessment[] {
	const out: GroupAssessment[] = [];
	for (const [vignette, cells] of Object.entries(spec))
		cells.forEach((cell, i) => {
			if (cell === null) return;
			out.push({ wave, municipality: municipalities[i], vignette, concern: cell[0], steps: cell[1] ? cell[1].split(';') : [] });
		});
	return out;
}

const quick = { replicates: 200, seed: 7 };

describe('α between municipalities (per wave, via the agreement engine)', () => {
	it('ordinal α on concern: hand-computed 3 × 2 grid', () => {
		// Units V1 (1,1), V2 (2,3), V3 (3,3): n_1 = 2, n_2 = 1, n_3 = 3, n = 6.
		// o_11 = 2, o_33 = 2, o_23 = o_32 = 1.
		// δ²_12 = (2+1 − 1.5)² = 2.25, δ²_23 = (1+3 − 2)² = 4, δ²_13 = (2+1+3 − 2.5)² = 12.25.
		// Σ o·δ² = 2·4 = 8; Σ n_c n_k δ² = 2(2·1·2.25 + 2·3·12.25 + 1·3·4) = 180.
		// α = 1 − (n−1)·8/180 = 1 − 40/180 = 7/9.
		const r = analyseConsistency({
			levels: 5,
			assessments: rows('2024', { V1: [[1, ''], [1, '']], V2: [[2, ''], [3, '']], V3: [[3, ''], [3, '']] }),
			options: quick
		});
		const a = r.waves[0].concernAlpha;
		expect(a.value).toBeCloseTo(7 / 9, 12);
		expect(a).toMatchObject({ units: 3, pairableUnits: 3, coders: 2, missingShare: 0 });
		expect(a.cautions.map((c) => c.code)).toEqual(['few_units', 'few_raters']);
		expect(r.comparison).toBeNull();
	});

	it('nominal α per step on present/absent', () => {
		// tidlig: V1 (0,0), V2 (1,0), V3 (0,0) → n_1 = 1, n_0 = 5, o_01 + o_10 = 2.
		// α = 1 − (n−1)·2/(n² − Σn_c²) = 1 − 5·2/(36 − 26) = 0.
		// bfu: V1 (1,1), V2 (0,0), V3 (1,0) → n_1 = 3, n_0 = 3: α = 1 − 5·2/(36 − 18) = 4/9.
		// luk: never chosen → all 0 → no variation → undefined.
		const r = analyseConsistency({
			levels: 5,
			assessments: rows('2024', { V1: [[1, 'bfu'], [1, 'bfu']], V2: [[2, 'tidlig'], [3, '']], V3: [[3, 'bfu'], [3, '']] }),
			steps: ['luk'],
			options: quick
		});
		const s = r.waves[0].stepAlpha;
		expect(Object.keys(s)).toEqual(['luk', 'bfu', 'tidlig']);
		expect(s.tidlig.value).toBeCloseTo(0, 12);
		expect(s.bfu.value).toBeCloseTo(4 / 9, 12);
		expect(s.luk).toMatchObject({ value: null, reason: 'no_variation' });
	});

	it('missing cells (a group did not discuss a vignette) are missing, not absent', () => {
		// C only assessed V1; grid 3 × 3 with 2 empty cells → missing share 2/9.
		const r = analyseConsistency({
			levels: 5,
			assessments: rows('2024', { V1: [[1, 'bfu'], [1, 'bfu'], [1, 'bfu']], V2: [[2, ''], [3, ''], null], V3: [[3, ''], [3, ''], null] }),
			options: quick
		});
		const a = r.waves[0].concernAlpha;
		expect(a.missingShare).toBeCloseTo(2 / 9, 12);
		expect(a.cautions.map((c) => c.code)).toContain('unbalanced_missing');
		// bfu: V1 (1,1,1), V2 (0,0), V3 (0,0): perfect agreement with variation → 1.
		expect(r.waves[0].stepAlpha.bfu.value).toBeCloseTo(1, 12);
		expect(r.waves[0].perVignette[1].groups).toBe(2);
	});

	it('undefined α: one municipality, or everyone at the same level', () => {
		const one = analyseConsistency({ levels: 5, assessments: rows('2024', { V1: [[1, '']], V2: [[2, '']] }), options: quick });
		expect(one.waves[0].concernAlpha).toMatchObject({ value: null, reason: 'too_few_coders' });
		const same = analyseConsistency({ levels: 5, assessments: rows('2024', { V1: [[3, ''], [3, '']], V2: [[3, ''], [3, '']] }), options: quick });
		expect(same.waves[0].concernAlpha).toMatchObject({ value: null, reason: 'no_variation' });
		expect(same.waves[0].concernAlpha.ci).toBeNull();
	});
});

describe('per-vignette measures inside analyseConsistency', () => {
	it('r_wg, range, modal share with ties, mean, median, steps', () => {
		// V1 levels (1,3,2,2): mean 2, s² = (1+1+0+0)/3 = 2/3 → r_wg = 1 − (2/3)/2 = 2/3; mode 2 (2 of 4)
		// V2 levels (0,4,1,3): mean 2, s² = (4+4+1+1)/3 = 10/3 → raw 1 − 5/3 < 0 → 0; modes all four, share 1/4
		// Steps V1: bfu ×4, tidlig ×1 → GS = 1 − (16+1)/25 = 8/25; Jaccard pairs: (b,bt) ½ ×3, (b,b) 1 ×3 → mean ¾
		const r = analyseConsistency({
			levels: 5,
			assessments: rows('2024', {
				V1: [[1, 'bfu'], [3, 'bfu;tidlig'], [2, 'bfu'], [2, 'bfu']],
				V2: [[0, 'luk'], [4, 'sikring'], [1, 'luk'], [3, 'bfu']]
			}),
			options: quick
		});
		const [v1, v2] = r.waves[0].perVignette;
		expect(v1.rwg.value).toBeCloseTo(2 / 3, 12);
		expect(v1.modal).toMatchObject({ value: 0.5, modes: [2] });
		expect(v1.mean.value).toBe(2);
		expect(v1.median.value).toBe(2);
		expect(v1.range).toEqual({ min: 1, max: 3 });
		expect(v1.steps.giniSimpson.value).toBeCloseTo(8 / 25, 12);
		expect(v1.stepJaccard.value).toBeCloseTo(0.75, 12);
		expect(v2.rwg.value).toBe(0);
		expect(v2.rwg.raw).toBeCloseTo(1 - 5 / 3, 12);
		expect(v2.modal).toMatchObject({ value: 0.25, modes: [0, 1, 3, 4] });
		// Steps seen: bfu, tidlig, luk, sikring → K = 4; V2 mentions luk 2, sikring 1, bfu 1:
		// GS = 1 − (4+1+1)/16 = 0.625, normalised 0.625/(1 − 1/4) = 5/6
		expect(v2.steps.normalised.value).toBeCloseTo(5 / 6, 12);
		expect(r.waves[0].summary.meanRwg.value).toBeCloseTo(1 / 3, 12);
		expect(r.waves[0].summary.meanModalShare.value).toBeCloseTo(0.375, 12);
	});

	it('a vignette with a single group: r_wg undefined, modal share 1', () => {
		const r = analyseConsistency({ levels: 5, assessments: rows('2024', { V1: [[2, 'bfu'], [2, 'bfu']], V2: [[4, '']] }), options: quick });
		const v2 = r.waves[0].perVignette[1];
		expect(v2.rwg).toMatchObject({ value: null, reason: 'too_few_values' });
		expect(v2.modal.value).toBe(1);
		expect(v2.stepJaccard).toMatchObject({ value: null, reason: 'too_few_groups' });
		expect(v2.steps.giniSimpson).toMatchObject({ value: null, reason: 'no_step_mentions' });
		// mean r_wg over the vignettes where it is defined: V1 only → 1
		expect(r.waves[0].summary.meanRwg.value).toBe(1);
	});

	it('uses the study scale: 4 levels → σ²_EU = 15/12', () => {
		// (0,1): s² = 0.5 → 1 − 0.5/1.25 = 0.6
		const r = analyseConsistency({ levels: 4, assessments: rows('w', { V1: [[0, ''], [1, '']] }), options: quick });
		expect(r.waves[0].perVignette[0].rwg.value).toBeCloseTo(0.6, 12);
	});
});

describe('input validation', () => {
	it('rejects bad levels, out-of-range concern, duplicates, bad options', () => {
		const ok = rows('w', { V1: [[1, ''], [2, '']] });
		expect(() => analyseConsistency({ levels: 1, assessments: ok })).toThrow(ConsistencyError);
		expect(() => analyseConsistency({ levels: 5, assessments: rows('w', { V1: [[5, '']] }) })).toThrow(/integer level 0–4/);
		expect(() => analyseConsistency({ levels: 5, assessments: rows('w', { V1: [[1.5, '']] }) })).toThrow(/integer level/);
		expect(() => analyseConsistency({ levels: 5, assessments: [...ok, ok[0]] })).toThrow(/repeats assessments\[0\]/);
		expect(() => analyseConsistency({ levels: 5, assessments: ok, options: { replicates: -1 } })).toThrow(/replicates/);
		expect(() => analyseConsistency({ levels: 5, assessments: ok, options: { confidence: 1 } })).toThrow(/confidence/);
		try {
			analyseConsistency({ levels: 5, assessments: [...ok, ok[1]] });
		} catch (e) {
			expect(e).toBeInstanceOf(ConsistencyError);
			expect((e as ConsistencyError).code).toBe('duplicate_assessment');
			expect((e as ConsistencyError).params).toMatchObject({ index: 2, first: 1 });
		}
	});
	it('accepts a null concern (steps still count)', () => {
		const r = analyseConsistency({ levels: 5, assessments: rows('w', { V1: [[null, 'bfu'], [2, 'bfu'], [2, 'luk']] }), options: quick });
		const v = r.waves[0].perVignette[0];
		expect(v.concerns).toEqual([2, 2]);
		expect(v.steps.mentions).toBe(3);
	});
});
