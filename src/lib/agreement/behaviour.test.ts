// Undefined cases, bootstrap determinism, the binary fast path against the general path, CSV, bands.
import { describe, expect, it } from 'vitest';
import {
	AgreementError,
	binaryAgreement,
	binaryAgreementSparse,
	bootstrapAlpha,
	cohenKappa,
	createRng,
	encodeRatings,
	fleissBand,
	fleissKappa,
	gwetAC,
	krippendorffAlpha,
	krippendorffBand,
	landisKoch,
	parseCsv,
	pooledBinary,
	ratingCounts,
	scottPi,
	summarizeAgreement
} from './index';

describe('undefined results are explicit', () => {
	it('only one category used', () => {
		const r = krippendorffAlpha([
			['a', 'a'],
			['a', 'a']
		]);
		expect(r).toMatchObject({ value: null, code: 'no_variation' });
		expect(r.observed).toBe(0);
		expect(r.perCategory).toEqual({ a: null });
		const k = cohenKappa([[5]]);
		expect(k).toMatchObject({ value: null, code: 'no_variation', se: null, ci: null });
		expect(scottPi([[5]]).value).toBeNull();
		expect(fleissKappa(ratingCounts(encodeRatings([['a', 'a']]))).code).toBe('no_variation');
		expect(gwetAC(ratingCounts(encodeRatings([['a', 'a']]))).code).toBe('single_category');
	});
	it('fewer than two pairable values, no data, one coder', () => {
		expect(krippendorffAlpha([['a', null], [null, 'b']])).toMatchObject({ value: null, code: 'too_few_pairable', pairable: 0 });
		expect(krippendorffAlpha([])).toMatchObject({ value: null, code: 'no_data' });
		expect(krippendorffAlpha([['a'], ['b']])).toMatchObject({ value: null, code: 'too_few_coders' });
		expect(cohenKappa([[0, 0], [0, 0]])).toMatchObject({ value: null, code: 'no_data' });
		const s = summarizeAgreement([['a', null]]);
		expect(s.percentAgreement).toBeNull();
		expect(s.gwetAC1.code).toBe('too_few_pairable');
	});
	it('never NaN: a single disagreeing unit gives α = 0', () => {
		const r = krippendorffAlpha([['a', 'b']]);
		expect(r.value).toBe(0);
	});
	it('numeric levels reject text with a stable code', () => {
		try {
			krippendorffAlpha([[1, 'x']], { level: 'interval' });
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(AgreementError);
			expect((e as AgreementError).code).toBe('non_numeric_value');
			expect((e as AgreementError).params).toMatchObject({ unit: 1, coder: 2 });
		}
	});
	it('missing values: null, undefined, empty and blank strings', () => {
		const enc = encodeRatings([['1', '', null, undefined, '  ']]);
		expect(Array.from(enc.codes)).toEqual([0, -1, -1, -1, -1]);
	});
});

describe('bootstrap', () => {
	const rng = createRng(7);
	const data = Array.from({ length: 200 }, () => {
		const t = Math.floor(rng() * 3);
		return [t, rng() < 0.8 ? t : Math.floor(rng() * 3), rng() < 0.1 ? null : t];
	});
	it('is deterministic for a seed and reports replicates and q', () => {
		const a = bootstrapAlpha(data, { replicates: 300, seed: 42 });
		const b = bootstrapAlpha(data, { replicates: 300, seed: 42 });
		const c = bootstrapAlpha(data, { replicates: 300, seed: 43 });
		expect(a.ci).toEqual(b.ci);
		expect(a.ci).not.toEqual(c.ci);
		expect(a.replicates).toBe(300);
		expect(a.seed).toBe(42);
		expect(a.ci![0]).toBeLessThan(a.value!);
		expect(a.ci![1]).toBeGreaterThan(a.value!);
		expect(Object.keys(a.q)).toEqual(['0.9', '0.8', '0.7', '0.667', '0.6', '0.5']);
		expect(a.q['0.9']).toBeGreaterThanOrEqual(a.q['0.5']);
	});
	it('too few units gives no CI', () => {
		const r = bootstrapAlpha([['a', 'b']], { replicates: 10 });
		expect(r.ci).toBeNull();
		expect(r.code).toBe('too_few_units');
	});
	it('PRNG is reproducible and in [0, 1)', () => {
		const x = createRng(1);
		const y = createRng(1);
		for (let i = 0; i < 100; i++) {
			const v = x();
			expect(v).toBe(y());
			expect(v >= 0 && v < 1).toBe(true);
		}
	});
});

