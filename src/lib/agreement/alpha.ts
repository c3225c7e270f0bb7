// Krippendorff's alpha: coincidence matrix in one pass over per-unit value counts, then D_o / D_e.
import { encodeRatings, type EncodedRatings } from './encode';
import { undef, type Category, type Coefficient, type Level, type RawValue, type UndefinedCode } from './types';

export type AlphaResult = {
	value: number | null;
	reason?: string;
	code?: UndefinedCode;
	level: Level;
	/** Observed disagreement D_o (null when no pairable values). */
	observed: number | null;
	/** Expected disagreement D_e. */
	expected: number | null;
	/** n: number of pairable values (values in units with at least two values). */
	pairable: number;
	pairableUnits: number;
	units: number;
	coders: number;
	categories: Category[];
	/** Per-category ("binary") alpha keyed by String(category); null when undefined. */
	perCategory: Record<string, number | null>;
	/** q × q coincidence matrix, row-major, indexed like `categories`. */
	coincidence: Float64Array;
	/** n_c: row sums of the coincidence matrix. */
	marginals: Float64Array;
};

export type Coincidence = { o: Float64Array; q: number; pairableUnits: number };

/** o_ck = Σ_u a_uc·a_uk/(m_u−1), o_cc = Σ_u a_uc(a_uc−1)/(m_u−1). */
export function coincidenceFromCodes(codes: Int32Array, units: number, coders: number, q: number): Coincidence {
	const o = new Float64Array(q * q);
	let pairableUnits = 0;
	if (coders === 2) {
		// Two coders: each pairable unit adds one ordered pair each way.
		for (let u = 0, i = 0; u < units; u++, i += 2) {
			const a = codes[i];
			const b = codes[i + 1];
			if (a < 0 || b < 0) continue;
			o[a * q + b] += 1;
			o[b * q + a] += 1;
			pairableUnits++;
		}
		return { o, q, pairableUnits };
	}
	const dv = new Int32Array(coders);
	const dc = new Int32Array(coders);
	for (let u = 0; u < units; u++) {
		const base = u * coders;
		let d = 0;
		let m = 0;
		for (let c = 0; c < coders; c++) {
			const v = codes[base + c];
			if (v < 0) continue;
			m++;
			let j = 0;
			while (j < d && dv[j] !== v) j++;
			if (j === d) {
				dv[d] = v;
				dc[d] = 1;
				d++;
			} else dc[j]++;
		}
		if (m < 2) continue;
		pairableUnits++;
		const w = 1 / (m - 1);
		for (let j = 0; j < d; j++) {
			const cj = dv[j];
			const aj = dc[j];
			o[cj * q + cj] += aj * (aj - 1) * w;
			for (let k = j + 1; k < d; k++) {
				const x = aj * dc[k] * w;
				o[cj * q + dv[k]] += x;
				o[dv[k] * q + cj] += x;
			}
		}
	}
	return { o, q, pairableUnits };
}

/** δ²_ck for the level; ordinal uses prefix sums over n_c. */
export function metricMatrix(level: Level, q: number, values: Float64Array | null, marginals: Float64Array): Float64Array {
	const d = new Float64Array(q * q);
	if (level === 'nominal') {
		for (let c = 0; c < q; c++) for (let k = 0; k < q; k++) d[c * q + k] = c === k ? 0 : 1;
		return d;
	}
	if (level === 'ordinal') {
		const prefix = new Float64Array(q + 1);
		for (let g = 0; g < q; g++) prefix[g + 1] = prefix[g] + marginals[g];
		for (let c = 0; c < q; c++)
			for (let k = c + 1; k < q; k++) {
				const x = prefix[k + 1] - prefix[c] - (marginals[c] + marginals[k]) / 2;
				d[c * q + k] = d[k * q + c] = x * x;
			}
		return d;
	}
	const v = values ?? Float64Array.from({ length: q }, (_, i) => i);
	for (let c = 0; c < q; c++)
		for (let k = c + 1; k < q; k++) {
			let x: number;
			if (level === 'interval') x = v[c] - v[k];
			else x = v[c] + v[k] === 0 ? 0 : (v[c] - v[k]) / (v[c] + v[k]);
			d[c * q + k] = d[k * q + c] = x * x;
		}
	return d;
}

