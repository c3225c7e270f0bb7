import { describe, expect, it } from 'vitest';
import { jaccard, jensenShannon, mean, meanPairwiseJaccard, median, modalShare, range, rwg, sampleVariance, stepDiversity } from './stats';
import { ConsistencyError } from './types';

describe('r_wg', () => {
	it('1 − s²/σ²_EU with σ²_EU = (A²−1)/12', () => {
		// A = 5 → σ²_EU = 24/12 = 2. [1,3,2]: mean 2, s² = (1+1+0)/2 = 1 → 1 − 1/2 = 0.5
		expect(rwg([1, 3, 2], 5)).toMatchObject({ value: 0.5, raw: 0.5, expectedVariance: 2, n: 3 });
		// [2,2,1]: mean 5/3, s² = (1/9+1/9+4/9)/2 = 1/3 → 1 − (1/3)/2 = 5/6
		expect(rwg([2, 2, 1], 5).value).toBeCloseTo(5 / 6, 12);
		// Full agreement: s² = 0 → 1
		expect(rwg([3, 3, 3, 3], 5).value).toBe(1);
		// A = 3 → σ²_EU = 8/12 = 2/3. [0,1]: s² = 0.5 → 1 − 0.75 = 0.25
		expect(rwg([0, 1], 3).value).toBeCloseTo(0.25, 12);
	});
	it('truncates to 0 when the spread exceeds the uniform null, keeping the raw value', () => {
		// [0,4]: mean 2, s² = (4+4)/1 = 8 → raw 1 − 8/2 = −3 → 0
		const r = rwg([0, 4], 5);
		expect(r.value).toBe(0);
		expect(r.raw).toBe(-3);
	});
	it('is undefined with fewer than two values', () => {
		expect(rwg([3], 5)).toMatchObject({ value: null, reason: 'too_few_values', raw: null, n: 1 });
		expect(rwg([], 5)).toMatchObject({ value: null, reason: 'too_few_values', n: 0 });
	});
	it('rejects a scale with fewer than two levels', () => {
		expect(() => rwg([1, 2], 1)).toThrow(ConsistencyError);
		expect(() => rwg([1, 2], 2.5)).toThrow(/integer number of levels/);
	});
});

describe('modal share, mean, median, range', () => {
	it('reports the share and every mode on ties', () => {
		// [2,2,3,3,1]: 2 and 3 both twice → share 2/5, modes [2,3]
		expect(modalShare([2, 2, 3, 3, 1])).toEqual({ value: 0.4, modes: [2, 3], modalCount: 2, n: 5 });
		// [3,1,3]: mode 3 twice → 2/3
		expect(modalShare([3, 1, 3])).toMatchObject({ value: 2 / 3, modes: [3] });
		expect(modalShare([4])).toMatchObject({ value: 1, modes: [4] });
		expect(modalShare([])).toMatchObject({ value: null, reason: 'no_values', modes: [] });
	});
	it('mean, median, sample variance and range', () => {
		// [1,2,3,10]: mean 16/4 = 4, median (2+3)/2 = 2.5
		expect(mean([1, 2, 3, 10]).value).toBe(4);
		expect(median([10, 1, 3, 2]).value).toBe(2.5);
		expect(median([3, 1, 2]).value).toBe(2);
		// s² of [1,2,3,10] = (9+4+1+36)/3 = 50/3
		expect(sampleVariance([1, 2, 3, 10]).value).toBeCloseTo(50 / 3, 12);
		expect(range([3, 0, 4, 2])).toEqual({ min: 0, max: 4 });
		expect(range([])).toBeNull();
		expect(mean([])).toEqual({ value: null, reason: 'no_values' });
		expect(median([])).toEqual({ value: null, reason: 'no_values' });
	});
});

describe('Gini–Simpson diversity of steps', () => {
	it('1 − Σ p_k² over mentions, and normalised by 1 − 1/K', () => {
		// mentions: bfu 2, tidlig 1, luk 1 (4 in all) → Σp² = (4+1+1)/16 = 6/16 → GS = 10/16 = 0.625
		// K = 9 steps → max 8/9 → normalised 0.625·9/8 = 0.703125
		const d = stepDiversity([['bfu', 'tidlig'], ['bfu'], ['luk']], 9);
		expect(d.giniSimpson.value).toBeCloseTo(0.625, 12);
		expect(d.normalised.value).toBeCloseTo(0.703125, 12);
		expect(d.counts).toEqual({ bfu: 2, tidlig: 1, luk: 1 });
		expect(d.mentions).toBe(4);
	});
	it('is 0 when every group chose the same single step; duplicates within a set count once', () => {
		expect(stepDiversity([['bfu'], ['bfu', 'bfu']]).giniSimpson.value).toBe(0);
	});
	it('defaults K to the distinct steps seen; undefined without mentions or with K < 2', () => {
		// two steps, equal shares → GS 0.5 = its maximum 1 − 1/2 → normalised 1
		expect(stepDiversity([['a'], ['b']]).normalised.value).toBe(1);
		expect(stepDiversity([[], []]).giniSimpson).toEqual({ value: null, reason: 'no_step_mentions' });
		expect(stepDiversity([['a']], 1).normalised).toEqual({ value: null, reason: 'too_few_step_categories' });
	});
});

describe('Jaccard similarity of step sets', () => {
	it('per pair and averaged over pairs', () => {
		// {bfu,tidlig} vs {bfu}: 1/2
		expect(jaccard(['bfu', 'tidlig'], ['bfu'])).toBe(0.5);
		expect(jaccard([], [])).toBe(1);
		expect(jaccard(['luk'], [])).toBe(0);
		// pairs: (bt,b) 1/2, (bt,l) 0, (b,l) 0 → mean 1/6
		const m = meanPairwiseJaccard([['bfu', 'tidlig'], ['bfu'], ['luk']]);
		expect(m.value).toBeCloseTo(1 / 6, 12);
		expect(m.pairs).toBe(3);
		expect(meanPairwiseJaccard([['bfu']])).toMatchObject({ value: null, reason: 'too_few_groups' });
	});
});

describe('Jensen–Shannon divergence (base 2)', () => {
	it('identical profiles → 0 (also when counts differ in scale)', () => {
		expect(jensenShannon({ a: 2, b: 2 }, { a: 1, b: 1 }).value).toBe(0);
	});
	it('disjoint profiles → 1', () => {
		expect(jensenShannon({ a: 3 }, { b: 5 }).value).toBeCloseTo(1, 12);
	});
	it('hand-computed middle cases', () => {
		// P = (½,½,0), Q = (0,½,½), M = (¼,½,¼): KL(P‖M) = ½·log2 2 + ½·log2 1 = ½, KL(Q‖M) = ½ → JSD = ½
		expect(jensenShannon({ a: 1, b: 1, c: 0 }, { b: 1, c: 1 }).value).toBeCloseTo(0.5, 12);
		// P = (1,0), Q = (½,½), M = (¾,¼): KL(P‖M) = log2(4/3) = 0.415037; KL(Q‖M) = ½log2(2/3) + ½log2 2 = 0.207519
		// JSD = ½(0.415037 + 0.207519) = 0.311278
		expect(jensenShannon({ a: 1 }, { a: 1, b: 1 }).value).toBeCloseTo(0.311278, 6);
	});
	it('is undefined when a profile has no counts, and rejects negative counts', () => {
		expect(jensenShannon({ a: 0 }, { a: 1 })).toEqual({ value: null, reason: 'no_codes' });
		expect(() => jensenShannon({ a: -1 }, { a: 1 })).toThrow(ConsistencyError);
	});
});
