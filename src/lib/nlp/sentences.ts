// Sentence splitting for Danish: a small rule-based splitter (UAX #29-like) plus a merge pass
// for Danish abbreviations and ordinals. Not Intl.Segmenter: ICU still breaks after `Hr.`, `d.`,
// `kl.`, `stk.` and `5.` in `d. 5. maj`, differs between browser versions (sentence units must be
// the same on server and client for keyword precision/recall), and is ~50× slower.
import { FINAL_ABBREVIATIONS, NON_FINAL_ABBREVIATIONS } from './abbreviations-da';
import type { Range } from './types';

// A terminator run, optional closing quotes/brackets, blanks, then (looked ahead) the next
// character; or a line break, which always ends a sentence.
const BOUNDARY = /[.!?…]+["'”’»)\]]*[ \t\u00a0]+(?=(\S))|\r?\n|\u2028|\u2029/gu;
const LOWER = /\p{Ll}/u;

/** Candidate sentences before the merge pass. */
function rawSegments(text: string): Range[] {
	const out: Range[] = [];
	let start = 0;
	BOUNDARY.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = BOUNDARY.exec(text))) {
		const next = m[1];
		if (next === undefined) {
			out.push({ start, end: m.index });
			start = m.index + m[0].length;
			continue;
		}
		// No break before a lower-case letter (`”Nej.” sagde hun`), nor after an omission mark `(…)` `[…]`.
		if (LOWER.test(next)) continue;
		const before = text[m.index - 1];
		if (before === '(' || before === '[') continue;
		const end = m.index + m[0].length;
		out.push({ start, end });
		start = end;
	}
	out.push({ start, end: text.length });
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
	const raw = rawSegments(text);
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
