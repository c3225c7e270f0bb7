// Wave comparison: Δα on concern with a paired vignette bootstrap and a permutation test of wave labels,
// plus bootstrap CIs for the differences in mean r_wg and mean modal share.
import { createRng, quantileSorted } from '../agreement';
import { addUnitCoincidences, ordinalAlphaOfCoincidence, unitCoincidences } from './alpha';
import { modalShare, rwg } from './stats';
import { measure, undefinedMeasure, type Caution, type Measure, type UndefinedReason } from './types';

/** Flag a CI as unstable when more than this share of replicates was undefined. */
export const MAX_UNDEFINED_SHARE = 0.1;
/** Flag fewer replicates / permutations than this. */
export const MIN_REPLICATES = 1000;

export type CompareOptions = {
	replicates: number;
	permutations: number;
	seed: number;
	confidence: number;
};

export type BootstrapDelta = {
	from: number | null;
	to: number | null;
	/** to − from (null with a reason when either side is undefined). */
	delta: Measure;
	/** Percentile CI of the bootstrapped Δ over defined replicates; null when none. */
	ci: [number, number] | null;
	/** Defined replicates the CI rests on. */
	replicates: number;
	/** Replicates skipped because Δ was undefined in the resample. */
	undefinedReplicates: number;
};

export type PermutationTest = {
	/** (1 + #|Δ*| ≥ |Δ|) / (1 + R) over R defined permutations; null with a reason when not computable. */
	pValue: number | null;
	reason?: UndefinedReason;
	permutations: number;
	undefinedPermutations: number;
	requested: number;
	seed: number;
};

export type WaveComparison = {
	from: string;
	to: string;
	/** Vignettes the comparison rests on: those assessed in both waves (all vignettes when unpaired). */
	vignettes: string[];
	/** True when the same vignettes are resampled for both waves. */
	paired: boolean;
	concernAlpha: BootstrapDelta & { permutation: PermutationTest };
	meanRwg: BootstrapDelta;
	meanModalShare: BootstrapDelta;
	requested: number;
	seed: number;
	confidence: number;
	cautions: Caution[];
};

/** Concern levels per vignette for one wave (nulls already removed). */
export type UnitValues = Map<string, number[]>;

function deltaMeasure(from: number | null, to: number | null): Measure {
	return from === null || to === null ? undefinedMeasure('undefined_in_wave') : measure(to - from);
}

function percentileCi(values: number[], confidence: number): [number, number] | null {
	if (values.length === 0) return null;
	const sorted = values.slice().sort((a, b) => a - b);
	const tail = (1 - confidence) / 2;
	return [quantileSorted(sorted, tail), quantileSorted(sorted, 1 - tail)];
}

/** Per-vignette statistics precomputed once so a replicate only sums and averages. */
type Stats = { units: number[][]; q: number; coincidences: (Float64Array | null)[]; rwg: (number | null)[]; modal: (number | null)[]; scratch: Float64Array };

function statsFor(units: number[][], levels: number): Stats {
	return {
		units,
		q: levels,
		coincidences: units.map((u) => unitCoincidences(u, levels)),
		rwg: units.map((u) => rwg(u, levels).value),
		modal: units.map((u) => modalShare(u).value),
		scratch: new Float64Array(levels * levels)
	};
}

type Triple = { alpha: number | null; rwg: number | null; modal: number | null };

function evaluate(s: Stats, idx: ArrayLike<number>): Triple {
	const o = s.scratch;
	o.fill(0);
	let rs = 0;
	let rn = 0;
	let ms = 0;
	let mn = 0;
	for (let i = 0; i < idx.length; i++) {
		const u = idx[i];
		const c = s.coincidences[u];
		if (c !== null) for (let j = 0; j < c.length; j++) o[j] += c[j];
		const r = s.rwg[u];
		if (r !== null) {
			rs += r;
			rn++;
		}
		const m = s.modal[u];
		if (m !== null) {
			ms += m;
			mn++;
		}
	}
	return { alpha: ordinalAlphaOfCoincidence(o, s.q), rwg: rn === 0 ? null : rs / rn, modal: mn === 0 ? null : ms / mn };
}

function identity(n: number): Int32Array {
	return Int32Array.from({ length: n }, (_, i) => i);
}

/** Derive an independent stream for the permutation test from the same user seed. */
function permutationSeed(seed: number): number {
	return (seed ^ 0x9e3779b9) >>> 0;
}

