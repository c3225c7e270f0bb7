// Query language, shared by KWIC search and code keywords:
//   undersøgelse        one word (exact normal form, or its stem with { match: 'stem' })
//   ~undersøgelse       stem: all inflections (undersøgelsen, undersøgelser, …)
//   =undersøgelse       exact word, even when the default match is 'stem'
//   undersøg*  *mødet  b?rn   wildcards: * any run of characters, ? exactly one
//   børnefaglig undersøgelse, "på gruppen", § 50   phrase: consecutive tokens
import { NlpError } from './errors';
import type { CorpusIndex } from './corpus-index';
import { termPositions, stemPositions } from './corpus-index';
import { isStemmable, normalize, stem, tokenizeRaw } from './tokenize';

export type MatchMode = 'word' | 'stem';

export type QueryTerm =
	| { kind: 'word'; normal: string }
	| { kind: 'stem'; normal: string; stem: string }
	| { kind: 'wildcard'; pattern: string; regex: RegExp };

export interface ParsedQuery {
	source: string;
	mode: 'word' | 'stem' | 'wildcard' | 'phrase';
	terms: QueryTerm[];
}

export interface QueryOptions {
	/** How a plain word is matched. Default 'word' (exact). */
	match?: MatchMode;
}

export const MAX_QUERY_TERMS = 16;

const OPEN_QUOTES = '"“”„«»';
const PIECES = /[\p{L}\p{N}*?]+|[^\p{L}\p{N}*?]/gu;

export function parseQuery(query: string, options: QueryOptions = {}): ParsedQuery {
	const match = options.match ?? 'word';
	let s = (query ?? '').normalize('NFC').trim();
	if (!s) throw new NlpError('empty_query', 'The query is empty.');
	const first = s[0];
	const last = s[s.length - 1];
	const opens = OPEN_QUOTES.includes(first);
	const closes = OPEN_QUOTES.includes(last) && s.length > 1;
	if (opens !== closes) throw new NlpError('unbalanced_quote', `The query has an unbalanced quote: ${s}`, { query: s });
	if (opens) s = s.slice(1, -1).trim();
	if (!s) throw new NlpError('empty_query', 'The query is empty.');

	const terms: QueryTerm[] = [];
	for (let chunk of s.split(/\s+/u)) {
		let mod: '' | '=' | '~' = '';
		if (chunk[0] === '=' || chunk[0] === '~') {
			mod = chunk[0] as '=' | '~';
			chunk = chunk.slice(1);
			if (!chunk) throw new NlpError('empty_term', `'${mod}' must be followed by a word.`, { term: mod });
		}
		if (/[*?]/u.test(chunk)) {
			for (const piece of chunk.match(PIECES) ?? []) {
				if (/[*?]/u.test(piece)) {
					if (mod === '~') {
						throw new NlpError('stem_wildcard', `A term cannot be both a stem (~) and a wildcard: ${piece}`, { term: piece });
					}
					terms.push(wildcardTerm(piece));
				} else pushTokens(terms, piece, mod, match);
			}
		} else pushTokens(terms, chunk, mod, match);
	}
	if (terms.length === 0) throw new NlpError('empty_query', 'The query is empty.');
	if (terms.length > MAX_QUERY_TERMS) {
		throw new NlpError('query_too_long', `The query has ${terms.length} terms; at most ${MAX_QUERY_TERMS} are allowed.`, {
			count: terms.length,
			max: MAX_QUERY_TERMS
		});
	}
	return { source: query, mode: terms.length > 1 ? 'phrase' : terms[0].kind, terms };
}

function wildcardTerm(piece: string): QueryTerm {
	const pattern = normalize(piece);
	if (!pattern.replace(/[*?]/gu, '')) {
		throw new NlpError('wildcard_too_broad', `A wildcard needs at least one letter or digit: ${piece}`, { term: piece });
	}
	const body = pattern
		.split('')
		.map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
		.join('');
	return { kind: 'wildcard', pattern, regex: new RegExp(`^${body}$`, 'u') };
}

function pushTokens(terms: QueryTerm[], text: string, mod: '' | '=' | '~', match: MatchMode): void {
	const raw = tokenizeRaw(text);
	for (let i = 0; i < raw.normals.length; i++) {
		const normal = raw.normals[i];
		const useStem = mod === '~' || (mod === '' && match === 'stem');
		if (useStem && isStemmable(raw.types[i])) terms.push({ kind: 'stem', normal, stem: stem(normal) });
		else terms.push({ kind: 'word', normal });
	}
}

/** A query term resolved against an index. */
interface CompiledTerm {
	/** Ascending positions where the term occurs. */
	positions: Uint32Array;
	matches(g: number): boolean;
}

function compileTerm(index: CorpusIndex, term: QueryTerm): CompiledTerm {
	if (term.kind === 'word') {
		const id = index.termLookup.get(term.normal);
		if (id === undefined) return { positions: new Uint32Array(0), matches: () => false };
		const ids = index.termIds;
		return { positions: termPositions(index, id), matches: (g) => ids[g] === id };
	}
	if (term.kind === 'stem') {
		const sid = index.stemLookup.get(term.stem);
		if (sid === undefined) return { positions: new Uint32Array(0), matches: () => false };
		const sids = index.stemIds;
		return { positions: stemPositions(index, sid), matches: (g) => sids[g] === sid };
	}
	const ids = matchingTermIds(index, term);
	const bitmap = new Uint8Array(index.terms.length);
	let total = 0;
	for (const id of ids) {
		bitmap[id] = 1;
		total += index.termFreq[id];
	}
	let positions: Uint32Array;
	if (ids.length === 1) positions = termPositions(index, ids[0]);
	else {
		positions = new Uint32Array(total);
		let k = 0;
		for (const id of ids) {
			const p = termPositions(index, id);
			positions.set(p, k);
			k += p.length;
		}
		positions.sort();
	}
	const tids = index.termIds;
	return { positions, matches: (g) => bitmap[tids[g]] === 1 };
}

/** Term ids whose normal form matches a wildcard term. */
export function matchingTermIds(index: CorpusIndex, term: Extract<QueryTerm, { kind: 'wildcard' }>): number[] {
	const out: number[] = [];
	const terms = index.terms;
	for (let t = 0; t < terms.length; t++) if (term.regex.test(terms[t])) out.push(t);
	return out;
}

/**
 * Calls `onMatch(docNo, first, last)` (global token positions, inclusive) for every occurrence of
 * the query, in document and position order. `accept(docNo, first, last)` filters before counting.
 */
export function findMatches(
	index: CorpusIndex,
	query: ParsedQuery,
	accept: (docNo: number, first: number, last: number) => boolean,
	onMatch: (docNo: number, first: number, last: number) => void
): void {
	const compiled = query.terms.map((t) => compileTerm(index, t));
	let anchor = 0;
	for (let k = 1; k < compiled.length; k++) {
		if (compiled[k].positions.length < compiled[anchor].positions.length) anchor = k;
	}
	const L = compiled.length;
	const positions = compiled[anchor].positions;
	const docs = index.docs;
	let doc = 0;
	outer: for (let i = 0; i < positions.length; i++) {
		const g = positions[i];
		while (doc + 1 < docs.length && docs[doc + 1].base <= g) doc++;
		const d = docs[doc];
		const first = g - anchor;
		const last = first + L - 1;
		if (first < d.base || last >= d.base + d.count) continue;
		for (let k = 0; k < L; k++) {
			if (k !== anchor && !compiled[k].matches(first + k)) continue outer;
		}
		if (accept(doc, first, last)) onMatch(doc, first, last);
	}
}
