// Reference values from /work/shared/agreement.md §2 (R1, R5, R8), to the printed precision.
import { describe, expect, it } from 'vitest';
import {
	brennanPrediger,
	brennanPredigerPair,
	cohenKappa,
	encodeRatings,
	fleissKappa,
	gwetAC,
	gwetACPair,
	krippendorffAlpha,
	percentAgreement,
	percentAgreementPair,
	ratingCounts,
	scottPi,
	summarizeAgreement
} from './index';

const close = (actual: number | null | undefined, expected: number, digits: number) => {
	expect(actual).not.toBeNull();
	expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-12);
};

// R1: Krippendorff (2011); rows = units 1–12, columns = coders A–D.
const A = [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null];
const B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3];
const C = [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null];
const D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null];
export const R1 = A.map((_, i) => [A[i], B[i], C[i], D[i]]);

describe('R1 Krippendorff (2011)', () => {
	it('nominal α, D_o, D_e', () => {
		const r = krippendorffAlpha(R1, { level: 'nominal' });
		close(r.value, 0.7434, 4);
		close(r.observed, 0.2, 4);
		close(r.expected, 0.7795, 4);
		expect(r.pairable).toBe(40);
		expect(r.pairableUnits).toBe(11);
	});
	it('ordinal, interval, ratio α', () => {
		close(krippendorffAlpha(R1, { level: 'ordinal' }).value, 0.8154, 4);
		const iv = krippendorffAlpha(R1, { level: 'interval' });
		close(iv.value, 0.8491, 4);
		close(iv.observed, 0.4333, 4);
		close(iv.expected, 2.8718, 4);
		close(krippendorffAlpha(R1, { level: 'ratio' }).value, 0.7974, 4);
	});
	it('coincidence matrix and n_c', () => {
		const r = krippendorffAlpha(R1);
		const t = 1 / 3;
		const f = 4 / 3;
		const expected = [7, f, t, t, 0, f, 10, f, t, 0, t, f, 8, t, 0, t, t, t, 4, 0, 0, 0, 0, 0, 3];
		expect(r.categories).toEqual([1, 2, 3, 4, 5]);
		expected.forEach((x, i) => expect(r.coincidence[i]).toBeCloseTo(x, 12));
		expect(Array.from(r.marginals)).toEqual([9, 13, 10, 5, 3].map((x) => expect.closeTo(x, 12)));
	});
	it('per-category α', () => {
		const r = krippendorffAlpha(R1);
		[0.7204, 0.6667, 0.74, 0.7771, 1.0].forEach((x, i) => close(r.perCategory[String(i + 1)], x, 4));
	});
	it('irrCAC values: percent agreement, AC1 (+SE), Fleiss generalised, Brennan–Prediger', () => {
		const rc = ratingCounts(encodeRatings(R1));
		close(percentAgreement(rc), 0.8181818, 7);
		const ac1 = gwetAC(rc);
		close(ac1.expected, 0.1903212, 7);
		close(ac1.value, 0.77544, 5);
		close(ac1.se, 0.14295, 5);
		const fl = fleissKappa(rc);
		close(fl.expected, 0.2387153, 7);
		close(fl.value, 0.76117, 5);
		const bp = brennanPrediger(rc);
		close(bp.expected, 0.2, 7);
		close(bp.value, 0.77273, 5);
		close(krippendorffAlpha(R1).value, 0.74342, 5);
	});
});

// R5: Fleiss (1971), 30 subjects × 6 raters.
const R5 = '444444 222555 233335 555555 222444 113333 333355 113334 114444 555555 144444 124444 222333 144444 224445 333335 111455 111112 224444 133555 555555 244444 224555 114444 144445 222224 111155 224444 133333 555555'
	.split(' ')
	.map((s) => s.split('').map(Number));

describe('R5 Fleiss (1971) diagnoses', () => {
	const rc = ratingCounts(encodeRatings(R5));
	const fl = fleissKappa(rc);
	it('κ, z, SE0, P̄, P̄_e', () => {
		close(fl.value, 0.4302445, 7);
		close(fl.z, 17.65183, 5);
		close(fl.se0, 0.024374, 6);
		close(fl.observed, 0.5556, 4);
		close(fl.expected, 0.2199, 4);
	});
	it('per-category κ_j (and within DKPro tolerance)', () => {
		[0.245, 0.245, 0.52, 0.471, 0.566].forEach((x, i) => close(fl.perCategory[i], x, 3));
		[0.248, 0.248, 0.517, 0.47, 0.565].forEach((x, i) => expect(Math.abs(fl.perCategory[i]! - x)).toBeLessThanOrEqual(0.005));
	});
	it('α nominal, AC1, Brennan–Prediger', () => {
		close(krippendorffAlpha(R5).value, 0.4334, 4);
		close(gwetAC(rc).value, 0.4479, 4);
		close(brennanPrediger(rc).value, 0.4444, 4);
	});
});

describe('R8 two-coder tables', () => {
	const sas = [
		[0, 4, 1],
		[0, 8, 0],
		[0, 1, 5]
	];
	it('SAS unweighted κ: ASE, CI, null ASE, z', () => {
		const k = cohenKappa(sas);
		close(k.value, 0.4842, 4);
		close(k.se, 0.138, 4);
		close(k.ci![0], 0.2137, 4);
		close(k.ci![1], 0.7547, 4);
		close(k.se0, 0.1484, 4);
		close(k.z, 3.2626, 4);
	});
	it('SAS linear-weighted κ (scores 0,1,2)', () => {
		const k = cohenKappa(sas, { weights: 'linear', scores: [0, 1, 2] });
		expect(k.weighted).toBe(true);
		close(k.value, 0.4701, 4);
		close(k.se, 0.1457, 4);
		close(k.ci![0], 0.1845, 4);
		close(k.ci![1], 0.7558, 4);
		close(k.se0, 0.1426, 4);
		close(k.z, 3.2971, 4);
	});
	it('irrCAC cont3x3abstractors', () => {
		const t = [
			[13, 0, 0],
			[0, 20, 7],
			[0, 4, 56]
		];
		const k = cohenKappa(t);
		close(k.value, 0.7964094, 7);
		close(k.se, 0.05891072, 8);
		close(scottPi(t).value, 0.7962397, 7);
		close(gwetACPair(t).value, 0.8493305, 7);
		close(brennanPredigerPair(t).value, 0.835, 3);
		close(percentAgreementPair(t), 0.89, 2);
		// α from the same table expanded to 100 units × 2 coders
		const rows: number[][] = [];
		t.forEach((r, i) => r.forEach((n, j) => { for (let x = 0; x < n; x++) rows.push([i, j]); }));
		close(krippendorffAlpha(rows).value, 0.7972585, 7);
		const s = summarizeAgreement(rows);
		close(s.cohen!.value, 0.7964094, 7);
		close(s.scottPi!.value, 0.7962397, 7);
	});
	it('quadratic weights equal Krippendorff-style interval agreement structure (sanity: weights change κ)', () => {
		const lin = cohenKappa(sas, { weights: 'linear' }).value!;
		const quad = cohenKappa(sas, { weights: 'quadratic' }).value!;
		expect(quad).not.toBeCloseTo(lin, 3);
		// custom matrix equal to linear reproduces linear
		const custom = cohenKappa(sas, { weights: [[1, 0.5, 0], [0.5, 1, 0.5], [0, 0.5, 1]] }).value!;
		expect(custom).toBeCloseTo(lin, 12);
	});
});
