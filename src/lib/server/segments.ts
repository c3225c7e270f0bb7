// Coded segments across a study: every passage coded with a code (or any code of a dimension),
// with its speaker, role, vignette section, wave and municipality — for the segments page,
// its CSV export and the code matrix. Blind coding applies as in the coding view.
import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from './db/client';
import * as table from './db/schema';
import { listCodes } from './codebook';
import { subtreeIds } from '../codebook';
import type { Viewer } from './codings';

export interface SegmentFilters {
	codeId?: string; // a code or a dimension: includes its descendants
	coderId?: string;
	waveId?: string;
	municipalityId?: string;
	vignetteId?: string;
	role?: string;
}

export interface CodedSegment {
	codingId: string;
	codeId: string;
	codeKey: string;
	codeName: string;
	color: string;
	dimensionId: string;
	coderId: string;
	coderName: string;
	transcriptId: string;
	transcriptTitle: string;
	versionId: string;
	start: number;
	end: number;
	memo: string;
	waveId: string | null;
	waveLabel: string | null;
	municipalityId: string | null;
	municipalityCode: string | null;
	vignetteId: string | null;
	vignetteTitle: string | null;
	turnIndex: number | null;
	speaker: string | null;
	role: string | null;
	/** The coded text, and the text of the turns around it. */
	text: string;
	before: string;
	after: string;
}

interface TurnInfo {
	index: number;
	start: number;
	end: number;
	speaker: string;
	role: string | null;
	vignetteId: string | null;
}

