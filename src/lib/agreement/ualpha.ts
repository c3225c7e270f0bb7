// The u-α family of Krippendorff, Mathet, Bouvry & Widlöcher (2016) / Krippendorff (2019, §12.6), as ATLAS.ti reports it:
// uα (all values), |uα ("α-binary": coded vs uncoded), cuα (values given both coders coded), Cuα (semantic domains), (k)uα per value.
// Each coder partitions [B, B+L) into segments valued c or φ (uncoded).
import { AgreementError, undef, type Coefficient } from './types';

export type USegment = { coder: string | number; value: string; begin: number; length: number };

export type UAlphaInput = {
	begin: number;
	length: number;
	segments: ReadonlyArray<USegment>;
	coders?: ReadonlyArray<string | number>;
	/** value → semantic domain, for Cuα; values without a domain form their own. */
	domains?: Readonly<Record<string, string>>;
};

export type UAlphaMatrix = {
	/** Value labels; index 0 is φ (uncoded), shown as ''. */
	values: string[];
	/** l_ck, row-major (values.length²). */
	observed: Float64Array;
	/** ε_ck for c ≠ k (diagonal left 0: not needed by the coefficients). */
	expected: Float64Array;
	/** l.. − Σ len²/l.. (φ segments add len, not len²). */
	denominator: number;
	total: number;
};

export type UAlphaResult = {
	uAlpha: Coefficient;
	/** |uα: all non-φ values merged. */
	binaryAlpha: Coefficient;
	/** cuα: coding agreement on the text both coders coded (non-φ submatrix). */
	cuAlpha: Coefficient;
	/** Cuα: cuα over semantic domains (only when `domains` is given). */
	CuAlpha?: Coefficient;
	/** (k)uα per value. */
	perValue: Record<string, Coefficient>;
	matrix: UAlphaMatrix;
};

type Part = { b: number; e: number; v: number }[];

function partitions(input: UAlphaInput, relabel: (value: string) => string): { parts: Part[]; values: string[] } {
	const B = input.begin;
	const E = input.begin + input.length;
	if (!(input.length > 0)) throw new AgreementError('invalid_continuum', `continuum length must be positive, got ${input.length}`, { length: input.length });
	const coderIds = input.coders ? [...input.coders] : [...new Set(input.segments.map((s) => s.coder))];
	const index = new Map(coderIds.map((c, i) => [c, i]));
	const valueIndex = new Map<string, number>();
	const values = [''];
	const lists: { b: number; e: number; v: number }[][] = coderIds.map(() => []);
	input.segments.forEach((s, i) => {
		if (!(s.length > 0)) throw new AgreementError('invalid_length', `segment ${i + 1}: length must be positive, got ${s.length}`, { segment: i + 1 });
		if (s.begin < B || s.begin + s.length > E)
			throw new AgreementError('unit_outside_continuum', `segment ${i + 1}: [${s.begin}, ${s.begin + s.length}) lies outside [${B}, ${E})`, { segment: i + 1 });
		const ci = index.get(s.coder);
		if (ci === undefined) throw new AgreementError('unknown_coder', `segment ${i + 1}: coder '${s.coder}' is not in the coder list`, { segment: i + 1, coder: String(s.coder) });
		const label = relabel(s.value);
		let v = valueIndex.get(label);
		if (v === undefined) {
			v = values.length;
			valueIndex.set(label, v);
			values.push(label);
		}
		lists[ci].push({ b: s.begin, e: s.begin + s.length, v });
	});
	const parts = lists.map((list, ci) => {
		list.sort((x, y) => x.b - y.b);
		const part: Part = [];
		let pos = B;
		for (const s of list) {
			if (s.b < pos)
				throw new AgreementError('overlapping_values', `coder '${coderIds[ci]}': segments overlap at ${s.b}; within one variable a coder assigns one value per position`, {
					coder: String(coderIds[ci]),
					begin: s.b
				});
			if (s.b > pos) part.push({ b: pos, e: s.b, v: 0 });
			part.push(s);
			pos = s.e;
		}
		if (pos < E) part.push({ b: pos, e: E, v: 0 });
		return part;
	});
	return { parts, values };
}

