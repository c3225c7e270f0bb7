// R9 (Krippendorff 2004 p.254, DKPro) and hand-worked cases for the u-α family and MAXQDA segment agreement.
import { describe, expect, it } from 'vitest';
import { AgreementError, overlapRatio, segmentAgreement, uAlphaFamily, unitizedAlpha, unitizedDistance, type CodedSegment } from './index';

const u = (coder: number, category: string, begin: number, length: number) => ({ coder, category, begin, length });
const R9 = [u(0, 'c', 225, 70), u(0, 'c', 370, 30), u(0, 'k', 180, 60), u(0, 'k', 300, 50), u(1, 'c', 220, 80), u(1, 'c', 355, 20), u(1, 'c', 400, 20), u(1, 'k', 180, 60), u(1, 'k', 300, 50)];

describe('unitized α (R9)', () => {
	const r = unitizedAlpha({ begin: 150, length: 300, units: R9 });
	it('per category and DKPro overall', () => {
		expect(r.categories.c.value).toBeCloseTo(0.728599, 6);
		expect(r.categories.c.observed).toBeCloseTo(0.0144444, 7);
		expect(r.categories.c.expected).toBeCloseTo(0.0532218, 7);
		expect(r.categories.k.value).toBe(1);
		expect(r.categories.k.expected).toBeCloseTo(0.0489786, 7);
		expect(r.overall.value).toBeCloseTo(0.858665, 6);
		expect(Math.abs(r.overall.value! - 0.8591)).toBeLessThanOrEqual(0.0005);
	});
	it('distance unit tests', () => {
		expect(unitizedDistance(225, 70, true, 220, 80, true)).toBe(50);
		expect(unitizedDistance(370, 30, true, 355, 20, true)).toBe(850);
		expect(unitizedDistance(400, 50, false, 400, 20, true)).toBe(400);
		expect(unitizedDistance(400, 20, true, 400, 50, false)).toBe(400);
		expect(unitizedDistance(5, 6, true, 4, 2, true)).toBe(26);
		expect(unitizedDistance(5, 6, true, 6, 4, true)).toBe(2);
		expect(unitizedDistance(0, 5, true, 5, 5, true)).toBe(0); // touching, not overlapping
	});
	it('undefined and invalid cases', () => {
		const one = unitizedAlpha({ begin: 0, length: 10, units: [u(0, 'c', 0, 2)] });
		expect(one.overall).toMatchObject({ value: null, code: 'too_few_coders' });
		expect(() => unitizedAlpha({ begin: 0, length: 10, units: [u(0, 'c', 8, 5)] })).toThrow(AgreementError);
		expect(() => unitizedAlpha({ begin: 0, length: 10, units: [u(0, 'c', 0, 5), u(0, 'c', 3, 2), u(1, 'c', 0, 1)] })).toThrow(/overlap/);
		const empty = unitizedAlpha({ begin: 0, length: 10, units: [], coders: [0, 1] });
		expect(empty.overall).toMatchObject({ value: null, code: 'no_data' });
	});
});

