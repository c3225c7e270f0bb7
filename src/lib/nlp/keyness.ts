// Keyness between two sub-corpora: log-likelihood G² (Dunning 1993; Rayson & Garside 2000) and
// %DIFF (Gabrielatos & Marchi 2012), plus Hardie's (2014) log ratio as a plain effect size.
import type { CorpusIndex } from './corpus-index';
import { frequencies, type FrequencyOptions, type FrequencyResult } from './frequencies';
import type { Selection } from './types';

/** χ²(1) critical values for p < 0.05, 0.01, 0.001, 0.0001. */
export const G2_CUTOFFS = [
	{ g2: 3.84, p: 0.05 },
	{ g2: 6.63, p: 0.01 },
	{ g2: 10.83, p: 0.001 },
	{ g2: 15.13, p: 0.0001 }
] as const;

export type Significance = 0.05 | 0.01 | 0.001 | 0.0001;

/**
 * G² = 2 Σ O·ln(O/E) over the two cells (frequency a in corpus A of N1 words, b in B of N2),
 * with E1 = N1·(a+b)/(N1+N2), E2 = N2·(a+b)/(N1+N2); a zero cell contributes 0.
 */
export function logLikelihood(a: number, b: number, n1: number, n2: number): number {
	const n = n1 + n2;
	if (n <= 0 || a + b <= 0) return 0;
	const e1 = (n1 * (a + b)) / n;
	const e2 = (n2 * (a + b)) / n;
	let g = 0;
	if (a > 0) g += a * Math.log(a / e1);
	if (b > 0) g += b * Math.log(b / e2);
	return Math.max(0, 2 * g);
}

/**
 * %DIFF = (NF_A − NF_B)·100 / NF_B on normalised frequencies. When NF_B = 0 the value is
 * +∞: returned as null with `infinite: true`.
 */
export function percentDiff(a: number, b: number, n1: number, n2: number): { value: number | null; infinite: boolean } {
	const f1 = n1 > 0 ? a / n1 : 0;
	const f2 = n2 > 0 ? b / n2 : 0;
	if (f2 === 0) return f1 === 0 ? { value: 0, infinite: false } : { value: null, infinite: true };
	return { value: ((f1 - f2) * 100) / f2, infinite: false };
}

/** Hardie's log ratio: log2 of the ratio of relative frequencies, a zero count replaced by 0.5. */
export function logRatio(a: number, b: number, n1: number, n2: number): number {
	const x = (a === 0 ? 0.5 : a) / n1;
	const y = (b === 0 ? 0.5 : b) / n2;
	return Math.log2(x / y);
}

/** Survival function P(X ≥ x) of the χ² distribution with `df` degrees of freedom. */
export function chiSquareSurvival(x: number, df = 1): number {
	if (!(x > 0)) return 1;
	if (!Number.isFinite(x)) return 0;
	return gammaQ(df / 2, x / 2);
}

export function significanceOf(g2: number): Significance | null {
	let s: Significance | null = null;
	for (const c of G2_CUTOFFS) if (g2 >= c.g2) s = c.p;
	return s;
}

// Regularised upper incomplete gamma Q(a, x) (Numerical Recipes §6.2: series below a+1,
// Lentz continued fraction above); relative accuracy ~1e-14.
function gammaQ(a: number, x: number): number {
	if (x < a + 1) return 1 - gammaSeries(a, x);
	return gammaContinuedFraction(a, x);
}

function gammaSeries(a: number, x: number): number {
	let ap = a;
	let sum = 1 / a;
	let del = sum;
	for (let n = 0; n < 1000; n++) {
		ap += 1;
		del *= x / ap;
		sum += del;
		if (Math.abs(del) < Math.abs(sum) * 1e-16) break;
	}
	return sum * Math.exp(-x + a * Math.log(x) - lnGamma(a));
}

function gammaContinuedFraction(a: number, x: number): number {
	const tiny = 1e-300;
	let b = x + 1 - a;
	let c = 1 / tiny;
	let d = 1 / b;
	let h = d;
	for (let i = 1; i < 1000; i++) {
		const an = -i * (i - a);
		b += 2;
		d = an * d + b;
		if (Math.abs(d) < tiny) d = tiny;
		c = b + an / c;
		if (Math.abs(c) < tiny) c = tiny;
		d = 1 / d;
		const del = d * c;
		h *= del;
		if (Math.abs(del - 1) < 1e-16) break;
	}
	return Math.exp(-x + a * Math.log(x) - lnGamma(a)) * h;
}

