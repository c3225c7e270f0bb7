// Cluster (unit-level) percentile bootstrap of α with a fixed seed.
// Each pairable unit's coincidence contribution is precomputed once (sparse), so a replicate is O(N + q²).
import { alphaFromCoincidence, alphaFromEncoded } from './alpha';
import { encodeRatings, type EncodedRatings } from './encode';
import { createRng } from './rng';
import type { Level, RawValue, UndefinedCode } from './types';

export const KALPHA_MINIMUMS = [0.9, 0.8, 0.7, 0.667, 0.6, 0.5] as const;

export type BootstrapOptions = {
	level?: Level;
	replicates?: number;
	seed?: number;
	confidence?: number;
	/** α_min values for q = P(α < α_min); default KALPHA's .9 .8 .7 .667 .6 .5. */
	minimums?: readonly number[];
};

export type BootstrapResult = {
	/** α on the full data (null when undefined). */
	value: number | null;
	reason?: string;
	code?: UndefinedCode;
	/** Percentile CI over defined replicates; null when none. */
	ci: [number, number] | null;
	/** Number of replicates with a defined α (the CI is based on these). */
	replicates: number;
	requested: number;
	/** Replicates where α was undefined (e.g. a resample with one category only). */
	undefinedReplicates: number;
	seed: number;
	confidence: number;
	/** Standard deviation of the replicate values. */
	se: number | null;
	/** q(α_min) = share of defined replicates with α < α_min, keyed by String(α_min). */
	q: Record<string, number>;
	method: 'unit-percentile';
};

/** Quantile with linear interpolation (type 7) on a sorted array. */
export function quantileSorted(sorted: Float64Array | number[], p: number): number {
	const n = sorted.length;
	if (n === 1) return sorted[0];
	const h = (n - 1) * p;
	const lo = Math.floor(h);
	const hi = Math.min(n - 1, lo + 1);
	return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export function bootstrapAlphaEncoded(enc: EncodedRatings, options: BootstrapOptions = {}): BootstrapResult {
	const level = options.level ?? 'nominal';
	const requested = Math.max(0, Math.floor(options.replicates ?? 1000));
	const seed = options.seed ?? 20240101;
	const confidence = options.confidence ?? 0.95;
	const minimums = options.minimums ?? KALPHA_MINIMUMS;
	const full = alphaFromEncoded(enc, level);
	const q = enc.categories.length;
	const base = {
		requested,
		seed,
		confidence,
		method: 'unit-percentile' as const,
		value: full.value,
		...(full.value === null ? { reason: full.reason, code: full.code } : {})
	};

	// Sparse per-unit contributions (CSR) for pairable units.
	const offsets: number[] = [0];
	const idx: number[] = [];
	const val: number[] = [];
	const { codes, coders } = enc;
	const counts = new Map<number, number>();
	for (let u = 0; u < enc.units; u++) {
		counts.clear();
		let m = 0;
		for (let c = 0; c < coders; c++) {
			const v = codes[u * coders + c];
			if (v < 0) continue;
			m++;
			counts.set(v, (counts.get(v) ?? 0) + 1);
		}
		if (m < 2) continue;
		for (const [a, na] of counts)
			for (const [b, nb] of counts) {
				const x = a === b ? (na * (na - 1)) / (m - 1) : (na * nb) / (m - 1);
				if (x === 0) continue;
				idx.push(a * q + b);
				val.push(x);
			}
		offsets.push(idx.length);
	}
	const N = offsets.length - 1;
	if (N < 2 || requested === 0)
		return {
			...base,
			ci: null,
			replicates: 0,
			undefinedReplicates: 0,
			se: null,
			q: {},
			...(full.value !== null ? { reason: 'fewer than two pairable units to resample', code: 'too_few_units' as const } : {})
		};
	const off = Int32Array.from(offsets);
	const ix = Int32Array.from(idx);
	const vx = Float64Array.from(val);
	const rng = createRng(seed);
	const o = new Float64Array(q * q);
	const out = new Float64Array(requested);
	let k = 0;
	for (let r = 0; r < requested; r++) {
		o.fill(0);
		for (let i = 0; i < N; i++) {
			const u = Math.floor(rng() * N);
			for (let j = off[u], e = off[u + 1]; j < e; j++) o[ix[j]] += vx[j];
		}
		const a = alphaFromCoincidence(o, q, level, enc.values);
		if (a.value !== null) out[k++] = a.value;
	}
	const values = out.subarray(0, k).sort();
	const tail = (1 - confidence) / 2;
	const qs: Record<string, number> = {};
	let se: number | null = null;
	if (k > 0) {
		for (const m of minimums) {
			let below = 0;
			while (below < k && values[below] < m) below++;
			qs[String(m)] = below / k;
		}
		let mean = 0;
		for (let i = 0; i < k; i++) mean += values[i];
		mean /= k;
		let ss = 0;
		for (let i = 0; i < k; i++) ss += (values[i] - mean) ** 2;
		se = k > 1 ? Math.sqrt(ss / (k - 1)) : null;
	}
	return {
		...base,
		ci: k > 0 ? [quantileSorted(values, tail), quantileSorted(values, 1 - tail)] : null,
		replicates: k,
		undefinedReplicates: requested - k,
		se,
		q: qs
	};
}

/** Unit-level percentile bootstrap CI for Krippendorff's α, deterministic for a given seed. */
export function bootstrapAlpha(data: ReadonlyArray<ReadonlyArray<RawValue>>, options: BootstrapOptions = {}): BootstrapResult {
	return bootstrapAlphaEncoded(encodeRatings(data, options.level ?? 'nominal'), options);
}
