// Inverted index over a study's transcripts. Token data live in flat typed arrays indexed by a
// global token position (document base + token number); each document exposes views into them.
// Postings are CSR (one offsets array + one positions array) by normal form and by stem.
import { NlpError } from './errors';
import { findRange, sentences } from './sentences';
import { isStemmable, stem, tokenizeRaw } from './tokenize';
import { STOPWORDS_DA } from './stopwords-da';
import { TYPE_CODE, type Range, type TokenType } from './types';

export interface IndexedDoc {
	id: string;
	text: string;
	/** Global position of the document's first token. */
	base: number;
	/** Number of tokens. */
	count: number;
	/** Views into the index's global arrays (token i of this doc is at [i]). */
	starts: Uint32Array;
	ends: Uint32Array;
	termIds: Uint32Array;
	stemIds: Uint32Array;
}

export interface CorpusIndex {
	docs: IndexedDoc[];
	docIndex: Map<string, number>;
	tokenCount: number;
	/** Global token arrays (length tokenCount). */
	starts: Uint32Array;
	ends: Uint32Array;
	termIds: Uint32Array;
	stemIds: Uint32Array;
	/** Vocabulary of normal forms. */
	terms: string[];
	termLookup: Map<string, number>;
	termStem: Uint32Array;
	/** TYPE_CODE of the term's first occurrence. */
	termType: Uint8Array;
	termStop: Uint8Array;
	/** Corpus frequency of each term. */
	termFreq: Uint32Array;
	/** Vocabulary of stems. */
	stems: string[];
	stemLookup: Map<string, number>;
	/** CSR postings: positions of term t are termPostings[termOffsets[t] .. termOffsets[t+1]), ascending. */
	termOffsets: Uint32Array;
	termPostings: Uint32Array;
	stemOffsets: Uint32Array;
	stemPostings: Uint32Array;
	/** Lazily computed sentence ranges per document (see docSentences). */
	sentenceCache: Map<number, Range[]>;
}

class U32Builder {
	buf = new Uint32Array(1024);
	length = 0;
	push(v: number): void {
		if (this.length === this.buf.length) {
			const next = new Uint32Array(this.buf.length * 2);
			next.set(this.buf);
			this.buf = next;
		}
		this.buf[this.length++] = v;
	}
	finish(): Uint32Array {
		return this.buf.slice(0, this.length);
	}
}

/** Build the index. Rebuildable: same docs in the same order give the same index. */
export function buildIndex(docs: readonly { id: string; text: string }[]): CorpusIndex {
	const docIndex = new Map<string, number>();
	const starts = new U32Builder();
	const ends = new U32Builder();
	const termIdsB = new U32Builder();
	const terms: string[] = [];
	const termLookup = new Map<string, number>();
	const termStemL: number[] = [];
	const termTypeL: number[] = [];
	const stems: string[] = [];
	const stemLookup = new Map<string, number>();
	const meta: { id: string; text: string; base: number; count: number }[] = [];

	for (const d of docs) {
		if (docIndex.has(d.id)) throw new NlpError('duplicate_doc', `Duplicate document id '${d.id}'.`, { id: d.id });
		docIndex.set(d.id, meta.length);
		const raw = tokenizeRaw(d.text);
		const base = starts.length;
		for (let i = 0; i < raw.starts.length; i++) {
			const normal = raw.normals[i];
			let t = termLookup.get(normal);
			if (t === undefined) {
				t = terms.length;
				terms.push(normal);
				termLookup.set(normal, t);
				const type: TokenType = raw.types[i];
				const st = isStemmable(type) ? stem(normal) : normal;
				let s = stemLookup.get(st);
				if (s === undefined) {
					s = stems.length;
					stems.push(st);
					stemLookup.set(st, s);
				}
				termStemL.push(s);
				termTypeL.push(TYPE_CODE[type]);
			}
			starts.push(raw.starts[i]);
			ends.push(raw.ends[i]);
			termIdsB.push(t);
		}
		meta.push({ id: d.id, text: d.text, base, count: starts.length - base });
	}

	const N = starts.length;
	const startsA = starts.finish();
	const endsA = ends.finish();
	const termIds = termIdsB.finish();
	const termStem = Uint32Array.from(termStemL);
	const stemIds = new Uint32Array(N);
	for (let g = 0; g < N; g++) stemIds[g] = termStem[termIds[g]];

	const V = terms.length;
	const termStop = new Uint8Array(V);
	for (let t = 0; t < V; t++) termStop[t] = STOPWORDS_DA.has(terms[t]) ? 1 : 0;

	const { offsets: termOffsets, postings: termPostings, freq: termFreq } = csr(termIds, V);
	const { offsets: stemOffsets, postings: stemPostings } = csr(stemIds, stems.length);

	const docsOut: IndexedDoc[] = meta.map((m) => ({
		...m,
		starts: startsA.subarray(m.base, m.base + m.count),
		ends: endsA.subarray(m.base, m.base + m.count),
		termIds: termIds.subarray(m.base, m.base + m.count),
		stemIds: stemIds.subarray(m.base, m.base + m.count)
	}));

	return {
		docs: docsOut,
		docIndex,
		tokenCount: N,
		starts: startsA,
		ends: endsA,
		termIds,
		stemIds,
		terms,
		termLookup,
		termStem,
		termType: Uint8Array.from(termTypeL),
		termStop,
		termFreq,
		stems,
		stemLookup,
		termOffsets,
		termPostings,
		stemOffsets,
		stemPostings,
		sentenceCache: new Map()
	};
}

