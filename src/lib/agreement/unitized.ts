// Krippendorff's unitized α (1995/2004) per category, as implemented in DKPro Agreement
// (KrippendorffAlphaUnitizingAgreement); overall = 1 − mean_c D_o / mean_c D_e.
import { AgreementError, undef, type UndefinedCode } from './types';

export type UnitizedUnit = { coder: string | number; category: string; begin: number; length: number };

export type UnitizedInput = {
	/** Continuum start B and length L: units must lie within [B, B+L). */
	begin: number;
	length: number;
	units: ReadonlyArray<UnitizedUnit>;
	/** All coders (a coder with no units still counts). Default: the coders seen in `units`. */
	coders?: ReadonlyArray<string | number>;
};

export type UnitizedCategory = {
	value: number | null;
	reason?: string;
	code?: UndefinedCode;
	observed: number;
	expected: number;
	units: number;
};

export type UnitizedResult = {
	overall: { value: number | null; reason?: string; code?: UndefinedCode; observed: number; expected: number };
	categories: Record<string, UnitizedCategory>;
	coders: number;
};

/** Krippendorff's δ² between two sections (begin, length, isUnit); b = begin_g − begin_h. */
export function unitizedDistance(bg: number, lg: number, gUnit: boolean, bh: number, lh: number, hUnit: boolean): number {
	const b = bg - bh;
	if (gUnit && hUnit) return -lg < b && b < lh ? b * b + (b + lg - lh) * (b + lg - lh) : 0;
	if (gUnit && !hUnit) return lh - lg >= b && b >= 0 ? lg * lg : 0;
	if (!gUnit && hUnit) return lh - lg <= b && b <= 0 ? lh * lh : 0;
	return 0;
}

type Seg = { b: number; l: number };

function gapsOf(units: Seg[], B: number, L: number): number[] {
	const gaps: number[] = [];
	let pos = B;
	for (const u of units) {
		if (u.b > pos) gaps.push(u.b - pos);
		pos = u.b + u.l;
	}
	if (B + L > pos) gaps.push(B + L - pos);
	return gaps;
}

/** Σ δ² for the unordered coder pair: overlapping unit pairs plus units lying in the other's gap. */
function pairDisagreement(a: Seg[], c: Seg[]): number {
	let s = 0;
	const overlapped = new Uint8Array(c.length);
	let start = 0;
	for (const g of a) {
		while (start < c.length && c[start].b + c[start].l <= g.b) start++;
		let any = false;
		for (let j = start; j < c.length && c[j].b < g.b + g.l; j++) {
			const h = c[j];
			s += unitizedDistance(g.b, g.l, true, h.b, h.l, true);
			any = true;
			overlapped[j] = 1;
		}
		if (!any) s += g.l * g.l;
	}
	for (let j = 0; j < c.length; j++) if (!overlapped[j]) s += c[j].l * c[j].l;
	return s;
}

export function unitizedAlpha(input: UnitizedInput): UnitizedResult {
	const B = input.begin;
	const L = input.length;
	if (!(L > 0)) throw new AgreementError('invalid_continuum', `continuum length must be positive, got ${L}`, { length: L });
	const coderIds = input.coders ? [...input.coders] : [...new Set(input.units.map((u) => u.coder))];
	const coderIndex = new Map(coderIds.map((c, i) => [c, i]));
	const R = coderIds.length;
	const byCat = new Map<string, Seg[][]>();
	input.units.forEach((u, i) => {
		if (!(u.length > 0)) throw new AgreementError('invalid_length', `unit ${i + 1}: length must be positive, got ${u.length}`, { unit: i + 1, length: u.length });
		if (u.begin < B || u.begin + u.length > B + L)
			throw new AgreementError('unit_outside_continuum', `unit ${i + 1}: [${u.begin}, ${u.begin + u.length}) lies outside the continuum [${B}, ${B + L})`, {
				unit: i + 1,
				begin: u.begin,
				length: u.length
			});
		const ci = coderIndex.get(u.coder);
		if (ci === undefined) throw new AgreementError('unknown_coder', `unit ${i + 1}: coder '${u.coder}' is not in the coder list`, { unit: i + 1, coder: String(u.coder) });
		let per = byCat.get(u.category);
		if (!per) byCat.set(u.category, (per = coderIds.map(() => [])));
		per[ci].push({ b: u.begin, l: u.length });
	});
	const categories: Record<string, UnitizedCategory> = {};
	let sumDo = 0;
	let sumDe = 0;
	const names = [...byCat.keys()].sort();
	for (const name of names) {
		const per = byCat.get(name)!;
		for (let i = 0; i < R; i++) {
			per[i].sort((x, y) => x.b - y.b);
			for (let k = 1; k < per[i].length; k++)
				if (per[i][k].b < per[i][k - 1].b + per[i][k - 1].l)
					throw new AgreementError('overlapping_units', `coder '${coderIds[i]}', category '${name}': units at ${per[i][k - 1].b} and ${per[i][k].b} overlap`, {
						coder: String(coderIds[i]),
						category: name,
						begin: per[i][k].b
					});
		}
		let num = 0;
		for (let i = 0; i < R; i++) for (let j = i + 1; j < R; j++) num += pairDisagreement(per[i], per[j]);
		const Do = R >= 2 ? (2 * num) / (R * (R - 1) * L * L) : 0;
		// D_e with gap lengths sorted and suffix sums: Σ_{l_γ ≥ l}(l_γ − l + 1) = S_≥ − (l − 1)·C_≥.
		const gaps: number[] = [];
		const lens: number[] = [];
		for (let i = 0; i < R; i++) {
			for (const g of gapsOf(per[i], B, L)) gaps.push(g);
			for (const u of per[i]) lens.push(u.l);
		}
		gaps.sort((x, y) => x - y);
		const suffix = new Float64Array(gaps.length + 1);
		for (let k = gaps.length - 1; k >= 0; k--) suffix[k] = suffix[k + 1] + gaps[k];
		const Nc = lens.length;
		let top = 0;
		let sumLL = 0;
		for (const l of lens) {
			let lo = 0;
			let hi = gaps.length;
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (gaps[mid] >= l) hi = mid;
				else lo = mid + 1;
			}
			const count = gaps.length - lo;
			top += ((Nc - 1) * (2 * l * l * l - 3 * l * l + l)) / 3 + l * l * (suffix[lo] - (l - 1) * count);
			sumLL += l * (l - 1);
		}
		const denom = R * L * (R * L - 1) - sumLL;
		const De = denom > 0 ? ((2 / L) * top) / denom : 0;
		sumDo += Do;
		sumDe += De;
		const head =
			R < 2
				? undef('too_few_coders', 'unitized alpha needs at least two coders')
				: De > 0
					? { value: 1 - Do / De }
					: undef('no_variation', 'no expected disagreement for this category');
		categories[name] = { ...head, observed: Do, expected: De, units: Nc };
	}
	const k = names.length;
	const mDo = k ? sumDo / k : 0;
	const mDe = k ? sumDe / k : 0;
	const overall =
		R < 2
			? undef('too_few_coders', 'unitized alpha needs at least two coders')
			: k === 0
				? undef('no_data', 'no units')
				: mDe > 0
					? { value: 1 - mDo / mDe }
					: undef('no_variation', 'no expected disagreement');
	return { overall: { ...overall, observed: mDo, expected: mDe }, categories, coders: R };
}
