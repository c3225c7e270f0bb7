// Sentence splitting: Intl.Segmenter('da') (ICU) plus a Danish merge pass, because ICU still
// breaks after `Hr.`, `d.`, `kl.`, `stk.` and ordinals such as `5.` in `d. 5. maj`.
import { FINAL_ABBREVIATIONS, NON_FINAL_ABBREVIATIONS } from './abbreviations-da';
import type { Range } from './types';

type Segmenter = { segment(text: string): Iterable<{ segment: string; index: number }> };

let segmenter: Segmenter | null | undefined;
function getSegmenter(): Segmenter | null {
	if (segmenter === undefined) {
		const Seg = (Intl as unknown as { Segmenter?: new (l: string, o: object) => Segmenter }).Segmenter;
		segmenter = Seg ? new Seg('da', { granularity: 'sentence' }) : null;
	}
	return segmenter;
}

/** Fallback for engines without Intl.Segmenter: break after . ! ? … (plus closing quotes) + blank, or at a line break. */
function naiveSegments(text: string): Range[] {
	const out: Range[] = [];
	const re = /[.!?…]+["'”’»)\]]*\s+|\n+/gu;
	let start = 0;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) {
		const end = m.index + m[0].length;
		out.push({ start, end });
		start = end;
	}
	if (start < text.length) out.push({ start, end: text.length });
	return out;
}

const LAST_WORD = /(?:^|[\s(\[”"'«»“])([\p{L}.]*\p{L}\.)$/u;
const ORDINAL = /(?:^|[\s(\[])\d{1,4}\.$/u;
const STARTS_LOWER = /^[\s"'”“«»(\[]*[\p{Ll}\d§]/u;

function trimRange(text: string, start: number, end: number): Range | null {
	while (start < end && /\s/u.test(text[start])) start++;
	while (end > start && /\s/u.test(text[end - 1])) end--;
	return end > start ? { start, end } : null;
}

/**
 * Sentence ranges of `text`, trimmed of surrounding white space (`text.slice(start, end)` is
 * the sentence). Line breaks always end a sentence, so turns never share one.
 */
export function sentences(text: string): Range[] {
	if (!text) return [];
	const seg = getSegmenter();
	let raw: Range[];
	if (seg) {
		raw = [];
		for (const s of seg.segment(text)) raw.push({ start: s.index, end: s.index + s.segment.length });
	} else raw = naiveSegments(text);

	const trimmed: Range[] = [];
	for (const r of raw) {
		const t = trimRange(text, r.start, r.end);
		if (t) trimmed.push(t);
	}

	const out: Range[] = [];
	for (const r of trimmed) {
		const prev = out[out.length - 1];
		if (prev && shouldMerge(text, prev, r)) prev.end = r.end;
		else out.push({ start: r.start, end: r.end });
	}
	return out;
}

function shouldMerge(text: string, prev: Range, next: Range): boolean {
	if (text.slice(prev.end, next.start).includes('\n')) return false;
	const tail = text.slice(Math.max(prev.start, prev.end - 24), prev.end);
	const nextLower = STARTS_LOWER.test(text.slice(next.start, next.start + 8));
	const w = LAST_WORD.exec(tail);
	if (w) {
		const word = w[1].toLowerCase();
		if (NON_FINAL_ABBREVIATIONS.has(word)) return true;
		if (FINAL_ABBREVIATIONS.has(word)) return nextLower;
		// A lone letter + period is an initial or abbreviation (`H. C. Andersen`, `s. 12`).
		if (word.length === 2) return nextLower || /^\p{Lu}\./u.test(text.slice(next.start, next.start + 2));
	}
	if (ORDINAL.test(tail)) return nextLower;
	return false;
}

/** Index of the range in sorted, non-overlapping `ranges` containing `pos`, or -1. */
export function findRange(ranges: ArrayLike<Range>, pos: number): number {
	let lo = 0;
	let hi = ranges.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const r = ranges[mid];
		if (pos < r.start) hi = mid - 1;
		else if (pos >= r.end) lo = mid + 1;
		else return mid;
	}
	return -1;
}
