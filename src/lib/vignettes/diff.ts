import type { DiffPart } from './types';

/**
 * Tokens: words (letters, digits and marks, with inner ' ’ . - joins so "50-undersøgelse",
 * "f.eks" and "3.000" stay whole), whitespace runs, and punctuation runs.
 */
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’.\-][\p{L}\p{N}\p{M}]+)*|\s+|[^\s\p{L}\p{N}\p{M}]+/gu;
const WORD = /^[\p{L}\p{N}\p{M}]/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

export function tokenize(text: string): string[] {
	return text.match(TOKEN) ?? [];
}

export function countWords(text: string): number {
	let n = 0;
	for (const t of tokenize(text)) if (WORD.test(t)) n++;
	return n;
}

export interface WordDiffOptions {
	/**
	 * 'semantic' (default) folds word-less or one-word equalities that sit between two larger
	 * changes into the change, so a rewritten clause reads as one removed and one added chunk.
	 * 'none' returns the minimal token diff.
	 */
	cleanup?: 'semantic' | 'none';
}

/**
 * Word-level diff of a (e.g. the 2002 text) against b (the 2024 text).
 * Invariant: joining the 'same'+'removed' parts gives a, 'same'+'added' gives b.
 * Within a changed region the removed part comes before the added part.
 */
export function wordDiff(a: string, b: string, options: WordDiffOptions = {}): DiffPart[] {
	if (a === b) return a ? [{ kind: 'same', text: a }] : [];
	const ta = tokenize(a);
	const tb = tokenize(b);
	// Intern tokens so the inner loop compares integers.
	const ids = new Map<string, number>();
	const intern = (tokens: string[]) => {
		const out = new Int32Array(tokens.length);
		for (let i = 0; i < tokens.length; i++) {
			let id = ids.get(tokens[i]);
			if (id === undefined) {
				id = ids.size;
				ids.set(tokens[i], id);
			}
			out[i] = id;
		}
		return out;
	};
	const ia = intern(ta);
	const ib = intern(tb);
	const isSpace = new Uint8Array(ids.size);
	for (const [token, id] of ids) if (/^\s/.test(token)) isSpace[id] = 1;
	const keepA = new Uint8Array(ia.length);
	const keepB = new Uint8Array(ib.length);
	new Matcher(ia, ib, ids.size, isSpace, keepA, keepB).run();

	const regions = toRegions(ta, tb, keepA, keepB);
	const cleaned = options.cleanup === 'none' ? regions : semanticCleanup(regions);
	const parts: DiffPart[] = [];
	for (const r of cleaned) {
		if (r.same !== undefined) {
			if (r.same) parts.push({ kind: 'same', text: r.same });
		} else {
			if (r.del) parts.push({ kind: 'removed', text: r.del });
			if (r.ins) parts.push({ kind: 'added', text: r.ins });
		}
	}
	return parts;
}

/** Splits diff parts into the two columns of a side-by-side view. */
export function sideBySide(parts: DiffPart[]): { left: DiffPart[]; right: DiffPart[] } {
	return {
		left: parts.filter((p) => p.kind !== 'added'),
		right: parts.filter((p) => p.kind !== 'removed')
	};
}

export interface DiffStats {
	/** Words in a (left) and b (right). */
	wordsA: number;
	wordsB: number;
	wordsSame: number;
	wordsRemoved: number;
	wordsAdded: number;
	/** Share of a's words kept unchanged in b (1 when a has no words). */
	keptShare: number;
}

export function diffStats(parts: DiffPart[]): DiffStats {
	let same = 0;
	let removed = 0;
	let added = 0;
	for (const p of parts) {
		const n = countWords(p.text);
		if (p.kind === 'same') same += n;
		else if (p.kind === 'removed') removed += n;
		else added += n;
	}
	const wordsA = same + removed;
	return {
		wordsA,
		wordsB: same + added,
		wordsSame: same,
		wordsRemoved: removed,
		wordsAdded: added,
		keptShare: wordsA === 0 ? 1 : same / wordsA
	};
}

// ---------------------------------------------------------------------------
// Matching: Myers' O(ND) algorithm in linear space (middle-snake bisection).
// Two passes: first words and punctuation only (whitespace tokens are plentiful and
// identical, and would double N), then every gap between matched words with all tokens.
// Each run first drops tokens that occur on one side only: they can never match, so
// the longest common subsequence is unchanged and wholly rewritten texts become cheap.

class Matcher {
	private stampA: Int32Array;
	private stampB: Int32Array;
	private generation = 0;

	constructor(
		private a: Int32Array,
		private b: Int32Array,
		nIds: number,
		private isSpace: Uint8Array,
		readonly keepA: Uint8Array,
		readonly keepB: Uint8Array
	) {
		this.stampA = new Int32Array(nIds);
		this.stampB = new Int32Array(nIds);
	}

