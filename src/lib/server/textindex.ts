// Text analysis over a study's transcripts: the corpus index of the current transcript versions
// (built once, cached per study and rebuilt when the set of current versions changes), the app's
// filters turned into allowed turn ranges, search in context (KWIC), frequencies, keyness, and
// coding straight from concordance hits. The NLP itself lives in $lib/nlp; this module reads the
// database and maps its problems to catalogue messages.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from './db/client';
import * as table from './db/schema';
import type { ParticipantRole } from './db/schema';
import { UserError } from './errors';
import { listCodes } from './codebook';
import { listCurrentVersions } from './transcripts';
import { subtreeIds } from '../codebook';
import { createCoding, seesAllCoders, type Viewer } from './codings';
import {
	buildIndex,
	frequencies,
	indexMemoryEstimate,
	isNlpError,
	keyness,
	search,
	sentenceAt,
	sortKwic,
	type CorpusIndex,
	type FrequencyResult,
	type KeynessResult,
	type KwicSort,
	type MatchMode,
	type NlpError,
	type Range
} from '../nlp';
import type { MessageKey, Params } from '$lib/i18n';

// ── The cached corpus ───────────────────────────────────────────────────────

export interface CorpusTurn {
	index: number;
	start: number;
	end: number;
	/** Pseudonym of the participant, or the speaker label as imported. */
	speaker: string;
	role: ParticipantRole | null;
	vignetteId: string | null;
}

export interface CorpusDoc {
	versionId: string;
	transcriptId: string;
	title: string;
	waveId: string | null;
	waveLabel: string | null;
	waveYear: number | null;
	municipalityId: string | null;
	municipalityCode: string | null;
	unblinded: boolean;
	textLength: number;
	/** Sorted by start. */
	turns: CorpusTurn[];
}

export interface StudyCorpus {
	studyId: string;
	fingerprint: string;
	index: CorpusIndex;
	/** In index order (wave year, municipality, title). Metadata is read fresh for every call. */
	docs: CorpusDoc[];
	byVersion: Map<string, CorpusDoc>;
}

interface CacheEntry {
	fingerprint: string;
	index: CorpusIndex;
	bytes: number;
}

/** At most this many studies' indexes are kept, and at most about this many bytes in all. */
export const CORPUS_CACHE_STUDIES = 4;
export const CORPUS_CACHE_BYTES = 512 * 1024 * 1024;

// Map iteration order is insertion order: re-inserting on use makes it an LRU.
const cache = new Map<string, CacheEntry>();
let builds = 0;

/** For tests and the bench: how many indexes were built, and which studies are cached. */
export function corpusCacheStats(): { builds: number; studies: string[]; bytes: number } {
	let bytes = 0;
	for (const e of cache.values()) bytes += e.bytes;
	return { builds, studies: [...cache.keys()], bytes };
}

/** Drops one study's index (or all): the next call rebuilds it. */
export function invalidateStudyCorpus(studyId?: string): void {
	if (studyId === undefined) cache.clear();
	else cache.delete(studyId);
}

function turnsOf(db: Db, versionIds: string[]): Map<string, CorpusTurn[]> {
	const out = new Map<string, CorpusTurn[]>();
	if (!versionIds.length) return out;
	const rows = db
		.select({
			versionId: table.turn.versionId,
			index: table.turn.index,
			start: table.turn.start,
			end: table.turn.end,
			label: table.turn.speakerLabel,
			pseudonym: table.participant.pseudonym,
			role: table.participant.role,
			vignetteId: table.transcriptSection.vignetteId
		})
		.from(table.turn)
		.leftJoin(table.participant, eq(table.turn.participantId, table.participant.id))
		.leftJoin(table.transcriptSection, eq(table.turn.sectionId, table.transcriptSection.id))
		.where(inArray(table.turn.versionId, versionIds))
		.orderBy(asc(table.turn.versionId), asc(table.turn.start))
		.all();
	for (const r of rows) {
		let list = out.get(r.versionId);
		if (!list) out.set(r.versionId, (list = []));
		list.push({ index: r.index, start: r.start, end: r.end, speaker: r.pseudonym ?? r.label, role: r.role, vignetteId: r.vignetteId });
	}
	return out;
}