/** Counting sort of positions by key: postings ascending within each key. */
function csr(keys: Uint32Array, size: number): { offsets: Uint32Array; postings: Uint32Array; freq: Uint32Array } {
	const freq = new Uint32Array(size);
	for (let g = 0; g < keys.length; g++) freq[keys[g]]++;
	const offsets = new Uint32Array(size + 1);
	for (let k = 0; k < size; k++) offsets[k + 1] = offsets[k] + freq[k];
	const fill = offsets.slice(0, size);
	const postings = new Uint32Array(keys.length);
	for (let g = 0; g < keys.length; g++) postings[fill[keys[g]]++] = g;
	return { offsets, postings, freq };
}

/** Positions of a term (view, do not mutate). */
export function termPositions(index: CorpusIndex, termId: number): Uint32Array {
	return index.termPostings.subarray(index.termOffsets[termId], index.termOffsets[termId + 1]);
}

/** Positions of a stem (view, do not mutate). */
export function stemPositions(index: CorpusIndex, stemId: number): Uint32Array {
	return index.stemPostings.subarray(index.stemOffsets[stemId], index.stemOffsets[stemId + 1]);
}

/** Document number holding global token position g. */
export function docOfPosition(index: CorpusIndex, g: number): number {
	const docs = index.docs;
	let lo = 0;
	let hi = docs.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (docs[mid].base <= g) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** Sentence ranges of a document (computed once, then cached on the index). */
export function docSentences(index: CorpusIndex, docNo: number): Range[] {
	let s = index.sentenceCache.get(docNo);
	if (!s) {
		s = sentences(index.docs[docNo].text);
		index.sentenceCache.set(docNo, s);
	}
	return s;
}

/** The sentence containing `pos` (from the cached sentence list), or an empty range at `pos`. */
export function sentenceAt(index: CorpusIndex, docNo: number, pos: number): Range {
	const all = docSentences(index, docNo);
	const i = findRange(all, pos);
	return i >= 0 ? { start: all[i].start, end: all[i].end } : { start: pos, end: pos };
}

/** Bytes held by the index's typed arrays plus a rough estimate for vocabulary strings and maps. */
export function indexMemoryEstimate(index: CorpusIndex): { typedArrays: number; vocabulary: number; total: number } {
	const arrays = [
		index.starts,
		index.ends,
		index.termIds,
		index.stemIds,
		index.termStem,
		index.termType,
		index.termStop,
		index.termFreq,
		index.termOffsets,
		index.termPostings,
		index.stemOffsets,
		index.stemPostings
	];
	const typedArrays = arrays.reduce((a, x) => a + x.byteLength, 0);
	let chars = 0;
	for (const t of index.terms) chars += t.length;
	for (const s of index.stems) chars += s.length;
	// ~2 bytes/char + ~80 bytes per string and map entry (V8 ballpark).
	const vocabulary = chars * 2 + (index.terms.length + index.stems.length) * 80;
	return { typedArrays, vocabulary, total: typedArrays + vocabulary };
}

/** The document's tokens' [start, end) in its text, the normal form and stem (for debugging and UI). */
export function docTokenAt(index: CorpusIndex, docNo: number, i: number): { start: number; end: number; normal: string; stem: string } {
	const d = index.docs[docNo];
	return { start: d.starts[i], end: d.ends[i], normal: index.terms[d.termIds[i]], stem: index.stems[d.stemIds[i]] };
}
