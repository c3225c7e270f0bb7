// Gathers a study's consistency inputs from the database and runs the measures library
// (src/lib/consistency) over them: group assessments per wave × municipality × vignette, individual
// assessments, coded agreement versus disagreement, and dimension profiles.
//
// Keys handed to the library are ids (wave, municipality, vignette, participant); `labels` turn them back
// into what the pages show. Only confirmed group assessments count: a proposal waits for a person.
// Coding-based measures use one scope of codings: the consensus coder's ('consensus'), every coder's
// pooled ('all'; used when there is no consensus coding yet and the viewer may see all coders), or
// none (a blind coder before consensus: the figures would reveal the others' coding).
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './db/client';
import * as table from './db/schema';
import { listCodes } from './codebook';
import { listMunicipalities, listWaves, listStudyVignettes } from './material';
import { getConcernScale, listGroupAssessments, listIndividualAssessments, listNextSteps, hasConsensusCodings } from './assessments';
import { CONSENSUS_USER_ID } from './users';
import { analyseConsistency, type CodingCounts, type ConsistencyInput, type ConsistencyOptions, type ConsistencyResult, type DimensionCounts } from '$lib/consistency';

export type CodingScope = 'consensus' | 'all' | 'none';

/** Codes counted as agreement and as disagreement among participants (domain brief §2). */
export const AGREE_CODES = ['VUR.ENIG'];
export const DISAGREE_CODES = ['VUR.UENIG', 'SPA.UDFORDRER'];

export interface ConsistencyLabels {
	waves: { id: string; label: string; year: number; sourceKind: 'transcripts' | 'reported' }[];
	municipalities: { id: string; code: string }[];
	vignettes: { id: string; key: string; title: string }[];
	dimensions: { id: string; key: string; name: string; color: string }[];
	levels: string[];
	steps: { key: string; label: string }[];
}

/** Codings per wave × municipality × code in the scope (current transcript versions of focus groups). */
export function codingCountRows(db: Db, studyId: string, scope: CodingScope) {
	if (scope === 'none') return [];
	const conditions = [eq(table.coding.studyId, studyId), eq(table.transcriptVersion.version, table.transcript.currentVersion)];
	if (scope === 'consensus') conditions.push(eq(table.coding.coderId, CONSENSUS_USER_ID));
	return db
		.select({ waveId: table.focusGroup.waveId, municipalityId: table.focusGroup.municipalityId, codeId: table.coding.codeId, n: sql<number>`count(*)` })
		.from(table.coding)
		.innerJoin(table.transcriptVersion, eq(table.coding.versionId, table.transcriptVersion.id))
		.innerJoin(table.transcript, eq(table.transcriptVersion.transcriptId, table.transcript.id))
		.innerJoin(table.focusGroup, eq(table.transcript.focusGroupId, table.focusGroup.id))
		.where(and(...conditions))
		.groupBy(table.focusGroup.waveId, table.focusGroup.municipalityId, table.coding.codeId)
		.all();
}

/** The scope a viewer gets: consensus when it exists; else all coders for a lead or an unblinded study. */
export function codingScopeFor(db: Db, studyId: string, viewerSeesAllCoders: boolean): CodingScope {
	if (hasConsensusCodings(db, studyId)) return 'consensus';
	return viewerSeesAllCoders ? 'all' : 'none';
}

export interface GatheredInput {
	input: ConsistencyInput;
	labels: ConsistencyLabels;
	scope: CodingScope;
	/** Per wave, dimension and pole ('2002' | '2024' | 'none'): code counts (for the Table 1 page). */
	poleCounts: Record<string, Record<string, Record<string, number>>>;
	/** Group assessments left out because they are still proposals. */
	proposed: number;
}

