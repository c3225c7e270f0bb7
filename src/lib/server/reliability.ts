// Inter-coder reliability of a study: reads transcripts, turns and codings, builds the units of analysis
// (src/lib/reliability) and hands them to the agreement engine (src/lib/agreement). Three units:
//  turns      – each turn × code present/absent (a coder who coded nothing on a transcript is missing there);
//  characters – Krippendorff's unitized α per code; the included transcripts form one continuum, laid
//               end to end in title order (offsets added), so per-code α pools all transcripts;
//  segments   – MAXQDA-style segment agreement for two coders with an overlap threshold.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from './db/client';
import * as table from './db/schema';
import { listCurrentVersions } from './transcripts';
import { listCodes, type CodeRow } from './codebook';
import { CONSENSUS_USER_ID } from './users';
import {
	binaryAgreementSparse,
	bootstrapAlphaEncoded,
	krippendorffBand,
	landisKoch,
	pooledBinary,
	segmentAgreement,
	unitizedAlpha,
	type BinaryResult,
	type CodedSegment as EngineSegment,
	type SegmentCodeRow,
	type UnitizedUnit
} from '../agreement';
import { buildTurnUnits, mergeSpans, unionSorted, type CodingLite, type TurnInfo, type VersionInput } from '../reliability/units';
import { encodedFromHistogram } from '../reliability/histogram';

export const UNITS = ['turns', 'characters', 'segments'] as const;
export type ReliabilityUnit = (typeof UNITS)[number];
export const DEFAULT_REPLICATES = 200;
export const BOOTSTRAP_SEED = 20240101;

export interface ReliabilityQuery {
	/** Transcripts to include; empty = all (of the wave, when given). */
	transcriptIds?: string[];
	waveId?: string;
	coderIds: string[];
	/** Codes or dimensions (each with its descendants); empty = the whole codebook. */
	codeIds?: string[];
	unit: ReliabilityUnit;
	includeInterviewer?: boolean;
	/** Turns: share of a turn a coder's spans must cover (0 = one character). */
	minShare?: number;
	/** Segments: overlap |∩|/|∪| needed for a match. */
	threshold?: number;
	/** Bootstrap replicates for α's CI (turns); 0 = none. */
	replicates?: number;
}

/** A coefficient as the page shows it: a value, or the engine's reason code for why there is none. */
export type Coef = { value: number | null; code?: string };
const coef = (c: { value: number | null; code?: string }): Coef => (c.value === null ? { value: null, code: c.code ?? 'no_data' } : { value: c.value });

export interface ResultRow {
	kind: 'code' | 'dimension' | 'overall';
	codeId: string | null;
	key: string;
	name: string;
	depth: number;
	/** Pairable units (turns), units in the category (characters), or segments (segments). */
	units: number | null;
	prevalence: number | null;
	percent: number | null;
	alpha: Coef | null;
	ci: [number, number] | null;
	kappa: Coef | null;
	kappaKind: 'cohen' | 'fleiss' | 'bp' | null;
	ac1: Coef | null;
	alphaBand: string | null;
	kappaBand: string | null;
	segments?: { agreements: number; onlyFirst: number; onlySecond: number };
}

export interface ReliabilityResult {
	unit: ReliabilityUnit;
	coders: { id: string; name: string }[];
	transcripts: { id: string; title: string; waveLabel: string | null; versionId: string; included: boolean; counts: number[] }[];
	rows: ResultRow[];
	pairs: { measure: 'alpha' | 'unitized' | 'percent'; values: (Coef | null)[][] };
	replicates: number;
	seed: number;
	threshold: number;
	minShare: number;
	includeInterviewer: boolean;
	/** Only the first two coders enter segment agreement. */
	pairOnly: boolean;
	ms: number;
}

export interface StudyTranscript {
	id: string;
	title: string;
	waveId: string | null;
	waveLabel: string | null;
	versionId: string;
	textLength: number;
	unblinded: boolean;
}