/**
 * The study's corpus: one document per transcript (its current version, id = version id). The
 * index is reused while the list of current versions is the same; a new version, a new or deleted
 * transcript changes the fingerprint and the index is rebuilt.
 */
export function getStudyCorpus(db: Db, studyId: string): StudyCorpus {
	const { rows, fingerprint, index } = cachedIndex(db, studyId);
	const turns = turnsOf(db, rows.map((r) => r.versionId));
	const docs: CorpusDoc[] = rows.map((r) => ({
		...r,
		unblinded: r.unblinded,
		textLength: index.docs[index.docIndex.get(r.versionId)!].text.length,
		turns: turns.get(r.versionId) ?? []
	}));
	return { studyId, fingerprint, index, docs, byVersion: new Map(docs.map((d) => [d.versionId, d])) };
}

/** Only the (cached) index of the current versions, without reading turns and metadata. */
export function getStudyIndex(db: Db, studyId: string): CorpusIndex {
	return cachedIndex(db, studyId).index;
}

function cachedIndex(db: Db, studyId: string) {
	const rows = listCurrentVersions(db, studyId);
	const fingerprint = rows.map((r) => r.versionId).join(',');
	let entry = cache.get(studyId);
	if (entry && entry.fingerprint === fingerprint) {
		cache.delete(studyId);
		cache.set(studyId, entry);
	} else {
		cache.delete(studyId);
		const texts = new Map<string, string>();
		const ids = rows.map((r) => r.versionId);
		for (let i = 0; i < ids.length; i += 500) {
			for (const v of db
				.select({ id: table.transcriptVersion.id, text: table.transcriptVersion.text })
				.from(table.transcriptVersion)
				.where(inArray(table.transcriptVersion.id, ids.slice(i, i + 500)))
				.all()) {
				texts.set(v.id, v.text);
			}
		}
		const index = buildIndex(rows.map((r) => ({ id: r.versionId, text: texts.get(r.versionId) ?? '' })));
		builds++;
		let textBytes = 0;
		for (const t of texts.values()) textBytes += t.length * 2;
		entry = { fingerprint, index, bytes: indexMemoryEstimate(index).total + textBytes };
		cache.set(studyId, entry);
		evict(studyId);
	}
	return { rows, fingerprint, index: entry.index };
}

function evict(keep: string): void {
	let bytes = 0;
	for (const e of cache.values()) bytes += e.bytes;
	for (const [id, e] of cache) {
		if (cache.size <= CORPUS_CACHE_STUDIES && bytes <= CORPUS_CACHE_BYTES) break;
		if (id === keep) continue;
		cache.delete(id);
		bytes -= e.bytes;
	}
}

// ── Filters → allowed ranges ────────────────────────────────────────────────

export interface CorpusFilters {
	waveId?: string;
	municipalityId?: string;
	vignetteId?: string;
	role?: string;
	/** A code or a dimension (with its descendants): turns overlapping a coding of it. */
	codeId?: string;
}

export interface CorpusSelection {
	docs: string[];
	/** Allowed turns per version (an allow-list: versions without an entry are not searched). */
	ranges: Map<string, Range[]>;
}

/** Codings of a code (and its descendants) on the corpus's versions that the viewer may see, per version. */
export function visibleCodedSpans(
	db: Db,
	studyId: string,
	corpus: StudyCorpus,
	viewer: Viewer,
	studyBlind: boolean,
	codeIds: string[]
): Map<string, Range[]> {
	const out = new Map<string, Range[]>();
	const versionIds = corpus.docs.map((d) => d.versionId);
	if (!versionIds.length || !codeIds.length) return out;
	const rows = db
		.select({ versionId: table.coding.versionId, coderId: table.coding.coderId, start: table.coding.start, end: table.coding.end })
		.from(table.coding)
		.where(and(eq(table.coding.studyId, studyId), inArray(table.coding.codeId, codeIds), inArray(table.coding.versionId, versionIds)))
		.all();
	for (const r of rows) {
		const doc = corpus.byVersion.get(r.versionId);
		if (!doc) continue;
		if (r.coderId !== viewer.userId && !seesAllCoders(viewer, studyBlind, doc.unblinded)) continue;
		let list = out.get(r.versionId);
		if (!list) out.set(r.versionId, (list = []));
		list.push({ start: r.start, end: r.end });
	}
	return out;
}

