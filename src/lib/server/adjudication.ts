// Disagreements between two coders and their adjudication into the consensus coding.
// A disagreement unit is a turn × code where one coder has the code and the other not (turn units), or
// a passage of overlapping segments of a code in which some segment found no match (segment units).
// A lead decides each unit once: accept one coder's version, merge both, recode, or reject. The decision
// (an `adjudication` row) and the consensus codings it produces (ordinary codings of the consensus coder)
// are written in one transaction; undoing removes both. The row keeps the ids of the codings the
// decision created (`codingIds`), so that undo removes exactly those.
import { and, eq, gt, inArray, lt, type SQL } from 'drizzle-orm';
import type { Db } from './db/client';
import * as table from './db/schema';
import { newId } from './ids';
import { UserError } from './errors';
import { recordAudit } from './audit';
import { listCodes } from './codebook';
import { createCoding, deleteCoding, getCodableVersion, seesAllCoders, type Viewer } from './codings';
import { CONSENSUS_USER_ID, ensureConsensusUser } from './users';
import { listStudyTranscripts, loadVersions, selectCodes } from './reliability';
import { clipSpans, firstTurnAfter, highlight, mergeSpans, segmentPassages, turnPassages, type PassageUnit, type Span } from '../reliability/units';

export const DECISIONS = ['accept', 'merge', 'recode', 'reject'] as const;
export type Decision = (typeof DECISIONS)[number];
export type PassageMode = 'turns' | 'segments';
export const NOTE_MAX = 2000;

export interface DecisionNote {
	text: string;
	codings: string[];
	/** Accept: which coder of the pair (0 or 1) was accepted. */
	source: 0 | 1 | null;
	coders: string[];
	/** Created by "accept all agreements". */
	agreed: boolean;
}

type AdjudicationRow = typeof table.adjudication.$inferSelect;

/** A stored decision's details in the shape the module works with. */
export function decisionNote(row: Pick<AdjudicationRow, 'note' | 'codingIds' | 'source' | 'coders' | 'agreed'>): DecisionNote {
	return {
		text: row.note,
		codings: row.codingIds,
		source: row.source === 0 || row.source === 1 ? row.source : null,
		coders: row.coders,
		agreed: row.agreed
	};
}

/** The columns a decision's details are stored in. */
function noteColumns(note: DecisionNote) {
	return { note: note.text, codingIds: note.codings, source: note.source, coders: note.coders, agreed: note.agreed };
}

export const unitKey = (u: { versionId: string; codeId: string; start: number; end: number }) => `${u.versionId}|${u.codeId}|${u.start}|${u.end}`;

export interface DisagreementQuery {
	coderIds: [string, string];
	unit: PassageMode;
	transcriptId?: string;
	/** A code or a dimension (with its descendants). */
	codeId?: string;
	threshold?: number;
	minShare?: number;
	includeInterviewer?: boolean;
	status?: 'open' | 'decided' | 'all';
	viewer: Viewer;
	studyBlind: boolean;
	limit?: number;
}

export interface DecisionInfo {
	id: string;
	decision: Decision;
	note: string;
	source: 0 | 1 | null;
	agreed: boolean;
	decidedBy: string | null;
	decidedAt: Date;
	codings: number;
}

export interface DisagreementItem {
	key: string;
	transcriptId: string;
	transcriptTitle: string;
	versionId: string;
	codeId: string;
	codeKey: string;
	codeName: string;
	color: string;
	start: number;
	end: number;
	turnIndex: number | null;
	speaker: string | null;
	role: string | null;
	/** Per coder: the passage text with their spans marked, their memos and coding ids. */
	sides: { pieces: { text: string; mark: boolean }[]; memos: string[]; codingIds: string[]; spans: Span[] }[];
	decision: DecisionInfo | null;
}

export interface ProgressRow {
	transcriptId: string;
	title: string;
	disagreements: number;
	decided: number;
	agreed: number;
	agreedAccepted: number;
}

function decisionsFor(db: Db, studyId: string, versionIds: string[]): Map<string, DecisionInfo & { versionId: string; codeId: string; start: number; end: number }> {
	const map = new Map<string, DecisionInfo & { versionId: string; codeId: string; start: number; end: number }>();
	if (!versionIds.length) return map;
	const rows = db
		.select({
			id: table.adjudication.id,
			versionId: table.adjudication.versionId,
			codeId: table.adjudication.codeId,
			start: table.adjudication.start,
			end: table.adjudication.end,
			decision: table.adjudication.decision,
			note: table.adjudication.note,
			codingIds: table.adjudication.codingIds,
			source: table.adjudication.source,
			coders: table.adjudication.coders,
			agreed: table.adjudication.agreed,
			decidedBy: table.user.username,
			decidedAt: table.adjudication.decidedAt
		})
		.from(table.adjudication)
		.leftJoin(table.user, eq(table.adjudication.decidedBy, table.user.id))
		.where(and(eq(table.adjudication.studyId, studyId), inArray(table.adjudication.versionId, versionIds)))
		.all();
	for (const r of rows) {
		const note = decisionNote(r);
		map.set(unitKey(r), { ...r, note: note.text, source: note.source, agreed: note.agreed, codings: note.codings.length });
	}
	return map;
}

