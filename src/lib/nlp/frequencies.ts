// Word and stem frequency lists over a selection of the corpus.
import type { CorpusIndex } from './corpus-index';
import { NlpError } from './errors';
import { resolveSelection } from './selection';
import { TYPE_CODE, type Selection } from './types';

export interface FrequencyOptions extends Selection {
	by?: 'word' | 'stem';
	/** Keep stopwords in the list. Default false (they still count in `total`). */
	stopwords?: boolean;
	/** Drop tokens whose normal form is shorter than this. Default 1. */
	minLength?: number;
	/** Count numbers as words. Default false. */
	numbers?: boolean;
}

export interface FrequencyRow {
	/** Normal form (by word) or stem (by stem). */
	term: string;
	/** For stems: the most frequent normal form in the selection; for words: the term. */
	display: string;
	count: number;
	/** Per 10,000 words of `total`. */
	relative: number;
}

export interface FrequencyResult {
	by: 'word' | 'stem';
	/** Word tokens in the selection (including stopwords and short words, excluding punctuation). */
	total: number;
	/** Sorted by count (desc), then term (Danish collation). */
	rows: FrequencyRow[];
}

const collator = new Intl.Collator('da');

export function frequencies(index: CorpusIndex, options: FrequencyOptions = {}): FrequencyResult {
	const by = options.by ?? 'word';
	const minLength = options.minLength ?? 1;
	if (!Number.isInteger(minLength) || minLength < 0) {
		throw new NlpError('invalid_option', `minLength must be a non-negative integer, got ${minLength}.`, {
			name: 'minLength',
			value: String(minLength)
		});
	}
	const keepStop = options.stopwords ?? false;
	const counted = new Uint8Array(32);
	counted[TYPE_CODE.word] = 1;
	counted[TYPE_CODE.abbreviation] = 1;
	if (options.numbers) {
		counted[TYPE_CODE.number] = 1;
		counted[TYPE_CODE.ordinal] = 1;
	}
	const V = index.terms.length;
	// Which terms are listed at all (type, stopword, length): decided once per term.
	const listed = new Uint8Array(V);
	const countable = new Uint8Array(V);
	for (let t = 0; t < V; t++) {
		if (!counted[index.termType[t]]) continue;
		countable[t] = 1;
		if (!keepStop && index.termStop[t]) continue;
		if ([...index.terms[t]].length < minLength) continue;
		listed[t] = 1;
	}

	const counts = new Uint32Array(V);
	let total = 0;
	const sel = resolveSelection(index, options);
	const { starts, ends, termIds } = index;
	for (let d = 0; d < index.docs.length; d++) {
		if (!sel.allowed[d]) continue;
		const doc = index.docs[d];
		const ranges = sel.ranges[d];
		const end = doc.base + doc.count;
		let r = 0;
		for (let g = doc.base; g < end; g++) {
			const t = termIds[g];
			if (!countable[t]) continue;
			if (ranges) {
				// Tokens and ranges are both sorted: advance one pointer.
				while (r < ranges.length && ranges[r].end <= starts[g]) r++;
				if (r === ranges.length) break;
				if (starts[g] < ranges[r].start || ends[g] > ranges[r].end) continue;
			}
			total++;
			if (listed[t]) counts[t]++;
		}
	}

	const rows: FrequencyRow[] = [];
	const rel = (c: number) => (total > 0 ? (c / total) * 10_000 : 0);
	if (by === 'word') {
		for (let t = 0; t < V; t++) {
			if (counts[t]) rows.push({ term: index.terms[t], display: index.terms[t], count: counts[t], relative: rel(counts[t]) });
		}
	} else {
		const S = index.stems.length;
		const stemCounts = new Uint32Array(S);
		const best = new Int32Array(S).fill(-1);
		for (let t = 0; t < V; t++) {
			const c = counts[t];
			if (!c) continue;
			const s = index.termStem[t];
			stemCounts[s] += c;
			const b = best[s];
			if (b < 0 || c > counts[b] || (c === counts[b] && collator.compare(index.terms[t], index.terms[b]) < 0)) best[s] = t;
		}
		for (let s = 0; s < S; s++) {
			if (stemCounts[s]) {
				rows.push({ term: index.stems[s], display: index.terms[best[s]], count: stemCounts[s], relative: rel(stemCounts[s]) });
			}
		}
	}
	rows.sort((a, b) => b.count - a.count || collator.compare(a.term, b.term));
	return { by, total, rows };
}
