// Adapts a binary result's histogram H[m][k] (units rated by m coders, k of whom marked the code) to the
// engine's EncodedRatings, so the engine's own unit bootstrap can resample it. Only pairable units
// (m ≥ 2) are written; coder identity does not enter Krippendorff's α, so each unit lists its k
// present ratings first. No statistics here.
import type { EncodedRatings } from '../agreement';

export function encodedFromHistogram(H: ArrayLike<number>, coders: number): EncodedRatings {
	const C = coders + 1;
	let units = 0;
	for (let m = 2; m <= coders; m++) for (let k = 0; k <= m; k++) units += H[m * C + k];
	const codes = new Int32Array(units * coders).fill(-1);
	let u = 0;
	for (let m = 2; m <= coders; m++)
		for (let k = 0; k <= m; k++)
			for (let h = 0; h < H[m * C + k]; h++, u++) {
				const row = u * coders;
				for (let j = 0; j < m; j++) codes[row + j] = j < k ? 1 : 0;
			}
	return { codes, units, coders, categories: [0, 1], values: Float64Array.from([0, 1]) };
}
