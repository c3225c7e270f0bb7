// The class's answers on one vignette as a distribution over the concern scale, set beside the
// focus groups' assessments of the two waves, with the class's own consistency (r_wg, modal share).
import { modalShare, rwg, mean } from '$lib/consistency';

export interface Distribution {
	/** Count per level of the concern scale (index = level). */
	counts: number[];
	n: number;
	/** Share per level (0 when n = 0). */
	shares: number[];
}

export function concernDistribution(values: readonly number[], levels: number): Distribution {
	const counts = new Array<number>(levels).fill(0);
	let n = 0;
	for (const v of values) {
		if (!Number.isInteger(v) || v < 0 || v >= levels) continue;
		counts[v]++;
		n++;
	}
	return { counts, n, shares: counts.map((c) => (n ? c / n : 0)) };
}

export interface ClassConsistency {
	n: number;
	/** r_wg against the uniform null; null with fewer than two answers. */
	rwg: number | null;
	/** Share of answers at the modal level; null without answers. */
	modalShare: number | null;
	modes: number[];
	mean: number | null;
}

export function classConsistency(values: readonly number[], levels: number): ClassConsistency {
	const r = rwg(values, levels);
	const m = modalShare(values);
	const avg = mean(values);
	return { n: values.length, rwg: r.value, modalShare: m.value, modes: m.modes, mean: avg.value };
}

/** Counts per step key (steps not in `keys` are ignored), for the step table beside the chart. */
export function stepCounts(stepSets: ReadonlyArray<readonly string[]>, keys: readonly string[]): Record<string, number> {
	const out: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
	for (const set of stepSets) for (const k of new Set(set)) if (k in out) out[k]++;
	return out;
}

/** Where one answer sits: how many in the class and in each wave chose the same level. */
export function placeAnswer(level: number, groups: Record<string, Distribution>): Record<string, { same: number; n: number }> {
	return Object.fromEntries(Object.entries(groups).map(([name, d]) => [name, { same: d.counts[level] ?? 0, n: d.n }]));
}
