// Transcripts: import (store a parsed file with its speaker and section mapping), versions, the
// transcript view, and sections edited afterwards. A version's text is immutable once stored:
// codings anchor to its character offsets. Sections are metadata on a version and may change.
import { and, asc, count, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from './db/client';
import * as table from './db/schema';
import type { ParticipantRole } from './db/schema';
import { newId } from './ids';
import { UserError } from './errors';
import { recordAudit } from './audit';
import { carryCodingsToVersion } from './codings';
import { createParticipant, getFocusGroup, listStudyVignettes, type StudyVignette } from './material';
import { pseudonymTable } from './pseudonyms';
import { countWords, pseudonymiseTranscript } from '../transcripts';
import type { ParsedTranscript, TranscriptError } from '../transcripts';
import { parseTranscript, DEFAULT_MAX_BYTES } from '../transcripts/node';

export const TRANSCRIPT_MAX_BYTES = DEFAULT_MAX_BYTES; // 20 MiB
export const TITLE_MAX = 200;
export const LABEL_MAX = 80;

// ── Parsing uploads ─────────────────────────────────────────────────────────

/** Turns a parser error into a UserError with a specific catalogue message. */
export function transcriptUserError(err: TranscriptError): UserError {
	const p = err.params;
	const mb = (n: unknown) => Math.round((Number(n) / (1024 * 1024)) * 10) / 10;
	switch (err.code) {
		case 'empty_file':
			return new UserError('error.transcript_empty_file');
		case 'too_large':
			return new UserError('error.transcript_too_large', { size: mb(p.size), limit: mb(p.limit) }, 413);
		case 'unsupported_type':
			return p.detected
				? new UserError('error.transcript_unsupported_type_detected', { extension: String(p.extension || '–'), detected: String(p.detected) }, 415)
				: new UserError('error.transcript_unsupported_type', { extension: String(p.extension || '–') }, 415);
		case 'docx_unavailable':
			return new UserError('error.transcript_not_docx', {}, 415);
		case 'not_docx':
			if (p.reason === 'no_document_xml') return new UserError('error.transcript_not_docx_no_document', {}, 415);
			if (p.reason === 'corrupt_zip') return new UserError('error.transcript_not_docx_corrupt', {}, 415);
			return p.detected
				? new UserError('error.transcript_not_docx_detected', { detected: String(p.detected) }, 415)
				: new UserError('error.transcript_not_docx', {}, 415);
		case 'binary_file':
			return new UserError('error.transcript_binary_file', {}, 415);
		case 'bad_encoding':
			return new UserError('error.transcript_bad_encoding', { encoding: String(p.encoding) }, 415);
		case 'no_turns':
			return new UserError('error.transcript_no_turns');
		case 'malformed_vtt':
			return new UserError('error.transcript_malformed_vtt', { line: Number(p.line), detail: String(p.detail) });
		case 'malformed_srt':
			return new UserError('error.transcript_malformed_srt', { line: Number(p.line), detail: String(p.detail) });
	}
}

/**
 * Reads and parses an uploaded file. The size is checked before anything is read; every problem
 * becomes a UserError with a specific message.
 */
export async function parseUpload(file: FormDataEntryValue | null, maxBytes = TRANSCRIPT_MAX_BYTES): Promise<ParsedTranscript> {
	if (!file || typeof file === 'string' || (file.size === 0 && !file.name)) throw new UserError('error.transcript_no_file');
	if (file.size > maxBytes) throw transcriptUserError({ code: 'too_large', params: { size: file.size, limit: maxBytes }, message: '' });
	const bytes = new Uint8Array(await file.arrayBuffer());
	const result = await parseTranscript({ filename: file.name, bytes }, { maxBytes });
	if (!result.ok) throw transcriptUserError(result.error);
	return result.value;
}

// ── Study lookups used by import ────────────────────────────────────────────

export type VignetteChoice = StudyVignette;

function fold(s: string): string {
	return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The vignette a section heading most likely names: by key ('## Vignet: kira' → key 'kira'), by
 * title or the title's name part ('Kira' → 'Kira, 4 år'), else by number ('Vignet 2' → the group's
 * second vignette, or the study's second).
 */
export function suggestVignette(label: string, vignettes: VignetteChoice[], groupOrder: string[] = []): string | null {
	const l = fold(label.replace(/^vignet(te)?\s*[:\-–.]?\s*/i, ''));
	if (!l) return null;
	const exact = vignettes.find((v) => fold(v.key) === l || fold(v.title) === l);
	if (exact) return exact.id;
	const namePart = vignettes.find((v) => fold(v.title.split(/[,(–-]/)[0]) === l);
	if (namePart) return namePart.id;
	const prefix = vignettes.find((v) => l.length >= 3 && (fold(v.title).startsWith(l) || fold(v.key).startsWith(l)));
	if (prefix) return prefix.id;
	const num = /^(\d{1,2})\b/.exec(l) ?? /vignet(?:te)?\s*(\d{1,2})\b/i.exec(label);
	if (num) {
		const n = Number(num[1]);
		if (groupOrder.length >= n) return groupOrder[n - 1];
		if (vignettes.length >= n) return vignettes[n - 1].id;
	}
	return null;
}

function focusGroupRow(db: Db, studyId: string, focusGroupId: string) {
	return db
		.select()
		.from(table.focusGroup)
		.where(and(eq(table.focusGroup.id, focusGroupId), eq(table.focusGroup.studyId, studyId)))
		.get();
}

function waveRow(db: Db, studyId: string, waveId: string) {
	return db.select().from(table.wave).where(and(eq(table.wave.id, waveId), eq(table.wave.studyId, studyId))).get();
}

/** Checks an import target and returns its wave (and group). */
export function resolveImportTarget(
	db: Db,
	studyId: string,
	target: { kind: 'focus_group'; focusGroupId: string } | { kind: 'report'; waveId: string }
) {
	if (target.kind === 'focus_group') {
		const group = focusGroupRow(db, studyId, target.focusGroupId);
		if (!group) throw new UserError('error.import_group_not_found', {}, 404);
		return { waveId: group.waveId, focusGroupId: group.id };
	}
	const wave = waveRow(db, studyId, target.waveId);
	if (!wave) throw new UserError('error.import_wave_not_found', {}, 404);
	if (wave.sourceKind !== 'reported') throw new UserError('error.report_needs_reported_wave');
	return { waveId: wave.id, focusGroupId: null };
}

// ── Storing ─────────────────────────────────────────────────────────────────

export interface NewParticipantInput {
	pseudonym: string;
	role: ParticipantRole;
	yearsExperience?: number | null;
}

export interface VersionInput {
	parsed: ParsedTranscript;
	source: { filename: string; format: string; encoding: string };
	/** Speaker label (as parsed, or after pseudonymisation) → participant of the group, or null. */
	speakerMap: Record<string, string | null>;
	/** Section index in `parsed.sections` → vignette, or null. */
	sectionMap: Record<number, string | null>;
	/** Speaker label → a participant to create in the group (focus groups only). Wins over speakerMap. */
	newParticipants?: Record<string, NewParticipantInput>;
	/** Speaker label → the label to store instead (report sources have free labels). */
	speakerLabels?: Record<string, string>;
	/** Apply the study's pseudonym table to text and labels (default true). */
	pseudonymise?: boolean;
	note?: string;
}

export interface StoreTranscriptInput extends VersionInput {
	focusGroupId: string | null;
	waveId: string;
	kind: 'focus_group' | 'report';
	title: string;
}

export interface StoredVersion {
	transcriptId: string;
	versionId: string;
	version: number;
	turns: number;
	sections: number;
	replacements: number;
	createdParticipants: number;
}

function lookup<T>(map: Record<string, T> | undefined, raw: string, pseudo: string): T | undefined {
	if (!map) return undefined;
	if (Object.hasOwn(map, raw)) return map[raw];
	if (Object.hasOwn(map, pseudo)) return map[pseudo];
	return undefined;
}

/** Inserts one version (text, sections, turns); participants are created first. Runs inside the caller's transaction. */
function insertVersion(
	tx: Db,
	userId: string,
	studyId: string,
	transcriptId: string,
	focusGroupId: string | null,
	version: number,
	input: VersionInput
): StoredVersion {
	const raw = input.parsed;
	if (raw.turns.length === 0) throw new UserError('error.transcript_no_turns');
	let parsed = raw;
	let replacements = 0;
	if (input.pseudonymise !== false) {
		const entries = pseudonymTable(tx, studyId);
		if (entries.length > 0) {
			const r = pseudonymiseTranscript(raw, entries);
			parsed = r.transcript;
			replacements = r.replacements;
		}
	}

	// Participants: every mapped id must belong to this focus group.
	const groupParticipants = focusGroupId
		? new Set(
				tx
					.select({ id: table.participant.id })
					.from(table.participant)
					.where(and(eq(table.participant.focusGroupId, focusGroupId), eq(table.participant.studyId, studyId)))
					.all()
					.map((p) => p.id)
			)
		: new Set<string>();
	const participantByRaw = new Map<string, string | null>();
	const labelByRaw = new Map<string, string>();
	let createdParticipants = 0;
	raw.turns.forEach((turn, i) => {
		if (participantByRaw.has(turn.speaker)) return;
		const pseudoLabel = parsed.turns[i].speaker;
		const label = (lookup(input.speakerLabels, turn.speaker, pseudoLabel) ?? pseudoLabel).trim();
		if (!label) throw new UserError('error.speaker_label_required', { speaker: pseudoLabel });
		if (label.length > LABEL_MAX) throw new UserError('error.field_too_long', { field: 'speaker', max: LABEL_MAX });
		labelByRaw.set(turn.speaker, label);
		const create = lookup(input.newParticipants, turn.speaker, pseudoLabel);
		if (create) {
			if (!focusGroupId) throw new UserError('error.participant_not_in_group');
			const id = createParticipant(tx, userId, studyId, {
				focusGroupId,
				pseudonym: create.pseudonym.trim(),
				role: create.role,
				yearsExperience: create.yearsExperience ?? null
			});
			groupParticipants.add(id);
			participantByRaw.set(turn.speaker, id);
			createdParticipants++;
			return;
		}
		const mapped = lookup(input.speakerMap, turn.speaker, pseudoLabel) ?? null;
		if (mapped !== null && !groupParticipants.has(mapped)) throw new UserError('error.participant_not_in_group');
		participantByRaw.set(turn.speaker, mapped);
	});

	// Vignettes of the sections must be the study's.
	const vignetteIds = [...new Set(Object.values(input.sectionMap).filter((v): v is string => !!v))];
	if (vignetteIds.length > 0) {
		const found = tx
			.select({ id: table.vignette.id })
			.from(table.vignette)
			.where(and(eq(table.vignette.studyId, studyId), inArray(table.vignette.id, vignetteIds)))
			.all();
		if (found.length !== vignetteIds.length) throw new UserError('error.vignette_not_in_study');
	}
	for (const key of Object.keys(input.sectionMap)) {
		const n = Number(key);
		if (!Number.isInteger(n) || n < 0 || n >= parsed.sections.length) throw new UserError('error.section_not_found', {}, 404);
	}

	const versionId = newId();
	tx.insert(table.transcriptVersion)
		.values({
			id: versionId,
			transcriptId,
			version,
			text: parsed.text,
			sourceFilename: input.source.filename.slice(0, 255),
			sourceFormat: input.source.format,
			sourceEncoding: input.source.encoding,
			note: input.note ?? '',
			createdBy: userId
		})
		.run();

	const sectionOfTurn = new Array<string | null>(parsed.turns.length).fill(null);
	parsed.sections.forEach((s, i) => {
		const id = newId();
		tx.insert(table.transcriptSection)
			.values({
				id,
				versionId,
				label: s.label.slice(0, TITLE_MAX),
				vignetteId: input.sectionMap[i] ?? null,
				firstTurn: s.firstTurn,
				lastTurn: s.lastTurn,
				start: s.start,
				end: s.end
			})
			.run();
		for (let t = s.firstTurn; t <= s.lastTurn; t++) sectionOfTurn[t] = id;
	});

	const rows = parsed.turns.map((turn, i) => ({
		id: newId(),
		versionId,
		index: i,
		speakerLabel: labelByRaw.get(raw.turns[i].speaker)!,
		participantId: participantByRaw.get(raw.turns[i].speaker) ?? null,
		sectionId: sectionOfTurn[i],
		start: turn.start,
		end: turn.end,
		timestamp: turn.timestamp ?? null
	}));
	for (let i = 0; i < rows.length; i += 500) tx.insert(table.turn).values(rows.slice(i, i + 500)).run();

	return { transcriptId, versionId, version, turns: rows.length, sections: parsed.sections.length, replacements, createdParticipants };
}

/**
 * Stores a new transcript with its first version in one transaction (participants created, the
 * pseudonym table applied, audited). Composes inside a caller's transaction.
 */
export function storeTranscript(db: Db, userId: string, studyId: string, input: StoreTranscriptInput): StoredVersion {
	const title = input.title.trim();
	if (!title) throw new UserError('error.field_required', { field: 'title' });
	if (title.length > TITLE_MAX) throw new UserError('error.field_too_long', { field: 'title', max: TITLE_MAX });
	return db.transaction((tx) => {
		let waveId = input.waveId;
		let focusGroupId: string | null = null;
		if (input.kind === 'focus_group') {
			if (!input.focusGroupId) throw new UserError('error.import_group_not_found', {}, 404);
			const group = focusGroupRow(tx, studyId, input.focusGroupId);
			if (!group) throw new UserError('error.import_group_not_found', {}, 404);
			if (waveId && waveId !== group.waveId) throw new UserError('error.import_wave_not_found', {}, 404);
			waveId = group.waveId;
			focusGroupId = group.id;
		} else {
			if (input.focusGroupId) throw new UserError('error.import_group_not_found', {}, 404);
			if (!waveRow(tx, studyId, waveId)) throw new UserError('error.import_wave_not_found', {}, 404);
		}
		const transcriptId = newId();
		tx.insert(table.transcript).values({ id: transcriptId, studyId, focusGroupId, waveId, kind: input.kind, title, currentVersion: 1 }).run();
		const stored = insertVersion(tx, userId, studyId, transcriptId, focusGroupId, 1, input);
		recordAudit(tx, {
			studyId,
			userId,
			entity: 'transcript',
			entityId: transcriptId,
			action: 'import',
			after: {
				title,
				kind: input.kind,
				focusGroupId,
				waveId,
				version: 1,
				filename: input.source.filename,
				format: input.source.format,
				encoding: input.source.encoding,
				turns: stored.turns,
				sections: stored.sections,
				pseudonymReplacements: stored.replacements,
				newParticipants: stored.createdParticipants
			}
		});
		return stored;
	});
}


/**
 * Adds a corrected text as version M+1. Older versions stay as they were. `expectedVersion`
 * (the current version the user saw) guards against two corrections crossing.
 */
export function addTranscriptVersion(
	db: Db,
	userId: string,
	studyId: string,
	transcriptId: string,
	input: VersionInput & { expectedVersion?: number }
): StoredVersion {
	return db.transaction((tx) => {
		const t = tx
			.select()
			.from(table.transcript)
			.where(and(eq(table.transcript.id, transcriptId), eq(table.transcript.studyId, studyId)))
			.get();
		if (!t) throw new UserError('error.transcript_not_found', {}, 404);
		if (input.expectedVersion !== undefined && input.expectedVersion !== t.currentVersion) throw new UserError('error.stale_edit', {}, 409);
		const previous = tx
			.select({ id: table.transcriptVersion.id, version: table.transcriptVersion.version })
			.from(table.transcriptVersion)
			.where(eq(table.transcriptVersion.transcriptId, transcriptId))
			.orderBy(desc(table.transcriptVersion.version))
			.get();
		const version = (previous?.version ?? 0) + 1;
		const stored = insertVersion(tx, userId, studyId, transcriptId, t.focusGroupId, version, input);
		const updated = tx
			.update(table.transcript)
			.set({ currentVersion: version })
			.where(and(eq(table.transcript.id, transcriptId), eq(table.transcript.currentVersion, t.currentVersion)))
			.run();
		if (updated.changes !== 1) throw new UserError('error.stale_edit', {}, 409);
		// Codings follow the corrected text where it is unchanged; the rest are marked for a person.
		if (previous) carryCodingsToVersion(tx, userId, studyId, previous.id, stored.versionId);
		recordAudit(tx, {
			studyId,
			userId,
			entity: 'transcript',
			entityId: transcriptId,
			action: 'new_version',
			before: { currentVersion: t.currentVersion },
			after: {
				currentVersion: version,
				filename: input.source.filename,
				format: input.source.format,
				encoding: input.source.encoding,
				turns: stored.turns,
				sections: stored.sections,
				pseudonymReplacements: stored.replacements,
				newParticipants: stored.createdParticipants
			}
		});
		return stored;
	});
}

// ── Reading ─────────────────────────────────────────────────────────────────

// Versions never change, so their word counts can be kept.
const wordCache = new Map<string, number>();
function wordsOf(versionId: string, text: () => string): number {
	let n = wordCache.get(versionId);
	if (n === undefined) {
		n = countWords(text());
		if (wordCache.size > 5000) wordCache.clear();
		wordCache.set(versionId, n);
	}
	return n;
}

export interface TranscriptListItem {
	id: string;
	title: string;
	kind: 'focus_group' | 'report';
	focusGroupId: string | null;
	waveId: string | null;
	currentVersion: number;
	versionId: string;
	turns: number;
	words: number;
	importedAt: Date;
	importedBy: string | null;
}

/** Every transcript of the study with its current version's size and who imported it. */
/**
 * Every transcript of the study with its current version, wave and municipality, in wave, municipality
 * and title order: what coding progress, reliability and text search start from.
 */
export function listCurrentVersions(db: Db, studyId: string) {
	return db
		.select({
			transcriptId: table.transcript.id,
			title: table.transcript.title,
			kind: table.transcript.kind,
			unblinded: table.transcript.unblinded,
			currentVersion: table.transcript.currentVersion,
			versionId: table.transcriptVersion.id,
			textLength: sql<number>`length(${table.transcriptVersion.text})`,
			waveId: table.transcript.waveId,
			waveLabel: table.wave.label,
			waveYear: table.wave.year,
			municipalityId: table.focusGroup.municipalityId,
			municipalityCode: table.municipality.code
		})
		.from(table.transcript)
		.innerJoin(
			table.transcriptVersion,
			and(eq(table.transcriptVersion.transcriptId, table.transcript.id), eq(table.transcriptVersion.version, table.transcript.currentVersion))
		)
		.leftJoin(table.wave, eq(table.transcript.waveId, table.wave.id))
		.leftJoin(table.focusGroup, eq(table.transcript.focusGroupId, table.focusGroup.id))
		.leftJoin(table.municipality, eq(table.focusGroup.municipalityId, table.municipality.id))
		.where(eq(table.transcript.studyId, studyId))
		.orderBy(asc(table.wave.year), asc(table.municipality.code), asc(table.transcript.title), asc(table.transcript.id))
		.all();
}

export function listTranscripts(db: Db, studyId: string): TranscriptListItem[] {
	const rows = db
		.select({
			id: table.transcript.id,
			title: table.transcript.title,
			kind: table.transcript.kind,
			focusGroupId: table.transcript.focusGroupId,
			waveId: table.transcript.waveId,
			currentVersion: table.transcript.currentVersion,
			versionId: table.transcriptVersion.id,
			importedAt: table.transcriptVersion.createdAt,
			importedBy: table.user.username
		})
		.from(table.transcript)
		.innerJoin(
			table.transcriptVersion,
			and(eq(table.transcriptVersion.transcriptId, table.transcript.id), eq(table.transcriptVersion.version, table.transcript.currentVersion))
		)
		.leftJoin(table.user, eq(table.user.id, table.transcriptVersion.createdBy))
		.where(eq(table.transcript.studyId, studyId))
		.orderBy(asc(table.transcript.title))
		.all();
	if (rows.length === 0) return [];
	const versionIds = rows.map((r) => r.versionId);
	const turnCounts = new Map(
		db
			.select({ versionId: table.turn.versionId, n: count() })
			.from(table.turn)
			.where(inArray(table.turn.versionId, versionIds))
			.groupBy(table.turn.versionId)
			.all()
			.map((r) => [r.versionId, r.n])
	);
	return rows.map((r) => ({
		...r,
		turns: turnCounts.get(r.versionId) ?? 0,
		words: wordsOf(r.versionId, () => getVersionTextRaw(db, r.versionId) ?? '')
	}));
}

function getVersionTextRaw(db: Db, versionId: string): string | undefined {
	return db.select({ text: table.transcriptVersion.text }).from(table.transcriptVersion).where(eq(table.transcriptVersion.id, versionId)).get()?.text;
}

/** The immutable text of a version of one of the study's transcripts. */
export function getTranscriptVersionText(db: Db, studyId: string, versionId: string) {
	return db
		.select({
			versionId: table.transcriptVersion.id,
			transcriptId: table.transcriptVersion.transcriptId,
			version: table.transcriptVersion.version,
			text: table.transcriptVersion.text
		})
		.from(table.transcriptVersion)
		.innerJoin(table.transcript, eq(table.transcript.id, table.transcriptVersion.transcriptId))
		.where(and(eq(table.transcriptVersion.id, versionId), eq(table.transcript.studyId, studyId)))
		.get();
}

export interface ViewSection {
	id: string;
	label: string;
	vignetteId: string | null;
	vignetteKey: string | null;
	vignetteTitle: string | null;
	firstTurn: number;
	lastTurn: number;
}

export interface ViewTurn {
	index: number;
	speaker: string;
	speakerLabel: string;
	participantId: string | null;
	role: ParticipantRole | null;
	sectionId: string | null;
	start: number;
	end: number;
	timestamp: string | null;
	text: string;
}

/** A short fingerprint of a version's sections, so section edits can detect a stale page. */
export function sectionStamp(sections: { id: string; firstTurn: number; lastTurn: number; vignetteId: string | null }[]): string {
	const s = sections.map((x) => `${x.id}:${x.firstTurn}:${x.lastTurn}:${x.vignetteId ?? ''}`).join('|');
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return `${sections.length}-${h.toString(36)}`;
}

/** A version's vignette sections in order, with each vignette's current title. */
export function listVersionSections(db: Db, versionId: string): ViewSection[] {
	return db
		.select({
			id: table.transcriptSection.id,
			label: table.transcriptSection.label,
			vignetteId: table.transcriptSection.vignetteId,
			vignetteKey: table.vignette.key,
			vignetteTitle: table.vignetteRevision.title,
			firstTurn: table.transcriptSection.firstTurn,
			lastTurn: table.transcriptSection.lastTurn
		})
		.from(table.transcriptSection)
		.leftJoin(table.vignette, eq(table.vignette.id, table.transcriptSection.vignetteId))
		.leftJoin(
			table.vignetteRevision,
			and(eq(table.vignetteRevision.vignetteId, table.vignette.id), eq(table.vignetteRevision.revision, table.vignette.currentRevision))
		)
		.where(eq(table.transcriptSection.versionId, versionId))
		.orderBy(asc(table.transcriptSection.firstTurn))
		.all();
}

/** A version's turns in order, with the participant's pseudonym and role where mapped. */
export function listVersionTurns(db: Db, versionId: string) {
	return db
		.select({
			index: table.turn.index,
			speakerLabel: table.turn.speakerLabel,
			participantId: table.turn.participantId,
			pseudonym: table.participant.pseudonym,
			role: table.participant.role,
			sectionId: table.turn.sectionId,
			start: table.turn.start,
			end: table.turn.end,
			timestamp: table.turn.timestamp
		})
		.from(table.turn)
		.leftJoin(table.participant, eq(table.participant.id, table.turn.participantId))
		.where(eq(table.turn.versionId, versionId))
		.orderBy(asc(table.turn.index))
		.all();
}

/**
 * Everything the transcript page shows: header, versions, sections, speakers, and the turns of
 * one version (the current one unless `version` is given), filtered by speaker (the name shown:
 * the participant's pseudonym, else the label) and by vignette.
 */
export function getTranscriptView(
	db: Db,
	studyId: string,
	transcriptId: string,
	options: { version?: number; speaker?: string; vignetteId?: string } = {}
) {
	const header = db
		.select({
			id: table.transcript.id,
			title: table.transcript.title,
			kind: table.transcript.kind,
			focusGroupId: table.transcript.focusGroupId,
			waveId: table.transcript.waveId,
			currentVersion: table.transcript.currentVersion,
			waveLabel: table.wave.label,
			waveYear: table.wave.year,
			municipalityCode: table.municipality.code,
			groupDate: table.focusGroup.date
		})
		.from(table.transcript)
		.leftJoin(table.wave, eq(table.wave.id, table.transcript.waveId))
		.leftJoin(table.focusGroup, eq(table.focusGroup.id, table.transcript.focusGroupId))
		.leftJoin(table.municipality, eq(table.municipality.id, table.focusGroup.municipalityId))
		.where(and(eq(table.transcript.id, transcriptId), eq(table.transcript.studyId, studyId)))
		.get();
	if (!header) return undefined;
	const versions = db
		.select({
			id: table.transcriptVersion.id,
			version: table.transcriptVersion.version,
			sourceFilename: table.transcriptVersion.sourceFilename,
			sourceFormat: table.transcriptVersion.sourceFormat,
			sourceEncoding: table.transcriptVersion.sourceEncoding,
			note: table.transcriptVersion.note,
			createdAt: table.transcriptVersion.createdAt,
			createdBy: table.user.username
		})
		.from(table.transcriptVersion)
		.leftJoin(table.user, eq(table.user.id, table.transcriptVersion.createdBy))
		.where(eq(table.transcriptVersion.transcriptId, transcriptId))
		.orderBy(asc(table.transcriptVersion.version))
		.all();
	const wanted = options.version ?? header.currentVersion;
	const version = versions.find((v) => v.version === wanted);
	if (!version) return undefined;
	const text = getVersionTextRaw(db, version.id) ?? '';
	const sections = listVersionSections(db, version.id);
	const allTurns: ViewTurn[] = listVersionTurns(db, version.id)
		.map(({ pseudonym, ...t }) => ({ ...t, speaker: pseudonym ?? t.speakerLabel, text: text.slice(t.start, t.end) }));

	const speakers = new Map<string, { name: string; role: ParticipantRole | null; participantId: string | null; turns: number }>();
	for (const t of allTurns) {
		const s = speakers.get(t.speaker);
		if (s) s.turns++;
		else speakers.set(t.speaker, { name: t.speaker, role: t.role, participantId: t.participantId, turns: 1 });
	}
	const sectionVignette = new Map(sections.map((s) => [s.id, s.vignetteId]));
	const turns = allTurns.filter(
		(t) =>
			(!options.speaker || t.speaker === options.speaker) &&
			(!options.vignetteId || (t.sectionId !== null && sectionVignette.get(t.sectionId) === options.vignetteId))
	);
	return {
		header,
		versions,
		version: { ...version, words: wordsOf(version.id, () => text), turnCount: allTurns.length },
		sections,
		stamp: sectionStamp(sections),
		speakers: [...speakers.values()],
		turns
	};
}

/** Label → participant of the transcript's current version, to pre-select the mapping of a new version. */
export function previousSpeakerMap(db: Db, studyId: string, transcriptId: string): Map<string, string | null> {
	const rows = db
		.select({ label: table.turn.speakerLabel, participantId: table.turn.participantId })
		.from(table.turn)
		.innerJoin(table.transcriptVersion, eq(table.transcriptVersion.id, table.turn.versionId))
		.innerJoin(
			table.transcript,
			and(eq(table.transcript.id, table.transcriptVersion.transcriptId), eq(table.transcript.currentVersion, table.transcriptVersion.version))
		)
		.where(and(eq(table.transcript.id, transcriptId), eq(table.transcript.studyId, studyId)))
		.groupBy(table.turn.speakerLabel, table.turn.participantId)
		.all();
	const map = new Map<string, string | null>();
	for (const r of rows) if (!map.has(r.label) || r.participantId) map.set(r.label, r.participantId);
	return map;
}

/** Vignette of each section label of the current version, to pre-select a new version's sections. */
export function previousSectionMap(db: Db, studyId: string, transcriptId: string): Map<string, string | null> {
	const current = db
		.select({ id: table.transcriptVersion.id })
		.from(table.transcriptVersion)
		.innerJoin(table.transcript, eq(table.transcript.id, table.transcriptVersion.transcriptId))
		.where(
			and(
				eq(table.transcript.id, transcriptId),
				eq(table.transcript.studyId, studyId),
				eq(table.transcriptVersion.version, table.transcript.currentVersion)
			)
		)
		.get();
	if (!current) return new Map();
	return new Map(listVersionSections(db, current.id).map((s) => [fold(s.label), s.vignetteId]));
}

export function getTranscriptSummary(db: Db, studyId: string, transcriptId: string) {
	return db
		.select({
			id: table.transcript.id,
			title: table.transcript.title,
			kind: table.transcript.kind,
			focusGroupId: table.transcript.focusGroupId,
			waveId: table.transcript.waveId,
			currentVersion: table.transcript.currentVersion
		})
		.from(table.transcript)
		.where(and(eq(table.transcript.id, transcriptId), eq(table.transcript.studyId, studyId)))
		.get();
}

// ── Sections afterwards ─────────────────────────────────────────────────────

function versionInStudy(db: Db, studyId: string, versionId: string) {
	return db
		.select({ id: table.transcriptVersion.id, transcriptId: table.transcriptVersion.transcriptId, version: table.transcriptVersion.version })
		.from(table.transcriptVersion)
		.innerJoin(table.transcript, eq(table.transcript.id, table.transcriptVersion.transcriptId))
		.where(and(eq(table.transcriptVersion.id, versionId), eq(table.transcript.studyId, studyId)))
		.get();
}

function checkVignette(db: Db, studyId: string, vignetteId: string | null): void {
	if (!vignetteId) return;
	const v = db
		.select({ id: table.vignette.id })
		.from(table.vignette)
		.where(and(eq(table.vignette.id, vignetteId), eq(table.vignette.studyId, studyId)))
		.get();
	if (!v) throw new UserError('error.vignette_not_in_study');
}

function turnOffsets(db: Db, versionId: string, index: number) {
	return db
		.select({ start: table.turn.start, end: table.turn.end })
		.from(table.turn)
		.where(and(eq(table.turn.versionId, versionId), eq(table.turn.index, index)))
		.get();
}

function checkStamp(db: Db, versionId: string, stamp: string) {
	const sections = listVersionSections(db, versionId);
	if (sectionStamp(sections) !== stamp) throw new UserError('error.stale_edit', {}, 409);
	return sections;
}

/** Sets (or clears) the vignette of a section. */
export function setSectionVignette(
	db: Db,
	userId: string,
	studyId: string,
	input: { versionId: string; sectionId: string; vignetteId: string | null; stamp: string }
): void {
	db.transaction((tx) => {
		const version = versionInStudy(tx, studyId, input.versionId);
		if (!version) throw new UserError('error.transcript_not_found', {}, 404);
		const sections = checkStamp(tx, version.id, input.stamp);
		const section = sections.find((s) => s.id === input.sectionId);
		if (!section) throw new UserError('error.section_not_found', {}, 404);
		checkVignette(tx, studyId, input.vignetteId);
		tx.update(table.transcriptSection).set({ vignetteId: input.vignetteId }).where(eq(table.transcriptSection.id, section.id)).run();
		recordAudit(tx, {
			studyId,
			userId,
			entity: 'transcript_section',
			entityId: section.id,
			action: 'update',
			before: { vignetteId: section.vignetteId },
			after: { vignetteId: input.vignetteId }
		});
	});
}

/**
 * "New section from turn N": the section containing turn N is split there (it keeps the turns
 * before N), or, for turns outside any section, a section runs from N to the next section.
 */
export function addSection(
	db: Db,
	userId: string,
	studyId: string,
	input: { versionId: string; firstTurn: number; vignetteId: string | null; label?: string; stamp: string }
): string {
	return db.transaction((tx) => {
		const version = versionInStudy(tx, studyId, input.versionId);
		if (!version) throw new UserError('error.transcript_not_found', {}, 404);
		const sections = checkStamp(tx, version.id, input.stamp);
		checkVignette(tx, studyId, input.vignetteId);
		const turnCount = tx.select({ n: count() }).from(table.turn).where(eq(table.turn.versionId, version.id)).get()?.n ?? 0;
		const n = input.firstTurn;
		if (!Number.isInteger(n) || n < 0 || n >= turnCount) throw new UserError('error.invalid_number', { field: 'firstTurn', min: 1, max: turnCount });
		if (sections.some((s) => s.firstTurn === n)) throw new UserError('error.section_exists_at_turn', { turn: n + 1 });
		const containing = sections.find((s) => s.firstTurn < n && n <= s.lastTurn);
		let last: number;
		if (containing) {
			last = containing.lastTurn;
			const before = turnOffsets(tx, version.id, n - 1)!;
			tx.update(table.transcriptSection).set({ lastTurn: n - 1, end: before.end }).where(eq(table.transcriptSection.id, containing.id)).run();
		} else {
			const next = sections.find((s) => s.firstTurn > n);
			last = next ? next.firstTurn - 1 : turnCount - 1;
		}
		const first = turnOffsets(tx, version.id, n)!;
		const end = turnOffsets(tx, version.id, last)!;
		const id = newId();
		tx.insert(table.transcriptSection)
			.values({ id, versionId: version.id, label: (input.label ?? '').trim().slice(0, TITLE_MAX), vignetteId: input.vignetteId, firstTurn: n, lastTurn: last, start: first.start, end: end.end })
			.run();
		tx.update(table.turn)
			.set({ sectionId: id })
			.where(and(eq(table.turn.versionId, version.id), gte(table.turn.index, n), lte(table.turn.index, last)))
			.run();
		recordAudit(tx, {
			studyId,
			userId,
			entity: 'transcript_section',
			entityId: id,
			action: 'create',
			after: { versionId: version.id, firstTurn: n, lastTurn: last, vignetteId: input.vignetteId, splitFrom: containing?.id ?? null }
		});
		return id;
	});
}

/** Removes a section: its turns join the section right before it, or no section. */
export function removeSection(db: Db, userId: string, studyId: string, input: { versionId: string; sectionId: string; stamp: string }): void {
	db.transaction((tx) => {
		const version = versionInStudy(tx, studyId, input.versionId);
		if (!version) throw new UserError('error.transcript_not_found', {}, 404);
		const sections = checkStamp(tx, version.id, input.stamp);
		const i = sections.findIndex((s) => s.id === input.sectionId);
		if (i < 0) throw new UserError('error.section_not_found', {}, 404);
		const section = sections[i];
		const previous = i > 0 && sections[i - 1].lastTurn === section.firstTurn - 1 ? sections[i - 1] : null;
		if (previous) {
			const end = turnOffsets(tx, version.id, section.lastTurn)!;
			tx.update(table.transcriptSection).set({ lastTurn: section.lastTurn, end: end.end }).where(eq(table.transcriptSection.id, previous.id)).run();
		}
		tx.update(table.turn)
			.set({ sectionId: previous?.id ?? null })
			.where(and(eq(table.turn.versionId, version.id), eq(table.turn.sectionId, section.id)))
			.run();
		tx.delete(table.transcriptSection).where(eq(table.transcriptSection.id, section.id)).run();
		recordAudit(tx, {
			studyId,
			userId,
			entity: 'transcript_section',
			entityId: section.id,
			action: 'delete',
			before: { versionId: version.id, label: section.label, firstTurn: section.firstTurn, lastTurn: section.lastTurn, vignetteId: section.vignetteId },
			after: { mergedInto: previous?.id ?? null }
		});
	});
}


// ── Import preview ──────────────────────────────────────────────────────────

const ROLE_HINTS: [RegExp, ParticipantRole][] = [
	[/^(interviewer|intervieweren|moderator|ordstyrer|int\.?|i)$/i, 'interviewer'],
	[/leder/i, 'faglig_leder']
];

function guessRole(label: string): ParticipantRole {
	for (const [re, role] of ROLE_HINTS) if (re.test(label.trim())) return role;
	return 'raadgiver';
}

export type PreviewTarget =
	| { kind: 'focus_group'; focusGroupId: string; waveId: string }
	| { kind: 'report'; waveId: string; title: string }
	| { kind: 'version'; transcriptId: string };

/**
 * What the import preview shows for a parsed file: the target, the pseudonymised speakers with a
 * suggested mapping, the sections with a suggested vignette, and a sample. Undefined when the
 * target no longer exists in the study.
 */
export function importPreview(db: Db, studyId: string, target: PreviewTarget, parsed: ParsedTranscript, sampleSize = 8) {
	let focusGroupId: string | null = null;
	let waveId: string | null = null;
	let transcript: ReturnType<typeof getTranscriptSummary> | undefined;
	if (target.kind === 'version') {
		transcript = getTranscriptSummary(db, studyId, target.transcriptId);
		if (!transcript) return undefined;
		focusGroupId = transcript.focusGroupId;
		waveId = transcript.waveId;
	} else if (target.kind === 'focus_group') {
		focusGroupId = target.focusGroupId;
	} else waveId = target.waveId;
	const group = focusGroupId ? getFocusGroup(db, studyId, focusGroupId) : undefined;
	if (focusGroupId && !group) return undefined;
	const wave = group ? { label: group.waveLabel, year: group.waveYear } : waveId ? waveRow(db, studyId, waveId) : undefined;
	if (!wave) return undefined;

	const entries = pseudonymTable(db, studyId);
	const { transcript: pseudo, replacements } = entries.length > 0 ? pseudonymiseTranscript(parsed, entries) : { transcript: parsed, replacements: 0 };
	const participants = group?.participants ?? [];
	const previous = transcript ? previousSpeakerMap(db, studyId, transcript.id) : new Map<string, string | null>();
	const previousSections = transcript ? previousSectionMap(db, studyId, transcript.id) : new Map<string, string | null>();
	const vignettes = listStudyVignettes(db, studyId);
	const groupOrder = (group?.vignettes ?? []).map((v) => v.vignetteId);

	// Raw label of each pseudonymised label (same turn order).
	const rawOf = new Map<string, string>();
	pseudo.turns.forEach((turn, i) => {
		if (!rawOf.has(turn.speaker)) rawOf.set(turn.speaker, parsed.turns[i].speaker);
	});
	const speakers = pseudo.speakers.map((s, index) => {
		const known = participants.find((p) => fold(p.pseudonym) === fold(s.label));
		const before = previous.get(s.label);
		let suggestion: string;
		if (!focusGroupId) suggestion = 'label';
		else if (before && participants.some((p) => p.id === before)) suggestion = `p:${before}`;
		else if (before === null) suggestion = 'none';
		else if (known) suggestion = `p:${known.id}`;
		else suggestion = 'new';
		return { index, label: s.label, rawLabel: rawOf.get(s.label) ?? s.label, turns: s.turns, words: s.words, suggestion, role: guessRole(s.label) };
	});
	const sections = pseudo.sections.map((s, index) => ({
		index,
		label: s.label,
		heading: s.heading,
		firstTurn: s.firstTurn,
		lastTurn: s.lastTurn,
		suggestion: previousSections.get(fold(s.label)) ?? suggestVignette(s.label, vignettes, groupOrder) ?? ''
	}));
	return {
		kind: target.kind === 'version' ? (transcript!.kind === 'report' ? 'report' : 'focus_group') : target.kind,
		isVersion: target.kind === 'version',
		transcript: transcript ? { id: transcript.id, title: transcript.title, nextVersion: transcript.currentVersion + 1, currentVersion: transcript.currentVersion } : null,
		group: group ? { id: group.id, municipalityCode: group.municipalityCode, date: group.date } : null,
		wave: { label: wave.label, year: wave.year },
		format: parsed.format,
		encoding: parsed.encoding ?? null,
		hadBom: parsed.hadBom ?? false,
		// The Windows-1252 conversion has its own note in the preview.
		warnings: parsed.warnings.filter((w) => w.code !== 'decoded_windows_1252').map((w) => ({ code: w.code, params: w.params })),
		turnCount: pseudo.turns.length,
		words: pseudo.speakers.reduce((n, s) => n + s.words, 0),
		replacements,
		pseudonymEntries: entries.length,
		participants: participants.map((p) => ({ id: p.id, pseudonym: p.pseudonym, role: p.role })),
		speakers,
		sections,
		vignettes: vignettes.map((v) => ({ id: v.id, key: v.key, title: v.title })),
		sample: pseudo.turns.slice(0, sampleSize).map((turn) => ({ index: turn.index, speaker: turn.speaker, text: pseudo.text.slice(turn.start, turn.end) }))
	};
}