export function gatherConsistencyInput(db: Db, studyId: string, scope: CodingScope, options?: ConsistencyOptions): GatheredInput {
	const levels = getConcernScale(db, studyId).labels;
	const waves = listWaves(db, studyId).map((w) => ({ id: w.id, label: w.label, year: w.year, sourceKind: w.sourceKind }));
	const municipalities = listMunicipalities(db, studyId, { includeRealNames: false }).map((m) => ({ id: m.id, code: m.code }));
	const vignettes = listStudyVignettes(db, studyId).map((v) => ({ id: v.id, key: v.key, title: v.title }));
	const codes = listCodes(db, studyId);
	const dimensions = codes.filter((c) => c.parentId === null).map((c) => ({ id: c.id, key: c.key, name: c.name, color: c.color }));
	const steps = listNextSteps(db, studyId).map((s) => ({ key: s.key, label: s.label }));

	const waveOrder = new Map(waves.map((w, i) => [w.id, i]));
	const muniOrder = new Map(municipalities.map((m, i) => [m.id, i]));
	const vigOrder = new Map(vignettes.map((v, i) => [v.id, i]));
	type Keyed = { wave: string; municipality: string; vignette: string };
	const order = (a: Keyed, b: Keyed) =>
		(waveOrder.get(a.wave) ?? 0) - (waveOrder.get(b.wave) ?? 0) ||
		(muniOrder.get(a.municipality) ?? 0) - (muniOrder.get(b.municipality) ?? 0) ||
		(vigOrder.get(a.vignette) ?? 0) - (vigOrder.get(b.vignette) ?? 0);

	const all = listGroupAssessments(db, studyId);
	const confirmed = all.filter((a) => a.status === 'confirmed');
	const assessments = confirmed
		.map((a) => ({
			wave: a.waveId,
			municipality: a.municipalityId,
			vignette: a.vignetteId,
			concern: a.concern !== null && a.concern < levels.length ? a.concern : null,
			steps: a.steps,
			agreed: a.agreement
		}))
		.sort(order);

	const groups = new Map(
		db
			.select({ id: table.focusGroup.id, waveId: table.focusGroup.waveId, municipalityId: table.focusGroup.municipalityId })
			.from(table.focusGroup)
			.where(eq(table.focusGroup.studyId, studyId))
			.all()
			.map((g) => [g.id, g])
	);
	const individual = listIndividualAssessments(db, studyId)
		.filter((r) => r.concern !== null && r.concern < levels.length && groups.has(r.focusGroupId))
		.map((r) => {
			const g = groups.get(r.focusGroupId)!;
			return { wave: g.waveId, municipality: g.municipalityId, vignette: r.vignetteId, participant: r.participantId, concern: r.concern };
		})
		.sort(order);

	// Coding counts: agreement share and dimension profiles per wave × municipality.
	const codeById = new Map(codes.map((c) => [c.id, c]));
	const dimKey = new Map(dimensions.map((d) => [d.id, d.key]));
	const coding = new Map<string, CodingCounts>();
	const profiles = new Map<string, DimensionCounts>();
	const poleCounts: GatheredInput['poleCounts'] = {};
	for (const r of codingCountRows(db, studyId, scope)) {
		const code = codeById.get(r.codeId);
		if (!code) continue;
		const key = `${r.waveId}|${r.municipalityId}`;
		const c = coding.get(key) ?? { wave: r.waveId, municipality: r.municipalityId, agree: 0, disagree: 0 };
		if (AGREE_CODES.includes(code.key)) c.agree += r.n;
		if (DISAGREE_CODES.includes(code.key)) c.disagree += r.n;
		coding.set(key, c);
		const dim = dimKey.get(code.dimensionId);
		if (!dim) continue;
		const p = profiles.get(key) ?? { wave: r.waveId, municipality: r.municipalityId, dimensions: {}, poles: { '2002': 0, '2024': 0 } };
		p.dimensions[dim] = (p.dimensions[dim] ?? 0) + r.n;
		if (code.pole) p.poles![code.pole] = (p.poles![code.pole] ?? 0) + r.n;
		profiles.set(key, p);
		const pole = code.pole ?? 'none';
		poleCounts[r.waveId] ??= {};
		poleCounts[r.waveId][dim] ??= { '2002': 0, '2024': 0, none: 0 };
		poleCounts[r.waveId][dim][pole] += r.n;
	}
	const byOrder = <T extends { wave: string; municipality: string }>(xs: Iterable<T>) =>
		[...xs].sort((a, b) => (waveOrder.get(a.wave) ?? 0) - (waveOrder.get(b.wave) ?? 0) || (muniOrder.get(a.municipality) ?? 0) - (muniOrder.get(b.municipality) ?? 0));

	return {
		input: {
			levels: levels.length,
			assessments,
			individual,
			coding: byOrder(coding.values()),
			profiles: byOrder(profiles.values()),
			steps: steps.map((s) => s.key),
			dimensions: dimensions.map((d) => d.key),
			options
		},
		labels: { waves, municipalities, vignettes, dimensions, levels, steps },
		scope,
		poleCounts,
		proposed: all.length - confirmed.length
	};
}