/** Units (agreed and not) for a pair of coders over the scope, with the data to show them. */
function passagesInScope(db: Db, studyId: string, q: Omit<DisagreementQuery, 'status' | 'limit'>) {
	let transcripts = listStudyTranscripts(db, studyId).filter((t) => seesAllCoders(q.viewer, q.studyBlind, t.unblinded));
	const hidden = q.transcriptId ? !transcripts.some((t) => t.id === q.transcriptId) : false;
	if (q.transcriptId) transcripts = transcripts.filter((t) => t.id === q.transcriptId);
	const versions = loadVersions(db, studyId, transcripts, [...q.coderIds]);
	const codes = listCodes(db, studyId);
	const sel = selectCodes(codes, q.codeId ? [q.codeId] : undefined);
	const units = versions.map((v) =>
		q.unit === 'segments'
			? segmentPassages(v, q.coderIds, sel.all, q.threshold ?? 0.9)
			: turnPassages(v, q.coderIds, sel.all, { includeInterviewer: q.includeInterviewer, minShare: q.minShare })
	);
	return { transcripts, versions, units, codes, hidden };
}

export function listDisagreements(db: Db, studyId: string, q: DisagreementQuery) {
	const { transcripts, versions, units, codes, hidden } = passagesInScope(db, studyId, q);
	const decisions = decisionsFor(db, studyId, transcripts.map((t) => t.versionId));
	const progress: ProgressRow[] = [];
	const chosen: { t: number; u: PassageUnit }[] = [];
	let total = 0;
	transcripts.forEach((t, i) => {
		const row: ProgressRow = { transcriptId: t.id, title: t.title, disagreements: 0, decided: 0, agreed: 0, agreedAccepted: 0 };
		for (const u of units[i]) {
			const decided = decisions.has(unitKey({ versionId: t.versionId, ...u }));
			if (u.agreed) {
				row.agreed++;
				if (decided) row.agreedAccepted++;
				continue;
			}
			row.disagreements++;
			if (decided) row.decided++;
			const status = q.status ?? 'all';
			if (status === 'all' || (status === 'decided') === decided) {
				total++;
				chosen.push({ t: i, u });
			}
		}
		if (row.disagreements || row.agreed) progress.push(row);
	});
	const overall = progress.reduce(
		(s, r) => ({ disagreements: s.disagreements + r.disagreements, decided: s.decided + r.decided, agreed: s.agreed + r.agreed, agreedAccepted: s.agreedAccepted + r.agreedAccepted }),
		{ disagreements: 0, decided: 0, agreed: 0, agreedAccepted: 0 }
	);
	const shown = chosen.slice(0, q.limit ?? 100);
	const textIds = [...new Set(shown.map((c) => transcripts[c.t].versionId))];
	const texts = new Map(
		textIds.length
			? db
					.select({ id: table.transcriptVersion.id, text: table.transcriptVersion.text })
					.from(table.transcriptVersion)
					.where(inArray(table.transcriptVersion.id, textIds))
					.all()
					.map((v) => [v.id, v.text])
			: []
	);
	const codeById = new Map(codes.map((c) => [c.id, c]));
	const items: DisagreementItem[] = shown.map(({ t, u }) => {
		const tr = transcripts[t];
		const turns = versions[t].turns;
		const text = texts.get(tr.versionId) ?? '';
		const first = turns[Math.min(firstTurnAfter(turns, u.start), turns.length - 1)];
		const last = turns[Math.min(firstTurnAfter(turns, Math.max(u.start, u.end - 1)), turns.length - 1)];
		const from = Math.min(first?.start ?? u.start, u.start);
		const to = Math.max(last?.end ?? u.end, u.end);
		const code = codeById.get(u.codeId);
		return {
			key: unitKey({ versionId: tr.versionId, ...u }),
			transcriptId: tr.id,
			transcriptTitle: tr.title,
			versionId: tr.versionId,
			codeId: u.codeId,
			codeKey: code?.key ?? '?',
			codeName: code?.name ?? '?',
			color: code?.color ?? '#888888',
			start: u.start,
			end: u.end,
			turnIndex: first ? first.index : null,
			speaker: first?.speaker ?? null,
			role: first?.role ?? null,
			sides: [0, 1].map((j) => ({
				pieces: highlight(text, from, to, u.spans[j]),
				memos: u.codings[j].map((c) => c.memo).filter(Boolean),
				codingIds: u.codings[j].map((c) => c.id),
				spans: u.spans[j]
			})),
			decision: decisions.get(unitKey({ versionId: tr.versionId, ...u })) ?? null
		};
	});
	return { items, total, progress, overall, hidden };
}