/** The study's transcripts (current versions), in wave and title order. */
export function listStudyTranscripts(db: Db, studyId: string): StudyTranscript[] {
	return listCurrentVersions(db, studyId).map((t) => ({
		id: t.transcriptId,
		title: t.title,
		waveId: t.waveId,
		waveLabel: t.waveLabel,
		versionId: t.versionId,
		textLength: t.textLength,
		unblinded: t.unblinded
	}));
}

/** Coders with their number of codings on current versions, most first (the consensus coder last). */
export function listReliabilityCoders(db: Db, studyId: string) {
	const rows = db
		.select({ id: table.user.id, name: table.user.username, count: sql<number>`count(*)` })
		.from(table.coding)
		.innerJoin(table.user, eq(table.coding.coderId, table.user.id))
		.innerJoin(table.transcriptVersion, eq(table.coding.versionId, table.transcriptVersion.id))
		.innerJoin(table.transcript, and(eq(table.transcriptVersion.transcriptId, table.transcript.id), eq(table.transcriptVersion.version, table.transcript.currentVersion)))
		.where(eq(table.coding.studyId, studyId))
		.groupBy(table.user.id)
		.all();
	return rows
		.map((r) => ({ ...r, isConsensus: r.id === CONSENSUS_USER_ID }))
		.sort((a, b) => Number(a.isConsensus) - Number(b.isConsensus) || b.count - a.count || a.name.localeCompare(b.name));
}

/** The two coders with most codings (never the consensus coder). */
export function defaultCoders(coders: ReturnType<typeof listReliabilityCoders>): string[] {
	return coders
		.filter((c) => !c.isConsensus)
		.slice(0, 2)
		.map((c) => c.id);
}

/** Selected transcripts: explicit ids, else all of the wave, else all. */
export function selectTranscripts(all: StudyTranscript[], transcriptIds?: string[], waveId?: string): StudyTranscript[] {
	if (transcriptIds?.length) {
		const wanted = new Set(transcriptIds);
		return all.filter((t) => wanted.has(t.id));
	}
	return waveId ? all.filter((t) => t.waveId === waveId) : all;
}

/** Turns and codings (of the given coders) of the versions, as the unit builders take them. */
export function loadVersions(db: Db, studyId: string, transcripts: StudyTranscript[], coderIds?: string[]): VersionInput[] {
	if (transcripts.length === 0) return [];
	const versionIds = transcripts.map((t) => t.versionId);
	const turns = new Map<string, TurnInfo[]>(versionIds.map((id) => [id, []]));
	for (const t of db
		.select({
			versionId: table.turn.versionId,
			index: table.turn.index,
			start: table.turn.start,
			end: table.turn.end,
			speaker: table.turn.speakerLabel,
			pseudonym: table.participant.pseudonym,
			role: table.participant.role
		})
		.from(table.turn)
		.leftJoin(table.participant, eq(table.turn.participantId, table.participant.id))
		.where(inArray(table.turn.versionId, versionIds))
		.orderBy(asc(table.turn.versionId), asc(table.turn.index))
		.all())
		turns.get(t.versionId)!.push({ index: t.index, start: t.start, end: t.end, speaker: t.pseudonym ?? t.speaker, role: t.role });
	const conditions: SQL[] = [eq(table.coding.studyId, studyId), inArray(table.coding.versionId, versionIds)];
	if (coderIds) conditions.push(inArray(table.coding.coderId, coderIds));
	const codings = new Map<string, CodingLite[]>(versionIds.map((id) => [id, []]));
	for (const c of db
		.select({
			id: table.coding.id,
			versionId: table.coding.versionId,
			codeId: table.coding.codeId,
			coderId: table.coding.coderId,
			start: table.coding.start,
			end: table.coding.end,
			memo: table.coding.memo
		})
		.from(table.coding)
		.where(and(...conditions))
		.all())
		codings.get(c.versionId)!.push({ id: c.id, codeId: c.codeId, coderId: c.coderId, start: c.start, end: c.end, memo: c.memo });
	return transcripts.map((t) => {
		const list = codings.get(t.versionId)!;
		const ts = turns.get(t.versionId)!;
		// SQLite counts characters, JavaScript UTF-16 units: never let a coding or turn fall outside.
		let length = t.textLength;
		for (const c of list) length = Math.max(length, c.end);
		if (ts.length) length = Math.max(length, ts[ts.length - 1].end);
		return { versionId: t.versionId, textLength: length, turns: ts, codings: list };
	});
}

