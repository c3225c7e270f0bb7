// Code suggestions from keyword lists, and their precision/recall against reference codings.
import { buildIndex, docSentences, type CorpusIndex } from './corpus-index';
import { NlpError, isNlpError } from './errors';
import { findMatches, parseQuery, type MatchMode, type ParsedQuery } from './query';
import { insideRanges, normalizeRanges, rangesFor, resolveSelection } from './selection';
import { findRange } from './sentences';
import type { Range, RangesByDoc, Selection } from './types';

export interface KeywordList {
	codeId: string;
	/** Query syntax (see query.ts); plain words match by stem unless written `=word`. */
	keywords: readonly string[];
}

export type SuggestionUnit = 'sentence' | 'turn';

export interface MatchKeywordsOptions extends Selection {
	unit: SuggestionUnit;
	/** Turns per document (required for unit 'turn'); a plain array only for a single document. */
	turns?: RangesByDoc | readonly Range[];
	/** How plain keyword words match. Default 'stem'. */
	match?: MatchMode;
}

export interface Suggestion {
	docId: string;
	codeId: string;
	/** The unit (sentence or turn) containing the match(es). */
	start: number;
	end: number;
	/** Keywords (as written in the list) that matched in this unit. */
	matched: string[];
	/** The matched spans, for highlighting. */
	hits: Range[];
}

export interface KeywordProblem {
	codeId: string;
	keyword: string;
	code: string;
	message: string;
}

/** Every keyword that does not parse, with the parser's error code: for validating lists in the UI. */
export function validateKeywords(lists: readonly KeywordList[], match: MatchMode = 'stem'): KeywordProblem[] {
	const out: KeywordProblem[] = [];
	for (const l of lists) {
		for (const k of l.keywords) {
			try {
				parseQuery(k, { match });
			} catch (e) {
				if (!isNlpError(e)) throw e;
				out.push({ codeId: l.codeId, keyword: k, code: e.code, message: e.message });
			}
		}
	}
	return out;
}

function compile(lists: readonly KeywordList[], match: MatchMode): { codeId: string; queries: { keyword: string; q: ParsedQuery }[] }[] {
	return lists.map((l) => ({
		codeId: l.codeId,
		queries: l.keywords.map((keyword) => {
			try {
				return { keyword, q: parseQuery(keyword, { match }) };
			} catch (e) {
				if (!isNlpError(e)) throw e;
				throw new NlpError('invalid_keyword', `Invalid keyword '${keyword}' for code ${l.codeId}: ${e.message}`, {
					codeId: l.codeId,
					keyword,
					reason: e.code
				});
			}
		})
	}));
}

/** Unit ranges per document: sentences (from the index) or the given turns (normalised). */
export function unitRanges(index: CorpusIndex, unit: SuggestionUnit, turns?: RangesByDoc | readonly Range[]): Map<string, Range[]> {
	const out = new Map<string, Range[]>();
	if (unit === 'sentence') {
		index.docs.forEach((d, i) => out.set(d.id, docSentences(index, i)));
		return out;
	}
	if (!turns) throw new NlpError('turns_required', "Unit 'turn' needs the turns of each document.");
	if (Array.isArray(turns)) {
		if (index.docs.length !== 1) {
			throw new NlpError('invalid_option', 'turns as a plain array is only allowed for a single document.', { name: 'turns', value: 'array' });
		}
		out.set(index.docs[0].id, normalizeRanges(turns as readonly Range[], index.docs[0].id));
		return out;
	}
	for (const d of index.docs) {
		const rs = rangesFor(turns as RangesByDoc, d.id);
		if (rs) out.set(d.id, normalizeRanges(rs, d.id));
	}
	return out;
}

/**
 * Suggested passages: every unit (sentence or turn) containing a keyword match, one suggestion
 * per code and unit (keywords merged). `source` may be an index, a text, or one document.
 */
