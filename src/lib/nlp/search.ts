// KWIC search: every occurrence of a query with left/right context, sentence and sort keys.
import { sentenceAt, type CorpusIndex } from './corpus-index';
import { NlpError } from './errors';
import { findMatches, parseQuery, type MatchMode, type ParsedQuery } from './query';
import { insideRanges, resolveSelection } from './selection';
import { TYPE_CODE, type Range, type Selection } from './types';

export interface SearchOptions extends Selection {
	/** How plain words in a string query match: 'word' (default, exact) or 'stem'. */
	match?: MatchMode;
	/** Characters of context on each side, cut back to a word boundary. Default 60. */
	context?: number;
	/** At most this many hits are built (all are counted in `total`). Default 10,000. */
	limit?: number;
}

export interface KwicHit {
	docId: string;
	/** Position of the document in the index (for 'position' sorting). */
	docNo: number;
	start: number;
	end: number;
	/** Context with runs of white space collapsed to one space (display only; offsets are start/end). */
	left: string;
	hit: string;
	right: string;
	/** Source offsets of the context actually shown. */
	contextStart: number;
	contextEnd: number;
	sentence: Range;
	/** Normal forms of the nearest words either side ('' when none), for sorting. */
	keys: { left1: string; left2: string; right1: string; right2: string };
}

export interface SearchResult {
	query: ParsedQuery;
	total: number;
	hits: KwicHit[];
	truncated: boolean;
}

const WORDISH = new Set([TYPE_CODE.word, TYPE_CODE.abbreviation, TYPE_CODE.number, TYPE_CODE.ordinal]);
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function search(index: CorpusIndex, query: string | ParsedQuery, options: SearchOptions = {}): SearchResult {
	const parsed = typeof query === 'string' ? parseQuery(query, { match: options.match }) : query;
	const width = options.context ?? 60;
	const limit = options.limit ?? 10_000;
	if (!Number.isInteger(width) || width < 0) {
		throw new NlpError('invalid_option', `context must be a non-negative integer, got ${width}.`, { name: 'context', value: String(width) });
	}
	if (!(limit >= 0)) throw new NlpError('invalid_option', `limit must be non-negative, got ${limit}.`, { name: 'limit', value: String(limit) });
	const sel = resolveSelection(index, options);
	const hits: KwicHit[] = [];
	let total = 0;
	findMatches(
		index,
		parsed,
		(doc, first, last) => {
			if (!sel.allowed[doc]) return false;
			const r = sel.ranges[doc];
			return !r || insideRanges(r, index.starts[first], index.ends[last]);
		},
		(doc, first, last) => {
			total++;
			if (hits.length < limit) hits.push(makeHit(index, doc, first, last, width));
		}
	);
	return { query: parsed, total, hits, truncated: total > hits.length };
}

function makeHit(index: CorpusIndex, docNo: number, first: number, last: number, width: number): KwicHit {
	const d = index.docs[docNo];
	const text = d.text;
	const start = index.starts[first];
	const end = index.ends[last];
	let cs = Math.max(0, start - width);
	if (cs > 0 && WORD_CHAR.test(text[cs - 1]) && WORD_CHAR.test(text[cs])) {
		// Cut inside a word: drop the partial word.
		while (cs < start && !/\s/u.test(text[cs])) cs++;
	}
	let ce = Math.min(text.length, end + width);
	if (ce < text.length && WORD_CHAR.test(text[ce - 1]) && WORD_CHAR.test(text[ce])) {
		while (ce > end && !/\s/u.test(text[ce - 1])) ce--;
	}
	while (cs < start && /\s/u.test(text[cs])) cs++;
	while (ce > end && /\s/u.test(text[ce - 1])) ce--;
	const sentence = sentenceAt(index, docNo, start);
	return {
		docId: d.id,
		docNo,
		start,
		end,
		left: collapse(text.slice(cs, start)),
		hit: text.slice(start, end),
		right: collapse(text.slice(end, ce)),
		contextStart: cs,
		contextEnd: ce,
		sentence,
		keys: {
			left1: neighbour(index, d.base, first, -1, 1),
			left2: neighbour(index, d.base, first, -1, 2),
			right1: neighbour(index, d.base + d.count - 1, last, 1, 1),
			right2: neighbour(index, d.base + d.count - 1, last, 1, 2)
		}
	};
}

function collapse(s: string): string {
	// Fast path: most contexts hold only single spaces.
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c === 32 ? s.charCodeAt(i + 1) <= 32 || s.charCodeAt(i + 1) === 160 : c < 32 || c === 160 || c === 0x2028 || c === 0x2029) {
			return s.replace(/\s+/gu, ' ');
		}
	}
	return s;
}

/** Normal form of the n-th word-like token before (dir -1) or after (dir 1) position g, within the document. */
function neighbour(index: CorpusIndex, bound: number, g: number, dir: 1 | -1, n: number): string {
	let seen = 0;
	for (let p = g + dir; dir < 0 ? p >= bound : p <= bound; p += dir) {
		const t = index.termIds[p];
		if (WORDISH.has(index.termType[t]) && ++seen === n) return index.terms[t];
	}
	return '';
}

export type KwicSort = 'left1' | 'left2' | 'right1' | 'right2' | 'position';

const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

/**
 * A sorted copy of `hits`: by the first/second word left or right of the hit (Danish collation;
 * empty keys last), then by the next key outward/inward, then by position.
 */
export function sortKwic(hits: readonly KwicHit[], by: KwicSort): KwicHit[] {
	const chain: (keyof KwicHit['keys'])[] =
		by === 'left1' ? ['left1', 'left2'] : by === 'left2' ? ['left2', 'left1'] : by === 'right1' ? ['right1', 'right2'] : by === 'right2' ? ['right2', 'right1'] : [];
	const byPosition = (a: KwicHit, b: KwicHit) => a.docNo - b.docNo || a.start - b.start || a.end - b.end;
	return [...hits].sort((a, b) => {
		for (const k of chain) {
			const x = a.keys[k];
			const y = b.keys[k];
			if (x !== y) {
				if (!x) return 1;
				if (!y) return -1;
				const c = collator.compare(x, y);
				if (c) return c;
			}
		}
		return byPosition(a, b);
	});
}