function overlapsAny(spans: Range[] | undefined, start: number, end: number): boolean {
	if (!spans) return false;
	for (const s of spans) if (s.start < end && start < s.end) return true;
	return false;
}

/**
 * The turns passing the filters, per version: wave and municipality pick transcripts; vignette,
 * speaker role and code pick turns. Text outside turns (none in imported transcripts) is only
 * searched in a transcript without turns and without turn filters.
 */
export function selectionFor(
	db: Db,
	studyId: string,
	corpus: StudyCorpus,
	filters: CorpusFilters,
	viewer: Viewer,
	studyBlind: boolean
): CorpusSelection {
	const codeSpans = filters.codeId
		? visibleCodedSpans(db, studyId, corpus, viewer, studyBlind, [...subtreeIds(listCodes(db, studyId), filters.codeId)])
		: null;
	const turnFiltered = !!(filters.vignetteId || filters.role || codeSpans);
	const docs: string[] = [];
	const ranges = new Map<string, Range[]>();
	for (const d of corpus.docs) {
		if (filters.waveId && d.waveId !== filters.waveId) continue;
		if (filters.municipalityId && d.municipalityId !== filters.municipalityId) continue;
		if (!d.turns.length) {
			if (turnFiltered) continue;
			docs.push(d.versionId);
			ranges.set(d.versionId, [{ start: 0, end: d.textLength }]);
			continue;
		}
		const spans = codeSpans?.get(d.versionId);
		const allowed: Range[] = [];
		for (const t of d.turns) {
			if (filters.vignetteId && t.vignetteId !== filters.vignetteId) continue;
			if (filters.role && t.role !== filters.role) continue;
			if (codeSpans && !overlapsAny(spans, t.start, t.end)) continue;
			allowed.push({ start: t.start, end: t.end });
		}
		if (!allowed.length) continue;
		docs.push(d.versionId);
		ranges.set(d.versionId, allowed);
	}
	return { docs, ranges };
}

/** The turn containing `pos` (binary search), or null. */
export function turnAt(turns: CorpusTurn[], pos: number): CorpusTurn | null {
	let lo = 0;
	let hi = turns.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const t = turns[mid];
		if (pos < t.start) hi = mid - 1;
		else if (pos >= t.end) lo = mid + 1;
		else return t;
	}
	return null;
}

/** A problem in the NLP library (bad query, bad option) as a message the user can act on. */
export function nlpUserError(e: NlpError): UserError {
	const params: Params = {};
	for (const [k, v] of Object.entries(e.params)) params[k] = v;
	return new UserError(`error.nlp_${e.code}` as MessageKey, params, 400);
}

function withNlpErrors<T>(fn: () => T): T {
	try {
		return fn();
	} catch (e) {
		if (isNlpError(e)) throw nlpUserError(e);
		throw e;
	}
}

// ── Search in context ───────────────────────────────────────────────────────

export const KWIC_SORTS = ['position', 'left1', 'right1', 'left2', 'right2'] as const satisfies readonly KwicSort[];
export const KWIC_CONTEXT = 70;
/** At most this many hits are built and sorted; pages show fewer. */
export const KWIC_LIMIT = 5000;

export interface KwicRow {
	versionId: string;
	transcriptId: string;
	title: string;
	waveLabel: string | null;
	municipalityCode: string | null;
	speaker: string | null;
	role: ParticipantRole | null;
	turnIndex: number | null;
	start: number;
	end: number;
	left: string;
	hit: string;
	right: string;
}

export interface KwicResult {
	total: number;
	truncated: boolean;
	mode: 'word' | 'stem' | 'wildcard' | 'phrase';
	rows: KwicRow[];
}

export interface KwicRequest {
	query: string;
	match?: MatchMode;
	filters?: CorpusFilters;
	sort?: KwicSort;
	limit?: number;
}