export function matchKeywords(
	source: CorpusIndex | string | { id: string; text: string },
	lists: readonly KeywordList[],
	options: MatchKeywordsOptions
): Suggestion[] {
	const index = typeof source === 'string' ? buildIndex([{ id: '', text: source }]) : 'docIndex' in source ? source : buildIndex([source]);
	const compiled = compile(lists, options.match ?? 'stem');
	const units = unitRanges(index, options.unit, options.turns);
	const sel = resolveSelection(index, options);
	const unitsByDoc = index.docs.map((d) => units.get(d.id));
	const out: Suggestion[] = [];
	compiled.forEach(({ codeId, queries }, codeNo) => {
		// doc number → unit number → suggestion
		const found = new Map<number, Map<number, Suggestion & { codeNo: number; docNo: number }>>();
		for (const { keyword, q } of queries) {
			findMatches(
				index,
				q,
				(doc, first, last) => {
					if (!sel.allowed[doc] || !unitsByDoc[doc]) return false;
					const r = sel.ranges[doc];
					return !r || insideRanges(r, index.starts[first], index.ends[last]);
				},
				(doc, first, last) => {
					const start = index.starts[first];
					const end = index.ends[last];
					const us = unitsByDoc[doc] as Range[];
					const u = findRange(us, start);
					if (u < 0) return;
					let byUnit = found.get(doc);
					if (!byUnit) found.set(doc, (byUnit = new Map()));
					let s = byUnit.get(u);
					if (!s) {
						s = { docId: index.docs[doc].id, codeId, start: us[u].start, end: us[u].end, matched: [], hits: [], codeNo, docNo: doc };
						byUnit.set(u, s);
						out.push(s);
					}
					if (!s.matched.includes(keyword)) s.matched.push(keyword);
					s.hits.push({ start, end });
				}
			);
		}
	});
	const sorted = (out as (Suggestion & { codeNo: number; docNo: number })[]).sort(
		(a, b) => a.docNo - b.docNo || a.start - b.start || a.codeNo - b.codeNo
	);
	return sorted.map(({ codeNo: _c, docNo: _d, ...s }) => {
		s.hits.sort((x, y) => x.start - y.start || x.end - y.end);
		return s;
	});
}

export interface ReferenceCoding {
	/** Defaults to '' (the single document of a text source). */
	docId?: string;
	codeId: string;
	start: number;
	end: number;
}

export interface CodeScore {
	codeId: string;
	/** Units suggested / coded in the reference / both. */
	suggested: number;
	reference: number;
	truePositives: number;
	falsePositives: number;
	falseNegatives: number;
	/** null when undefined (nothing suggested / nothing in the reference / either is null). */
	precision: number | null;
	recall: number | null;
	f1: number | null;
}

export interface PrecisionRecallResult {
	unitCount: number;
	codes: CodeScore[];
	/** Pooled over all codes. */
	micro: Omit<CodeScore, 'codeId'>;
}

/**
 * Precision, recall and F1 per code on units: a unit counts as suggested (or coded) for a code
 * when a suggestion (or reference coding) of that code overlaps it by at least one character.
 */
export function keywordPrecisionRecall(
	suggestions: readonly { docId?: string; codeId: string; start: number; end: number }[],
	reference: readonly ReferenceCoding[],
	options: { units: RangesByDoc | readonly Range[]; codeIds?: readonly string[] }
): PrecisionRecallResult {
	const unitMap = new Map<string, Range[]>();
	if (Array.isArray(options.units)) unitMap.set('', normalizeRanges(options.units as readonly Range[]));
	else {
		const u = options.units as RangesByDoc;
		const entries = u instanceof Map ? [...u.entries()] : Object.entries(u);
		for (const [id, rs] of entries) unitMap.set(id, normalizeRanges(rs, id));
	}
	let unitCount = 0;
	for (const rs of unitMap.values()) unitCount += rs.length;

	const collect = (spans: readonly { docId?: string; codeId: string; start: number; end: number }[]) => {
		const byCode = new Map<string, Set<string>>();
		for (const s of spans) {
			const docId = s.docId ?? '';
			const units = unitMap.get(docId);
			let set = byCode.get(s.codeId);
			if (!set) byCode.set(s.codeId, (set = new Set()));
			if (!units) continue;
			for (const u of overlapping(units, s.start, s.end)) set.add(`${docId}\u0000${u}`);
		}
		return byCode;
	};
	const sug = collect(suggestions);
	const ref = collect(reference);
	const codeIds = options.codeIds ?? [...new Set([...ref.keys(), ...sug.keys()])];
	const codes: CodeScore[] = [];
	let tpAll = 0;
	let sAll = 0;
	let rAll = 0;
	for (const codeId of codeIds) {
		const s = sug.get(codeId) ?? new Set<string>();
		const r = ref.get(codeId) ?? new Set<string>();
		let tp = 0;
		for (const k of s) if (r.has(k)) tp++;
		tpAll += tp;
		sAll += s.size;
		rAll += r.size;
		codes.push({ codeId, ...score(s.size, r.size, tp) });
	}
	return { unitCount, codes, micro: score(sAll, rAll, tpAll) };
}

function score(suggested: number, reference: number, tp: number): Omit<CodeScore, 'codeId'> {
	const precision = suggested > 0 ? tp / suggested : null;
	const recall = reference > 0 ? tp / reference : null;
	const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return {
		suggested,
		reference,
		truePositives: tp,
		falsePositives: suggested - tp,
		falseNegatives: reference - tp,
		precision,
		recall,
		f1
	};
}

/** Indices of sorted, non-overlapping units overlapping [start, end) by at least one character. */
function overlapping(units: readonly Range[], start: number, end: number): number[] {
	let lo = 0;
	let hi = units.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (units[mid].end <= start) lo = mid + 1;
		else hi = mid;
	}
	const out: number[] = [];
	for (let i = lo; i < units.length && units[i].start < end; i++) {
		if (Math.min(end, units[i].end) > Math.max(start, units[i].start)) out.push(i);
	}
	return out;
}
