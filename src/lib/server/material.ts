// The study's material around the transcripts: waves, municipalities, focus groups, their
// participants and the vignettes each group discussed (in order).
//
// Concurrency: waves, municipalities and focus groups carry a `version`. A focus group's version
// covers the whole group — its fields, its participants and its vignette order — so every change
// to any of them bumps it, and edits that pass an expected version are refused when stale.
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './db/client';
import * as table from './db/schema';
import { participantRoles, type ParticipantRole } from './db/schema';
import { newId } from './ids';
import { UserError } from './errors';
import { recordAudit } from './audit';

// ── Limits and choices ──────────────────────────────────────────────────────

export const WAVE_LABEL_MAX = 100;
export const WAVE_DESCRIPTION_MAX = 5000;
export const WAVE_YEAR_MIN = 1900;
export const WAVE_YEAR_MAX = 2100;
export const MUNICIPALITY_CODE_MAX = 16;
export const MUNICIPALITY_REAL_NAME_MAX = 200;
export const MUNICIPALITY_ATTRIBUTE_MAX = 64;
export const GROUP_NOTES_MAX = 10_000;
export const PSEUDONYM_MAX = 64;
export const YEARS_EXPERIENCE_MAX = 60;

export const sourceKinds = ['transcripts', 'reported'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** Values the pages offer; stored as plain text, so other values (from imports) are kept too. */
export const SIZE_CLASSES = ['lille', 'mellem', 'stor'] as const;
export const PLACEMENT_RATE_BANDS = ['lav', 'middel', 'høj'] as const;
export const REGIONS = [
	'Region Hovedstaden',
	'Region Sjælland',
	'Region Syddanmark',
	'Region Midtjylland',
	'Region Nordjylland'
] as const;

/** A pseudonymous code: a letter first, then letters, digits or hyphens ('K1', 'K12', 'KBH-3'). */
const CODE_PATTERN = /^\p{L}[\p{L}\p{N}-]*$/u;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// ── Shared checks ───────────────────────────────────────────────────────────

function text(value: string | null | undefined, field: string, max: number, required = false): string {
	const v = (value ?? '').trim();
	if (required && !v) throw new UserError('error.field_required', { field });
	if (v.length > max) throw new UserError('error.field_too_long', { field, max });
	return v;
}

function integer(value: number, field: string, min: number, max: number): number {
	if (!Number.isInteger(value) || value < min || value > max) throw new UserError('error.invalid_number', { field, min, max });
	return value;
}

/** '' or null → null; otherwise a real calendar date written YYYY-MM-DD. */
export function checkDate(value: string | null | undefined): string | null {
	const v = (value ?? '').trim();
	if (!v) return null;
	const m = DATE_PATTERN.exec(v);
	if (m) {
		const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
		const date = new Date(Date.UTC(y, mo - 1, d));
		if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) return v;
	}
	throw new UserError('error.invalid_date', { value: v.slice(0, 40) });
}

function natural(a: string, b: string): number {
	return a.localeCompare(b, 'da', { numeric: true, sensitivity: 'base' });
}

// ── Waves ───────────────────────────────────────────────────────────────────

export interface WaveInput {
	label: string;
	year: number;
	description: string;
	sourceKind: SourceKind;
}

function checkWave(input: WaveInput): WaveInput {
	const label = text(input.label, 'label', WAVE_LABEL_MAX, true);
	const year = integer(input.year, 'year', WAVE_YEAR_MIN, WAVE_YEAR_MAX);
	const description = text(input.description, 'description', WAVE_DESCRIPTION_MAX);
	if (!(sourceKinds as readonly string[]).includes(input.sourceKind)) throw new UserError('error.invalid_field', { field: 'sourceKind' });
	return { label, year, description, sourceKind: input.sourceKind };
}

function waveRow(db: Db, studyId: string, waveId: string) {
	return db
		.select()
		.from(table.wave)
		.where(and(eq(table.wave.id, waveId), eq(table.wave.studyId, studyId)))
		.get();
}

function requireWave(db: Db, studyId: string, waveId: string) {
	const row = waveRow(db, studyId, waveId);
	if (!row) throw new UserError('error.wave_not_found', {}, 404);
	return row;
}