export interface CodeSelection {
	/** Codes that get a row, in tree order (dimensions excluded). */
	codes: CodeRow[];
	/** Dimensions that get a row, each with the selected codes (and itself) under it. */
	dimensions: { dimension: CodeRow; members: string[] }[];
	/** Every code id whose codings count (codes plus dimensions coded directly). */
	all: string[];
}

/** Expands the chosen codes/dimensions to their descendants; nothing chosen = the whole codebook. */
export function selectCodes(codes: CodeRow[], chosen?: string[]): CodeSelection {
	const picked = new Set<string>();
	if (!chosen?.length) for (const c of codes) picked.add(c.id);
	else {
		const wanted = new Set(chosen);
		// Tree order: a parent comes before its children.
		for (const c of codes) if (wanted.has(c.id) || (c.parentId && picked.has(c.parentId))) picked.add(c.id);
	}
	const selected = codes.filter((c) => picked.has(c.id));
	const dims = codes.filter((c) => c.parentId === null && selected.some((s) => s.dimensionId === c.id));
	return {
		codes: selected.filter((c) => c.parentId !== null),
		dimensions: dims.map((d) => ({ dimension: d, members: selected.filter((s) => s.dimensionId === d.id).map((s) => s.id) })),
		all: selected.map((c) => c.id)
	};
}

function band(value: number | null, kind: 'alpha' | 'kappa'): string | null {
	return kind === 'alpha' ? krippendorffBand(value) : landisKoch(value);
}

function binaryRow(kind: ResultRow['kind'], code: { id: string | null; key: string; name: string; depth: number }, r: BinaryResult, coders: number, ci: [number, number] | null): ResultRow {
	const kappa = coders === 2 && r.cohenKappa ? coef(r.cohenKappa) : coef(r.fleissKappa);
	return {
		kind,
		codeId: code.id,
		key: code.key,
		name: code.name,
		depth: code.depth,
		units: r.pairableUnits,
		prevalence: r.prevalence,
		percent: r.percentAgreement,
		alpha: coef(r.alpha),
		ci,
		kappa,
		kappaKind: coders === 2 && r.cohenKappa ? 'cohen' : 'fleiss',
		ac1: coef(r.gwetAC1),
		alphaBand: band(r.alpha.value, 'alpha'),
		kappaBand: band(kappa.value, 'kappa')
	};
}

function bootstrapCi(r: BinaryResult, coders: number, replicates: number): [number, number] | null {
	if (replicates <= 0 || r.alpha.value === null) return null;
	return bootstrapAlphaEncoded(encodedFromHistogram(r.histogram, coders), { replicates, seed: BOOTSTRAP_SEED }).ci;
}