	run(): void {
		const { a, b, keepA, keepB } = this;
		this.match(0, a.length, 0, b.length, true);
		let i = 0;
		let j = 0;
		for (;;) {
			let i2 = i;
			while (i2 < a.length && !keepA[i2]) i2++;
			let j2 = j;
			while (j2 < b.length && !keepB[j2]) j2++;
			if (i2 > i && j2 > j) this.match(i, i2, j, j2, false);
			if (i2 >= a.length || j2 >= b.length) break;
			i = i2 + 1;
			j = j2 + 1;
		}
	}

	private match(aLo: number, aHi: number, bLo: number, bHi: number, wordsOnly: boolean): void {
		const { a, b, isSpace, stampA, stampB } = this;
		const gen = ++this.generation;
		for (let i = aLo; i < aHi; i++) stampA[a[i]] = gen;
		for (let j = bLo; j < bHi; j++) stampB[b[j]] = gen;
		const posA: number[] = [];
		const posB: number[] = [];
		for (let i = aLo; i < aHi; i++) {
			const t = a[i];
			if (stampB[t] === gen && !(wordsOnly && isSpace[t])) posA.push(i);
		}
		for (let j = bLo; j < bHi; j++) {
			const t = b[j];
			if (stampA[t] === gen && !(wordsOnly && isSpace[t])) posB.push(j);
		}
		if (posA.length === 0 || posB.length === 0) return;
		const fa = Int32Array.from(posA, (i) => a[i]);
		const fb = Int32Array.from(posB, (j) => b[j]);
		const ka = new Uint8Array(fa.length);
		const kb = new Uint8Array(fb.length);
		diffRange(fa, 0, fa.length, fb, 0, fb.length, ka, kb);
		for (let i = 0; i < ka.length; i++) if (ka[i]) this.keepA[posA[i]] = 1;
		for (let j = 0; j < kb.length; j++) if (kb[j]) this.keepB[posB[j]] = 1;
	}
}

function diffRange(
	a: Int32Array,
	aLo: number,
	aHi: number,
	b: Int32Array,
	bLo: number,
	bHi: number,
	keepA: Uint8Array,
	keepB: Uint8Array
): void {
	// Common prefix and suffix are matches by construction.
	while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) {
		keepA[aLo++] = 1;
		keepB[bLo++] = 1;
	}
	while (aLo < aHi && bLo < bHi && a[aHi - 1] === b[bHi - 1]) {
		keepA[--aHi] = 1;
		keepB[--bHi] = 1;
	}
	if (aLo === aHi || bLo === bHi) return;
	const split = bisect(a, aLo, aHi, b, bLo, bHi);
	if (!split) return;
	const [x, y] = split;
	diffRange(a, aLo, aLo + x, b, bLo, bLo + y, keepA, keepB);
	diffRange(a, aLo + x, aHi, b, bLo + y, bHi, keepA, keepB);
}

/**
 * Finds the middle snake of the edit graph and returns the split point (x, y) relative
 * to (aLo, bLo), or null when the ranges share nothing. After diff-match-patch's diff_bisect.
 */
function bisect(
	a: Int32Array,
	aLo: number,
	aHi: number,
	b: Int32Array,
	bLo: number,
	bHi: number
): [number, number] | null {
	const n = aHi - aLo;
	const m = bHi - bLo;
	const maxD = Math.ceil((n + m) / 2);
	const vOffset = maxD;
	const vLength = 2 * maxD + 2;
	const v1 = new Int32Array(vLength).fill(-1);
	const v2 = new Int32Array(vLength).fill(-1);
	v1[vOffset + 1] = 0;
	v2[vOffset + 1] = 0;
	const delta = n - m;
	// With an odd delta the forward path detects the overlap, otherwise the reverse one.
	const front = delta % 2 !== 0;
	let k1start = 0;
	let k1end = 0;
	let k2start = 0;
	let k2end = 0;
	for (let d = 0; d < maxD; d++) {
		if (d === maxCost) return furthestForward(v1, vOffset, d, k1start, k1end, n, m);
		for (let k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
			const k1Offset = vOffset + k1;
			let x1: number;
			if (k1 === -d || (k1 !== d && v1[k1Offset - 1] < v1[k1Offset + 1])) x1 = v1[k1Offset + 1];
			else x1 = v1[k1Offset - 1] + 1;
			let y1 = x1 - k1;
			while (x1 < n && y1 < m && a[aLo + x1] === b[bLo + y1]) {
				x1++;
				y1++;
			}
			v1[k1Offset] = x1;
			if (x1 > n) k1end += 2;
			else if (y1 > m) k1start += 2;
			else if (front) {
				const k2Offset = vOffset + delta - k1;
				if (k2Offset >= 0 && k2Offset < vLength && v2[k2Offset] !== -1) {
					const x2 = n - v2[k2Offset];
					if (x1 >= x2) return [x1, y1];
				}
			}
		}
		for (let k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
			const k2Offset = vOffset + k2;
			let x2: number;
			if (k2 === -d || (k2 !== d && v2[k2Offset - 1] < v2[k2Offset + 1])) x2 = v2[k2Offset + 1];
			else x2 = v2[k2Offset - 1] + 1;
			let y2 = x2 - k2;
			while (x2 < n && y2 < m && a[aHi - x2 - 1] === b[bHi - y2 - 1]) {
				x2++;
				y2++;
			}
			v2[k2Offset] = x2;
			if (x2 > n) k2end += 2;
			else if (y2 > m) k2start += 2;
			else if (!front) {
				const k1Offset = vOffset + delta - k2;
				if (k1Offset >= 0 && k1Offset < vLength && v1[k1Offset] !== -1) {
					const x1 = v1[k1Offset];
					const y1 = vOffset + x1 - k1Offset;
					if (x1 >= n - x2) return [x1, y1];
				}
			}
		}
	}
	return null;
}

