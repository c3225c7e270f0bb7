// Many-coder coefficients from per-unit category counts r_ik (irrCAC conventions). O(N·m + q²).
import type { EncodedRatings } from './encode';
import { isIdentity, weightMatrix, type Weights } from './stats';
import { undef, type UndefinedCode } from './types';

export type RatingCounts = {
	/** units × q, r_ik = number of coders who put unit i in category k. */
	counts: Int32Array;
	/** r_i = number of ratings of unit i. */
	raters: Int32Array;
	units: number;
	q: number;
};

export function ratingCounts(enc: EncodedRatings): RatingCounts {
	const q = enc.categories.length;
	const { codes, units, coders } = enc;
	const counts = new Int32Array(units * q);
	const raters = new Int32Array(units);
	for (let u = 0; u < units; u++) {
		let r = 0;
		for (let c = 0; c < coders; c++) {
			const v = codes[u * coders + c];
			if (v < 0) continue;
			counts[u * q + v]++;
			r++;
		}
		raters[u] = r;
	}
	return { counts, raters, units, q };
}

/** Build RatingCounts from a units × q table of counts (e.g. Fleiss's layout). */
export function countsFromTable(table: ReadonlyArray<ReadonlyArray<number>>): RatingCounts {
	const units = table.length;
	const q = units ? table[0].length : 0;
	const counts = new Int32Array(units * q);
	const raters = new Int32Array(units);
	for (let u = 0; u < units; u++)
		for (let k = 0; k < q; k++) {
			counts[u * q + k] = table[u][k];
			raters[u] += table[u][k];
		}
	return { counts, raters, units, q };
}

export type MultiCoefficient = {
	value: number | null;
	reason?: string;
	code?: UndefinedCode;
	observed: number | null;
	expected: number | null;
	/** Units with at least two ratings (P_o is averaged over these). */
	pairableUnits: number;
};

type Shared = { po: number; n2: number; nRated: number; pi: Float64Array; w: Float64Array; poUnit: Float64Array };

/** P_o over units with r_i ≥ 2 (weighted r*_ik = Σ_l w_kl r_il) and π_k = mean over rated units of r_ik/r_i. */
function shared(rc: RatingCounts, w: Float64Array): Shared {
	const { counts, raters, units, q } = rc;
	const identity = isIdentity(w, q);
	const pi = new Float64Array(q);
	const poUnit = new Float64Array(units).fill(NaN);
	let sum = 0;
	let n2 = 0;
	let nRated = 0;
	for (let u = 0; u < units; u++) {
		const r = raters[u];
		if (r === 0) continue;
		nRated++;
		const b = u * q;
		for (let k = 0; k < q; k++) pi[k] += counts[b + k] / r;
		if (r < 2) continue;
		let s = 0;
		for (let k = 0; k < q; k++) {
			const rk = counts[b + k];
			if (rk === 0) continue;
			let star = rk;
			if (!identity) {
				star = 0;
				for (let l = 0; l < q; l++) star += w[k * q + l] * counts[b + l];
			}
			s += rk * (star - 1);
		}
		const pu = s / (r * (r - 1));
		poUnit[u] = pu;
		sum += pu;
		n2++;
	}
	if (nRated > 0) for (let k = 0; k < q; k++) pi[k] /= nRated;
	return { po: n2 ? sum / n2 : NaN, n2, nRated, pi, w, poUnit };
}

function finish(po: number, pe: number, n2: number): MultiCoefficient {
	if (!(1 - pe > 1e-12)) return { ...undef('no_variation', 'chance agreement is 1: only one category used'), observed: po, expected: pe, pairableUnits: n2 };
	return { value: (po - pe) / (1 - pe), observed: po, expected: pe, pairableUnits: n2 };
}

const tooFew = (): MultiCoefficient => ({ ...undef('too_few_pairable', 'no unit has two or more ratings'), observed: null, expected: null, pairableUnits: 0 });

/** Mean over units (r_i ≥ 2) of the share of agreeing coder pairs. */
export function percentAgreement(rc: RatingCounts): number | null {
	const s = shared(rc, weightMatrix(rc.q, 'none'));
	return s.n2 ? s.po : null;
}

export type FleissResult = MultiCoefficient & {
	/** Per-category κ_j keyed by category index; null when the category is absent or universal. */
	perCategory: (number | null)[];
	/** Null SE (Fleiss, Nee & Landis 1979); only with the same number of ratings on every unit, unweighted. */
	se0: number | null;
	z: number | null;
	/** π_k. */
	proportions: Float64Array;
};

