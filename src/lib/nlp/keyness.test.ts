import { describe, expect, it } from 'vitest';
import { buildIndex } from './corpus-index';
import { chiSquareSurvival, compareFrequencies, keyness, logLikelihood, logRatio, percentDiff, significanceOf } from './keyness';

describe('log-likelihood G²', () => {
	it('matches hand-computed values', () => {
		// a=10, b=2, N1=N2=1000: E1 = E2 = 1000·12/2000 = 6.
		// G² = 2·(10·ln(10/6) + 2·ln(2/6)) = 2·(10·0.5108256238 + 2·(−1.0986122887))
		//    = 2·(5.108256238 − 2.197224577) = 2·2.911031660 = 5.822063321
		expect(logLikelihood(10, 2, 1000, 1000)).toBeCloseTo(5.822063321, 8);
		// a=50, b=10, N1=10,000, N2=20,000: E1 = 10,000·60/30,000 = 20, E2 = 20,000·60/30,000 = 40.
		// G² = 2·(50·ln(50/20) + 10·ln(10/40)) = 2·(50·0.9162907319 + 10·(−1.3862943611))
		//    = 2·(45.814536593 − 13.862943611) = 2·31.951592982 = 63.903185964
		expect(logLikelihood(50, 10, 10_000, 20_000)).toBeCloseTo(63.903185964, 8);
		// a=3, b=7, N1=1000, N2=4000: E1 = 1000·10/5000 = 2, E2 = 8.
		// G² = 2·(3·ln(1.5) + 7·ln(0.875)) = 2·(3·0.4054651081 + 7·(−0.1335313926))
		//    = 2·(1.216395324 − 0.934719748) = 2·0.281675576 = 0.563351152
		expect(logLikelihood(3, 7, 1000, 4000)).toBeCloseTo(0.563351152, 8);
	});

	it('treats a zero cell as contributing 0', () => {
		// a=5, b=0, N1=N2=1000: E1 = 2.5. G² = 2·5·ln(5/2.5) = 10·ln 2 = 6.931471806
		expect(logLikelihood(5, 0, 1000, 1000)).toBeCloseTo(6.931471806, 8);
		expect(logLikelihood(0, 0, 1000, 1000)).toBe(0);
		// Same relative frequency in both: no keyness.
		expect(logLikelihood(4, 8, 1000, 2000)).toBeCloseTo(0, 12);
	});
});

describe('%DIFF and log ratio', () => {
	it('matches hand-computed values', () => {
		// NF_A = 50/10,000 = 0.005, NF_B = 10/20,000 = 0.0005: (0.005 − 0.0005)·100/0.0005 = 900
		expect(percentDiff(50, 10, 10_000, 20_000)).toEqual({ value: expect.closeTo(900, 9), infinite: false });
		// NF_A = 1/1000, NF_B = 4/1000: (0.001 − 0.004)·100/0.004 = −75
		expect(percentDiff(1, 4, 1000, 1000).value).toBeCloseTo(-75, 10);
		// log2((50/10,000)/(10/20,000)) = log2(10)
		expect(logRatio(50, 10, 10_000, 20_000)).toBeCloseTo(Math.log2(10), 12);
	});

	it('flags the infinite case (absent from B) as null', () => {
		expect(percentDiff(5, 0, 1000, 1000)).toEqual({ value: null, infinite: true });
		expect(percentDiff(0, 5, 1000, 1000)).toEqual({ value: -100, infinite: false });
	});
});