export interface DecideInput {
	versionId: string;
	codeId: string;
	start: number;
	end: number;
	coderIds: [string, string];
	decision: Decision;
	/** accept: 0 = the first coder's version, 1 = the second's. */
	source?: 0 | 1;
	/** recode: the consensus coding's code and span. */
	recode?: { codeId: string; start: number; end: number };
	note?: string;
}

function checkCode(db: Db, studyId: string, codeId: string): void {
	const row = db.select({ id: table.code.id }).from(table.code).where(and(eq(table.code.id, codeId), eq(table.code.studyId, studyId))).get();
	if (!row) throw new UserError('error.code_not_found', {}, 404);
}

function checkUnit(db: Db, studyId: string, input: Pick<DecideInput, 'versionId' | 'codeId' | 'start' | 'end'>) {
	const version = getCodableVersion(db, studyId, input.versionId);
	if (version.version !== version.currentVersion) throw new UserError('error.coding_old_version', {}, 409);
	checkCode(db, studyId, input.codeId);
	if (!Number.isInteger(input.start) || !Number.isInteger(input.end) || input.start < 0 || input.end > version.textLength || input.start >= input.end)
		throw new UserError('error.coding_span_invalid', { start: input.start, end: input.end, length: version.textLength });
	return version;
}

/** Each coder's codings of the code overlapping the unit. */
function codingsInUnit(db: Db, studyId: string, input: Pick<DecideInput, 'versionId' | 'codeId' | 'start' | 'end'>, coderId: string) {
	return db
		.select({ id: table.coding.id, start: table.coding.start, end: table.coding.end, memo: table.coding.memo })
		.from(table.coding)
		.where(
			and(
				eq(table.coding.studyId, studyId),
				eq(table.coding.versionId, input.versionId),
				eq(table.coding.codeId, input.codeId),
				eq(table.coding.coderId, coderId),
				lt(table.coding.start, input.end),
				gt(table.coding.end, input.start)
			)
		)
		.all();
}

function existingDecision(db: Db, input: Pick<DecideInput, 'versionId' | 'codeId' | 'start' | 'end'>) {
	return db
		.select({ id: table.adjudication.id })
		.from(table.adjudication)
		.where(
			and(
				eq(table.adjudication.versionId, input.versionId),
				eq(table.adjudication.codeId, input.codeId),
				eq(table.adjudication.start, input.start),
				eq(table.adjudication.end, input.end)
			)
		)
		.get();
}

/** Writes consensus codings for the spans (skipping ones the consensus coder already has) and returns their ids. */
function writeConsensus(db: Db, actorId: string, studyId: string, versionId: string, codeId: string, spans: Span[], memo: string): string[] {
	const ids: string[] = [];
	for (const s of spans) {
		const conditions: SQL[] = [
			eq(table.coding.versionId, versionId),
			eq(table.coding.codeId, codeId),
			eq(table.coding.coderId, CONSENSUS_USER_ID),
			eq(table.coding.start, s.start),
			eq(table.coding.end, s.end)
		];
		if (db.select({ id: table.coding.id }).from(table.coding).where(and(...conditions)).get()) continue;
		ids.push(createCoding(db, actorId, studyId, { versionId, codeId, start: s.start, end: s.end, memo }, CONSENSUS_USER_ID).id);
	}
	return ids;
}

const joinMemos = (rows: { memo: string }[]) => [...new Set(rows.map((r) => r.memo.trim()).filter(Boolean))].join('\n').slice(0, 5000);

