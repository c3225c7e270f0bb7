// Code suggestions from the codes' keyword lists: passages (sentences or turns) of a transcript
// version that match a code's keywords. A suggestion is never a coding: it becomes one only when a
// coder accepts it (then it is that coder's coding), and a coder can dismiss it for good. Also the
// keyword lists' precision and recall against the consensus coding, so the lists can be improved.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from './db/client';
import * as table from './db/schema';
import { UserError } from './errors';
import { recordAudit } from './audit';
import { listCodes } from './codebook';
import { createCoding, getCodableVersion, type CodingRow, type Viewer } from './codings';
import { CONSENSUS_USER_ID } from './users';
import { getStudyCorpus, getStudyIndex } from './textindex';
import {
	keywordPrecisionRecall,
	matchKeywords,
	unitRanges,
	validateKeywords,
	type CodeScore,
	type KeywordList,
	type KeywordProblem,
	type Range,
	type SuggestionUnit
} from '../nlp';

export type { SuggestionUnit };

export interface CodeSuggestion {
	codeId: string;
	codeKey: string;
	codeName: string;
	color: string;
	/** The suggested passage: the sentence or turn holding the keyword matches. */
	start: number;
	end: number;
	/** The keywords (as written in the code's list) that matched. */
	matched: string[];
	/** The matched words themselves, for highlighting. */
	hits: Range[];
}

export interface SuggestionOptions {
	unit: SuggestionUnit;
	/** Only these codes (default: every code with keywords). */
	codeIds?: readonly string[];
}

/** The codes' keyword lists, without keywords that do not parse (those are returned as problems). */
export function keywordLists(db: Db, studyId: string, codeIds?: readonly string[]) {
	const codes = listCodes(db, studyId).filter((c) => c.keywords.length > 0 && (!codeIds || codeIds.includes(c.id)));
	const lists: KeywordList[] = codes.map((c) => ({ codeId: c.id, keywords: c.keywords }));
	const problems = validateKeywords(lists);
	const bad = new Set(problems.map((p) => `${p.codeId}\u0000${p.keyword}`));
	const clean = lists
		.map((l) => ({ codeId: l.codeId, keywords: l.keywords.filter((k) => !bad.has(`${l.codeId}\u0000${k}`)) }))
		.filter((l) => l.keywords.length > 0);
	return { codes, lists: clean, problems };
}

function versionText(db: Db, versionId: string): string {
	return db.select({ text: table.transcriptVersion.text }).from(table.transcriptVersion).where(eq(table.transcriptVersion.id, versionId)).get()?.text ?? '';
}

function versionTurns(db: Db, versionId: string): Range[] {
	return db.select({ start: table.turn.start, end: table.turn.end }).from(table.turn).where(eq(table.turn.versionId, versionId)).all();
}

/**
 * Suggestions for one transcript version, for the viewer: every sentence (or turn) matching a
 * code's keywords, minus the ones the viewer dismissed and minus passages the viewer already
 * coded with that code (any overlap). Sorted by position, then codebook order.
 */
export function listSuggestions(db: Db, studyId: string, versionId: string, viewer: Viewer, options: SuggestionOptions): CodeSuggestion[] {
	getCodableVersion(db, studyId, versionId); // 404 for a version outside the study
	const { codes, lists } = keywordLists(db, studyId, options.codeIds);
	if (!lists.length) return [];
	const turns = versionTurns(db, versionId);
	// The study's cached index when this is a current version; otherwise a one-document index.
	const index = getStudyIndex(db, studyId);
	const docNo = index.docIndex.get(versionId);
	const text = docNo !== undefined ? index.docs[docNo].text : versionText(db, versionId);
	const raw = matchKeywords(docNo !== undefined ? index : { id: versionId, text }, lists, {
		unit: options.unit,
		turns: new Map([[versionId, turns.length ? turns : [{ start: 0, end: text.length }]]]),
		docs: [versionId]
	});
	const dismissed = new Set(
		db
			.select()
			.from(table.dismissedSuggestion)
			.where(and(eq(table.dismissedSuggestion.userId, viewer.userId), eq(table.dismissedSuggestion.versionId, versionId)))
			.all()
			.map((d) => `${d.codeId}|${d.start}|${d.end}`)
	);
	const mine = db
		.select({ codeId: table.coding.codeId, start: table.coding.start, end: table.coding.end })
		.from(table.coding)
		.where(and(eq(table.coding.versionId, versionId), eq(table.coding.coderId, viewer.userId)))
		.all();
	const byId = new Map(codes.map((c, i) => [c.id, { ...c, order: i }]));
	return raw
		.filter((s) => !dismissed.has(`${s.codeId}|${s.start}|${s.end}`))
		.filter((s) => !mine.some((c) => c.codeId === s.codeId && c.start < s.end && s.start < c.end))
		.map((s) => {
			const c = byId.get(s.codeId)!;
			return { codeId: s.codeId, codeKey: c.key, codeName: c.name, color: c.color, start: s.start, end: s.end, matched: s.matched, hits: s.hits, order: c.order };
		})
		.sort((a, b) => a.start - b.start || a.order - b.order)
		.map(({ order: _o, ...s }) => s);
}