function refuseDuplicateWaveLabel(db: Db, studyId: string, label: string, exceptId?: string) {
	const clash = db
		.select({ id: table.wave.id })
		.from(table.wave)
		.where(and(eq(table.wave.studyId, studyId), sql`lower(${table.wave.label}) = lower(${label})`))
		.all()
		.find((r) => r.id !== exceptId);
	if (clash) throw new UserError('error.wave_label_taken', { label }, 409);
}

export function listWaves(db: Db, studyId: string) {
	const groups = db
		.select({ waveId: table.focusGroup.waveId, n: count() })
		.from(table.focusGroup)
		.where(eq(table.focusGroup.studyId, studyId))
		.groupBy(table.focusGroup.waveId)
		.all();
	const byWave = new Map(groups.map((g) => [g.waveId, g.n]));
	return db
		.select({
			id: table.wave.id,
			label: table.wave.label,
			year: table.wave.year,
			description: table.wave.description,
			sourceKind: table.wave.sourceKind,
			version: table.wave.version
		})
		.from(table.wave)
		.where(eq(table.wave.studyId, studyId))
		.orderBy(asc(table.wave.year), asc(table.wave.label))
		.all()
		.map((w) => ({ ...w, groupCount: byWave.get(w.id) ?? 0 }));
}

export function createWave(db: Db, userId: string, studyId: string, input: WaveInput): string {
	const fields = checkWave(input);
	return db.transaction((tx) => {
		refuseDuplicateWaveLabel(tx, studyId, fields.label);
		const id = newId();
		tx.insert(table.wave).values({ id, studyId, ...fields }).run();
		recordAudit(tx, { studyId, userId, entity: 'wave', entityId: id, action: 'create', after: { ...fields } });
		return id;
	});
}

export function updateWave(db: Db, userId: string, studyId: string, waveId: string, expectedVersion: number, input: WaveInput): void {
	const fields = checkWave(input);
	db.transaction((tx) => {
		const before = requireWave(tx, studyId, waveId);
		if (before.version !== expectedVersion) throw new UserError('error.stale_edit', {}, 409);
		refuseDuplicateWaveLabel(tx, studyId, fields.label, waveId);
		tx.update(table.wave)
			.set({ ...fields, version: before.version + 1 })
			.where(eq(table.wave.id, waveId))
			.run();
		recordAudit(tx, {
			studyId,
			userId,
			entity: 'wave',
			entityId: waveId,
			action: 'update',
			before: { label: before.label, year: before.year, description: before.description, sourceKind: before.sourceKind },
			after: { ...fields }
		});
	});
}

/** What still uses a wave; a wave can be deleted only when nothing does. */
export function waveUsage(db: Db, studyId: string, waveId: string): { groups: number; transcripts: number } {
	const groups =
		db
			.select({ n: count() })
			.from(table.focusGroup)
			.where(and(eq(table.focusGroup.studyId, studyId), eq(table.focusGroup.waveId, waveId)))
			.get()?.n ?? 0;
	const transcripts =
		db
			.select({ n: count() })
			.from(table.transcript)
			.where(and(eq(table.transcript.studyId, studyId), eq(table.transcript.waveId, waveId)))
			.get()?.n ?? 0;
	return { groups, transcripts };
}

export function deleteWave(db: Db, userId: string, studyId: string, waveId: string, expectedVersion?: number): void {
	db.transaction((tx) => {
		const before = requireWave(tx, studyId, waveId);
		if (expectedVersion !== undefined && before.version !== expectedVersion) throw new UserError('error.stale_edit', {}, 409);
		const usage = waveUsage(tx, studyId, waveId);
		if (usage.groups > 0 || usage.transcripts > 0) throw new UserError('error.wave_in_use', { label: before.label, ...usage }, 409);
		tx.delete(table.wave).where(eq(table.wave.id, waveId)).run();
		recordAudit(tx, {
			studyId,
			userId,
			entity: 'wave',
			entityId: waveId,
			action: 'delete',
			before: { label: before.label, year: before.year, sourceKind: before.sourceKind }
		});
	});
}

// ── Municipalities ──────────────────────────────────────────────────────────

export interface MunicipalityInput {
	code: string;
	realName?: string | null;
	sizeClass: string;
	region: string;
	placementRateBand: string;
}