export type AlphaCore = {
	value: number | null;
	reason?: string;
	code?: UndefinedCode;
	observed: number | null;
	expected: number | null;
	n: number;
	marginals: Float64Array;
};

/** α from a coincidence matrix: 1 − D_o/D_e with D_o = Σ o δ²/n and D_e = Σ n_c n_k δ²/(n(n−1)). */
export function alphaFromCoincidence(o: Float64Array, q: number, level: Level, values: Float64Array | null): AlphaCore {
	const marginals = new Float64Array(q);
	let n = 0;
	for (let c = 0; c < q; c++) {
		let s = 0;
		for (let k = 0; k < q; k++) s += o[c * q + k];
		marginals[c] = s;
		n += s;
	}
	// Coincidences are sums of fractions: snap float dust so n < 2 is detected exactly.
	n = Math.round(n * 1e9) / 1e9;
	if (n < 2) return { ...undef('too_few_pairable', 'fewer than two pairable values'), observed: null, expected: null, n, marginals };
	let num = 0;
	let den = 0;
	if (level === 'nominal') {
		let diag = 0;
		let sq = 0;
		for (let c = 0; c < q; c++) {
			diag += o[c * q + c];
			sq += marginals[c] * marginals[c];
		}
		num = n - diag;
		den = n * n - sq;
	} else {
		const d = metricMatrix(level, q, values, marginals);
		for (let c = 0; c < q; c++)
			for (let k = 0; k < q; k++) {
				const dd = d[c * q + k];
				if (dd === 0) continue;
				num += o[c * q + k] * dd;
				den += marginals[c] * marginals[k] * dd;
			}
	}
	const observed = num / n;
	const expected = den / (n * (n - 1));
	if (!(expected > 1e-12 * Math.max(1, observed)))
		return { ...undef('no_variation', 'no expected disagreement: all pairable values are equal'), observed, expected, n, marginals };
	return { value: 1 - observed / expected, observed, expected, n, marginals };
}

/** α_c = 1 − (n−1)(n_c − o_cc)/(n_c(n − n_c)). */
export function perCategoryAlpha(o: Float64Array, q: number, marginals: Float64Array, n: number): (number | null)[] {
	const out: (number | null)[] = [];
	for (let c = 0; c < q; c++) {
		const nc = marginals[c];
		if (nc <= 1e-12 || n - nc <= 1e-9) out.push(null);
		else out.push(1 - ((n - 1) * (nc - o[c * q + c])) / (nc * (n - nc)));
	}
	return out;
}

export function alphaFromEncoded(enc: EncodedRatings, level: Level = 'nominal'): AlphaResult {
	const q = enc.categories.length;
	const { o, pairableUnits } = coincidenceFromCodes(enc.codes, enc.units, enc.coders, q);
	const core = alphaFromCoincidence(o, q, level, enc.values);
	const per = core.n >= 2 ? perCategoryAlpha(o, q, core.marginals, core.n) : enc.categories.map(() => null);
	const perCategory: Record<string, number | null> = {};
	enc.categories.forEach((c, i) => (perCategory[String(c)] = per[i]));
	let head: Coefficient = core.value === null ? undef(core.code!, core.reason!) : { value: core.value };
	if (enc.units === 0) head = undef('no_data', 'no units');
	else if (enc.coders < 2) head = undef('too_few_coders', 'alpha needs at least two coders');
	return {
		...head,
		level,
		observed: core.observed,
		expected: core.expected,
		pairable: core.n,
		pairableUnits,
		units: enc.units,
		coders: enc.coders,
		categories: enc.categories,
		perCategory,
		coincidence: o,
		marginals: core.marginals
	};
}

/** Krippendorff's α for a units × coders matrix (null / undefined / '' = missing). */
export function krippendorffAlpha(data: ReadonlyArray<ReadonlyArray<RawValue>>, options: { level?: Level } = {}): AlphaResult {
	const level = options.level ?? 'nominal';
	return alphaFromEncoded(encodeRatings(data, level), level);
}