/**
 * Cost cap for one bisection (edit distance explored before giving up on the exact
 * middle snake). Texts that are mostly rewritten but share many function words would
 * otherwise cost O(N·D); past the cap we split at the forward path that got furthest
 * (as GNU diff does when a diff is "too expensive"): still a valid diff, not always minimal.
 */
let maxCost = 512;

/** For tests and benches: changes the cost cap; returns the previous value. */
export function setDiffCostCap(cap: number): number {
	const prev = maxCost;
	maxCost = cap;
	return prev;
}

function furthestForward(
	v1: Int32Array,
	vOffset: number,
	d: number,
	k1start: number,
	k1end: number,
	n: number,
	m: number
): [number, number] | null {
	let best: [number, number] | null = null;
	let bestSum = -1;
	// Diagonals reached at step d - 1 have the same parity as d - 1.
	for (let k = -(d - 1) + k1start; k <= d - 1 - k1end; k += 2) {
		const x = v1[vOffset + k];
		if (x < 0) continue;
		const y = x - k;
		if (x > n || y > m || y < 0) continue;
		if (x + y > bestSum) {
			bestSum = x + y;
			best = [x, y];
		}
	}
	if (!best || bestSum === 0 || (best[0] === n && best[1] === m)) return null;
	return best;
}

// ---------------------------------------------------------------------------
// Regions: alternating equalities and change regions (removed text + added text).

interface Region {
	same?: string;
	del?: string;
	ins?: string;
}

function toRegions(ta: string[], tb: string[], keepA: Uint8Array, keepB: Uint8Array): Region[] {
	const regions: Region[] = [];
	let i = 0;
	let j = 0;
	while (i < ta.length || j < tb.length) {
		let del = '';
		let ins = '';
		while (i < ta.length && !keepA[i]) del += ta[i++];
		while (j < tb.length && !keepB[j]) ins += tb[j++];
		if (del || ins) regions.push({ del, ins });
		let same = '';
		// Kept tokens pair up in order, so they advance together.
		while (i < ta.length && j < tb.length && keepA[i] && keepB[j]) {
			same += ta[i++];
			j++;
		}
		if (same) regions.push({ same });
	}
	return regions;
}

function changeSize(r: Region): number {
	return Math.max(r.del?.length ?? 0, r.ins?.length ?? 0);
}

/**
 * Folds an equality into its neighbouring changes when it has no word characters, or when
 * it is a single word no longer than the larger side of the change on each side of it
 * (diff-match-patch's semantic rule, limited to one word so that term substitutions such as
 * sagsbehandler → rådgiver stay visible). Stack-based, so linear in the number of regions.
 */
function semanticCleanup(regions: Region[]): Region[] {
	const out: Region[] = [];
	for (const r of regions) {
		if (r.same !== undefined) {
			out.push(r);
			continue;
		}
		let cur: Region = { del: r.del ?? '', ins: r.ins ?? '' };
		for (;;) {
			const eq = out[out.length - 1];
			const prev = out[out.length - 2];
			if (!eq || eq.same === undefined || !prev || prev.same !== undefined) break;
			const text = eq.same;
			const fold =
				!HAS_WORD.test(text) ||
				(countWords(text) === 1 && text.length <= changeSize(prev) && text.length <= changeSize(cur));
			if (!fold) break;
			out.length -= 2;
			cur = { del: prev.del + text + cur.del, ins: prev.ins + text + cur.ins };
		}
		const last = out[out.length - 1];
		if (last && last.same === undefined) {
			last.del += cur.del ?? '';
			last.ins += cur.ins ?? '';
		} else out.push(cur);
	}
	return out;
}
