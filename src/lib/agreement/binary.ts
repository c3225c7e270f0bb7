// Fast path: per-code binary (present/absent) agreement over speaker turns for many codes at once.
// Each code reduces to a histogram H[m][k] (units rated by m coders, k of whom marked the code),
// from which α, Fleiss' κ, AC1, Brennan–Prediger and percent agreement follow in O(coders²).
import { undef, type Coefficient } from './types';

export type BinaryOptions = {
	/** Per coder, 1 where the coder rated the turn (0 = not coded, i.e. missing). Default: every coder rated every turn. */
	rated?: ReadonlyArray<Uint8Array>;
};

/** Dense input: for one code, per coder a Uint8Array over turns holding 0 (absent) or 1 (present). */
export type BinaryCodeDense = { key: string; coders: ReadonlyArray<Uint8Array> };
/** Sparse input: for one code, per coder the (distinct) turn indices where the code is present. */
export type BinaryCodeSparse = { key: string; coders: ReadonlyArray<ArrayLike<number>> };

export type BinaryResult = {
	key: string;
	alpha: Coefficient;
	fleissKappa: Coefficient;
	gwetAC1: Coefficient;
	brennanPrediger: Coefficient;
	/** Cohen's κ, only with exactly two coders. */
	cohenKappa?: Coefficient;
	percentAgreement: number | null;
	/** Share of present among pairable ratings (n_1/n). */
	prevalence: number | null;
	/** Pairable values n and units with ≥ 2 ratings. */
	pairable: number;
	pairableUnits: number;
	/** [o_00, o_01, o_11] coincidences. */
	coincidence: [number, number, number];
	/** (coders+1)² histogram H[m·(coders+1)+k]; sum histograms to pool codes (see pooledBinary). */
	histogram: Float64Array;
	/** Two coders only: units both rated where coder 1 / coder 2 marked present. */
	coderPresent?: [number, number];
};

function raterCounts(turns: number, coders: number, rated?: ReadonlyArray<Uint8Array>): Uint8Array | null {
	if (!rated) return null;
	if (rated.length !== coders) throw new RangeError(`rated has ${rated.length} coders, expected ${coders}`);
	const m = new Uint8Array(turns);
	for (const r of rated) for (let t = 0; t < turns; t++) m[t] += r[t];
	return m;
}

/** All coefficients from a histogram H[m][k] over units (pool codes by summing histograms). */
export function binaryFromHistogram(key: string, H: Float64Array, coders: number, coderPresent?: [number, number]): BinaryResult {
	const C = coders + 1;
	let o00 = 0;
	let o01 = 0;
	let o11 = 0;
	let poSum = 0;
	let n2 = 0;
	let nRated = 0;
	let pi1 = 0;
	for (let m = 1; m <= coders; m++)
		for (let k = 0; k <= m; k++) {
			const h = H[m * C + k];
			if (h === 0) continue;
			nRated += h;
			pi1 += (h * k) / m;
			if (m < 2) continue;
			n2 += h;
			const w = h / (m - 1);
			o11 += w * k * (k - 1);
			o00 += w * (m - k) * (m - k - 1);
			o01 += w * k * (m - k);
			poSum += (h * (k * (k - 1) + (m - k) * (m - k - 1))) / (m * (m - 1));
		}
	const n = o00 + 2 * o01 + o11;
	const n1 = o11 + o01;
	const n0 = o00 + o01;
	const noPairs = undef('too_few_pairable', 'no turn was rated by two or more coders');
	const flat = undef('no_variation', 'the code is never or always present');
	let alpha: Coefficient = noPairs;
	if (n >= 2) alpha = n0 * n1 > 0 ? { value: 1 - ((n - 1) * o01) / (n0 * n1) } : flat;
	const po = n2 ? poSum / n2 : null;
	pi1 = nRated ? pi1 / nRated : 0;
	const pi0 = 1 - pi1;
	const cc = (pe: number): Coefficient => (po === null ? noPairs : 1 - pe > 1e-12 ? { value: (po - pe) / (1 - pe) } : flat);
	const out: BinaryResult = {
		key,
		alpha,
		fleissKappa: cc(pi1 * pi1 + pi0 * pi0),
		gwetAC1: po === null ? noPairs : { value: (po - 2 * pi1 * pi0) / (1 - 2 * pi1 * pi0) },
		brennanPrediger: po === null ? noPairs : { value: (po - 0.5) / 0.5 },
		percentAgreement: po,
		prevalence: n > 0 ? n1 / n : null,
		pairable: n,
		pairableUnits: n2,
		coincidence: [o00, o01, o11],
		histogram: H
	};
	if (coders === 2 && coderPresent) {
		out.coderPresent = coderPresent;
		const N = H[2 * C] + H[2 * C + 1] + H[2 * C + 2];
		if (N === 0) out.cohenKappa = noPairs;
		else {
			const p1 = coderPresent[0] / N;
			const p2 = coderPresent[1] / N;
			const pe = p1 * p2 + (1 - p1) * (1 - p2);
			const pa = (H[2 * C] + H[2 * C + 2]) / N;
			out.cohenKappa = 1 - pe > 1e-12 ? { value: (pa - pe) / (1 - pe) } : flat;
		}
	}
	return out;
}