function turnAt(turns: TurnInfo[], offset: number): number {
	let lo = 0;
	let hi = turns.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (turns[mid].end <= offset) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

export function listCodedSegments(
	db: Db,
	studyId: string,
	viewer: Viewer,
	studyBlind: boolean,
	filters: SegmentFilters,
	options: { limit?: number; withText?: boolean; codes?: ReturnType<typeof listCodes> } = {}
): { segments: CodedSegment[]; total: number } {
	const codes = options.codes ?? listCodes(db, studyId);
	const codeById = new Map(codes.map((c) => [c.id, c]));
	const conditions: SQL[] = [eq(table.coding.studyId, studyId), eq(table.transcriptVersion.version, table.transcript.currentVersion)];
	if (filters.codeId) conditions.push(inArray(table.coding.codeId, [...subtreeIds(codes, filters.codeId)]));
	if (filters.coderId) conditions.push(eq(table.coding.coderId, filters.coderId));
	if (filters.waveId) conditions.push(eq(table.transcript.waveId, filters.waveId));
	if (filters.municipalityId) conditions.push(eq(table.focusGroup.municipalityId, filters.municipalityId));
	if (viewer.role !== 'lead' && studyBlind) {
		conditions.push(or(eq(table.coding.coderId, viewer.userId), eq(table.transcript.unblinded, true))!);
	}
	const rows = db
		.select({
			codingId: table.coding.id,
			codeId: table.coding.codeId,
			coderId: table.coding.coderId,
			coderName: table.user.username,
			transcriptId: table.transcript.id,
			transcriptTitle: table.transcript.title,
			versionId: table.coding.versionId,
			start: table.coding.start,
			end: table.coding.end,
			memo: table.coding.memo,
			waveId: table.transcript.waveId,
			waveLabel: table.wave.label,
			municipalityId: table.focusGroup.municipalityId,
			municipalityCode: table.municipality.code
		})
		.from(table.coding)
		.innerJoin(table.transcriptVersion, eq(table.coding.versionId, table.transcriptVersion.id))
		.innerJoin(table.transcript, eq(table.transcriptVersion.transcriptId, table.transcript.id))
		.innerJoin(table.user, eq(table.coding.coderId, table.user.id))
		.leftJoin(table.wave, eq(table.transcript.waveId, table.wave.id))
		.leftJoin(table.focusGroup, eq(table.transcript.focusGroupId, table.focusGroup.id))
		.leftJoin(table.municipality, eq(table.focusGroup.municipalityId, table.municipality.id))
		.where(and(...conditions))
		.all();

	// Turns, sections and texts are read once per version.
	const versionIds = [...new Set(rows.map((r) => r.versionId))];
	const turnsByVersion = new Map<string, TurnInfo[]>();
	const textByVersion = new Map<string, string>();
	const vignetteTitles = new Map<string, string>();
	if (versionIds.length) {
		const textIds = options.withText === false ? [] : versionIds;
		if (textIds.length)
			for (const v of db
			.select({ id: table.transcriptVersion.id, text: table.transcriptVersion.text })
			.from(table.transcriptVersion)
			.where(inArray(table.transcriptVersion.id, textIds))
			.all()) {
			textByVersion.set(v.id, v.text);
		}
		const turnRows = db
			.select({
				versionId: table.turn.versionId,
				index: table.turn.index,
				start: table.turn.start,
				end: table.turn.end,
				speaker: table.turn.speakerLabel,
				pseudonym: table.participant.pseudonym,
				role: table.participant.role,
				vignetteId: table.transcriptSection.vignetteId
			})
			.from(table.turn)
			.leftJoin(table.participant, eq(table.turn.participantId, table.participant.id))
			.leftJoin(table.transcriptSection, eq(table.turn.sectionId, table.transcriptSection.id))
			.where(inArray(table.turn.versionId, versionIds))
			.orderBy(table.turn.versionId, table.turn.index)
			.all();
		for (const t of turnRows) {
			const list = turnsByVersion.get(t.versionId) ?? [];
			list.push({ index: t.index, start: t.start, end: t.end, speaker: t.pseudonym ?? t.speaker, role: t.role, vignetteId: t.vignetteId });
			turnsByVersion.set(t.versionId, list);
		}
		for (const v of db
			.select({ id: table.vignette.id, title: table.vignetteRevision.title })
			.from(table.vignette)
			.innerJoin(
				table.vignetteRevision,
				and(eq(table.vignetteRevision.vignetteId, table.vignette.id), eq(table.vignetteRevision.revision, table.vignette.currentRevision))
			)
			.where(eq(table.vignette.studyId, studyId))
			.all()) {
			vignetteTitles.set(v.id, v.title);
		}
	}

	type Located = (typeof rows)[number] & { first?: TurnInfo; last?: TurnInfo };
	const located: Located[] = [];
	for (const r of rows) {
		const turns = turnsByVersion.get(r.versionId) ?? [];
		const first = turns.length ? turns[turnAt(turns, r.start)] : undefined;
		if (filters.vignetteId && (first?.vignetteId ?? null) !== filters.vignetteId) continue;
		if (filters.role && first?.role !== filters.role) continue;
		const last = turns.length ? turns[turnAt(turns, Math.max(r.start, r.end - 1))] : undefined;
		located.push({ ...r, first, last });
	}
	const collator = new Intl.Collator('da', { numeric: true });
	const codeKey = (id: string) => codeById.get(id)?.key ?? '?';
	located.sort(
		(a, b) =>
			collator.compare(a.waveLabel ?? '', b.waveLabel ?? '') ||
			collator.compare(a.municipalityCode ?? '', b.municipalityCode ?? '') ||
			collator.compare(a.transcriptTitle, b.transcriptTitle) ||
			a.start - b.start ||
			collator.compare(codeKey(a.codeId), codeKey(b.codeId))
	);
	const total = located.length;
	// Texts are cut only for the segments returned.
	const segments = (options.limit ? located.slice(0, options.limit) : located).map((r): CodedSegment => {
		const { first, last, ...row } = r;
		const code = codeById.get(r.codeId);
		const text = options.withText === false ? '' : (textByVersion.get(r.versionId) ?? '');
		const contextStart = Math.min(first?.start ?? r.start, r.start);
		const contextEnd = Math.max(last?.end ?? r.end, r.end);
		const vignetteId = first?.vignetteId ?? null;
		return {
			...row,
			codeKey: code?.key ?? '?',
			codeName: code?.name ?? '?',
			color: code?.color ?? '#888888',
			dimensionId: code?.dimensionId ?? '',
			vignetteId,
			vignetteTitle: vignetteId ? (vignetteTitles.get(vignetteId) ?? null) : null,
			turnIndex: first?.index ?? null,
			speaker: first?.speaker ?? null,
			role: first?.role ?? null,
			text: text.slice(r.start, r.end),
			before: text.slice(contextStart, r.start),
			after: text.slice(r.end, contextEnd)
		};
	});
	return { segments, total };
}

export type MatrixAxis = 'municipality' | 'vignette' | 'wave';

/** Counts of coded segments per code × municipality (or vignette, or wave). */
export function codeMatrix(db: Db, studyId: string, viewer: Viewer, studyBlind: boolean, axis: MatrixAxis, coderId?: string) {
	const codes = listCodes(db, studyId);
	const { segments } = listCodedSegments(db, studyId, viewer, studyBlind, { coderId }, { withText: false, codes });
	const columnKey = (s: CodedSegment) =>
		axis === 'municipality' ? s.municipalityId : axis === 'vignette' ? s.vignetteId : s.waveId;
	const columnLabel = (s: CodedSegment) =>
		axis === 'municipality' ? s.municipalityCode : axis === 'vignette' ? s.vignetteTitle : s.waveLabel;
	const columns = new Map<string, string>();
	const counts = new Map<string, number>();
	for (const s of segments) {
		const key = columnKey(s);
		if (!key) continue;
		columns.set(key, columnLabel(s) ?? key);
		counts.set(`${s.codeId}|${key}`, (counts.get(`${s.codeId}|${key}`) ?? 0) + 1);
	}
	const sortedColumns = [...columns.entries()]
		.map(([id, label]) => ({ id, label }))
		.sort((a, b) => a.label.localeCompare(b.label, 'da', { numeric: true }));
	// A dimension's row counts its own codings and its descendants'.
	const rows = codes.map((code) => {
		const ids = code.parentId === null ? subtreeIds(codes, code.id) : new Set([code.id]);
		const cells = sortedColumns.map((col) => {
			let n = 0;
			for (const id of ids) n += counts.get(`${id}|${col.id}`) ?? 0;
			return n;
		});
		return { id: code.id, key: code.key, name: code.name, color: code.color, depth: code.depth, isDimension: code.parentId === null, cells, total: cells.reduce((a, b) => a + b, 0) };
	});
	return { columns: sortedColumns, rows, segmentCount: segments.length };
}
