// Small numeric helpers shared by the coefficient modules.

/** Inverse standard normal CDF (Acklam's algorithm, |rel. error| < 1.2e-9). */
export function normalQuantile(p: number): number {
	if (p <= 0) return -Infinity;
	if (p >= 1) return Infinity;
	if (p === 0.975) return 1.959963984540054;
	const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
	const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
	const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
	const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
	const lo = 0.02425;
	if (p < lo) {
		const q = Math.sqrt(-2 * Math.log(p));
		return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
	}
	if (p > 1 - lo) return -normalQuantile(1 - p);
	const q = p - 0.5;
	const r = q * q;
	return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

export type Weights = 'none' | 'identity' | 'linear' | 'quadratic' | ReadonlyArray<ReadonlyArray<number>>;

/**
 * Agreement weights w_kl (1 on the diagonal). Linear/quadratic use category positions 0..q−1
 * (like statsmodels and irr::kappa2, which use ranks) unless numeric `scores` are given.
 */
export function weightMatrix(q: number, weights: Weights = 'none', scores?: ArrayLike<number> | null): Float64Array {
	const w = new Float64Array(q * q);
	if (typeof weights !== 'string') {
		if (weights.length !== q || weights.some((row) => row.length !== q)) throw new RangeError(`weight matrix must be ${q} × ${q}`);
		for (let i = 0; i < q; i++) for (let j = 0; j < q; j++) w[i * q + j] = weights[i][j];
		return w;
	}
	if (weights === 'none' || weights === 'identity' || q < 2) {
		for (let i = 0; i < q; i++) w[i * q + i] = 1;
		return w;
	}
	const s = scores ?? Float64Array.from({ length: q }, (_, i) => i);
	let min = Infinity;
	let max = -Infinity;
	for (let i = 0; i < q; i++) {
		if (s[i] < min) min = s[i];
		if (s[i] > max) max = s[i];
	}
	const range = max - min || 1;
	for (let i = 0; i < q; i++)
		for (let j = 0; j < q; j++) {
			const x = Math.abs(s[i] - s[j]) / range;
			w[i * q + j] = weights === 'linear' ? 1 - x : 1 - x * x;
		}
	return w;
}

export function isIdentity(w: Float64Array, q: number): boolean {
	for (let i = 0; i < q; i++) for (let j = 0; j < q; j++) if (w[i * q + j] !== (i === j ? 1 : 0)) return false;
	return true;
}