function checkMunicipality(input: MunicipalityInput) {
	const code = text(input.code, 'code', MUNICIPALITY_CODE_MAX, true);
	if (!CODE_PATTERN.test(code)) throw new UserError('error.municipality_code_invalid', { code: code.slice(0, 40) });
	const realName = text(input.realName, 'realName', MUNICIPALITY_REAL_NAME_MAX) || null;
	return {
		code,
		realName,
		sizeClass: text(input.sizeClass, 'sizeClass', MUNICIPALITY_ATTRIBUTE_MAX),
		region: text(input.region, 'region', MUNICIPALITY_ATTRIBUTE_MAX),
		placementRateBand: text(input.placementRateBand, 'placementRateBand', MUNICIPALITY_ATTRIBUTE_MAX)
	};
}

function municipalityRow(db: Db, studyId: string, municipalityId: string) {
	return db
		.select()
		.from(table.municipality)
		.where(and(eq(table.municipality.id, municipalityId), eq(table.municipality.studyId, studyId)))
		.get();
}

function requireMunicipality(db: Db, studyId: string, municipalityId: string) {
	const row = municipalityRow(db, studyId, municipalityId);
	if (!row) throw new UserError('error.municipality_not_found', {}, 404);
	return row;
}

/** Codes are unique per study regardless of case ('k1' clashes with 'K1'). */
function refuseDuplicateCode(db: Db, studyId: string, code: string, exceptId?: string) {
	const clash = db
		.select({ id: table.municipality.id, code: table.municipality.code })
		.from(table.municipality)
		.where(and(eq(table.municipality.studyId, studyId), sql`lower(${table.municipality.code}) = lower(${code})`))
		.all()
		.find((r) => r.id !== exceptId);
	if (clash) throw new UserError('error.municipality_code_taken', { code: clash.code }, 409);
}

export interface MunicipalityListItem {
	id: string;
	code: string;
	realName?: string | null;
	sizeClass: string;
	region: string;
	placementRateBand: string;
	version: number;
	groupCount: number;
}

/** Real names are included only when asked (leads); otherwise the key is absent altogether. */
export function listMunicipalities(db: Db, studyId: string, options: { includeRealNames: boolean }): MunicipalityListItem[] {
	const groups = db
		.select({ municipalityId: table.focusGroup.municipalityId, n: count() })
		.from(table.focusGroup)
		.where(eq(table.focusGroup.studyId, studyId))
		.groupBy(table.focusGroup.municipalityId)
		.all();
	const byMunicipality = new Map(groups.map((g) => [g.municipalityId, g.n]));
	return db
		.select()
		.from(table.municipality)
		.where(eq(table.municipality.studyId, studyId))
		.all()
		.sort((a, b) => natural(a.code, b.code))
		.map((m) => {
			const item: MunicipalityListItem = {
				id: m.id,
				code: m.code,
				sizeClass: m.sizeClass,
				region: m.region,
				placementRateBand: m.placementRateBand,
				version: m.version,
				groupCount: byMunicipality.get(m.id) ?? 0
			};
			if (options.includeRealNames) item.realName = m.realName;
			return item;
		});
}

export function createMunicipality(db: Db, userId: string, studyId: string, input: MunicipalityInput): string {
	const fields = checkMunicipality(input);
	return db.transaction((tx) => {
		refuseDuplicateCode(tx, studyId, fields.code);
		const id = newId();
		tx.insert(table.municipality).values({ id, studyId, ...fields }).run();
		recordAudit(tx, { studyId, userId, entity: 'municipality', entityId: id, action: 'create', after: { ...fields } });
		return id;
	});
}

export function updateMunicipality(
	db: Db,
	userId: string,
	studyId: string,
	municipalityId: string,
	expectedVersion: number,
	input: MunicipalityInput
): void {
	const fields = checkMunicipality(input);
	db.transaction((tx) => {
		const before = requireMunicipality(tx, studyId, municipalityId);
		if (before.version !== expectedVersion) throw new UserError('error.stale_edit', {}, 409);
		refuseDuplicateCode(tx, studyId, fields.code, municipalityId);
		tx.update(table.municipality)
			.set({ ...fields, version: before.version + 1 })
			.where(eq(table.municipality.id, municipalityId))
			.run();
		recordAudit(tx, {
			studyId,
			userId,
			entity: 'municipality',
			entityId: municipalityId,
			action: 'update',
			before: {
				code: before.code,
				realName: before.realName,
				sizeClass: before.sizeClass,
				region: before.region,
				placementRateBand: before.placementRateBand
			},
			after: { ...fields }
		});
	});
}

