// Two-coder coefficients from a q × q contingency table (rows = coder 1, columns = coder 2). O(N + q²).
import { normalQuantile, weightMatrix, type Weights } from './stats';
import { undef, type UndefinedCode } from './types';

export type Table = { counts: Float64Array; q: number };
export type TableInput = Table | ReadonlyArray<ReadonlyArray<number>>;

export function toTable(t: TableInput): Table {
	if (!Array.isArray(t)) return t as Table;
	const rows = t as ReadonlyArray<ReadonlyArray<number>>;
	const q = rows.length;
	const counts = new Float64Array(q * q);
	for (let i = 0; i < q; i++) {
		if (rows[i].length !== q) throw new RangeError(`contingency table must be square: row ${i + 1} has ${rows[i].length} cells, expected ${q}`);
		for (let j = 0; j < q; j++) counts[i * q + j] = rows[i][j];
	}
	return { counts, q };
}

/** Cross-tabulate two coders' codes (-1 = missing; units missing either are skipped). */
export function crossTable(a: ArrayLike<number>, b: ArrayLike<number>, q: number): Table {
	const counts = new Float64Array(q * q);
	const n = Math.min(a.length, b.length);
	for (let i = 0; i < n; i++) {
		const x = a[i];
		const y = b[i];
		if (x >= 0 && y >= 0) counts[x * q + y]++;
	}
	return { counts, q };
}

type Props = { p: Float64Array; rows: Float64Array; cols: Float64Array; n: number; q: number };

function proportions(t: Table): Props {
	const { counts, q } = t;
	let n = 0;
	for (let i = 0; i < counts.length; i++) n += counts[i];
	const p = new Float64Array(q * q);
	const rows = new Float64Array(q);
	const cols = new Float64Array(q);
	if (n > 0)
		for (let i = 0; i < q; i++)
			for (let j = 0; j < q; j++) {
				const x = counts[i * q + j] / n;
				p[i * q + j] = x;
				rows[i] += x;
				cols[j] += x;
			}
	return { p, rows, cols, n, q };
}

export type ChanceCorrected = {
	value: number | null;
	reason?: string;
	code?: UndefinedCode;
	/** P_o (weighted when weights are used). */
	observed: number | null;
	/** P_e. */
	expected: number | null;
	n: number;
};

function chance(po: number, pe: number, n: number): ChanceCorrected {
	if (!(1 - pe > 1e-12)) return { ...undef('no_variation', 'chance agreement is 1: only one category used'), observed: po, expected: pe, n };
	return { value: (po - pe) / (1 - pe), observed: po, expected: pe, n };
}

const noData = (): ChanceCorrected => ({ ...undef('no_data', 'no unit was coded by both coders'), observed: null, expected: null, n: 0 });

export type KappaResult = ChanceCorrected & {
	weighted: boolean;
	/** Large-sample SE (Fleiss, Cohen & Everitt 1969), as SAS's ASE. */
	se: number | null;
	ci: [number, number] | null;
	confidence: number;
	/** SE under H0: κ = 0. */
	se0: number | null;
	z: number | null;
};

export type KappaOptions = { weights?: Weights; scores?: ArrayLike<number> | null; confidence?: number };