export function searchStudy(db: Db, studyId: string, viewer: Viewer, studyBlind: boolean, request: KwicRequest): KwicResult {
	if (!request.query.trim()) throw new UserError('error.nlp_empty_query');
	const corpus = getStudyCorpus(db, studyId);
	const sel = selectionFor(db, studyId, corpus, request.filters ?? {}, viewer, studyBlind);
	const result = withNlpErrors(() =>
		search(corpus.index, request.query, { match: request.match ?? 'word', context: KWIC_CONTEXT, limit: request.limit ?? KWIC_LIMIT, docs: sel.docs, ranges: sel.ranges })
	);
	const hits = request.sort && request.sort !== 'position' ? sortKwic(result.hits, request.sort) : result.hits;
	return {
		total: result.total,
		truncated: result.truncated,
		mode: result.query.mode,
		rows: hits.map((h) => {
			const doc = corpus.byVersion.get(h.docId)!;
			const turn = turnAt(doc.turns, h.start);
			// Context stays inside the speaker's turn: the next speaker's words are not theirs.
			const text = corpus.index.docs[h.docNo].text;
			const left = turn && h.contextStart < turn.start ? collapse(text.slice(turn.start, h.start)) : h.left;
			const right = turn && h.contextEnd > turn.end ? collapse(text.slice(h.end, turn.end)) : h.right;
			return {
				versionId: doc.versionId,
				transcriptId: doc.transcriptId,
				title: doc.title,
				waveLabel: doc.waveLabel,
				municipalityCode: doc.municipalityCode,
				speaker: turn?.speaker ?? null,
				role: turn?.role ?? null,
				turnIndex: turn?.index ?? null,
				start: h.start,
				end: h.end,
				left,
				hit: h.hit,
				right
			};
		})
	};
}

function collapse(s: string): string {
	return s.replace(/\s+/gu, ' ');
}

// ── Coding from the concordance ─────────────────────────────────────────────

export type HitUnit = 'sentence' | 'turn';

export interface HitRef {
	versionId: string;
	start: number;
	end: number;
}

export interface HitCodingOutcome extends HitRef {
	unitStart: number;
	unitEnd: number;
	status: 'created' | 'duplicate';
}

export const CODE_HITS_MAX = 500;

/** Parses a hit reference `versionId:start:end` from a form; null when it is malformed. */
export function parseHitRef(value: string): HitRef | null {
	const m = /^([A-Za-z0-9_-]{1,64}):(\d{1,9}):(\d{1,9})$/.exec(value);
	if (!m) return null;
	const start = Number(m[2]);
	const end = Number(m[3]);
	return end > start ? { versionId: m[1], start, end } : null;
}

/**
 * Codes each hit's sentence (or turn) with `codeId` as the actor's own coding, all in one
 * transaction. A unit the actor already coded with that code (also: two hits in one sentence) is
 * reported as a duplicate; any other problem (a hit not in a current transcript, an unknown code)
 * refuses the whole batch.
 */
export function codeHits(
	db: Db,
	actorId: string,
	studyId: string,
	input: { codeId: string; unit: HitUnit; hits: HitRef[] }
): HitCodingOutcome[] {
	if (!input.hits.length) throw new UserError('error.analysis_no_hits');
	if (input.hits.length > CODE_HITS_MAX) throw new UserError('error.analysis_too_many_hits', { max: CODE_HITS_MAX });
	if (!input.codeId) throw new UserError('error.analysis_no_code');
	const corpus = getStudyCorpus(db, studyId);
	const units = input.hits.map((h) => {
		const doc = corpus.byVersion.get(h.versionId);
		if (!doc || h.end > doc.textLength) throw new UserError('error.analysis_hit_gone', {}, 409);
		let unit: Range | null;
		if (input.unit === 'turn') {
			const t = turnAt(doc.turns, h.start);
			unit = t ? { start: t.start, end: t.end } : null;
		} else {
			unit = sentenceAt(corpus.index, corpus.index.docIndex.get(doc.versionId)!, h.start);
		}
		if (!unit || unit.end <= unit.start || h.end > unit.end) throw new UserError('error.analysis_hit_gone', {}, 409);
		return { ...h, unitStart: unit.start, unitEnd: unit.end };
	});
	return db.transaction((tx) =>
		units.map((u): HitCodingOutcome => {
			try {
				createCoding(tx, actorId, studyId, { versionId: u.versionId, codeId: input.codeId, start: u.unitStart, end: u.unitEnd });
				return { ...u, status: 'created' };
			} catch (e) {
				if (e instanceof UserError && e.code === 'error.coding_duplicate') return { ...u, status: 'duplicate' };
				throw e;
			}
		})
	);
}