function turnAnalysis(versions: VersionInput[], coderIds: string[], sel: CodeSelection, q: Required<Pick<ReliabilityQuery, 'includeInterviewer' | 'minShare' | 'replicates'>>) {
	const tu = buildTurnUnits(versions, coderIds, sel.all, { includeInterviewer: q.includeInterviewer, minShare: q.minShare });
	const R = coderIds.length;
	const run = (codes: { key: string; coders: number[][] }[], idx: number[] = coderIds.map((_, j) => j)) =>
		binaryAgreementSparse(tu.units, idx.length, codes.map((c) => ({ key: c.key, coders: idx.map((j) => c.coders[j]) })), { rated: idx.map((j) => tu.rated[j]) });
	const codeResults = run(sel.codes.map((c) => ({ key: c.id, coders: tu.present.get(c.id)! })));
	const rows: ResultRow[] = [];
	const byId = new Map(codeResults.map((r) => [r.key, r]));
	const dimInputs = sel.dimensions.map((d) => ({
		key: d.dimension.id,
		coders: coderIds.map((_, j) => unionSorted(d.members.map((m) => tu.present.get(m)![j])))
	}));
	const dimResults = new Map(run(dimInputs).map((r) => [r.key, r]));
	for (const d of sel.dimensions) {
		const r = dimResults.get(d.dimension.id)!;
		rows.push(binaryRow('dimension', { id: d.dimension.id, key: d.dimension.key, name: d.dimension.name, depth: 0 }, r, R, bootstrapCi(r, R, q.replicates)));
		for (const c of sel.codes.filter((c) => c.dimensionId === d.dimension.id)) {
			const cr = byId.get(c.id)!;
			rows.push(binaryRow('code', { id: c.id, key: c.key, name: c.name, depth: c.depth }, cr, R, bootstrapCi(cr, R, q.replicates)));
		}
	}
	const overall = pooledBinary('overall', codeResults, R);
	rows.push(binaryRow('overall', { id: null, key: '', name: '', depth: 0 }, overall, R, null));
	// Overall units are turn × code pairs.
	rows[rows.length - 1].units = overall.pairableUnits;
	const pairs = pairMatrix(R, (i, j) => {
		if (R === 2) return coef(overall.alpha);
		const res = run(sel.codes.map((c) => ({ key: c.id, coders: tu.present.get(c.id)! })), [i, j]);
		return coef(pooledBinary('pair', res, 2).alpha);
	});
	return { rows, pairs: { measure: 'alpha' as const, values: pairs }, included: tu.versions.map((v) => v.included) };
}

function pairMatrix(R: number, f: (i: number, j: number) => Coef): (Coef | null)[][] {
	const m: (Coef | null)[][] = Array.from({ length: R }, () => Array<Coef | null>(R).fill(null));
	for (let i = 0; i < R; i++)
		for (let j = i + 1; j < R; j++) {
			m[i][j] = f(i, j);
			m[j][i] = m[i][j];
		}
	return m;
}

