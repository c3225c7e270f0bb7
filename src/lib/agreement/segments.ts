// MAXQDA-style segment agreement between two coders: every coded segment of either coder is a unit;
// it agrees when the other coder put the same code on a segment overlapping it by at least `threshold`,
// overlap measured as |intersection| / |union| of the two segments.
import { undef, type Coefficient } from './types';

export type CodedSegment = { coder: string | number; document: string | number; code: string; begin: number; end: number };

export type SegmentCodeRow = { agreements: number; nonAgreements: number; total: number; percent: number | null; onlyFirst: number; onlySecond: number };

export type SegmentAgreementResult = {
	codes: Record<string, SegmentCodeRow>;
	total: SegmentCodeRow;
	/** Brennan–Prediger-style κ: P_o = a/(a+b+c), P_e = 1/q with q = number of codes in the table. */
	kappa: Coefficient & { observed: number | null; expected: number | null; categories: number };
	threshold: number;
};

/** |g ∩ h| / |g ∪ h| for half-open intervals; 0 when they do not overlap. */
export function overlapRatio(b1: number, e1: number, b2: number, e2: number): number {
	const inter = Math.min(e1, e2) - Math.max(b1, b2);
	if (inter <= 0) return 0;
	return inter / (Math.max(e1, e2) - Math.min(b1, b2));
}

type S = { b: number; e: number };

function countMatched(xs: S[], ys: S[], threshold: number): number {
	// ys sorted by begin; a match needs overlap, so only ys with begin < x.end and end > x.begin qualify.
	let maxLen = 0;
	for (const y of ys) maxLen = Math.max(maxLen, y.e - y.b);
	let matched = 0;
	for (const x of xs) {
		let lo = 0;
		let hi = ys.length;
		const from = x.b - maxLen;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (ys[mid].b < from) lo = mid + 1;
			else hi = mid;
		}
		for (let j = lo; j < ys.length && ys[j].b < x.e; j++)
			if (overlapRatio(x.b, x.e, ys[j].b, ys[j].e) >= threshold - 1e-12) {
				matched++;
				break;
			}
	}
	return matched;
}

export function segmentAgreement(
	segments: ReadonlyArray<CodedSegment>,
	options: { threshold?: number; coders?: [string | number, string | number]; codes?: ReadonlyArray<string> } = {}
): SegmentAgreementResult {
	const threshold = options.threshold ?? 0.9;
	const coders = options.coders ?? ([...new Set(segments.map((s) => s.coder))].slice(0, 2) as [string | number, string | number]);
	const groups = new Map<string, { code: string; a: S[]; b: S[] }>();
	for (const s of segments) {
		const side = s.coder === coders[0] ? 0 : s.coder === coders[1] ? 1 : -1;
		if (side < 0) continue;
		const key = JSON.stringify([s.code, s.document]);
		let g = groups.get(key);
		if (!g) groups.set(key, (g = { code: s.code, a: [], b: [] }));
		(side === 0 ? g.a : g.b).push({ b: s.begin, e: s.end });
	}
	const rows: Record<string, SegmentCodeRow> = {};
	const row = (code: string) => (rows[code] ??= { agreements: 0, nonAgreements: 0, total: 0, percent: null, onlyFirst: 0, onlySecond: 0 });
	for (const code of options.codes ?? []) row(code);
	for (const g of groups.values()) {
		g.a.sort((x, y) => x.b - y.b);
		g.b.sort((x, y) => x.b - y.b);
		const ma = countMatched(g.a, g.b, threshold);
		const mb = countMatched(g.b, g.a, threshold);
		const r = row(g.code);
		r.agreements += ma + mb;
		r.onlyFirst += g.a.length - ma;
		r.onlySecond += g.b.length - mb;
	}
	const total: SegmentCodeRow = { agreements: 0, nonAgreements: 0, total: 0, percent: null, onlyFirst: 0, onlySecond: 0 };
	const sorted: Record<string, SegmentCodeRow> = {};
	for (const code of Object.keys(rows).sort()) {
		const r = rows[code];
		r.nonAgreements = r.onlyFirst + r.onlySecond;
		r.total = r.agreements + r.nonAgreements;
		r.percent = r.total ? r.agreements / r.total : null;
		total.agreements += r.agreements;
		total.onlyFirst += r.onlyFirst;
		total.onlySecond += r.onlySecond;
		sorted[code] = r;
	}
	total.nonAgreements = total.onlyFirst + total.onlySecond;
	total.total = total.agreements + total.nonAgreements;
	total.percent = total.total ? total.agreements / total.total : null;
	const q = Object.keys(sorted).length;
	const po = total.percent;
	let kappa: SegmentAgreementResult['kappa'];
	if (po === null) kappa = { ...undef('no_data', 'no coded segments'), observed: null, expected: null, categories: q };
	else if (q < 2) kappa = { ...undef('single_category', 'kappa needs at least two codes in the table'), observed: po, expected: 1, categories: q };
	else kappa = { value: (po - 1 / q) / (1 - 1 / q), observed: po, expected: 1 / q, categories: q };
	return { codes: sorted, total, kappa, threshold };
}