describe('binary fast path matches the general coefficients', () => {
	const T = 500;
	const coders = 4;
	const rng = createRng(11);
	const codes = ['a', 'b', 'c'].map((key, ci) => ({
		key,
		coders: Array.from({ length: coders }, () => Uint8Array.from({ length: T }, (_, t) => ((t * (ci + 3)) % 7 < 2 ? (rng() < 0.9 ? 1 : 0) : rng() < 0.05 ? 1 : 0)))
	}));
	const rated = Array.from({ length: coders }, () => Uint8Array.from({ length: T }, () => (rng() < 0.85 ? 1 : 0)));
	it('dense and sparse agree with α, Fleiss, AC1 from the matrix', () => {
		const dense = binaryAgreement(T, codes, { rated });
		const sparse = binaryAgreementSparse(
			T,
			coders,
			codes.map((c) => ({ key: c.key, coders: c.coders.map((x) => [...x.keys()].filter((t) => x[t])) })),
			{ rated }
		);
		codes.forEach((code, i) => {
			const data = Array.from({ length: T }, (_, t) => code.coders.map((x, j) => (rated[j][t] ? x[t] : null)));
			const s = summarizeAgreement(data);
			expect(dense[i].alpha.value).toBeCloseTo(s.alpha.value!, 10);
			expect(dense[i].fleissKappa.value).toBeCloseTo(s.fleiss.value!, 10);
			expect(dense[i].gwetAC1.value).toBeCloseTo(s.gwetAC1.value!, 10);
			expect(dense[i].percentAgreement).toBeCloseTo(s.percentAgreement!, 10);
			expect(sparse[i].alpha.value).toBeCloseTo(dense[i].alpha.value!, 12);
		});
	});
	it('pooling sums codes as (turn, code) units; two coders give Cohen κ', () => {
		const two = codes.map((c) => ({ key: c.key, coders: c.coders.slice(0, 2) }));
		const res = binaryAgreement(T, two);
		const pooled = pooledBinary('all', res, 2);
		const data: number[][] = [];
		for (const c of two) for (let t = 0; t < T; t++) data.push([c.coders[0][t], c.coders[1][t]]);
		const s = summarizeAgreement(data);
		expect(pooled.alpha.value).toBeCloseTo(s.alpha.value!, 10);
		expect(pooled.cohenKappa!.value).toBeCloseTo(s.cohen!.value!, 10);
		expect(res[0].cohenKappa!.value).toBeCloseTo(summarizeAgreement(Array.from({ length: T }, (_, t) => [two[0].coders[0][t], two[0].coders[1][t]])).cohen!.value!, 10);
	});
	it('a code nobody used is undefined', () => {
		const r = binaryAgreement(10, [{ key: 'z', coders: [new Uint8Array(10), new Uint8Array(10)] }])[0];
		expect(r.alpha).toMatchObject({ value: null, code: 'no_variation' });
		expect(r.percentAgreement).toBe(1);
	});
});

describe('CSV reader', () => {
	it('BOM, CRLF, quotes, doubled quotes, embedded newlines, line numbers', () => {
		const rows = parseCsv('\ufeffa,b\r\n"x, y","say ""hi"""\r\n\r\n"multi\nline",2\n3,');
		expect(rows.map((r) => r.fields)).toEqual([['a', 'b'], ['x, y', 'say "hi"'], ['multi\nline', '2'], ['3', '']]);
		expect(rows.map((r) => r.line)).toEqual([1, 2, 4, 6]);
	});
	it('unterminated quote names the line', () => {
		expect(() => parseCsv('a,b\n1,"oops\n')).toThrow(/line 2/);
	});
});

describe('interpretation bands', () => {
	it('returns stable keys', () => {
		expect(landisKoch(-0.1)).toBe('poor');
		expect(landisKoch(0.2)).toBe('slight');
		expect(landisKoch(0.61)).toBe('substantial');
		expect(landisKoch(0.9)).toBe('almost_perfect');
		expect(krippendorffBand(0.8)).toBe('reliable');
		expect(krippendorffBand(0.7)).toBe('tentative');
		expect(krippendorffBand(0.5)).toBe('unreliable');
		expect(fleissBand(0.76)).toBe('excellent');
		expect(fleissBand(0.5)).toBe('fair_to_good');
		expect(landisKoch(null)).toBeNull();
	});
});