export function compareWaves(
	fromWave: string,
	toWave: string,
	fromUnits: UnitValues,
	toUnits: UnitValues,
	levels: number,
	options: CompareOptions
): WaveComparison {
	const shared = [...fromUnits.keys()].filter((v) => toUnits.has(v));
	const paired = shared.length > 0;
	const cautions: Caution[] = [];
	const sameSets = shared.length === fromUnits.size && shared.length === toUnits.size;
	if (!sameSets)
		cautions.push({
			code: 'vignettes_differ',
			params: { shared: shared.length, from: fromUnits.size, to: toUnits.size }
		});
	if (!paired) cautions.push({ code: 'unpaired', params: { from: fromUnits.size, to: toUnits.size } });

	const fromKeys = paired ? shared : [...fromUnits.keys()];
	const toKeys = paired ? shared : [...toUnits.keys()];
	const a = statsFor(
		fromKeys.map((v) => fromUnits.get(v)!),
		levels
	);
	const b = statsFor(
		toKeys.map((v) => toUnits.get(v)!),
		levels
	);
	const pointA = evaluate(a, identity(fromKeys.length));
	const pointB = evaluate(b, identity(toKeys.length));

	// Bootstrap: one index draw per replicate; paired → the same vignettes for both waves.
	const R = options.replicates;
	const rng = createRng(options.seed);
	const dAlpha: number[] = [];
	const dRwg: number[] = [];
	const dModal: number[] = [];
	const nA = fromKeys.length;
	const nB = toKeys.length;
	const idxA = new Int32Array(nA);
	const idxB = paired ? idxA : new Int32Array(nB);
	for (let r = 0; r < R && nA > 0 && nB > 0; r++) {
		for (let i = 0; i < nA; i++) idxA[i] = Math.floor(rng() * nA);
		if (!paired) for (let i = 0; i < nB; i++) idxB[i] = Math.floor(rng() * nB);
		const x = evaluate(a, idxA);
		const y = evaluate(b, idxB);
		if (x.alpha !== null && y.alpha !== null) dAlpha.push(y.alpha - x.alpha);
		if (x.rwg !== null && y.rwg !== null) dRwg.push(y.rwg - x.rwg);
		if (x.modal !== null && y.modal !== null) dModal.push(y.modal - x.modal);
	}
	const boot = (from: number | null, to: number | null, ds: number[]): BootstrapDelta => ({
		from,
		to,
		delta: deltaMeasure(from, to),
		ci: percentileCi(ds, options.confidence),
		replicates: ds.length,
		undefinedReplicates: R - ds.length
	});
	const alphaDelta = boot(pointA.alpha, pointB.alpha, dAlpha);
	const permutation = permutationTest(paired ? a.units : [], paired ? b.units : [], alphaDelta.delta, paired, levels, options);

	if (R < MIN_REPLICATES) cautions.push({ code: 'few_replicates', params: { replicates: R, minimum: MIN_REPLICATES } });
	if (paired && options.permutations < MIN_REPLICATES)
		cautions.push({ code: 'few_permutations', params: { permutations: options.permutations, minimum: MIN_REPLICATES } });
	const units = Math.min(nA, nB);
	if (units < 10) cautions.push({ code: 'few_units', params: { units, minimum: 10 } });
	if (R > 0 && alphaDelta.delta.value !== null && R - dAlpha.length > MAX_UNDEFINED_SHARE * R)
		cautions.push({ code: 'ci_unstable', params: { undefinedReplicates: R - dAlpha.length, replicates: R } });

	return {
		from: fromWave,
		to: toWave,
		vignettes: paired ? shared : [...new Set([...fromKeys, ...toKeys])],
		paired,
		concernAlpha: { ...alphaDelta, permutation },
		meanRwg: boot(pointA.rwg, pointB.rwg, dRwg),
		meanModalShare: boot(pointA.modal, pointB.modal, dModal),
		requested: R,
		seed: options.seed,
		confidence: options.confidence,
		cautions
	};
}

/**
 * Permutation test of wave labels within vignettes: each vignette's levels from both waves are pooled and
 * reassigned at random, keeping each wave's count for that vignette; α is recomputed for both waves.
 */
function permutationTest(
	fromUnits: number[][],
	toUnits: number[][],
	observed: Measure,
	paired: boolean,
	q: number,
	options: CompareOptions
): PermutationTest {
	const seed = permutationSeed(options.seed);
	const base = { requested: options.permutations, seed };
	if (!paired) return { pValue: null, reason: 'no_shared_vignettes', permutations: 0, undefinedPermutations: 0, ...base };
	if (observed.value === null) return { pValue: null, reason: 'undefined_in_wave', permutations: 0, undefinedPermutations: 0, ...base };
	const target = Math.abs(observed.value);
	// Float dust: a permuted Δ equal to the observed one must count as "as extreme".
	const eps = 1e-12 * Math.max(1, target);
	const rng = createRng(seed);
	const pools = fromUnits.map((u, i) => [...u, ...toUnits[i]]);
	const sizes = fromUnits.map((u) => u.length);
	let extreme = 0;
	let defined = 0;
	const oA = new Float64Array(q * q);
	const oB = new Float64Array(q * q);
	const counts = new Float64Array(q);
	for (let r = 0; r < options.permutations; r++) {
		oA.fill(0);
		oB.fill(0);
		for (let i = 0; i < pools.length; i++) {
			const pool = pools[i];
			// Fisher–Yates in place; the pool's order carries no meaning. First sizes[i] go to 'from'.
			for (let j = pool.length - 1; j > 0; j--) {
				const k = Math.floor(rng() * (j + 1));
				const t = pool[j];
				pool[j] = pool[k];
				pool[k] = t;
			}
			addUnitCoincidences(oA, pool, 0, sizes[i], q, counts);
			addUnitCoincidences(oB, pool, sizes[i], pool.length, q, counts);
		}
		const x = ordinalAlphaOfCoincidence(oA, q);
		const y = ordinalAlphaOfCoincidence(oB, q);
		if (x === null || y === null) continue;
		defined++;
		if (Math.abs(y - x) >= target - eps) extreme++;
	}
	if (defined === 0)
		return { pValue: null, reason: 'no_defined_replicates', permutations: 0, undefinedPermutations: options.permutations, ...base };
	return {
		pValue: (1 + extreme) / (1 + defined),
		permutations: defined,
		undefinedPermutations: options.permutations - defined,
		...base
	};
}