// ── Frequencies and keyness ─────────────────────────────────────────────────

export const GROUP_BYS = ['wave', 'municipality', 'vignette', 'code'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export interface CorpusGroup {
	id: string;
	label: string;
	ranges: Map<string, Range[]>;
}

export interface TermOptions {
	by: 'word' | 'stem';
	stopwords: boolean;
	minLength: number;
	/** Leave out the interviewer's turns. */
	skipInterviewer?: boolean;
}

function turnRanges(corpus: StudyCorpus, pick: (doc: CorpusDoc, turn: CorpusTurn) => boolean): Map<string, Range[]> {
	const out = new Map<string, Range[]>();
	for (const d of corpus.docs) {
		const rs: Range[] = [];
		if (!d.turns.length) {
			if (pick(d, { index: 0, start: 0, end: d.textLength, speaker: '', role: null, vignetteId: null })) rs.push({ start: 0, end: d.textLength });
		} else for (const t of d.turns) if (pick(d, t)) rs.push({ start: t.start, end: t.end });
		if (rs.length) out.set(d.versionId, rs);
	}
	return out;
}

function intersectRanges(a: Range[], b: Range[]): Range[] {
	const out: Range[] = [];
	const bs = [...b].sort((x, y) => x.start - y.start);
	for (const x of a) for (const y of bs) {
		const s = Math.max(x.start, y.start);
		const e = Math.min(x.end, y.end);
		if (e > s) out.push({ start: s, end: e });
	}
	return out;
}

/** The groups to compare: each wave, municipality, vignette (sections), or code (its coded passages). */
export function corpusGroups(
	db: Db,
	studyId: string,
	corpus: StudyCorpus,
	by: GroupBy,
	viewer: Viewer,
	studyBlind: boolean,
	options: { skipInterviewer?: boolean } = {}
): CorpusGroup[] {
	const speaking = (t: CorpusTurn) => !options.skipInterviewer || t.role !== 'interviewer';
	const groups: CorpusGroup[] = [];
	if (by === 'wave' || by === 'municipality') {
		const seen = new Map<string, string>();
		for (const d of corpus.docs) {
			const id = by === 'wave' ? d.waveId : d.municipalityId;
			const label = by === 'wave' ? d.waveLabel : d.municipalityCode;
			if (id && !seen.has(id)) seen.set(id, label ?? id);
		}
		const entries = [...seen].map(([id, label]) => ({ id, label }));
		if (by === 'municipality') entries.sort((a, b) => a.label.localeCompare(b.label, 'da', { numeric: true }));
		for (const { id, label } of entries) {
			groups.push({ id, label, ranges: turnRanges(corpus, (d, t) => (by === 'wave' ? d.waveId : d.municipalityId) === id && speaking(t)) });
		}
	} else if (by === 'vignette') {
		const titles = new Map(
			db
				.select({ id: table.vignette.id, title: table.vignetteRevision.title })
				.from(table.vignette)
				.innerJoin(
					table.vignetteRevision,
					and(eq(table.vignetteRevision.vignetteId, table.vignette.id), eq(table.vignetteRevision.revision, table.vignette.currentRevision))
				)
				.where(eq(table.vignette.studyId, studyId))
				.orderBy(asc(table.vignette.position), asc(table.vignette.key))
				.all()
				.map((v) => [v.id, v.title])
		);
		for (const [id, label] of titles) {
			const ranges = turnRanges(corpus, (_d, t) => t.vignetteId === id && speaking(t));
			if (ranges.size) groups.push({ id, label, ranges });
		}
	} else {
		const codes = listCodes(db, studyId);
		const speakingTurns = options.skipInterviewer ? turnRanges(corpus, (_d, t) => speaking(t)) : null;
		for (const c of codes) {
			let spans = visibleCodedSpans(db, studyId, corpus, viewer, studyBlind, [c.id]);
			if (!spans.size) continue;
			if (speakingTurns) {
				const cut = new Map<string, Range[]>();
				for (const [v, rs] of spans) {
					const r = intersectRanges(rs, speakingTurns.get(v) ?? []);
					if (r.length) cut.set(v, r);
				}
				spans = cut;
				if (!spans.size) continue;
			}
			groups.push({ id: c.id, label: `${c.key} ${c.name}`, ranges: spans });
		}
	}
	return groups;
}

export interface GroupFrequencies {
	id: string;
	label: string;
	total: number;
	rows: FrequencyResult['rows'];
}

export function groupFrequencies(
	db: Db,
	studyId: string,
	viewer: Viewer,
	studyBlind: boolean,
	groupBy: GroupBy,
	options: TermOptions & { top: number }
): GroupFrequencies[] {
	const corpus = getStudyCorpus(db, studyId);
	const groups = corpusGroups(db, studyId, corpus, groupBy, viewer, studyBlind, options);
	return withNlpErrors(() =>
		groups.map((g) => {
			const f = frequencies(corpus.index, { by: options.by, stopwords: options.stopwords, minLength: options.minLength, docs: g.ranges.keys(), ranges: g.ranges });
			return { id: g.id, label: g.label, total: f.total, rows: f.rows.slice(0, options.top) };
		})
	);
}

/** A keyness set: `wave:<id>`, `municipality:<id>`, `vignette:<id>`, or (for set B only) `rest`. */
export type SetRef = string;

export interface KeynessChoice {
	value: SetRef;
	kind: 'wave' | 'municipality' | 'vignette';
	label: string;
}

export function keynessChoices(db: Db, studyId: string, viewer: Viewer, studyBlind: boolean): KeynessChoice[] {
	const corpus = getStudyCorpus(db, studyId);
	const out: KeynessChoice[] = [];
	for (const kind of ['wave', 'municipality', 'vignette'] as const) {
		for (const g of corpusGroups(db, studyId, corpus, kind, viewer, studyBlind)) out.push({ value: `${kind}:${g.id}`, kind, label: g.label });
	}
	return out;
}

function resolveSet(db: Db, studyId: string, corpus: StudyCorpus, ref: SetRef, viewer: Viewer, studyBlind: boolean, skipInterviewer: boolean) {
	const m = /^(wave|municipality|vignette):(.+)$/.exec(ref);
	if (!m) throw new UserError('error.analysis_set_unknown', { set: ref });
	const group = corpusGroups(db, studyId, corpus, m[1] as GroupBy, viewer, studyBlind, { skipInterviewer }).find((g) => g.id === m[2]);
	if (!group) throw new UserError('error.analysis_set_unknown', { set: ref });
	return group;
}

export interface KeynessReport extends KeynessResult {
	labelA: string;
	labelB: string;
}

/** Keyness of set A against set B (or against the rest of the corpus: `b = 'rest'`). */
export function studyKeyness(
	db: Db,
	studyId: string,
	viewer: Viewer,
	studyBlind: boolean,
	request: { a: SetRef; b: SetRef; top: number; minCount: number } & TermOptions
): KeynessReport {
	const corpus = getStudyCorpus(db, studyId);
	const skip = request.skipInterviewer ?? false;
	const a = resolveSet(db, studyId, corpus, request.a, viewer, studyBlind, skip);
	let bRanges: Map<string, Range[]>;
	let labelB: string;
	if (request.b === 'rest') {
		labelB = '';
		bRanges = turnRanges(corpus, (d, t) => {
			if (skip && t.role === 'interviewer') return false;
			return !overlapsAny(a.ranges.get(d.versionId), t.start, t.end);
		});
	} else {
		if (request.b === request.a) throw new UserError('error.analysis_same_sets');
		const b = resolveSet(db, studyId, corpus, request.b, viewer, studyBlind, skip);
		bRanges = b.ranges;
		labelB = b.label;
	}
	const result = withNlpErrors(() =>
		keyness(
			corpus.index,
			{ docs: a.ranges.keys(), ranges: a.ranges },
			{ docs: bRanges.keys(), ranges: bRanges },
			{ by: request.by, stopwords: request.stopwords, minLength: request.minLength, top: request.top, minCount: request.minCount }
		)
	);
	return { ...result, labelA: a.label, labelB };
}