export interface StudyConsistency extends Omit<GatheredInput, 'input'> {
	result: ConsistencyResult;
	/** Confirmed group assessments per wave: the grid behind the heat map (ids). */
	cells: { waveId: string; municipalityId: string; vignetteId: string; focusGroupId: string; concern: number | null; steps: string[]; status: 'confirmed' | 'proposed' }[];
}

/** Everything the consistency pages show, as plain data. */
export function analyseStudyConsistency(db: Db, studyId: string, scope: CodingScope, options?: ConsistencyOptions): StudyConsistency {
	const gathered = gatherConsistencyInput(db, studyId, scope, options);
	const result = analyseConsistency(gathered.input);
	const cells = listGroupAssessments(db, studyId).map((a) => ({
		waveId: a.waveId,
		municipalityId: a.municipalityId,
		vignetteId: a.vignetteId,
		focusGroupId: a.focusGroupId,
		concern: a.concern,
		steps: a.steps,
		status: a.status
	}));
	const { input: _input, ...rest } = gathered;
	void _input;
	return { ...rest, result, cells };
}

/** Example passages per wave × dimension × pole for the Table 1 page (first few in reading order). */
export function examplePassages(db: Db, studyId: string, scope: CodingScope, perCell = 2) {
	if (scope === 'none') return [];
	const codes = listCodes(db, studyId);
	const poleCodes = codes.filter((c) => c.pole !== null);
	if (poleCodes.length === 0) return [];
	const conditions = [
		eq(table.coding.studyId, studyId),
		eq(table.transcriptVersion.version, table.transcript.currentVersion),
		inArray(
			table.coding.codeId,
			poleCodes.map((c) => c.id)
		)
	];
	if (scope === 'consensus') conditions.push(eq(table.coding.coderId, CONSENSUS_USER_ID));
	const rows = db
		.select({
			codingId: table.coding.id,
			codeId: table.coding.codeId,
			start: table.coding.start,
			end: table.coding.end,
			versionId: table.coding.versionId,
			transcriptId: table.transcript.id,
			waveId: table.transcript.waveId,
			municipalityCode: table.municipality.code
		})
		.from(table.coding)
		.innerJoin(table.transcriptVersion, eq(table.coding.versionId, table.transcriptVersion.id))
		.innerJoin(table.transcript, eq(table.transcriptVersion.transcriptId, table.transcript.id))
		.leftJoin(table.focusGroup, eq(table.transcript.focusGroupId, table.focusGroup.id))
		.leftJoin(table.municipality, eq(table.focusGroup.municipalityId, table.municipality.id))
		.where(and(...conditions))
		.orderBy(asc(table.municipality.code), asc(table.coding.start))
		.all();
	const codeById = new Map(codes.map((c) => [c.id, c]));
	const dimKey = new Map(codes.filter((c) => c.parentId === null).map((c) => [c.id, c.key]));
	const picked = new Map<string, typeof rows>();
	for (const r of rows) {
		const code = codeById.get(r.codeId)!;
		const key = `${r.waveId}|${dimKey.get(code.dimensionId)}|${code.pole}`;
		const list = picked.get(key) ?? [];
		// Prefer passages from different municipalities.
		if (list.length < perCell && !list.some((x) => x.municipalityCode === r.municipalityCode)) list.push(r);
		picked.set(key, list);
	}
	const chosen = [...picked.values()].flat();
	const versionIds = [...new Set(chosen.map((r) => r.versionId))];
	const texts = new Map(
		versionIds.length
			? db
					.select({ id: table.transcriptVersion.id, text: table.transcriptVersion.text })
					.from(table.transcriptVersion)
					.where(inArray(table.transcriptVersion.id, versionIds))
					.all()
					.map((v) => [v.id, v.text])
			: []
	);
	return chosen.map((r) => {
		const code = codeById.get(r.codeId)!;
		const text = (texts.get(r.versionId) ?? '').slice(r.start, r.end);
		return {
			codingId: r.codingId,
			transcriptId: r.transcriptId,
			waveId: r.waveId,
			dimension: dimKey.get(code.dimensionId) ?? '',
			pole: code.pole as '2002' | '2024',
			codeKey: code.key,
			codeName: code.name,
			municipalityCode: r.municipalityCode,
			text: text.length > 180 ? `${text.slice(0, 177)}…` : text
		};
	});
}