export function deleteMunicipality(db: Db, userId: string, studyId: string, municipalityId: string, expectedVersion?: number): void {
	db.transaction((tx) => {
		const before = requireMunicipality(tx, studyId, municipalityId);
		if (expectedVersion !== undefined && before.version !== expectedVersion) throw new UserError('error.stale_edit', {}, 409);
		const groups =
			tx
				.select({ n: count() })
				.from(table.focusGroup)
				.where(and(eq(table.focusGroup.studyId, studyId), eq(table.focusGroup.municipalityId, municipalityId)))
				.get()?.n ?? 0;
		if (groups > 0) throw new UserError('error.municipality_in_use', { code: before.code, groups }, 409);
		tx.delete(table.municipality).where(eq(table.municipality.id, municipalityId)).run();
		recordAudit(tx, { studyId, userId, entity: 'municipality', entityId: municipalityId, action: 'delete', before: { code: before.code } });
	});
}

// ── Vignettes of the study (read only; the vignette library owns them) ─────

export interface StudyVignette {
	id: string;
	key: string;
	title: string;
	position: number;
}

/** The study's vignettes with the title of their current revision, in library order. */
export function listStudyVignettes(db: Db, studyId: string): StudyVignette[] {
	return db
		.select({ id: table.vignette.id, key: table.vignette.key, title: table.vignetteRevision.title, position: table.vignette.position })
		.from(table.vignette)
		.leftJoin(
			table.vignetteRevision,
			and(eq(table.vignetteRevision.vignetteId, table.vignette.id), eq(table.vignetteRevision.revision, table.vignette.currentRevision))
		)
		.where(eq(table.vignette.studyId, studyId))
		.all()
		.map((v) => ({ ...v, title: v.title ?? v.key }))
		.sort((a, b) => a.position - b.position || natural(a.key, b.key));
}

// ── Focus groups ────────────────────────────────────────────────────────────

export interface FocusGroupInput {
	waveId: string;
	municipalityId: string;
	date: string | null;
	notes?: string;
}

function groupRow(db: Db, studyId: string, groupId: string) {
	return db
		.select()
		.from(table.focusGroup)
		.where(and(eq(table.focusGroup.id, groupId), eq(table.focusGroup.studyId, studyId)))
		.get();
}

function requireGroup(db: Db, studyId: string, groupId: string) {
	const row = groupRow(db, studyId, groupId);
	if (!row) throw new UserError('error.focus_group_not_found', {}, 404);
	return row;
}

function checkVersion(row: { version: number }, expectedVersion: number | undefined) {
	if (expectedVersion !== undefined && row.version !== expectedVersion) throw new UserError('error.stale_edit', {}, 409);
}

/** Bumps the group's version: any change to the group, its participants or its vignettes. */
function touchGroup(db: Db, groupId: string, version: number) {
	db.update(table.focusGroup).set({ version: version + 1 }).where(eq(table.focusGroup.id, groupId)).run();
}

function refuseDuplicateGroup(
	db: Db,
	studyId: string,
	wave: { id: string; label: string },
	municipality: { id: string; code: string },
	exceptId?: string
) {
	const clash = db
		.select({ id: table.focusGroup.id })
		.from(table.focusGroup)
		.where(
			and(
				eq(table.focusGroup.studyId, studyId),
				eq(table.focusGroup.waveId, wave.id),
				eq(table.focusGroup.municipalityId, municipality.id)
			)
		)
		.all()
		.find((r) => r.id !== exceptId);
	if (clash) throw new UserError('error.focus_group_exists', { wave: wave.label, code: municipality.code }, 409);
}

function groupVignetteIds(db: Db, groupIds: string[]): Map<string, string[]> {
	const out = new Map<string, string[]>();
	if (groupIds.length === 0) return out;
	const rows = db
		.select()
		.from(table.focusGroupVignette)
		.where(inArray(table.focusGroupVignette.focusGroupId, groupIds))
		.orderBy(asc(table.focusGroupVignette.focusGroupId), asc(table.focusGroupVignette.position))
		.all();
	for (const r of rows) {
		const list = out.get(r.focusGroupId) ?? [];
		list.push(r.vignetteId);
		out.set(r.focusGroupId, list);
	}
	return out;
}

