// Danish tokenisation on top of wink-nlp's tokenizer. wink's English model is used ONLY for
// token boundaries and token types (see engineering.md §3); stems come from Snowball Danish,
// stopwords from our own list. Offsets are recomputed against the source string.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import snowball from 'snowball-stemmers';
import { MULTI_PART_ABBREVIATIONS } from './abbreviations-da';
import { STOPWORDS_DA } from './stopwords-da';
import type { Token, TokenType } from './types';

type Wink = ReturnType<typeof winkNLP>;

let nlpInstance: Wink | null = null;
/** Lazy singleton: the model is loaded once, on first use. No pipes: tokenisation only. */
function nlp(): Wink {
	if (!nlpInstance) nlpInstance = winkNLP(model, []);
	return nlpInstance;
}

let stemmerInstance: { stem(word: string): string } | null = null;
const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 200_000;

/** Lower-case NFC: the `normal` form used for matching. */
export function normalize(s: string): string {
	return s.normalize('NFC').toLowerCase();
}

/** Snowball Danish stem of a word (normalised first). */
export function stem(word: string): string {
	const w = normalize(word);
	let s = stemCache.get(w);
	if (s === undefined) {
		if (!stemmerInstance) stemmerInstance = snowball.newStemmer('danish');
		s = stemmerInstance.stem(w);
		// A long-lived browser tab must not grow the cache without bound.
		if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
		stemCache.set(w, s);
	}
	return s;
}

export function isStopword(word: string): boolean {
	return STOPWORDS_DA.has(normalize(word));
}

/** Tokens as parallel arrays: what the index builder consumes without per-token objects. */
export interface RawTokens {
	starts: number[];
	ends: number[];
	normals: string[];
	types: TokenType[];
}

const WINK_TYPE: Record<string, TokenType> = {
	word: 'word',
	number: 'number',
	ordinal: 'ordinal',
	punctuation: 'punctuation',
	apos: 'punctuation',
	symbol: 'symbol',
	currency: 'symbol',
	email: 'email',
	url: 'url',
	hashtag: 'hashtag',
	mention: 'mention',
	emoji: 'emoji',
	emoticon: 'emoticon',
	time: 'number',
	decade: 'number',
	shortForm: 'abbreviation',
	'alpha-numeric': 'word'
};

const BLANK = /^[\s\p{Cf}]+$/u;
// A footnote digit glued to a word by PDF extraction: `lukkes1` (domain.md §1).
const FOOTNOTE = /^(\p{Ll}{3,})(\d{1,2})$/u;
const ABBREV_HEAD = /^[\p{L}.]{1,3}$/u;

/**
 * Tokenise `text` into parallel arrays with exact source offsets. Whitespace is dropped;
 * multi-part abbreviations (`f.eks.`, `bl.a.`) are rejoined into one token.
 */
export function tokenizeRaw(text: string): RawTokens {
	const out: RawTokens = { starts: [], ends: [], normals: [], types: [] };
	if (!text) return out;
	const w = nlp();
	const tokens = w.readDoc(text).tokens();
	const values = tokens.out(w.its.value) as string[];
	const wtypes = tokens.out(w.its.type) as string[];
	const spaces = tokens.out(w.its.precedingSpaces) as string[];

	// Pass 1: offsets, by walking the source (wink's output is not byte-lossless, e.g. leading blanks).
	const n = values.length;
	const vs: string[] = [];
	const ss: number[] = [];
	const ts: string[] = [];
	let pos = 0;
	for (let i = 0; i < n; i++) {
		const v = values[i];
		const wt = wtypes[i];
		if (wt === 'tabCRLF' || !v || BLANK.test(v)) {
			const at = text.indexOf(v, pos);
			if (at >= 0 && v) pos = at + v.length;
			continue;
		}
		let s = pos + spaces[i].length;
		if (!text.startsWith(v, s)) {
			s = text.indexOf(v, pos);
			if (s < 0) continue; // wink never rewrites values; defensive only
		}
		pos = s + v.length;
		vs.push(v);
		ss.push(s);
		ts.push(wt);
	}

	// Pass 2: Danish fixes.
	const m = vs.length;
	for (let i = 0; i < m; i++) {
		const v = vs[i];
		const s = ss[i];
		let e = s + v.length;
		let type: TokenType = WINK_TYPE[ts[i]] ?? (ts[i] === 'unk' ? 'symbol' : 'other');

		if (ABBREV_HEAD.test(v) && i + 1 < m) {
			let cand = v.toLowerCase();
			let best = -1;
			let end = e;
			for (let j = i + 1; j < m && j <= i + 4; j++) {
				if (ss[j] !== end) break;
				cand += vs[j].toLowerCase();
				end = ss[j] + vs[j].length;
				if (MULTI_PART_ABBREVIATIONS.has(cand)) best = j;
			}
			if (best >= 0) {
				e = ss[best] + vs[best].length;
				push(out, text.slice(s, e), s, e, 'abbreviation');
				i = best;
				continue;
			}
		}
		if (type === 'word') {
			if (v.includes('.')) type = 'abbreviation';
			else {
				const fm = FOOTNOTE.exec(v);
				if (fm) {
					const cut = s + fm[1].length;
					push(out, fm[1], s, cut, 'word');
					push(out, fm[2], cut, e, 'number');
					continue;
				}
			}
		}
		push(out, v, s, e, type);
	}
	return out;
}

function push(out: RawTokens, surface: string, start: number, end: number, type: TokenType): void {
	out.starts.push(start);
	out.ends.push(end);
	out.normals.push(normalize(surface));
	out.types.push(type);
}

/** Token types whose stem is computed (others use their normal form). */
export function isStemmable(type: TokenType): boolean {
	return type === 'word';
}

/** Full token objects, with stem and stopword flag. */
export function tokenize(text: string): Token[] {
	const raw = tokenizeRaw(text);
	const result: Token[] = new Array(raw.starts.length);
	for (let i = 0; i < raw.starts.length; i++) {
		const normal = raw.normals[i];
		const type = raw.types[i];
		result[i] = {
			surface: text.slice(raw.starts[i], raw.ends[i]),
			normal,
			type,
			start: raw.starts[i],
			end: raw.ends[i],
			stem: isStemmable(type) ? stem(normal) : normal,
			isStop: STOPWORDS_DA.has(normal)
		};
	}
	return result;
}
