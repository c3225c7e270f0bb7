// Maps raw ratings (units × coders) to dense category indices for the typed-array kernels.
import { AgreementError, type Category, type Level, type RawValue } from './types';

export type EncodedRatings = {
	/** Row-major units × coders; -1 = missing. */
	codes: Int32Array;
	units: number;
	coders: number;
	/** Category labels by index: sorted numbers for numeric levels. */
	categories: Category[];
	/** Numeric value per category (null for nominal text categories). */
	values: Float64Array | null;
};

export function isMissing(v: RawValue): boolean {
	return v === null || v === undefined || (typeof v === 'string' && v.trim() === '') || (typeof v === 'number' && Number.isNaN(v));
}

function toNumber(v: string | number): number {
	if (typeof v === 'number') return v;
	const t = v.trim();
	return t === '' ? NaN : Number(t);
}

/**
 * Encode a units × coders matrix. Nominal categories are identified by their string form
 * (so 1 and '1' are the same category); numeric levels require finite numbers or numeric strings.
 * Rows may be ragged: absent cells count as missing.
 */
export function encodeRatings(data: ReadonlyArray<ReadonlyArray<RawValue>>, level: Level = 'nominal'): EncodedRatings {
	const units = data.length;
	let coders = 0;
	for (let u = 0; u < units; u++) if (data[u].length > coders) coders = data[u].length;
	const codes = new Int32Array(units * coders).fill(-1);
	if (level === 'nominal') {
		const index = new Map<string, number>();
		const labels: Category[] = [];
		const raw = new Int32Array(units * coders).fill(-1);
		for (let u = 0; u < units; u++) {
			const row = data[u];
			for (let c = 0; c < row.length; c++) {
				const v = row[c];
				if (isMissing(v)) continue;
				const key = typeof v === 'string' ? v.trim() : String(v);
				let k = index.get(key);
				if (k === undefined) {
					k = labels.length;
					index.set(key, k);
					labels.push(typeof v === 'string' ? key : (v as number));
				}
				raw[u * coders + c] = k;
			}
		}
		// Sort for stable output: numerically when every label is numeric, else by code units.
		const allNumeric = labels.every((l) => Number.isFinite(toNumber(l)));
		const order = labels.map((_, i) => i);
		if (allNumeric) order.sort((a, b) => toNumber(labels[a]) - toNumber(labels[b]));
		else order.sort((a, b) => (String(labels[a]) < String(labels[b]) ? -1 : String(labels[a]) > String(labels[b]) ? 1 : 0));
		const remap = new Int32Array(labels.length);
		order.forEach((old, i) => (remap[old] = i));
		for (let i = 0; i < raw.length; i++) if (raw[i] >= 0) codes[i] = remap[raw[i]];
		const categories = order.map((i) => labels[i]);
		const values = allNumeric ? Float64Array.from(categories, (c) => toNumber(c)) : null;
		return { codes, units, coders, categories, values };
	}
	const nums = new Float64Array(units * coders).fill(NaN);
	const distinct = new Set<number>();
	for (let u = 0; u < units; u++) {
		const row = data[u];
		for (let c = 0; c < row.length; c++) {
			const v = row[c];
			if (isMissing(v)) continue;
			const x = toNumber(v as string | number);
			if (!Number.isFinite(x))
				throw new AgreementError('non_numeric_value', `unit ${u + 1}, coder ${c + 1}: '${String(v)}' is not a number (level ${level})`, {
					unit: u + 1,
					coder: c + 1,
					value: String(v),
					level
				});
			if (level === 'ratio' && x < 0)
				throw new AgreementError('negative_ratio_value', `unit ${u + 1}, coder ${c + 1}: ratio values must be non-negative, got ${x}`, {
					unit: u + 1,
					coder: c + 1,
					value: x
				});
			nums[u * coders + c] = x;
			distinct.add(x);
		}
	}
	const sorted = Float64Array.from(distinct).sort();
	const index = new Map<number, number>();
	sorted.forEach((x, i) => index.set(x, i));
	for (let i = 0; i < nums.length; i++) if (!Number.isNaN(nums[i])) codes[i] = index.get(nums[i])!;
	return { codes, units, coders, categories: Array.from(sorted), values: sorted };
}