function characterAnalysis(versions: VersionInput[], coderIds: string[], sel: CodeSelection) {
	const included = versions.map((v) => {
		const coded = new Set(v.codings.map((c) => c.coderId));
		return coderIds.every((id) => coded.has(id));
	});
	let offset = 0;
	const units: UnitizedUnit[] = [];
	const dimUnits: UnitizedUnit[] = [];
	const lengths = new Map<string, number>();
	const wanted = new Set(sel.all);
	const dimOf = new Map<string, string>();
	for (const d of sel.dimensions) for (const m of d.members) dimOf.set(m, d.dimension.id);
	versions.forEach((v, i) => {
		if (!included[i]) return;
		for (const coder of coderIds) {
			const mine = v.codings.filter((c) => c.coderId === coder && wanted.has(c.codeId));
			const byCode = new Map<string, CodingLite[]>();
			const byDim = new Map<string, CodingLite[]>();
			for (const c of mine) {
				byCode.set(c.codeId, [...(byCode.get(c.codeId) ?? []), c]);
				const d = dimOf.get(c.codeId);
				if (d) byDim.set(d, [...(byDim.get(d) ?? []), c]);
			}
			for (const [codeId, list] of byCode)
				for (const s of mergeSpans(list)) {
					units.push({ coder, category: codeId, begin: offset + s.start, length: s.end - s.start });
					lengths.set(codeId, (lengths.get(codeId) ?? 0) + s.end - s.start);
				}
			for (const [dimId, list] of byDim)
				for (const s of mergeSpans(list)) {
					dimUnits.push({ coder, category: dimId, begin: offset + s.start, length: s.end - s.start });
					lengths.set(dimId, (lengths.get(dimId) ?? 0) + s.end - s.start);
				}
		}
		offset += v.textLength;
	});
	const R = coderIds.length;
	const rows: ResultRow[] = [];
	const empty = { value: null, code: 'no_data' };
	const L = offset;
	const res = L > 0 ? unitizedAlpha({ begin: 0, length: L, units, coders: coderIds }) : null;
	const dimRes = L > 0 ? unitizedAlpha({ begin: 0, length: L, units: dimUnits, coders: coderIds }) : null;
	const row = (kind: ResultRow['kind'], c: { id: string | null; key: string; name: string; depth: number }, r: { value: number | null; code?: string; units?: number } | undefined): ResultRow => {
		const alpha = r ? coef(r) : empty;
		return {
			kind,
			codeId: c.id,
			key: c.key,
			name: c.name,
			depth: c.depth,
			units: r?.units ?? (kind === 'overall' ? units.length : 0),
			prevalence: L > 0 && c.id ? (lengths.get(c.id) ?? 0) / (R * L) : null,
			percent: null,
			alpha,
			ci: null,
			kappa: null,
			kappaKind: null,
			ac1: null,
			alphaBand: band(alpha.value, 'alpha'),
			kappaBand: null
		};
	};
	for (const d of sel.dimensions) {
		rows.push(row('dimension', { id: d.dimension.id, key: d.dimension.key, name: d.dimension.name, depth: 0 }, dimRes?.categories[d.dimension.id]));
		for (const c of sel.codes.filter((c) => c.dimensionId === d.dimension.id)) rows.push(row('code', { id: c.id, key: c.key, name: c.name, depth: c.depth }, res?.categories[c.id]));
	}
	rows.push(row('overall', { id: null, key: '', name: '', depth: 0 }, res ? { ...res.overall } : undefined));
	const pairs = pairMatrix(R, (i, j) => {
		if (R === 2 || L === 0) return res ? coef(res.overall) : empty;
		const pair = [coderIds[i], coderIds[j]];
		return coef(unitizedAlpha({ begin: 0, length: L, units: units.filter((u) => pair.includes(String(u.coder))), coders: pair }).overall);
	});
	return { rows, pairs: { measure: 'unitized' as const, values: pairs }, included };
}

function segmentAnalysis(versions: VersionInput[], coderIds: string[], sel: CodeSelection, threshold: number) {
	const wanted = new Set(sel.all);
	const [a, b] = coderIds;
	const bothCoded = (v: VersionInput, x: string, y: string) => {
		const coded = new Set(v.codings.map((c) => c.coderId));
		return coded.has(x) && coded.has(y);
	};
	const included = versions.map((v) => bothCoded(v, a, b));
	const segmentsFor = (x: string, y: string): EngineSegment[] =>
		versions
			.filter((v) => bothCoded(v, x, y))
			.flatMap((v) => v.codings.filter((c) => (c.coderId === x || c.coderId === y) && wanted.has(c.codeId)).map((c) => ({ coder: c.coderId, document: v.versionId, code: c.codeId, begin: c.start, end: c.end })));
	const tableCodes = sel.codes.map((c) => c.id);
	const res = segmentAgreement(segmentsFor(a, b), { threshold, coders: [a, b], codes: tableCodes });
	const zero: SegmentCodeRow = { agreements: 0, nonAgreements: 0, total: 0, percent: null, onlyFirst: 0, onlySecond: 0 };
	const row = (kind: ResultRow['kind'], c: { id: string | null; key: string; name: string; depth: number }, r: SegmentCodeRow, kappa: Coef | null = null): ResultRow => ({
		kind,
		codeId: c.id,
		key: c.key,
		name: c.name,
		depth: c.depth,
		units: r.total,
		prevalence: null,
		percent: r.percent,
		alpha: null,
		ci: null,
		kappa,
		kappaKind: kappa ? 'bp' : null,
		ac1: null,
		alphaBand: null,
		kappaBand: kappa ? band(kappa.value, 'kappa') : null,
		segments: { agreements: r.agreements, onlyFirst: r.onlyFirst, onlySecond: r.onlySecond }
	});
	const rows: ResultRow[] = [];
	for (const d of sel.dimensions) {
		const sum = { ...zero };
		for (const m of d.members) {
			const r = res.codes[m];
			if (!r) continue;
			sum.agreements += r.agreements;
			sum.onlyFirst += r.onlyFirst;
			sum.onlySecond += r.onlySecond;
		}
		sum.nonAgreements = sum.onlyFirst + sum.onlySecond;
		sum.total = sum.agreements + sum.nonAgreements;
		sum.percent = sum.total ? sum.agreements / sum.total : null;
		rows.push(row('dimension', { id: d.dimension.id, key: d.dimension.key, name: d.dimension.name, depth: 0 }, sum));
		for (const c of sel.codes.filter((c) => c.dimensionId === d.dimension.id)) rows.push(row('code', { id: c.id, key: c.key, name: c.name, depth: c.depth }, res.codes[c.id] ?? zero));
	}
	rows.push(row('overall', { id: null, key: '', name: '', depth: 0 }, res.total, coef(res.kappa)));
	const pct = (r: SegmentCodeRow): Coef => (r.percent === null ? { value: null, code: 'no_data' } : { value: r.percent });
	const pairs = pairMatrix(coderIds.length, (i, j) =>
		i === 0 && j === 1 ? pct(res.total) : pct(segmentAgreement(segmentsFor(coderIds[i], coderIds[j]), { threshold, coders: [coderIds[i], coderIds[j]], codes: tableCodes }).total)
	);
	return { rows, pairs: { measure: 'percent' as const, values: pairs }, included };
}