export interface FocusGroupListItem {
	id: string;
	waveId: string;
	waveLabel: string;
	waveYear: number;
	municipalityId: string;
	municipalityCode: string;
	date: string | null;
	notes: string;
	version: number;
	participantCount: number;
	transcriptCount: number;
	vignetteIds: string[];
}

/** All groups of the study, by wave year, then municipality code (K2 before K10). */
export function listFocusGroups(db: Db, studyId: string): FocusGroupListItem[] {
	const rows = db
		.select({
			id: table.focusGroup.id,
			waveId: table.focusGroup.waveId,
			waveLabel: table.wave.label,
			waveYear: table.wave.year,
			municipalityId: table.focusGroup.municipalityId,
			municipalityCode: table.municipality.code,
			date: table.focusGroup.date,
			notes: table.focusGroup.notes,
			version: table.focusGroup.version,
			participantCount: sql<number>`(select count(*) from ${table.participant} where ${table.participant.focusGroupId} = ${table.focusGroup.id})`,
			transcriptCount: sql<number>`(select count(*) from ${table.transcript} where ${table.transcript.focusGroupId} = ${table.focusGroup.id})`
		})
		.from(table.focusGroup)
		.innerJoin(table.wave, eq(table.focusGroup.waveId, table.wave.id))
		.innerJoin(table.municipality, eq(table.focusGroup.municipalityId, table.municipality.id))
		.where(eq(table.focusGroup.studyId, studyId))
		.all();
	const vignettes = groupVignetteIds(
		db,
		rows.map((r) => r.id)
	);
	return rows
		.map((r) => ({ ...r, vignetteIds: vignettes.get(r.id) ?? [] }))
		.sort((a, b) => a.waveYear - b.waveYear || natural(a.waveLabel, b.waveLabel) || natural(a.municipalityCode, b.municipalityCode));
}

export interface ParticipantItem {
	id: string;
	pseudonym: string;
	role: ParticipantRole;
	yearsExperience: number | null;
}

export interface GroupVignetteItem {
	vignetteId: string;
	key: string;
	title: string;
	position: number;
}

export function listParticipants(db: Db, studyId: string, groupId: string): ParticipantItem[] {
	return db
		.select({
			id: table.participant.id,
			pseudonym: table.participant.pseudonym,
			role: table.participant.role,
			yearsExperience: table.participant.yearsExperience
		})
		.from(table.participant)
		.where(and(eq(table.participant.studyId, studyId), eq(table.participant.focusGroupId, groupId)))
		.orderBy(asc(table.participant.createdAt), sql`${table.participant}.rowid`)
		.all();
}

function listGroupVignettes(db: Db, groupId: string): GroupVignetteItem[] {
	return db
		.select({
			vignetteId: table.focusGroupVignette.vignetteId,
			key: table.vignette.key,
			title: table.vignetteRevision.title,
			position: table.focusGroupVignette.position
		})
		.from(table.focusGroupVignette)
		.innerJoin(table.vignette, eq(table.focusGroupVignette.vignetteId, table.vignette.id))
		.leftJoin(
			table.vignetteRevision,
			and(eq(table.vignetteRevision.vignetteId, table.vignette.id), eq(table.vignetteRevision.revision, table.vignette.currentRevision))
		)
		.where(eq(table.focusGroupVignette.focusGroupId, groupId))
		.orderBy(asc(table.focusGroupVignette.position))
		.all()
		.map((v) => ({ ...v, title: v.title ?? v.key }));
}

/** One group with its participants and discussed vignettes, or undefined if not in this study. */
export function getFocusGroup(db: Db, studyId: string, groupId: string) {
	const group = db
		.select({
			id: table.focusGroup.id,
			waveId: table.focusGroup.waveId,
			waveLabel: table.wave.label,
			waveYear: table.wave.year,
			waveSourceKind: table.wave.sourceKind,
			municipalityId: table.focusGroup.municipalityId,
			municipalityCode: table.municipality.code,
			date: table.focusGroup.date,
			notes: table.focusGroup.notes,
			version: table.focusGroup.version,
			transcriptCount: sql<number>`(select count(*) from ${table.transcript} where ${table.transcript.focusGroupId} = ${table.focusGroup.id})`
		})
		.from(table.focusGroup)
		.innerJoin(table.wave, eq(table.focusGroup.waveId, table.wave.id))
		.innerJoin(table.municipality, eq(table.focusGroup.municipalityId, table.municipality.id))
		.where(and(eq(table.focusGroup.id, groupId), eq(table.focusGroup.studyId, studyId)))
		.get();
	if (!group) return undefined;
	return { ...group, participants: listParticipants(db, studyId, groupId), vignettes: listGroupVignettes(db, groupId) };
}