/** Cohen's κ (weighted when `weights` is linear/quadratic/a matrix) with ASE, Wald CI, null ASE and z. */
export function cohenKappa(table: TableInput, options: KappaOptions = {}): KappaResult {
	const t = toTable(table);
	const { p, rows, cols, n, q } = proportions(t);
	const confidence = options.confidence ?? 0.95;
	const weights = options.weights ?? 'none';
	const weighted = weights !== 'none' && weights !== 'identity';
	const empty = { weighted, se: null, ci: null, confidence, se0: null, z: null };
	if (n === 0) return { ...noData(), ...empty };
	const w = weightMatrix(q, weights, options.scores);
	let po = 0;
	let pe = 0;
	const wr = new Float64Array(q); // w̄_i. = Σ_j p_.j w_ij
	const wc = new Float64Array(q); // w̄_.j = Σ_i p_i. w_ij
	for (let i = 0; i < q; i++)
		for (let j = 0; j < q; j++) {
			const wij = w[i * q + j];
			po += wij * p[i * q + j];
			pe += wij * rows[i] * cols[j];
			wr[i] += cols[j] * wij;
			wc[j] += rows[i] * wij;
		}
	const base = chance(po, pe, n);
	if (base.value === null) return { ...base, ...empty };
	const k = base.value;
	let s = 0;
	let s0 = 0;
	for (let i = 0; i < q; i++)
		for (let j = 0; j < q; j++) {
			const wij = w[i * q + j];
			const x = wij - (wr[i] + wc[j]) * (1 - k);
			s += p[i * q + j] * x * x;
			const y = wij - (wr[i] + wc[j]);
			s0 += rows[i] * cols[j] * y * y;
		}
	const den = n * (1 - pe) * (1 - pe);
	const v = (s - (k - pe * (1 - k)) ** 2) / den;
	const v0 = (s0 - pe * pe) / den;
	const se = Math.sqrt(Math.max(0, v));
	const se0 = Math.sqrt(Math.max(0, v0));
	const zc = normalQuantile(1 - (1 - confidence) / 2);
	return { ...base, weighted, se, ci: [k - zc * se, k + zc * se], confidence, se0, z: se0 > 0 ? k / se0 : null };
}

/** Scott's π: P_e = Σ π_k², π_k = (p_k. + p_.k)/2. */
export function scottPi(table: TableInput): ChanceCorrected {
	const { p, rows, cols, n, q } = proportions(toTable(table));
	if (n === 0) return noData();
	let po = 0;
	let pe = 0;
	for (let i = 0; i < q; i++) {
		po += p[i * q + i];
		const pi = (rows[i] + cols[i]) / 2;
		pe += pi * pi;
	}
	return chance(po, pe, n);
}

/** Brennan–Prediger κ_n: P_e = T_w/q² (1/q unweighted); q = table size unless `categories` is given. */
export function brennanPredigerPair(table: TableInput, options: { weights?: Weights; scores?: ArrayLike<number> | null; categories?: number } = {}): ChanceCorrected {
	const { p, n, q } = proportions(toTable(table));
	if (n === 0) return noData();
	const w = weightMatrix(q, options.weights ?? 'none', options.scores);
	let po = 0;
	let tw = 0;
	for (let i = 0; i < q * q; i++) {
		po += w[i] * p[i];
		tw += w[i];
	}
	const Q = options.categories ?? q;
	if (Q < 2) return { ...undef('single_category', 'Brennan–Prediger needs at least two categories'), observed: po, expected: null, n };
	if (options.categories !== undefined) tw += options.categories - q; // unused extra categories add identity weights
	return chance(po, tw / (Q * Q), n);
}

/** Two-rater Gwet AC1/AC2: π_k = (p_k. + p_.k)/2, P_e = T_w/(q(q−1)) Σ π_k(1−π_k). */
export function gwetACPair(table: TableInput, options: { weights?: Weights; scores?: ArrayLike<number> | null } = {}): ChanceCorrected {
	const { p, rows, cols, n, q } = proportions(toTable(table));
	if (n === 0) return noData();
	if (q < 2) return { ...undef('single_category', 'AC1 needs at least two categories'), observed: 1, expected: null, n };
	const w = weightMatrix(q, options.weights ?? 'none', options.scores);
	let po = 0;
	let tw = 0;
	for (let i = 0; i < q * q; i++) {
		po += w[i] * p[i];
		tw += w[i];
	}
	let s = 0;
	for (let k = 0; k < q; k++) {
		const pi = (rows[k] + cols[k]) / 2;
		s += pi * (1 - pi);
	}
	return chance(po, (tw / (q * (q - 1))) * s, n);
}

/** Share of units on the diagonal (two coders). */
export function percentAgreementPair(table: TableInput): number | null {
	const { p, n, q } = proportions(toTable(table));
	if (n === 0) return null;
	let po = 0;
	for (let i = 0; i < q; i++) po += p[i * q + i];
	return po;
}

/** Holsti's coefficient 2M/(N1+N2). */
export function holsti(matches: number, n1: number, n2: number): number | null {
	return n1 + n2 > 0 ? (2 * matches) / (n1 + n2) : null;
}