/** The whole analysis for the reliability page and its CSV. */
export function computeReliability(db: Db, studyId: string, q: ReliabilityQuery): ReliabilityResult {
	const t0 = performance.now();
	const transcripts = selectTranscripts(listStudyTranscripts(db, studyId), q.transcriptIds, q.waveId);
	const coderIds = [...new Set(q.coderIds)];
	const names = new Map(
		coderIds.length
			? db.select({ id: table.user.id, name: table.user.username }).from(table.user).where(inArray(table.user.id, coderIds)).all().map((u) => [u.id, u.name])
			: []
	);
	const versions = loadVersions(db, studyId, transcripts, coderIds);
	const sel = selectCodes(listCodes(db, studyId), q.codeIds);
	const opts = {
		includeInterviewer: q.includeInterviewer ?? false,
		minShare: Math.min(1, Math.max(0, q.minShare ?? 0)),
		replicates: Math.max(0, Math.min(5000, Math.floor(q.replicates ?? DEFAULT_REPLICATES)))
	};
	const threshold = Math.min(1, Math.max(0.01, q.threshold ?? 0.9));
	const analysis =
		coderIds.length < 2
			? { rows: [], pairs: { measure: 'alpha' as const, values: [] }, included: versions.map(() => false) }
			: q.unit === 'characters'
				? characterAnalysis(versions, coderIds, sel)
				: q.unit === 'segments'
					? segmentAnalysis(versions, coderIds, sel, threshold)
					: turnAnalysis(versions, coderIds, sel, opts);
	return {
		unit: q.unit,
		coders: coderIds.map((id) => ({ id, name: names.get(id) ?? '?' })),
		transcripts: transcripts.map((t, i) => ({
			id: t.id,
			title: t.title,
			waveLabel: t.waveLabel,
			versionId: t.versionId,
			included: analysis.included[i],
			counts: coderIds.map((id) => versions[i].codings.filter((c) => c.coderId === id).length)
		})),
		rows: analysis.rows,
		pairs: analysis.pairs,
		replicates: q.unit === 'turns' ? opts.replicates : 0,
		seed: BOOTSTRAP_SEED,
		threshold,
		minShare: opts.minShare,
		includeInterviewer: opts.includeInterviewer,
		pairOnly: q.unit === 'segments' && coderIds.length > 2,
		ms: performance.now() - t0
	};
}
