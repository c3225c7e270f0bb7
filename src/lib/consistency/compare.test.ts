import { describe, expect, it } from 'vitest';
import { analyseConsistency } from './analyse';
import type { GroupAssessment } from './types';

const M = ['K1', 'K2', 'K3', 'K4', 'K5', 'K6'];

function wave(name: string, levels: number[][], vignettePrefix = 'V'): GroupAssessment[] {
	return levels.flatMap((row, v) => row.map((concern, m) => ({ wave: name, municipality: M[m], vignette: `${vignettePrefix}${v + 1}`, concern, steps: [] })));
}

// 10 vignettes: in 'spread' the six groups scatter over the scale; in 'uniform' they all agree (level varies by vignette).
const spread = Array.from({ length: 10 }, (_, v) => [0, 4, 1, 3, 2, 4].map((x, m) => (x + v + m) % 5));
const uniform = Array.from({ length: 10 }, (_, v) => M.map(() => v % 5));

describe('wave comparison: bootstrap CI of Δα', () => {
	it('same seed → same CI; another seed → another CI', () => {
		const input = { levels: 5, assessments: [...wave('2002', spread), ...wave('2024', uniform)] };
		const a = analyseConsistency({ ...input, options: { replicates: 300, seed: 11 } }).comparison!;
		const b = analyseConsistency({ ...input, options: { replicates: 300, seed: 11 } }).comparison!;
		const c = analyseConsistency({ ...input, options: { replicates: 300, seed: 12 } }).comparison!;
		expect(a.concernAlpha.ci).not.toBeNull();
		expect(b.concernAlpha.ci).toEqual(a.concernAlpha.ci);
		expect(b.meanRwg.ci).toEqual(a.meanRwg.ci);
		expect(c.concernAlpha.ci).not.toEqual(a.concernAlpha.ci);
		expect(a).toMatchObject({ from: '2002', to: '2024', paired: true, requested: 300, seed: 11 });
		expect(a.concernAlpha.replicates + a.concernAlpha.undefinedReplicates).toBe(300);
	});

	it('Δ = α(to) − α(from), and Δ mean r_wg / modal share from the per-vignette values', () => {
		const r = analyseConsistency({ levels: 5, assessments: [...wave('2002', spread), ...wave('2024', uniform)], options: { replicates: 300 } });
		const c = r.comparison!;
		expect(c.concernAlpha.from).toBeCloseTo(r.waves[0].concernAlpha.value!, 12);
		expect(c.concernAlpha.to).toBe(1);
		expect(c.concernAlpha.delta.value).toBeCloseTo(1 - r.waves[0].concernAlpha.value!, 12);
		// 'uniform': r_wg = 1 and modal share = 1 on every vignette
		expect(c.meanRwg.to).toBe(1);
		expect(c.meanModalShare.to).toBe(1);
		expect(c.meanRwg.delta.value).toBeCloseTo(1 - r.waves[0].summary.meanRwg.value!, 12);
		expect(c.meanModalShare.delta.value).toBeCloseTo(1 - r.waves[0].summary.meanModalShare.value!, 12);
		const [lo, hi] = c.concernAlpha.ci!;
		expect(lo).toBeLessThanOrEqual(hi);
		expect(lo).toBeGreaterThan(0);
	});

	it('identical waves: Δ = 0, CI [0, 0], permutation p = 1', () => {
		const r = analyseConsistency({ levels: 5, assessments: [...wave('2002', spread), ...wave('2024', spread)], options: { replicates: 200 } });
		const c = r.comparison!;
		expect(c.concernAlpha.delta.value).toBe(0);
		expect(c.concernAlpha.ci).toEqual([0, 0]);
		// every permuted |Δ*| ≥ 0 = |Δ| → p = (1 + R)/(1 + R) = 1
		expect(c.concernAlpha.permutation.pValue).toBe(1);
		expect(c.concernAlpha.permutation.permutations).toBe(200);
	});

	it('strongly different waves → small permutation p', () => {
		const r = analyseConsistency({
			levels: 5,
			assessments: [...wave('2002', spread), ...wave('2024', uniform)],
			options: { replicates: 300, permutations: 500, seed: 3 }
		});
		const p = r.comparison!.concernAlpha.permutation;
		expect(p.pValue).not.toBeNull();
		expect(p.pValue!).toBeLessThan(0.01);
		expect(p.pValue!).toBeGreaterThanOrEqual(1 / 501);
		expect(p.requested).toBe(500);
	});

	it('permutation p is deterministic for a seed', () => {
		const mixed = spread.map((row, v) => (v % 2 ? row : uniform[v]));
		const input = { levels: 5, assessments: [...wave('2002', spread), ...wave('2024', mixed)], options: { replicates: 100, permutations: 300, seed: 5 } };
		expect(analyseConsistency(input).comparison!.concernAlpha.permutation).toEqual(analyseConsistency(input).comparison!.concernAlpha.permutation);
	});
});

