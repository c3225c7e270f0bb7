// Descriptive measures of dispersion and diversity used per vignette and per profile.
import { measure, undefinedMeasure, ConsistencyError, type Measure } from './types';

function assertLevels(levels: number): void {
	if (!Number.isInteger(levels) || levels < 2)
		throw new ConsistencyError('invalid_levels', `the scale needs an integer number of levels ≥ 2, got ${levels}`, { levels });
}

export function mean(xs: readonly number[]): Measure {
	if (xs.length === 0) return undefinedMeasure('no_values');
	let s = 0;
	for (const x of xs) s += x;
	return measure(s / xs.length);
}

export function median(xs: readonly number[]): Measure {
	if (xs.length === 0) return undefinedMeasure('no_values');
	const s = [...xs].sort((a, b) => a - b);
	const h = s.length >> 1;
	return measure(s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2);
}

/** Sample variance with n − 1 in the denominator. */
export function sampleVariance(xs: readonly number[]): Measure {
	if (xs.length < 2) return undefinedMeasure('too_few_values');
	const m = xs.reduce((a, b) => a + b, 0) / xs.length;
	let ss = 0;
	for (const x of xs) ss += (x - m) * (x - m);
	return measure(ss / (xs.length - 1));
}

export type RwgResult = Measure & {
	/** 1 − s²/σ²_EU before truncation (null when undefined); negative means more spread than uniform. */
	raw: number | null;
	/** σ²_EU = (A² − 1)/12 for A levels. */
	expectedVariance: number;
	n: number;
};

/**
 * r_wg (James, Demaree & Wolf 1984): 1 − s²/σ²_EU with the uniform null σ²_EU = (A² − 1)/12,
 * truncated at 0; undefined with fewer than two values.
 */
export function rwg(values: readonly number[], levels: number): RwgResult {
	assertLevels(levels);
	const expectedVariance = (levels * levels - 1) / 12;
	const v = sampleVariance(values);
	if (v.value === null) return { ...undefinedMeasure(v.reason), raw: null, expectedVariance, n: values.length };
	const raw = 1 - v.value / expectedVariance;
	return { value: Math.max(0, raw), raw, expectedVariance, n: values.length };
}

export type ModalResult = Measure & {
	/** All levels sharing the highest count, ascending (several on ties). */
	modes: number[];
	modalCount: number;
	n: number;
};

/** Share of values at the modal level; on ties the share is the same for every mode and all modes are listed. */
export function modalShare(values: readonly number[]): ModalResult {
	if (values.length === 0) return { ...undefinedMeasure('no_values'), modes: [], modalCount: 0, n: 0 };
	const counts = new Map<number, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	let max = 0;
	for (const c of counts.values()) if (c > max) max = c;
	const modes = [...counts.entries()]
		.filter(([, c]) => c === max)
		.map(([v]) => v)
		.sort((a, b) => a - b);
	return { value: max / values.length, modes, modalCount: max, n: values.length };
}

export type RangeResult = { min: number; max: number } | null;

export function range(values: readonly number[]): RangeResult {
	if (values.length === 0) return null;
	let min = Infinity;
	let max = -Infinity;
	for (const v of values) {
		if (v < min) min = v;
		if (v > max) max = v;
	}
	return { min, max };
}

export type DiversityResult = {
	/** Gini–Simpson 1 − Σ p_k² over step mentions. */
	giniSimpson: Measure;
	/** Gini–Simpson divided by its maximum 1 − 1/K for K available step categories. */
	normalised: Measure;
	/** Mentions per step across the groups. */
	counts: Record<string, number>;
	mentions: number;
	categories: number;
};

/**
 * Diversity of the chosen steps across groups: p_k = mentions of step k / all mentions.
 * `categories` is K, the number of steps available in the study (defaults to the distinct steps seen).
 */
export function stepDiversity(stepSets: ReadonlyArray<readonly string[]>, categories?: number): DiversityResult {
	const counts: Record<string, number> = {};
	let mentions = 0;
	for (const set of stepSets)
		for (const s of new Set(set)) {
			counts[s] = (counts[s] ?? 0) + 1;
			mentions++;
		}
	const k = categories ?? Object.keys(counts).length;
	if (mentions === 0)
		return { giniSimpson: undefinedMeasure('no_step_mentions'), normalised: undefinedMeasure('no_step_mentions'), counts, mentions, categories: k };
	let sumSq = 0;
	for (const c of Object.values(counts)) sumSq += (c / mentions) * (c / mentions);
	const gs = Math.max(0, 1 - sumSq);
	const normalised = k < 2 ? undefinedMeasure('too_few_step_categories') : measure(Math.min(1, gs / (1 - 1 / k)));
	return { giniSimpson: measure(gs), normalised, counts, mentions, categories: k };
}

/** |A∩B| / |A∪B|; two empty sets count as identical (1): both groups named no step. */
export function jaccard(a: readonly string[], b: readonly string[]): number {
	const sa = new Set(a);
	const sb = new Set(b);
	if (sa.size === 0 && sb.size === 0) return 1;
	let inter = 0;
	for (const x of sa) if (sb.has(x)) inter++;
	return inter / (sa.size + sb.size - inter);
}

/** Mean Jaccard similarity over all pairs of groups' step sets. */
export function meanPairwiseJaccard(stepSets: ReadonlyArray<readonly string[]>): Measure & { pairs: number } {
	const n = stepSets.length;
	if (n < 2) return { ...undefinedMeasure('too_few_groups'), pairs: 0 };
	let s = 0;
	let pairs = 0;
	for (let i = 0; i < n; i++)
		for (let j = i + 1; j < n; j++) {
			s += jaccard(stepSets[i], stepSets[j]);
			pairs++;
		}
	return { value: s / pairs, pairs };
}

/**
 * Jensen–Shannon divergence, base 2, in [0, 1], between two count (or probability) vectors
 * over the same keys; zero counts contribute nothing. Undefined if either vector sums to 0.
 */
export function jensenShannon(p: Readonly<Record<string, number>>, q: Readonly<Record<string, number>>): Measure {
	const keys = new Set([...Object.keys(p), ...Object.keys(q)]);
	let sp = 0;
	let sq = 0;
	for (const k of keys) {
		const a = p[k] ?? 0;
		const b = q[k] ?? 0;
		if (!(a >= 0) || !(b >= 0) || !Number.isFinite(a) || !Number.isFinite(b))
			throw new ConsistencyError('invalid_count', `counts must be finite and non-negative (key ${k})`, { key: k });
		sp += a;
		sq += b;
	}
	if (sp === 0 || sq === 0) return undefinedMeasure('no_codes');
	let d = 0;
	for (const k of keys) {
		const a = (p[k] ?? 0) / sp;
		const b = (q[k] ?? 0) / sq;
		const m = (a + b) / 2;
		if (a > 0) d += 0.5 * a * Math.log2(a / m);
		if (b > 0) d += 0.5 * b * Math.log2(b / m);
	}
	return measure(Math.min(1, Math.max(0, d)));
}