export interface SuggestionRef {
	versionId: string;
	codeId: string;
	start: number;
	end: number;
}

function checkRef(db: Db, studyId: string, ref: SuggestionRef) {
	const version = getCodableVersion(db, studyId, ref.versionId);
	const code = db
		.select({ id: table.code.id })
		.from(table.code)
		.where(and(eq(table.code.id, ref.codeId), eq(table.code.studyId, studyId)))
		.get();
	if (!code) throw new UserError('error.code_not_found', {}, 404);
	if (!Number.isInteger(ref.start) || !Number.isInteger(ref.end) || ref.start < 0 || ref.end > version.textLength || ref.start >= ref.end) {
		throw new UserError('error.coding_span_invalid', { start: ref.start, end: ref.end, length: version.textLength });
	}
}

/** The user dismisses a suggestion: it no longer shows for them (others still see it). Idempotent. */
export function dismissSuggestion(db: Db, userId: string, studyId: string, ref: SuggestionRef): void {
	db.transaction((tx) => {
		checkRef(tx, studyId, ref);
		const inserted = tx
			.insert(table.dismissedSuggestion)
			.values({ userId, versionId: ref.versionId, codeId: ref.codeId, start: ref.start, end: ref.end })
			.onConflictDoNothing()
			.run();
		if (inserted.changes) {
			recordAudit(tx, {
				studyId,
				userId,
				entity: 'suggestion',
				entityId: `${ref.versionId}:${ref.codeId}:${ref.start}-${ref.end}`,
				action: 'dismiss',
				after: { ...ref }
			});
		}
	});
}

/** The user accepts a suggestion: it becomes their own coding (current version only; duplicates refused). */
export function acceptSuggestion(db: Db, userId: string, studyId: string, ref: SuggestionRef): CodingRow {
	return createCoding(db, userId, studyId, { versionId: ref.versionId, codeId: ref.codeId, start: ref.start, end: ref.end });
}

// ── Keyword quality against the consensus coding ────────────────────────────

export interface KeywordQualityRow extends CodeScore {
	key: string;
	name: string;
	depth: number;
	keywordCount: number;
}

export type KeywordQuality =
	| { status: 'no_consensus'; problems: KeywordProblem[] }
	| {
			status: 'ok';
			unit: SuggestionUnit;
			/** Transcripts (current versions) with consensus codings: the only ones scored. */
			transcripts: number;
			unitCount: number;
			codes: KeywordQualityRow[];
			micro: Omit<CodeScore, 'codeId'>;
			problems: KeywordProblem[];
	  };

/**
 * Per code: precision, recall and F1 of its keyword suggestions against the consensus coding, on
 * units (sentences or turns) of the current transcript versions that have a consensus coding. A
 * unit counts as suggested (coded) when a suggestion (consensus coding) overlaps it.
 */
export function keywordQuality(db: Db, studyId: string, options: { unit: SuggestionUnit }): KeywordQuality {
	const { lists, problems } = keywordLists(db, studyId);
	const corpus = getStudyCorpus(db, studyId);
	const versionIds = corpus.docs.map((d) => d.versionId);
	const reference = versionIds.length
		? db
				.select({ docId: table.coding.versionId, codeId: table.coding.codeId, start: table.coding.start, end: table.coding.end })
				.from(table.coding)
				.where(and(eq(table.coding.studyId, studyId), eq(table.coding.coderId, CONSENSUS_USER_ID), inArray(table.coding.versionId, versionIds)))
				.all()
		: [];
	if (!reference.length) return { status: 'no_consensus', problems };
	const scored = [...new Set(reference.map((r) => r.docId))];
	const turns = new Map<string, Range[]>();
	for (const id of scored) {
		const doc = corpus.byVersion.get(id)!;
		turns.set(id, doc.turns.length ? doc.turns.map((t) => ({ start: t.start, end: t.end })) : [{ start: 0, end: doc.textLength }]);
	}
	const suggestions = lists.length ? matchKeywords(corpus.index, lists, { unit: options.unit, turns, docs: scored }) : [];
	const allUnits = unitRanges(corpus.index, options.unit, turns);
	const units = new Map(scored.map((id) => [id, allUnits.get(id) ?? []]));
	const codes = listCodes(db, studyId);
	const referenced = new Set(reference.map((r) => r.codeId));
	const considered = codes.filter((c) => c.keywords.length > 0 || referenced.has(c.id));
	const result = keywordPrecisionRecall(suggestions, reference, { units, codeIds: considered.map((c) => c.id) });
	const byId = new Map(result.codes.map((s) => [s.codeId, s]));
	return {
		status: 'ok',
		unit: options.unit,
		transcripts: scored.length,
		unitCount: result.unitCount,
		codes: considered.map((c) => ({ ...byId.get(c.id)!, key: c.key, name: c.name, depth: c.depth, keywordCount: c.keywords.length })),
		micro: result.micro,
		problems
	};
}