function checkGroupInput(db: Db, studyId: string, input: FocusGroupInput) {
	const wave = requireWave(db, studyId, text(input.waveId, 'waveId', 64, true));
	const municipality = requireMunicipality(db, studyId, text(input.municipalityId, 'municipalityId', 64, true));
	return { wave, municipality, date: checkDate(input.date), notes: text(input.notes, 'notes', GROUP_NOTES_MAX) };
}

export function createFocusGroup(db: Db, userId: string, studyId: string, input: FocusGroupInput): string {
	return db.transaction((tx) => {
		const { wave, municipality, date, notes } = checkGroupInput(tx, studyId, input);
		refuseDuplicateGroup(tx, studyId, wave, municipality);
		const id = newId();
		tx.insert(table.focusGroup).values({ id, studyId, waveId: wave.id, municipalityId: municipality.id, date, notes }).run();
		recordAudit(tx, {
			studyId,
			userId,
			entity: 'focus_group',
			entityId: id,
			action: 'create',
			after: { wave: wave.label, municipality: municipality.code, date, notes }
		});
		return id;
	});
}

export function updateFocusGroup(
	db: Db,
	userId: string,
	studyId: string,
	groupId: string,
	expectedVersion: number,
	input: FocusGroupInput
): void {
	db.transaction((tx) => {
		const before = requireGroup(tx, studyId, groupId);
		checkVersion(before, expectedVersion);
		const { wave, municipality, date, notes } = checkGroupInput(tx, studyId, { notes: before.notes, ...input });
		refuseDuplicateGroup(tx, studyId, wave, municipality, groupId);
		tx.update(table.focusGroup)
			.set({ waveId: wave.id, municipalityId: municipality.id, date, notes, version: before.version + 1 })
			.where(eq(table.focusGroup.id, groupId))
			.run();
		recordAudit(tx, {
			studyId,
			userId,
			entity: 'focus_group',
			entityId: groupId,
			action: 'update',
			before: { waveId: before.waveId, municipalityId: before.municipalityId, date: before.date, notes: before.notes },
			after: { waveId: wave.id, municipalityId: municipality.id, date, notes }
		});
	});
}

/** What keeps a group from being deleted: its transcripts and its recorded assessments. */
export function focusGroupUsage(db: Db, groupId: string): { transcripts: number; assessments: number } {
	const transcripts = db.select({ n: count() }).from(table.transcript).where(eq(table.transcript.focusGroupId, groupId)).get()?.n ?? 0;
	const assessments =
		db.select({ n: count() }).from(table.groupAssessment).where(eq(table.groupAssessment.focusGroupId, groupId)).get()?.n ?? 0;
	return { transcripts, assessments };
}

/** Deletes a group with its participants and vignette list; refused while transcripts or assessments use it. */
export function deleteFocusGroup(db: Db, userId: string, studyId: string, groupId: string, expectedVersion?: number): void {
	db.transaction((tx) => {
		const before = requireGroup(tx, studyId, groupId);
		checkVersion(before, expectedVersion);
		const usage = focusGroupUsage(tx, groupId);
		if (usage.transcripts > 0 || usage.assessments > 0) throw new UserError('error.focus_group_in_use', usage, 409);
		const participants = listParticipants(tx, studyId, groupId).map((p) => p.pseudonym);
		tx.delete(table.focusGroup).where(eq(table.focusGroup.id, groupId)).run();
		recordAudit(tx, {
			studyId,
			userId,
			entity: 'focus_group',
			entityId: groupId,
			action: 'delete',
			before: { waveId: before.waveId, municipalityId: before.municipalityId, date: before.date, participants }
		});
	});
}

// ── Participants ────────────────────────────────────────────────────────────

export interface ParticipantInput {
	pseudonym: string;
	role: ParticipantRole;
	yearsExperience: number | null;
}

export function isParticipantRole(value: unknown): value is ParticipantRole {
	return typeof value === 'string' && (participantRoles as readonly string[]).includes(value);
}