describe('u-α family (hand-worked)', () => {
	// L = 10; coder A codes c on [0,4), coder B on [2,6).
	// Intersections: [0,2) c/φ, [2,4) c/c, [4,6) φ/c, [6,10) φ/φ → l_cc 4, l_cφ = l_φc 4, l_φφ 8 (both orders, m−1 = 1).
	// Σ len²: valued 16+16, φ adds len 6+2+4 → 44; denominator 20 − 44/20 = 17.8.
	// ε_cφ = 8·12/17.8; uα = 1 − 8/(2·96/17.8) = 1 − 142.4/192 = 0.2583333.
	const seg = (coder: string, value: string, begin: number, length: number) => ({ coder, value, begin, length });
	it('uα, |uα and (k)uα on one value', () => {
		const r = uAlphaFamily({ begin: 0, length: 10, segments: [seg('A', 'c', 0, 4), seg('B', 'c', 2, 4)] });
		expect(Array.from(r.matrix.observed)).toEqual([8, 4, 4, 4]);
		expect(r.matrix.denominator).toBeCloseTo(17.8, 12);
		expect(r.uAlpha.value).toBeCloseTo(1 - 142.4 / 192, 12);
		expect(r.binaryAlpha.value).toBeCloseTo(1 - 142.4 / 192, 12);
		expect(r.perValue.c.value).toBeCloseTo(1 - 142.4 / 192, 12);
		// a single value: nothing to disagree on once both coded
		expect(r.cuAlpha).toMatchObject({ value: null, code: 'no_variation' });
	});
	it('identical codings give 1 everywhere, like unitized α', () => {
		const segs = [seg('A', 'x', 0, 3), seg('A', 'y', 5, 2), seg('B', 'x', 0, 3), seg('B', 'y', 5, 2)];
		const r = uAlphaFamily({ begin: 0, length: 10, segments: segs });
		expect(r.uAlpha.value).toBe(1);
		expect(r.binaryAlpha.value).toBe(1);
		expect(r.cuAlpha.value).toBe(1);
		const old = unitizedAlpha({ begin: 0, length: 10, units: segs.map((s) => ({ coder: s.coder, category: s.value, begin: s.begin, length: s.length })) });
		expect(old.overall.value).toBe(1);
	});
	it('same text, different values: |uα = 1 while cuα < 0', () => {
		// A: x on [0,4), B: y on [0,4). l_xy = l_yx = 4, l_φφ = 12. cuα on {x,y}: observed 8, expected 2·4·4/8 = 4 → −1.
		const r = uAlphaFamily({ begin: 0, length: 10, segments: [seg('A', 'x', 0, 4), seg('B', 'y', 0, 4)] });
		expect(r.binaryAlpha.value).toBe(1);
		expect(r.cuAlpha.value).toBeCloseTo(-1, 12);
		expect(r.uAlpha.value!).toBeLessThan(0.5);
	});
	it('Cuα forgives disagreements inside a semantic domain', () => {
		// A: x [0,4), z [5,8); B: y [0,4), z [5,8). cuα: l_xy = l_yx = 4, l_zz = 6; margins 4, 4, 6 (14):
		// expected off-diagonal (14² − 16 − 16 − 36)/14 = 128/14 → cuα = 1 − 8·14/128 = 0.125. Domains {x,y}, {z}: Cuα = 1.
		const segs = [seg('A', 'x', 0, 4), seg('A', 'z', 5, 3), seg('B', 'y', 0, 4), seg('B', 'z', 5, 3)];
		const r = uAlphaFamily({ begin: 0, length: 10, segments: segs, domains: { x: 'D1', y: 'D1', z: 'D2' } });
		expect(r.cuAlpha.value).toBeCloseTo(0.125, 12);
		expect(r.CuAlpha!.value).toBe(1);
		expect(r.binaryAlpha.value).toBe(1);
		expect(r.perValue.z.value).toBe(1);
	});
	it('rejects overlapping values within one coder', () => {
		expect(() => uAlphaFamily({ begin: 0, length: 10, segments: [seg('A', 'x', 0, 4), seg('A', 'y', 2, 4), seg('B', 'x', 0, 4)] })).toThrow(AgreementError);
	});
});

describe('MAXQDA-style segment agreement', () => {
	const s = (coder: number, code: string, begin: number, end: number, document = 'd1'): CodedSegment => ({ coder, document, code, begin, end });
	it('overlap relative to the union', () => {
		expect(overlapRatio(0, 100, 0, 90)).toBeCloseTo(0.9, 12);
		expect(overlapRatio(0, 100, 10, 110)).toBeCloseTo(90 / 110, 12);
		expect(overlapRatio(0, 10, 10, 20)).toBe(0);
	});
	it('hand-worked table and Brennan–Prediger κ', () => {
		// x: [0,100) vs [0,95) → 95/100 ≥ .9, both agree (a += 2); coder 2's [400,410) unmatched.
		// y: [200,300) vs [250,300) → .5 < .9: one non-agreement each. a=2, b=1, c=2; P_o = 2/5; q = 2 → κ = (.4−.5)/.5 = −.2.
		const r = segmentAgreement([s(1, 'x', 0, 100), s(2, 'x', 0, 95), s(1, 'y', 200, 300), s(2, 'y', 250, 300), s(2, 'x', 400, 410)]);
		expect(r.codes.x).toMatchObject({ agreements: 2, nonAgreements: 1, total: 3, onlyFirst: 0, onlySecond: 1 });
		expect(r.codes.x.percent).toBeCloseTo(2 / 3, 12);
		expect(r.codes.y).toMatchObject({ agreements: 0, nonAgreements: 2, percent: 0 });
		expect(r.total).toMatchObject({ agreements: 2, nonAgreements: 3, total: 5 });
		expect(r.kappa.value).toBeCloseTo(-0.2, 12);
		// a lower threshold turns y into an agreement
		expect(segmentAgreement([s(1, 'y', 200, 300), s(2, 'y', 250, 300)], { threshold: 0.5 }).codes.y.agreements).toBe(2);
	});
	it('different documents never match; one code makes κ undefined', () => {
		const r = segmentAgreement([s(1, 'x', 0, 10, 'a'), s(2, 'x', 0, 10, 'b')]);
		expect(r.codes.x.agreements).toBe(0);
		expect(r.kappa).toMatchObject({ value: null, code: 'single_category' });
	});
});