// Lanczos approximation (g = 7, n = 9).
const LANCZOS = [
	0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
	12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7
];
function lnGamma(z: number): number {
	if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - lnGamma(1 - z);
	z -= 1;
	let x = LANCZOS[0];
	for (let i = 1; i < 9; i++) x += LANCZOS[i] / (z + i);
	const t = z + 7.5;
	return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(x);
}

export interface KeynessRow {
	term: string;
	display: string;
	countA: number;
	countB: number;
	/** Per 10,000 words. */
	relA: number;
	relB: number;
	g2: number;
	p: number;
	/** Smallest conventional p threshold met (G² ≥ 3.84, 6.63, 10.83, 15.13), or null. */
	significance: Significance | null;
	/** %DIFF of A against B; null when B's frequency is 0 (then percentDiffInfinite is true). */
	percentDiff: number | null;
	percentDiffInfinite: boolean;
	logRatio: number;
	/** 'A': relatively more frequent in A (overuse in A vs B); 'B': the reverse. */
	direction: 'A' | 'B' | 'none';
}

export interface KeynessOptions {
	/** Rows per direction. Default 50. */
	top?: number;
	/** Only rows with G² at least this. Default 0 (see `significance` for cut-offs). */
	minG2?: number;
	/** Only terms with countA + countB at least this. Default 1. */
	minCount?: number;
}

export interface KeynessResult {
	by: 'word' | 'stem';
	totalA: number;
	totalB: number;
	/** Terms compared (after minCount). */
	terms: number;
	/** Overused in A relative to B, by G² descending. */
	overA: KeynessRow[];
	/** Overused in B relative to A, by G² descending. */
	overB: KeynessRow[];
}

export function keynessRow(term: string, display: string, a: number, b: number, n1: number, n2: number): KeynessRow {
	const g2 = logLikelihood(a, b, n1, n2);
	const pd = percentDiff(a, b, n1, n2);
	const fa = n1 > 0 ? a / n1 : 0;
	const fb = n2 > 0 ? b / n2 : 0;
	return {
		term,
		display,
		countA: a,
		countB: b,
		relA: fa * 10_000,
		relB: fb * 10_000,
		g2,
		p: chiSquareSurvival(g2),
		significance: significanceOf(g2),
		percentDiff: pd.value,
		percentDiffInfinite: pd.infinite,
		logRatio: logRatio(a, b, n1, n2),
		direction: fa > fb ? 'A' : fa < fb ? 'B' : 'none'
	};
}

/** Keyness from two frequency lists (same `by`). */
export function compareFrequencies(fa: FrequencyResult, fb: FrequencyResult, options: KeynessOptions = {}): KeynessResult {
	const top = options.top ?? 50;
	const minG2 = options.minG2 ?? 0;
	const minCount = options.minCount ?? 1;
	const merged = new Map<string, { display: string; a: number; b: number }>();
	for (const r of fa.rows) merged.set(r.term, { display: r.display, a: r.count, b: 0 });
	for (const r of fb.rows) {
		const m = merged.get(r.term);
		if (m) m.b = r.count;
		else merged.set(r.term, { display: r.display, a: 0, b: r.count });
	}
	const overA: KeynessRow[] = [];
	const overB: KeynessRow[] = [];
	let terms = 0;
	for (const [term, m] of merged) {
		if (m.a + m.b < minCount) continue;
		terms++;
		const row = keynessRow(term, m.display, m.a, m.b, fa.total, fb.total);
		if (row.g2 < minG2) continue;
		if (row.direction === 'A') overA.push(row);
		else if (row.direction === 'B') overB.push(row);
	}
	const order = (x: KeynessRow, y: KeynessRow) => y.g2 - x.g2 || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0);
	overA.sort(order);
	overB.sort(order);
	return { by: fa.by, totalA: fa.total, totalB: fb.total, terms, overA: overA.slice(0, top), overB: overB.slice(0, top) };
}

export type KeynessIndexOptions = KeynessOptions & Omit<FrequencyOptions, keyof Selection>;

/** Keyness of selection A against selection B of one index (e.g. wave 2024 vs 2002). */
export function keyness(index: CorpusIndex, a: Selection, b: Selection, options: KeynessIndexOptions = {}): KeynessResult {
	const { top, minG2, minCount, ...freqOpts } = options;
	const fa = frequencies(index, { ...freqOpts, docs: a.docs, ranges: a.ranges });
	const fb = frequencies(index, { ...freqOpts, docs: b.docs, ranges: b.ranges });
	return compareFrequencies(fa, fb, { top, minG2, minCount });
}