/** Decides one disagreement unit. Refused (409) when the unit was decided meanwhile; nothing is duplicated. */
export function decide(db: Db, actorId: string, studyId: string, input: DecideInput): { id: string; codings: string[] } {
	const noteText = (input.note ?? '').trim();
	if (noteText.length > NOTE_MAX) throw new UserError('error.field_too_long', { field: 'note', max: NOTE_MAX });
	if (!DECISIONS.includes(input.decision)) throw new UserError('error.adjudication_decision_invalid');
	if (input.coderIds[0] === input.coderIds[1]) throw new UserError('error.reliability_same_coders');
	return db.transaction((tx) => {
		checkUnit(tx, studyId, input);
		if (existingDecision(tx, input)) throw new UserError('error.adjudication_exists', {}, 409);
		ensureConsensusUser(tx);
		const sides = input.coderIds.map((c) => codingsInUnit(tx, studyId, input, c));
		let codeId = input.codeId;
		let spans: Span[] = [];
		let memo = '';
		if (input.decision === 'accept') {
			if (input.source !== 0 && input.source !== 1) throw new UserError('error.adjudication_source_missing');
			spans = mergeSpans(clipSpans(sides[input.source], input.start, input.end), true);
			memo = joinMemos(sides[input.source]);
		} else if (input.decision === 'merge') {
			spans = mergeSpans(clipSpans([...sides[0], ...sides[1]], input.start, input.end), true);
			memo = joinMemos([...sides[0], ...sides[1]]);
		} else if (input.decision === 'recode') {
			if (!input.recode) throw new UserError('error.adjudication_recode_missing');
			checkUnit(tx, studyId, { versionId: input.versionId, ...input.recode });
			codeId = input.recode.codeId;
			spans = [{ start: input.recode.start, end: input.recode.end }];
			memo = noteText;
		}
		const created = writeConsensus(tx, actorId, studyId, input.versionId, codeId, spans, memo);
		const id = newId();
		const note: DecisionNote = { text: noteText, codings: created, source: input.decision === 'accept' ? input.source! : null, coders: [...input.coderIds], agreed: false };
		tx.insert(table.adjudication)
			.values({ id, studyId, versionId: input.versionId, codeId: input.codeId, start: input.start, end: input.end, decision: input.decision, ...noteColumns(note), decidedBy: actorId })
			.run();
		recordAudit(tx, {
			studyId,
			userId: actorId,
			entity: 'adjudication',
			entityId: id,
			action: 'create',
			after: { versionId: input.versionId, codeId: input.codeId, start: input.start, end: input.end, decision: input.decision, ...note }
		});
		return { id, codings: created };
	});
}

/** Undoes a decision: removes its row and the consensus codings it created (those still there). */
export function undoDecision(db: Db, actorId: string, studyId: string, adjudicationId: string): void {
	db.transaction((tx) => {
		const row = tx
			.select()
			.from(table.adjudication)
			.where(and(eq(table.adjudication.id, adjudicationId), eq(table.adjudication.studyId, studyId)))
			.get();
		if (!row) throw new UserError('error.adjudication_gone', {}, 409);
		const note = decisionNote(row);
		if (note.codings.length) {
			const codings = tx
				.select({ id: table.coding.id, version: table.coding.version })
				.from(table.coding)
				.where(and(inArray(table.coding.id, note.codings), eq(table.coding.coderId, CONSENSUS_USER_ID), eq(table.coding.studyId, studyId)))
				.all();
			for (const c of codings) deleteCoding(tx, actorId, studyId, c.id, c.version, { actFor: CONSENSUS_USER_ID });
		}
		tx.delete(table.adjudication).where(eq(table.adjudication.id, adjudicationId)).run();
		recordAudit(tx, {
			studyId,
			userId: actorId,
			entity: 'adjudication',
			entityId: adjudicationId,
			action: 'delete',
			before: { versionId: row.versionId, codeId: row.codeId, start: row.start, end: row.end, decision: row.decision, ...note }
		});
	});
}

/**
 * Accepts every agreed unit in the scope that has no decision yet: the consensus coding is the union of
 * both coders' spans in the unit. One transaction; returns the number of units accepted.
 */
export function acceptAgreements(db: Db, actorId: string, studyId: string, q: Omit<DisagreementQuery, 'status' | 'limit'>): number {
	if (q.coderIds[0] === q.coderIds[1]) throw new UserError('error.reliability_same_coders');
	return db.transaction((tx) => {
		const { transcripts, units } = passagesInScope(tx, studyId, q);
		const decisions = decisionsFor(tx, studyId, transcripts.map((t) => t.versionId));
		ensureConsensusUser(tx);
		let accepted = 0;
		transcripts.forEach((t, i) => {
			for (const u of units[i]) {
				if (!u.agreed) continue;
				const unit = { versionId: t.versionId, codeId: u.codeId, start: u.start, end: u.end };
				if (decisions.has(unitKey(unit))) continue;
				const spans = mergeSpans(clipSpans([...u.spans[0], ...u.spans[1]], u.start, u.end), true);
				const created = writeConsensus(tx, actorId, studyId, t.versionId, u.codeId, spans, joinMemos([...u.codings[0], ...u.codings[1]]));
				const note: DecisionNote = { text: '', codings: created, source: null, coders: [...q.coderIds], agreed: true };
				tx.insert(table.adjudication)
					.values({ id: newId(), studyId, ...unit, decision: 'accept', ...noteColumns(note), decidedBy: actorId })
					.run();
				accepted++;
			}
		});
		recordAudit(tx, {
			studyId,
			userId: actorId,
			entity: 'adjudication',
			entityId: q.transcriptId ?? 'all',
			action: 'accept_agreed',
			after: { unit: q.unit, coders: q.coderIds, codeId: q.codeId ?? null, transcriptId: q.transcriptId ?? null, accepted }
		});
		return accepted;
	});
}