function checkParticipant(input: ParticipantInput): ParticipantInput {
	const pseudonym = text(input.pseudonym, 'pseudonym', PSEUDONYM_MAX, true);
	if (!isParticipantRole(input.role)) throw new UserError('error.invalid_field', { field: 'participantRole' });
	const yearsExperience =
		input.yearsExperience === null ? null : integer(input.yearsExperience, 'yearsExperience', 0, YEARS_EXPERIENCE_MAX);
	return { pseudonym, role: input.role, yearsExperience };
}

function refuseDuplicatePseudonym(db: Db, groupId: string, pseudonym: string, exceptId?: string) {
	const clash = db
		.select({ id: table.participant.id, pseudonym: table.participant.pseudonym })
		.from(table.participant)
		.where(and(eq(table.participant.focusGroupId, groupId), sql`lower(${table.participant.pseudonym}) = lower(${pseudonym})`))
		.all()
		.find((r) => r.id !== exceptId);
	if (clash) throw new UserError('error.participant_pseudonym_taken', { pseudonym: clash.pseudonym }, 409);
}

function requireParticipant(db: Db, studyId: string, participantId: string) {
	const row = db
		.select()
		.from(table.participant)
		.where(and(eq(table.participant.id, participantId), eq(table.participant.studyId, studyId)))
		.get();
	if (!row) throw new UserError('error.participant_not_found', {}, 404);
	return row;
}

export function createParticipant(
	db: Db,
	userId: string,
	studyId: string,
	input: ParticipantInput & { focusGroupId: string },
	expectedGroupVersion?: number
): string {
	const fields = checkParticipant(input);
	return db.transaction((tx) => {
		const group = requireGroup(tx, studyId, input.focusGroupId);
		checkVersion(group, expectedGroupVersion);
		refuseDuplicatePseudonym(tx, group.id, fields.pseudonym);
		const id = newId();
		tx.insert(table.participant).values({ id, studyId, focusGroupId: group.id, ...fields }).run();
		touchGroup(tx, group.id, group.version);
		recordAudit(tx, { studyId, userId, entity: 'participant', entityId: id, action: 'create', after: { focusGroupId: group.id, ...fields } });
		return id;
	});
}

/** `expectedGroupVersion` is the version of the participant's group as the editor saw it. */
export function updateParticipant(
	db: Db,
	userId: string,
	studyId: string,
	participantId: string,
	expectedGroupVersion: number,
	input: ParticipantInput
): void {
	const fields = checkParticipant(input);
	db.transaction((tx) => {
		const before = requireParticipant(tx, studyId, participantId);
		const group = requireGroup(tx, studyId, before.focusGroupId);
		checkVersion(group, expectedGroupVersion);
		refuseDuplicatePseudonym(tx, group.id, fields.pseudonym, participantId);
		tx.update(table.participant).set(fields).where(eq(table.participant.id, participantId)).run();
		touchGroup(tx, group.id, group.version);
		recordAudit(tx, {
			studyId,
			userId,
			entity: 'participant',
			entityId: participantId,
			action: 'update',
			before: { pseudonym: before.pseudonym, role: before.role, yearsExperience: before.yearsExperience },
			after: { ...fields }
		});
	});
}

/** What a participant is linked to: transcript turns mapped to them and individual assessments. */
export function participantUsage(db: Db, participantId: string): { turns: number; assessments: number } {
	const turns = db.select({ n: count() }).from(table.turn).where(eq(table.turn.participantId, participantId)).get()?.n ?? 0;
	const assessments =
		db.select({ n: count() }).from(table.individualAssessment).where(eq(table.individualAssessment.participantId, participantId)).get()
			?.n ?? 0;
	return { turns, assessments };
}

/** Removes a participant; refused while transcript turns or individual assessments point at them. */
export function removeParticipant(db: Db, userId: string, studyId: string, participantId: string, expectedGroupVersion?: number): void {
	db.transaction((tx) => {
		const before = requireParticipant(tx, studyId, participantId);
		const group = requireGroup(tx, studyId, before.focusGroupId);
		checkVersion(group, expectedGroupVersion);
		const usage = participantUsage(tx, participantId);
		if (usage.turns > 0 || usage.assessments > 0)
			throw new UserError('error.participant_in_use', { pseudonym: before.pseudonym, ...usage }, 409);
		tx.delete(table.participant).where(eq(table.participant.id, participantId)).run();
		touchGroup(tx, group.id, group.version);
		recordAudit(tx, {
			studyId,
			userId,
			entity: 'participant',
			entityId: participantId,
			action: 'delete',
			before: { focusGroupId: group.id, pseudonym: before.pseudonym, role: before.role, yearsExperience: before.yearsExperience }
		});
	});
}