/** Fleiss' κ, generalised to missing ratings as irrCAC does (P_e = Σ_kl w_kl π_k π_l). */
export function fleissKappa(rc: RatingCounts, options: { weights?: Weights; scores?: ArrayLike<number> | null } = {}): FleissResult {
	const { q, units, counts, raters } = rc;
	const w = weightMatrix(q, options.weights ?? 'none', options.scores);
	const s = shared(rc, w);
	const perCategory: (number | null)[] = new Array(q).fill(null);
	if (!s.n2) return { ...tooFew(), perCategory, se0: null, z: null, proportions: s.pi };
	let pe = 0;
	for (let k = 0; k < q; k++) for (let l = 0; l < q; l++) pe += w[k * q + l] * s.pi[k] * s.pi[l];
	const head = finish(s.po, pe, s.n2);
	// κ_j = 1 − mean_i[n_ij(r_i − n_ij)/(r_i(r_i − 1))] / (p_j q_j)
	const dis = new Float64Array(q);
	let constant = -1;
	for (let u = 0; u < units; u++) {
		const r = raters[u];
		if (r === 0) continue;
		constant = constant === -1 ? r : constant === r ? r : -2;
		if (r < 2) continue;
		for (let k = 0; k < q; k++) {
			const x = counts[u * q + k];
			dis[k] += (x * (r - x)) / (r * (r - 1));
		}
	}
	let spq = 0;
	let spqqp = 0;
	for (let k = 0; k < q; k++) {
		const p = s.pi[k];
		const pq = p * (1 - p);
		spq += pq;
		spqqp += pq * (1 - 2 * p);
		if (pq > 1e-15) perCategory[k] = 1 - dis[k] / s.n2 / pq;
	}
	let se0: number | null = null;
	if (constant >= 2 && isIdentity(w, q) && spq > 0) {
		const n = constant;
		se0 = (Math.sqrt(2 / (s.nRated * n * (n - 1))) * Math.sqrt(Math.max(0, spq * spq - spqqp))) / spq;
	}
	const z = se0 && head.value !== null ? head.value / se0 : null;
	return { ...head, perCategory, se0, z, proportions: s.pi };
}

export type GwetResult = MultiCoefficient & { se: number | null };

/** Gwet's AC1 (unweighted) / AC2 (weighted), with irrCAC's variance (no finite-population correction). */
export function gwetAC(rc: RatingCounts, options: { weights?: Weights; scores?: ArrayLike<number> | null; categories?: number } = {}): GwetResult {
	const { q, units, counts, raters } = rc;
	const w = weightMatrix(q, options.weights ?? 'none', options.scores);
	const s = shared(rc, w);
	if (!s.n2) return { ...tooFew(), se: null };
	const Q = options.categories ?? q;
	if (Q < 2) return { ...undef('single_category', 'AC1 needs at least two categories'), observed: s.po, expected: null, pairableUnits: s.n2, se: null };
	let tw = 0;
	for (let i = 0; i < q * q; i++) tw += w[i];
	tw += Q - q;
	const f = tw / (Q * (Q - 1));
	let spq = 0;
	for (let k = 0; k < q; k++) spq += s.pi[k] * (1 - s.pi[k]);
	const pe = f * spq;
	const head = finish(s.po, pe, s.n2);
	if (head.value === null) return { ...head, se: null };
	const ac = head.value;
	const n = s.nRated;
	let se: number | null = null;
	if (n >= 2) {
		let ss = 0;
		for (let u = 0; u < units; u++) {
			const r = raters[u];
			if (r === 0) continue;
			const pa = r >= 2 ? s.poUnit[u] : 0;
			const acU = ((n / s.n2) * (pa - (r >= 2 ? pe : 0))) / (1 - pe);
			let x = 0;
			for (let k = 0; k < q; k++) x += counts[u * q + k] * (1 - s.pi[k]);
			const peU = (f * x) / r;
			const acX = acU - (2 * (1 - ac) * (peU - pe)) / (1 - pe);
			ss += (acX - ac) ** 2;
		}
		se = Math.sqrt(ss / (n * (n - 1)));
	}
	return { ...head, se };
}

/** Brennan–Prediger / Randolph free-marginal κ for many coders: P_e = T_w/q². */
export function brennanPrediger(rc: RatingCounts, options: { weights?: Weights; scores?: ArrayLike<number> | null; categories?: number } = {}): MultiCoefficient {
	const { q } = rc;
	const w = weightMatrix(q, options.weights ?? 'none', options.scores);
	const s = shared(rc, w);
	if (!s.n2) return tooFew();
	const Q = options.categories ?? q;
	if (Q < 2) return { ...undef('single_category', 'Brennan–Prediger needs at least two categories'), observed: s.po, expected: null, pairableUnits: s.n2 };
	let tw = 0;
	for (let i = 0; i < q * q; i++) tw += w[i];
	tw += Q - q;
	return finish(s.po, tw / (Q * Q), s.n2);
}