/** Observed and expected coincidences of lengths for the given relabelling. */
export function uAlphaMatrix(input: UAlphaInput, relabel: (value: string) => string = (v) => v): UAlphaMatrix {
	const { parts, values } = partitions(input, relabel);
	const V = values.length;
	const m = parts.length;
	const l = new Float64Array(V * V);
	for (let i = 0; i < m; i++)
		for (let j = i + 1; j < m; j++) {
			const a = parts[i];
			const c = parts[j];
			let x = 0;
			let y = 0;
			while (x < a.length && y < c.length) {
				const len = Math.min(a[x].e, c[y].e) - Math.max(a[x].b, c[y].b);
				if (len > 0) {
					l[a[x].v * V + c[y].v] += len;
					l[c[y].v * V + a[x].v] += len;
				}
				if (a[x].e <= c[y].e) x++;
				else y++;
			}
		}
	if (m >= 2) for (let i = 0; i < l.length; i++) l[i] /= m - 1;
	const total = m * input.length;
	let sq = 0;
	for (const part of parts) for (const s of part) sq += s.v === 0 ? s.e - s.b : (s.e - s.b) ** 2;
	const denominator = total - sq / total;
	const rows = new Float64Array(V);
	for (let c = 0; c < V; c++) for (let k = 0; k < V; k++) rows[c] += l[c * V + k];
	const expected = new Float64Array(V * V);
	for (let c = 0; c < V; c++) for (let k = 0; k < V; k++) if (c !== k) expected[c * V + k] = denominator > 0 ? (rows[c] * rows[k]) / denominator : 0;
	return { values, observed: l, expected, denominator, total };
}

function alphaOver(mx: UAlphaMatrix, include: (c: number) => boolean, ownMargins: boolean): Coefficient {
	const V = mx.values.length;
	const l = mx.observed;
	let obs = 0;
	let exp = 0;
	if (!ownMargins) {
		for (let c = 0; c < V; c++)
			for (let k = 0; k < V; k++)
				if (c !== k && include(c) && include(k)) {
					obs += l[c * V + k];
					exp += mx.expected[c * V + k];
				}
	} else {
		// cuα: expectation from the submatrix's own margins (no unit-length correction; see report).
		const rows = new Float64Array(V);
		let tot = 0;
		for (let c = 0; c < V; c++)
			for (let k = 0; k < V; k++)
				if (include(c) && include(k)) {
					rows[c] += l[c * V + k];
					tot += l[c * V + k];
				}
		if (tot === 0) return undef('too_few_pairable', 'no text was coded by two coders');
		for (let c = 0; c < V; c++)
			for (let k = 0; k < V; k++)
				if (c !== k && include(c) && include(k)) {
					obs += l[c * V + k];
					exp += (rows[c] * rows[k]) / tot;
				}
	}
	return exp > 1e-12 ? { value: 1 - obs / exp } : undef('no_variation', 'no expected disagreement');
}

export function uAlphaFamily(input: UAlphaInput): UAlphaResult {
	const coders = input.coders ? input.coders.length : new Set(input.segments.map((s) => s.coder)).size;
	const mx = uAlphaMatrix(input);
	const V = mx.values.length;
	const few = undef('too_few_coders', 'u-alpha needs at least two coders');
	const perValue: Record<string, Coefficient> = {};
	const l = mx.observed;
	for (let k = 1; k < V; k++) {
		let row = 0;
		let off = 0;
		for (let j = 0; j < V; j++) {
			row += l[k * V + j];
			if (j !== k) off += l[k * V + j];
		}
		const den = row * (mx.total - row);
		perValue[mx.values[k]] = coders < 2 ? few : den > 0 ? { value: 1 - (off * mx.denominator) / den } : undef('no_variation', 'no expected disagreement');
	}
	const binary = uAlphaMatrix(input, () => '1');
	const result: UAlphaResult = {
		uAlpha: coders < 2 ? few : alphaOver(mx, () => true, false),
		binaryAlpha: coders < 2 ? few : alphaOver(binary, () => true, false),
		cuAlpha: coders < 2 ? few : alphaOver(mx, (c) => c !== 0, true),
		perValue,
		matrix: mx
	};
	if (input.domains) {
		const d = input.domains;
		const dm = uAlphaMatrix(input, (v) => d[v] ?? v);
		result.CuAlpha = coders < 2 ? few : alphaOver(dm, (c) => c !== 0, true);
	}
	return result;
}