describe('wave comparison: undefined cases and cautions', () => {
	it('single wave → comparison null', () => {
		expect(analyseConsistency({ levels: 5, assessments: wave('2024', spread), options: { replicates: 10 } }).comparison).toBeNull();
	});

	it('α undefined in a wave → Δ null with a reason, no p-value', () => {
		const flat = spread.map(() => M.map(() => 2));
		const c = analyseConsistency({ levels: 5, assessments: [...wave('2002', spread), ...wave('2024', flat)], options: { replicates: 50 } }).comparison!;
		expect(c.concernAlpha.delta).toEqual({ value: null, reason: 'undefined_in_wave' });
		expect(c.concernAlpha.ci).toBeNull();
		expect(c.concernAlpha.undefinedReplicates).toBe(50);
		expect(c.concernAlpha.permutation).toMatchObject({ pValue: null, reason: 'undefined_in_wave' });
	});

	it("'ci_unstable' when many resamples are undefined", () => {
		// 2024: V1, V2 all at 3, V3 (2,3,3): a resample without V3 has no variation → α undefined.
		// P(no V3 in 3 draws) = (2/3)³ ≈ 0.30 > 10 %.
		const r = analyseConsistency({
			levels: 5,
			assessments: [...wave('2002', [[1, 2, 3], [0, 2, 4], [3, 3, 1]]), ...wave('2024', [[3, 3, 3], [3, 3, 3], [2, 3, 3]])],
			options: { replicates: 1000, seed: 1 }
		});
		const c = r.comparison!;
		expect(c.concernAlpha.undefinedReplicates).toBeGreaterThan(100);
		expect(c.concernAlpha.undefinedReplicates).toBeLessThan(500);
		const codes = c.cautions.map((x) => x.code);
		expect(codes).toContain('ci_unstable');
		expect(codes).toContain('few_units');
		expect(codes).not.toContain('few_replicates');
	});

	it('only shared vignettes are compared (paired); disjoint vignette sets → unpaired bootstrap, no permutation test', () => {
		const from = [...wave('2002', spread.slice(0, 4))];
		const to = wave('2024', uniform.slice(0, 3));
		const c = analyseConsistency({ levels: 5, assessments: [...from, ...to], options: { replicates: 100 } }).comparison!;
		expect(c.vignettes).toEqual(['V1', 'V2', 'V3']);
		expect(c.paired).toBe(true);
		expect(c.cautions.map((x) => x.code)).toContain('vignettes_differ');
		const restricted = analyseConsistency({ levels: 5, assessments: wave('2002', spread.slice(0, 3)), options: { replicates: 10 } });
		expect(c.concernAlpha.from).toBeCloseTo(restricted.waves[0].concernAlpha.value!, 12);

		const u = analyseConsistency({ levels: 5, assessments: [...wave('2002', spread, 'X'), ...wave('2024', uniform)], options: { replicates: 100 } }).comparison!;
		expect(u.paired).toBe(false);
		expect(u.concernAlpha.ci).not.toBeNull();
		expect(u.concernAlpha.permutation).toMatchObject({ pValue: null, reason: 'no_shared_vignettes' });
		expect(u.cautions.map((x) => x.code)).toEqual(expect.arrayContaining(['unpaired', 'vignettes_differ']));
	});

	it('compares the first wave with the last of three', () => {
		const r = analyseConsistency({
			levels: 5,
			assessments: [...wave('2002', spread), ...wave('2010', spread), ...wave('2024', uniform)],
			options: { replicates: 20 }
		});
		expect(r.waves.map((w) => w.wave)).toEqual(['2002', '2010', '2024']);
		expect(r.comparison).toMatchObject({ from: '2002', to: '2024' });
		expect(r.comparison!.cautions.map((x) => x.code)).toContain('few_replicates');
	});
});
