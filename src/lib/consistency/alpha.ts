// Thin layer over the agreement engine's Krippendorff's α: adds coverage figures and small-sample cautions.
import { alphaFromCoincidence, krippendorffAlpha, type Level } from '../agreement';
import type { Caution } from './types';

/** Below this many pairable units an α is flagged 'few_units' (six vignettes are typical here). */
export const MIN_UNITS = 10;
/** Below this many coders with values an α is flagged 'few_raters'. */
export const MIN_RATERS = 3;
/** Above this share of empty units × coders cells an α is flagged 'unbalanced_missing'. */
export const MAX_MISSING_SHARE = 0.1;

export type AlphaSummary = {
	value: number | null;
	/** Engine's machine code when undefined ('too_few_coders', 'too_few_pairable', 'no_variation', …). */
	reason?: string;
	/** Engine's English explanation when undefined. */
	message?: string;
	level: Level;
	observed: number | null;
	expected: number | null;
	/** Units (vignettes) in the grid. */
	units: number;
	/** Units with at least two values: the ones α rests on. */
	pairableUnits: number;
	/** Pairable values n. */
	pairable: number;
	/** Coders (municipalities or participants) with at least one value. */
	coders: number;
	/** Share of empty cells in the units × coders grid. */
	missingShare: number;
	cautions: Caution[];
};

/** α on a units × coders grid (null = missing) with coverage and cautions. */
export function alphaSummary(grid: ReadonlyArray<ReadonlyArray<number | null>>, level: Level): AlphaSummary {
	const r = krippendorffAlpha(grid, { level });
	const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
	const coderHasValue = new Array<boolean>(width).fill(false);
	let filled = 0;
	for (const row of grid)
		row.forEach((v, c) => {
			if (v !== null) {
				filled++;
				coderHasValue[c] = true;
			}
		});
	const coders = coderHasValue.filter(Boolean).length;
	const cells = grid.length * width;
	const missingShare = cells === 0 ? 0 : (cells - filled) / cells;
	const cautions: Caution[] = [];
	if (r.pairableUnits < MIN_UNITS) cautions.push({ code: 'few_units', params: { units: r.pairableUnits, minimum: MIN_UNITS } });
	if (coders < MIN_RATERS) cautions.push({ code: 'few_raters', params: { raters: coders, minimum: MIN_RATERS } });
	if (missingShare > MAX_MISSING_SHARE)
		cautions.push({ code: 'unbalanced_missing', params: { missingShare, maximum: MAX_MISSING_SHARE } });
	const out: AlphaSummary = {
		value: r.value,
		level,
		observed: r.observed,
		expected: r.expected,
		units: grid.length,
		pairableUnits: r.pairableUnits,
		pairable: r.pairable,
		coders,
		missingShare,
		cautions
	};
	if (r.value === null) {
		out.reason = r.code ?? 'undefined';
		out.message = r.reason;
	}
	return out;
}

/**
 * α from each unit's list of values. Krippendorff's α depends only on the multiset of values per unit,
 * not on which coder gave them, so resampled or permuted units need no coder identities.
 */
export function alphaOfUnits(units: ReadonlyArray<ReadonlyArray<number>>, level: Level): number | null {
	return krippendorffAlpha(units, { level }).value;
}

/**
 * Fast path for replicates: adds one unit's coincidences o_ck += a_c·a_k/(m−1), o_cc += a_c(a_c−1)/(m−1)
 * for integer levels 0..q−1 in values[start..end). `counts` is scratch of length q.
 */
export function addUnitCoincidences(o: Float64Array, values: ArrayLike<number>, start: number, end: number, q: number, counts: Float64Array): void {
	const m = end - start;
	if (m < 2) return;
	counts.fill(0);
	for (let i = start; i < end; i++) counts[values[i]]++;
	const w = 1 / (m - 1);
	for (let c = 0; c < q; c++) {
		const ac = counts[c];
		if (ac === 0) continue;
		o[c * q + c] += ac * (ac - 1) * w;
		for (let k = c + 1; k < q; k++) {
			const x = ac * counts[k] * w;
			if (x === 0) continue;
			o[c * q + k] += x;
			o[k * q + c] += x;
		}
	}
}

/** One unit's coincidence contribution (q × q), or null when it has fewer than two values. */
export function unitCoincidences(values: readonly number[], q: number): Float64Array | null {
	if (values.length < 2) return null;
	const o = new Float64Array(q * q);
	addUnitCoincidences(o, values, 0, values.length, q, new Float64Array(q));
	return o;
}

/** Ordinal α from a summed coincidence matrix over levels 0..q−1 (unobserved levels have n_c = 0 and change nothing). */
export function ordinalAlphaOfCoincidence(o: Float64Array, q: number): number | null {
	return alphaFromCoincidence(o, q, 'ordinal', null).value;
}