describe('χ²(1) survival function', () => {
	it('gives the conventional p-values at the critical values', () => {
		expect(chiSquareSurvival(3.841458820694124)).toBeCloseTo(0.05, 12);
		expect(chiSquareSurvival(6.634896601021214)).toBeCloseTo(0.01, 12);
		expect(chiSquareSurvival(10.827566170662733)).toBeCloseTo(0.001, 12);
		expect(chiSquareSurvival(15.136705226623606) / 0.0001).toBeCloseTo(1, 10);
	});

	it('matches erfc(√(x/2)) at other points, and the edges', () => {
		// P(χ²₁ ≥ 1) = erfc(1/√2) = 0.31731050786291415; P(χ²₁ ≥ 0.5) = 0.47950012218695337
		expect(chiSquareSurvival(1)).toBeCloseTo(0.31731050786291415, 12);
		expect(chiSquareSurvival(0.5)).toBeCloseTo(0.47950012218695337, 12);
		expect(chiSquareSurvival(100) / 1.523970604832105e-23).toBeCloseTo(1, 8);
		expect(chiSquareSurvival(0)).toBe(1);
		expect(chiSquareSurvival(Infinity)).toBe(0);
		// df = 2: P = e^(−x/2)
		expect(chiSquareSurvival(4, 2)).toBeCloseTo(Math.exp(-2), 12);
	});

	it('maps G² to the common cut-offs', () => {
		expect(significanceOf(3.83)).toBeNull();
		expect(significanceOf(3.84)).toBe(0.05);
		expect(significanceOf(6.63)).toBe(0.01);
		expect(significanceOf(10.9)).toBe(0.001);
		expect(significanceOf(15.13)).toBe(0.0001);
	});
});

describe('keyness over an index', () => {
	// A: 10 × gruppemøde + 90 × sag (N1 = 100); B: 2 × gruppemøde + 98 × sag (N2 = 100).
	const index = buildIndex([
		{ id: 'a', text: 'gruppemøde '.repeat(10) + 'sag '.repeat(90) },
		{ id: 'b', text: 'gruppemøde '.repeat(2) + 'sag '.repeat(98) }
	]);

	it('reports G², p, %DIFF and direction both ways', () => {
		const k = keyness(index, { docs: ['a'] }, { docs: ['b'] });
		expect(k.totalA).toBe(100);
		expect(k.totalB).toBe(100);
		expect(k.terms).toBe(2);
		const [g] = k.overA;
		// Same arithmetic as (10, 2, 1000, 1000) above: E = 6 in both.
		expect(g).toMatchObject({ term: 'gruppemøde', countA: 10, countB: 2, direction: 'A', significance: 0.05, percentDiffInfinite: false });
		expect(g.g2).toBeCloseTo(5.822063321, 8);
		expect(g.p).toBeCloseTo(chiSquareSurvival(5.822063321), 10);
		// (0.10 − 0.02)·100/0.02 = 400
		expect(g.percentDiff).toBeCloseTo(400, 9);
		expect(g.relA).toBeCloseTo(1000, 9);
		const [s] = k.overB;
		// a=90, b=98, E=94: G² = 2·(90·ln(90/94) + 98·ln(98/94)) = 2·(−3.913660075 + 4.083924247) = 0.340528345
		expect(s).toMatchObject({ term: 'sag', direction: 'B', significance: null });
		expect(s.g2).toBeCloseTo(0.340528345, 8);
	});

	it('filters by minG2 and top, and works from frequency lists', () => {
		const k = keyness(index, { docs: ['a'] }, { docs: ['b'] }, { minG2: 3.84 });
		expect(k.overA.map((r) => r.term)).toEqual(['gruppemøde']);
		expect(k.overB).toEqual([]);
		const fa = { by: 'word' as const, total: 1000, rows: [{ term: 'x', display: 'x', count: 5, relative: 50 }] };
		const fb = { by: 'word' as const, total: 1000, rows: [{ term: 'y', display: 'y', count: 1, relative: 10 }] };
		const c = compareFrequencies(fa, fb, { top: 1 });
		expect(c.overA[0]).toMatchObject({ term: 'x', countB: 0, percentDiff: null, percentDiffInfinite: true });
		expect(c.overA[0].g2).toBeCloseTo(6.931471806, 8);
		expect(c.overB[0]).toMatchObject({ term: 'y', countA: 0, percentDiff: -100 });
	});
});