/** Per-code binary agreement, dense input (Uint8Array of 0/1 per coder). O(codes · coders · turns). */
export function binaryAgreement(turns: number, codes: ReadonlyArray<BinaryCodeDense>, options: BinaryOptions = {}): BinaryResult[] {
	const results: BinaryResult[] = [];
	if (codes.length === 0) return results;
	const coders = codes[0].coders.length;
	const C = coders + 1;
	const mt = raterCounts(turns, coders, options.rated);
	const k = coders < 256 ? new Uint8Array(turns) : new Uint16Array(turns);
	for (const code of codes) {
		if (code.coders.length !== coders) throw new RangeError(`code '${code.key}' has ${code.coders.length} coders, expected ${coders}`);
		k.fill(0);
		for (let j = 0; j < coders; j++) {
			const x = code.coders[j];
			const r = options.rated?.[j];
			if (r) for (let t = 0; t < turns; t++) k[t] += x[t] & r[t];
			else for (let t = 0; t < turns; t++) k[t] += x[t];
		}
		const H = new Float64Array(C * C);
		if (mt) for (let t = 0; t < turns; t++) H[mt[t] * C + k[t]]++;
		else {
			const base = coders * C;
			for (let t = 0; t < turns; t++) H[base + k[t]]++;
		}
		let present: [number, number] | undefined;
		if (coders === 2) {
			present = [0, 0];
			const [a, b] = code.coders;
			const [ra, rb] = options.rated ?? [];
			for (let t = 0; t < turns; t++) {
				if (ra && !(ra[t] && rb[t])) continue;
				present[0] += a[t];
				present[1] += b[t];
			}
		}
		results.push(binaryFromHistogram(code.key, H, coders, present));
	}
	return results;
}

/** Per-code binary agreement, sparse input (turn indices per coder). O(turns + total codings) per code set. */
export function binaryAgreementSparse(turns: number, coders: number, codes: ReadonlyArray<BinaryCodeSparse>, options: BinaryOptions = {}): BinaryResult[] {
	const C = coders + 1;
	const mt = raterCounts(turns, coders, options.rated);
	const baseH = new Float64Array(C * C);
	if (mt) for (let t = 0; t < turns; t++) baseH[mt[t] * C]++;
	else baseH[coders * C] = turns;
	const k = new Uint16Array(turns);
	const touched = new Int32Array(turns);
	const results: BinaryResult[] = [];
	for (const code of codes) {
		if (code.coders.length !== coders) throw new RangeError(`code '${code.key}' has ${code.coders.length} coders, expected ${coders}`);
		let nt = 0;
		const present: [number, number] = [0, 0];
		for (let j = 0; j < coders; j++) {
			const list = code.coders[j];
			const r = options.rated?.[j];
			for (let i = 0; i < list.length; i++) {
				const t = list[i];
				if (t < 0 || t >= turns) throw new RangeError(`code '${code.key}', coder ${j + 1}: turn ${t} out of range`);
				if (r && !r[t]) continue;
				if (k[t] === 0) touched[nt++] = t;
				k[t]++;
			}
		}
		const H = baseH.slice();
		for (let i = 0; i < nt; i++) {
			const t = touched[i];
			const m = mt ? mt[t] : coders;
			H[m * C]--;
			H[m * C + k[t]]++;
		}
		if (coders === 2) {
			const [ra, rb] = options.rated ?? [];
			for (let j = 0; j < 2; j++) {
				const list = code.coders[j];
				for (let i = 0; i < list.length; i++) {
					const t = list[i];
					if (!ra || (ra[t] && rb[t])) present[j]++;
				}
			}
		}
		for (let i = 0; i < nt; i++) k[touched[i]] = 0;
		results.push(binaryFromHistogram(code.key, H, coders, coders === 2 ? present : undefined));
	}
	return results;
}

/**
 * Pool several codes (a dimension, or the whole codebook): units become (turn, code) pairs,
 * so the histograms add up. Cohen's κ is pooled from the per-coder present counts.
 */
export function pooledBinary(key: string, results: ReadonlyArray<BinaryResult>, coders: number): BinaryResult {
	const C = coders + 1;
	const H = new Float64Array(C * C);
	let present: [number, number] | undefined = coders === 2 ? [0, 0] : undefined;
	for (const r of results) {
		for (let i = 0; i < H.length; i++) H[i] += r.histogram[i];
		if (present && r.coderPresent) {
			present[0] += r.coderPresent[0];
			present[1] += r.coderPresent[1];
		} else present = undefined;
	}
	return binaryFromHistogram(key, H, coders, present);
}