// ── Vignettes discussed by a group ──────────────────────────────────────────

/**
 * Replaces the list of vignettes the group discussed, in discussion order. Every id must be a
 * vignette of the same study, each at most once.
 */
export function setGroupVignettes(
	db: Db,
	userId: string,
	studyId: string,
	groupId: string,
	vignetteIds: string[],
	expectedVersion?: number
): void {
	if (new Set(vignetteIds).size !== vignetteIds.length) throw new UserError('error.group_vignette_twice', {}, 400);
	db.transaction((tx) => {
		const group = requireGroup(tx, studyId, groupId);
		checkVersion(group, expectedVersion);
		if (vignetteIds.length > 0) {
			const known = new Set(
				tx
					.select({ id: table.vignette.id })
					.from(table.vignette)
					.where(and(eq(table.vignette.studyId, studyId), inArray(table.vignette.id, vignetteIds)))
					.all()
					.map((v) => v.id)
			);
			if (vignetteIds.some((id) => !known.has(id))) throw new UserError('error.group_vignette_unknown', {}, 404);
		}
		const before = groupVignetteIds(tx, [groupId]).get(groupId) ?? [];
		if (JSON.stringify(before) === JSON.stringify(vignetteIds)) return;
		tx.delete(table.focusGroupVignette).where(eq(table.focusGroupVignette.focusGroupId, groupId)).run();
		if (vignetteIds.length > 0)
			tx.insert(table.focusGroupVignette)
				.values(vignetteIds.map((vignetteId, position) => ({ focusGroupId: groupId, vignetteId, position })))
				.run();
		touchGroup(tx, groupId, group.version);
		recordAudit(tx, {
			studyId,
			userId,
			entity: 'focus_group',
			entityId: groupId,
			action: 'update',
			before: { vignetteIds: before },
			after: { vignetteIds }
		});
	});
}

/** Moves one vignette a step up (earlier) or down (later) in the group's discussion order. */
export function moveGroupVignette(
	db: Db,
	userId: string,
	studyId: string,
	groupId: string,
	vignetteId: string,
	direction: 'up' | 'down',
	expectedVersion?: number
): void {
	db.transaction((tx) => {
		requireGroup(tx, studyId, groupId);
		const ids = groupVignetteIds(tx, [groupId]).get(groupId) ?? [];
		const at = ids.indexOf(vignetteId);
		if (at < 0) throw new UserError('error.group_vignette_unknown', {}, 404);
		const to = direction === 'up' ? at - 1 : at + 1;
		if (to < 0 || to >= ids.length) return;
		[ids[at], ids[to]] = [ids[to], ids[at]];
		setGroupVignettes(tx, userId, studyId, groupId, ids, expectedVersion);
	});
}

/** Appends a vignette to the group's list (no-op if it is already there). */
export function addGroupVignette(db: Db, userId: string, studyId: string, groupId: string, vignetteId: string, expectedVersion?: number): void {
	db.transaction((tx) => {
		requireGroup(tx, studyId, groupId);
		const ids = groupVignetteIds(tx, [groupId]).get(groupId) ?? [];
		if (ids.includes(vignetteId)) throw new UserError('error.group_vignette_already', {}, 409);
		setGroupVignettes(tx, userId, studyId, groupId, [...ids, vignetteId], expectedVersion);
	});
}

export function removeGroupVignette(db: Db, userId: string, studyId: string, groupId: string, vignetteId: string, expectedVersion?: number): void {
	db.transaction((tx) => {
		requireGroup(tx, studyId, groupId);
		const ids = groupVignetteIds(tx, [groupId]).get(groupId) ?? [];
		if (!ids.includes(vignetteId)) throw new UserError('error.group_vignette_unknown', {}, 404);
		setGroupVignettes(
			tx,
			userId,
			studyId,
			groupId,
			ids.filter((id) => id !== vignetteId),
			expectedVersion
		);
	});
}
