// The study's vignette library: import of vignette files (Markdown, see vignettes/README.md),
// revisions with history, edits with optimistic concurrency, and export back to a file.
// Content lives in vignette_revision; vignette.currentRevision points at the current one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, asc, count, desc, eq, max } from 'drizzle-orm';
import type { Db } from './db/client';
import * as table from './db/schema';
import { newId } from './ids';
import { UserError } from './errors';
import { recordAudit } from './audit';
import type { MessageKey, Params } from '../i18n';
import {
	isVignetteFormatError,
	parseVignetteFile,
	serializeVignetteFile,
	QUESTION_DIMENSIONS,
	type ParsedVignette,
	type QuestionDimension,
	type VignetteFormatError
} from '../vignettes';
import { sniffBinaryKind } from '../transcripts/sniff';

/** Largest vignette file accepted (bytes); the bundled files are about 6 kB. */
export const VIGNETTE_FILE_MAX_BYTES = 1_000_000;
/** Most files in one upload. */
export const VIGNETTE_FILES_MAX = 50;
export const VIGNETTE_NOTE_MAX = 500;
export const VIGNETTE_THEMES_MAX = 30;
export const VIGNETTE_THEME_MAX_CHARS = 80;
export const VIGNETTE_QUESTIONS_MAX = 20;
export const VIGNETTE_QUESTION_MAX_CHARS = 1000;
export const VIGNETTE_META_MAX_CHARS = 1000;

/** What a revision holds: everything of a vignette file except its key. */
export interface VignetteContent {
	title: string;
	childAge: number | null;
	themes: string[];
	fictional: boolean;
	text2002: string;
	text2024: string;
	questions: Record<QuestionDimension, string[]>;
	/** '' when absent. */
	summary: string;
	source: string;
	notice: string;
}

export type VignetteUpload = { filename: string; text: string } | { filename: string; error: MessageKey; params: Params };

export type ImportOutcome =
	| { filename: string; status: 'created' | 'updated' | 'unchanged'; key: string; vignetteId: string; revision: number; title: string }
	| { filename: string; status: 'error'; error: MessageKey; params: Params };

// ── Reading ─────────────────────────────────────────────────────────────────

function emptyQuestions(): Record<QuestionDimension, string[]> {
	return { vurdering: [], sparring: [], viden: [], indsats: [] };
}

function contentOf(row: typeof table.vignetteRevision.$inferSelect): VignetteContent {
	const questions = emptyQuestions();
	for (const d of QUESTION_DIMENSIONS) {
		const list = row.questions?.[d];
		if (Array.isArray(list)) questions[d] = list.filter((q): q is string => typeof q === 'string');
	}
	return {
		title: row.title,
		childAge: row.childAge ?? null,
		themes: row.themes ?? [],
		fictional: row.fictional,
		text2002: row.text2002,
		text2024: row.text2024,
		questions,
		summary: row.summary,
		source: row.source,
		notice: row.notice
	};
}

function contentFromParsed(v: ParsedVignette): VignetteContent {
	return {
		title: v.title,
		childAge: v.childAge,
		themes: v.themes,
		fictional: v.fictional,
		text2002: v.text2002,
		text2024: v.text2024,
		questions: { ...emptyQuestions(), ...v.questions },
		summary: v.summary ?? '',
		source: v.source ?? '',
		notice: v.notice ?? ''
	};
}

function toParsed(key: string, c: VignetteContent): ParsedVignette {
	const v: ParsedVignette = {
		key,
		title: c.title,
		childAge: c.childAge,
		themes: c.themes,
		fictional: c.fictional,
		text2002: c.text2002,
		text2024: c.text2024,
		questions: c.questions
	};
	if (c.notice) v.notice = c.notice;
	if (c.summary) v.summary = c.summary;
	if (c.source) v.source = c.source;
	return v;
}

function sameContent(a: VignetteContent, b: VignetteContent): boolean {
	const norm = (c: VignetteContent) =>
		JSON.stringify([c.title, c.childAge, c.themes, c.fictional, c.text2002, c.text2024, QUESTION_DIMENSIONS.map((d) => c.questions[d]), c.summary, c.source, c.notice]);
	return norm(a) === norm(b);
}

export function listVignettes(db: Db, studyId: string) {
	const revisions = db
		.select({ vignetteId: table.vignetteRevision.vignetteId, n: count().as('n') })
		.from(table.vignetteRevision)
		.groupBy(table.vignetteRevision.vignetteId)
		.as('revisions');
	return db
		.select({
			id: table.vignette.id,
			key: table.vignette.key,
			position: table.vignette.position,
			currentRevision: table.vignette.currentRevision,
			title: table.vignetteRevision.title,
			childAge: table.vignetteRevision.childAge,
			themes: table.vignetteRevision.themes,
			fictional: table.vignetteRevision.fictional,
			summary: table.vignetteRevision.summary,
			revisions: revisions.n,
			changedAt: table.vignetteRevision.createdAt,
			changedBy: table.user.username
		})
		.from(table.vignette)
		.innerJoin(
			table.vignetteRevision,
			and(eq(table.vignetteRevision.vignetteId, table.vignette.id), eq(table.vignetteRevision.revision, table.vignette.currentRevision))
		)
		.innerJoin(revisions, eq(revisions.vignetteId, table.vignette.id))
		.leftJoin(table.user, eq(table.user.id, table.vignetteRevision.createdBy))
		.where(eq(table.vignette.studyId, studyId))
		.orderBy(asc(table.vignette.position), asc(table.vignette.key))
		.all();
}

export function findVignetteByKey(db: Db, studyId: string, key: string) {
	return db
		.select({ id: table.vignette.id, key: table.vignette.key, currentRevision: table.vignette.currentRevision, position: table.vignette.position })
		.from(table.vignette)
		.where(and(eq(table.vignette.studyId, studyId), eq(table.vignette.key, key)))
		.get();
}

function vignetteRow(db: Db, studyId: string, vignetteId: string) {
	return db
		.select()
		.from(table.vignette)
		.where(and(eq(table.vignette.studyId, studyId), eq(table.vignette.id, vignetteId)))
		.get();
}

function revisionRow(db: Db, vignetteId: string, revision: number) {
	return db
		.select()
		.from(table.vignetteRevision)
		.where(and(eq(table.vignetteRevision.vignetteId, vignetteId), eq(table.vignetteRevision.revision, revision)))
		.get();
}

/**
 * One vignette with the content of `revision` (default: the current one) and its history,
 * newest first. Undefined when the vignette is not in this study or the revision does not exist.
 */
export function getVignette(db: Db, studyId: string, vignetteId: string, revision?: number) {
	const v = vignetteRow(db, studyId, vignetteId);
	if (!v) return undefined;
	const shown = revision ?? v.currentRevision;
	const row = revisionRow(db, v.id, shown);
	if (!row) return undefined;
	const history = db
		.select({
			revision: table.vignetteRevision.revision,
			note: table.vignetteRevision.note,
			createdAt: table.vignetteRevision.createdAt,
			username: table.user.username
		})
		.from(table.vignetteRevision)
		.leftJoin(table.user, eq(table.user.id, table.vignetteRevision.createdBy))
		.where(eq(table.vignetteRevision.vignetteId, v.id))
		.orderBy(desc(table.vignetteRevision.revision))
		.all();
	const author = history.find((h) => h.revision === shown);
	return {
		id: v.id,
		key: v.key,
		currentRevision: v.currentRevision,
		revision: shown,
		isCurrent: shown === v.currentRevision,
		content: contentOf(row),
		note: row.note,
		createdAt: row.createdAt,
		createdBy: author?.username ?? null,
		history
	};
}

/**
 * `?revision=N` of a vignette page: undefined when absent (the current revision); an impossible
 * value gives 0, which matches no revision, so the page answers 404.
 */
export function revisionFromQuery(url: URL): number | undefined {
	const raw = url.searchParams.get('revision');
	if (raw === null || raw === '') return undefined;
	return /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : 0;
}

/** The vignette (a given revision, default current) as a vignette file; undefined when not found. */
export function exportVignetteFile(db: Db, studyId: string, vignetteId: string, revision?: number) {
	const v = getVignette(db, studyId, vignetteId, revision);
	if (!v) return undefined;
	return { filename: `${v.key}.md`, text: serializeVignetteFile(toParsed(v.key, v.content)) };
}

// ── Files ───────────────────────────────────────────────────────────────────

/** The vignette files that ship with Vignet (`vignettes/*.md` in the project folder, README excluded). */
export function bundledVignetteFiles(dir = join(process.cwd(), 'vignettes')): { filename: string; text: string }[] {
	return readdirSync(dir)
		.filter((name) => name.toLowerCase().endsWith('.md') && name.toLowerCase() !== 'readme.md')
		.sort()
		.map((filename) => ({ filename, text: readFileSync(join(dir, filename), 'utf8') }));
}

const FORMAT_ERROR_KEYS: Record<VignetteFormatError['code'], MessageKey> = {
	missing_front_matter: 'error.vignette_missing_front_matter',
	invalid_yaml: 'error.vignette_invalid_yaml',
	missing_field: 'error.vignette_missing_field',
	invalid_field: 'error.vignette_invalid_field',
	invalid_key: 'error.vignette_invalid_key',
	invalid_age: 'error.vignette_invalid_age',
	missing_version: 'error.vignette_missing_version',
	duplicate_section: 'error.vignette_duplicate_section',
	unknown_section: 'error.vignette_unknown_section',
	empty_version: 'error.vignette_empty_version',
	too_long: 'error.vignette_too_long'
};

/** The catalogue key and parameters for a parser error (the parser's `line` etc. are kept). */
export function formatErrorMessage(e: VignetteFormatError): { error: MessageKey; params: Params } {
	const params: Params = { ...e.params };
	if (e.code === 'missing_front_matter' && params.reason === 'unclosed')
		return { error: 'error.vignette_front_matter_unclosed', params };
	if (e.code === 'invalid_yaml' && params.reason === 'not_mapping') return { error: 'error.vignette_yaml_not_mapping', params };
	if (e.code === 'invalid_yaml' && params.detail === undefined) params.detail = '';
	return { error: FORMAT_ERROR_KEYS[e.code], params };
}

/** Checks an uploaded file's name and size before it is read. */
export function precheckVignetteUpload(filename: string, size: number): { error: MessageKey; params: Params } | null {
	if (!/\.(md|markdown)$/i.test(filename)) return { error: 'error.vignette_file_type', params: {} };
	if (size > VIGNETTE_FILE_MAX_BYTES)
		return { error: 'error.vignette_file_too_large', params: { max: Math.round(VIGNETTE_FILE_MAX_BYTES / 1000), actual: Math.ceil(size / 1000) } };
	if (size === 0) return { error: 'error.vignette_file_empty', params: {} };
	return null;
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence (length when none). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
		if (n < 0) return i;
		for (let k = 1; k <= n; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
		i += n + 1;
	}
	return bytes.length;
}

/** Decodes an uploaded file: strict UTF-8 (BOM allowed), no binary content. */
export function decodeVignetteUpload(filename: string, bytes: Uint8Array): VignetteUpload {
	const pre = precheckVignetteUpload(filename, bytes.length);
	if (pre) return { filename, ...pre };
	const kind = sniffBinaryKind(bytes);
	if (kind) return { filename, error: 'error.vignette_file_binary_kind', params: { kind: kind.toUpperCase() } };
	if (bytes.includes(0)) return { filename, error: 'error.vignette_file_binary', params: {} };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		// Name the line of the first byte that is not UTF-8, so the researcher can find it.
		const bad = firstInvalidUtf8(bytes);
		let line = 1;
		for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
		return { filename, error: 'error.vignette_file_not_utf8', params: { line } };
	}
	if (text.replace(/^\uFEFF/, '').trim() === '') return { filename, error: 'error.vignette_file_empty', params: {} };
	return { filename, text };
}

/**
 * Reads the `files` entries of an upload form. Refuses the whole request when there are no
 * files, too many, or a forged text value; a bad file gives an error entry of its own.
 */
export async function readVignetteUploads(entries: FormDataEntryValue[]): Promise<VignetteUpload[]> {
	if (entries.some((e) => typeof e === 'string')) throw new UserError('error.invalid_field', { field: 'files' });
	const files = (entries as File[]).filter((f) => !(f.name === '' && f.size === 0));
	if (files.length === 0) throw new UserError('error.vignette_no_files');
	if (files.length > VIGNETTE_FILES_MAX) throw new UserError('error.vignette_too_many_files', { max: VIGNETTE_FILES_MAX, actual: files.length }, 413);
	const out: VignetteUpload[] = [];
	for (const file of files) {
		const filename = file.name.split(/[\\/]/).pop()!.slice(0, 200);
		const pre = precheckVignetteUpload(filename, file.size);
		out.push(pre ? { filename, ...pre } : decodeVignetteUpload(filename, new Uint8Array(await file.arrayBuffer())));
	}
	return out;
}

// ── Changes ─────────────────────────────────────────────────────────────────

function insertRevision(db: Db, vignetteId: string, revision: number, c: VignetteContent, userId: string | null, note: string) {
	db.insert(table.vignetteRevision)
		.values({ id: newId(), vignetteId, revision, ...c, note, createdBy: userId })
		.run();
}

function auditSnapshot(key: string, revision: number, c: VignetteContent) {
	return { key, revision, ...c, questions: QUESTION_DIMENSIONS.map((d) => c.questions[d].length).join('/') };
}

/**
 * Imports vignette files into a study, all in one transaction (composable: `db` may be a
 * transaction). Per file: `created` (a new vignette), `updated` (a new revision, because the
 * content differs), `unchanged`, or `error` (nothing from that file is stored). The key in the
 * file identifies the vignette; two files with one key in the same batch are refused.
 */
export function importVignetteFiles(
	db: Db,
	userId: string | null,
	studyId: string,
	files: VignetteUpload[],
	options: { note?: (filename: string) => string } = {}
): ImportOutcome[] {
	const noteFor = options.note ?? ((filename: string) => `Import: ${filename}`.slice(0, VIGNETTE_NOTE_MAX));
	const parsed: (ParsedVignette | { error: MessageKey; params: Params })[] = files.map((f) => {
		if ('error' in f) return { error: f.error, params: f.params };
		const r = parseVignetteFile(f.text, f.filename);
		return isVignetteFormatError(r) ? formatErrorMessage(r) : r;
	});
	const firstWithKey = new Map<string, string>();
	parsed.forEach((p, i) => {
		if ('error' in p) return;
		const other = firstWithKey.get(p.key);
		if (other !== undefined) parsed[i] = { error: 'error.vignette_duplicate_in_batch', params: { key: p.key, other } };
		else firstWithKey.set(p.key, files[i].filename);
	});

	return db.transaction((tx) => {
		let position =
			(tx.select({ p: max(table.vignette.position) }).from(table.vignette).where(eq(table.vignette.studyId, studyId)).get()?.p ?? -1) + 1;
		return parsed.map((p, i): ImportOutcome => {
			const filename = files[i].filename;
			if ('error' in p) return { filename, status: 'error', error: p.error, params: p.params };
			const content = contentFromParsed(p);
			const existing = findVignetteByKey(tx, studyId, p.key);
			if (!existing) {
				const id = newId();
				tx.insert(table.vignette).values({ id, studyId, key: p.key, position: position++, currentRevision: 1 }).run();
				insertRevision(tx, id, 1, content, userId, noteFor(filename));
				recordAudit(tx, { studyId, userId, entity: 'vignette', entityId: id, action: 'import', after: { file: filename, ...auditSnapshot(p.key, 1, content) } });
				return { filename, status: 'created', key: p.key, vignetteId: id, revision: 1, title: content.title };
			}
			const current = revisionRow(tx, existing.id, existing.currentRevision);
			if (current && sameContent(contentOf(current), content))
				return { filename, status: 'unchanged', key: p.key, vignetteId: existing.id, revision: existing.currentRevision, title: content.title };
			const revision = nextRevision(tx, existing.id);
			insertRevision(tx, existing.id, revision, content, userId, noteFor(filename));
			tx.update(table.vignette).set({ currentRevision: revision }).where(eq(table.vignette.id, existing.id)).run();
			recordAudit(tx, {
				studyId,
				userId,
				entity: 'vignette',
				entityId: existing.id,
				action: 'import',
				before: current ? auditSnapshot(p.key, existing.currentRevision, contentOf(current)) : null,
				after: { file: filename, ...auditSnapshot(p.key, revision, content) }
			});
			return { filename, status: 'updated', key: p.key, vignetteId: existing.id, revision, title: content.title };
		});
	});
}

function nextRevision(db: Db, vignetteId: string): number {
	const top = db
		.select({ r: max(table.vignetteRevision.revision) })
		.from(table.vignetteRevision)
		.where(eq(table.vignetteRevision.vignetteId, vignetteId))
		.get()?.r;
	return (top ?? 0) + 1;
}

/** What the edit form sends; notice is kept from the current revision. */
export interface VignetteEdit {
	title: string;
	childAge: number | null;
	themes: string[];
	fictional: boolean;
	text2002: string;
	text2024: string;
	questions: Record<QuestionDimension, string[]>;
	summary: string;
	source: string;
}

/** Splits "a, b, ,c" into trimmed, non-empty, distinct themes. */
export function parseThemes(raw: string): string[] {
	return [...new Set(raw.split(/[,\n]/).map((s) => s.trim().replace(/\s+/g, ' ')).filter(Boolean))];
}

/** Splits a textarea into one question per non-empty line. */
export function parseQuestionLines(raw: string): string[] {
	return raw
		.split(/\r\n|\r|\n/)
		.map((s) => s.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').trim().replace(/\s+/g, ' '))
		.filter(Boolean);
}

function checkEdit(key: string, notice: string, edit: VignetteEdit): VignetteContent {
	const title = edit.title.trim();
	if (!title) throw new UserError('error.field_required', { field: 'title' });
	if (edit.childAge !== null && (!Number.isInteger(edit.childAge) || edit.childAge < 0 || edit.childAge > 25))
		throw new UserError('error.invalid_number', { field: 'childAge', min: 0, max: 25 });
	if (edit.themes.length > VIGNETTE_THEMES_MAX) throw new UserError('error.vignette_too_many', { field: 'themes', max: VIGNETTE_THEMES_MAX });
	if (edit.themes.some((t) => t.length > VIGNETTE_THEME_MAX_CHARS))
		throw new UserError('error.field_too_long', { field: 'themes', max: VIGNETTE_THEME_MAX_CHARS });
	for (const d of QUESTION_DIMENSIONS) {
		const list = edit.questions[d] ?? [];
		if (list.length > VIGNETTE_QUESTIONS_MAX) throw new UserError('error.vignette_too_many', { field: `questions_${d}`, max: VIGNETTE_QUESTIONS_MAX });
		if (list.some((q) => q.length > VIGNETTE_QUESTION_MAX_CHARS))
			throw new UserError('error.field_too_long', { field: `questions_${d}`, max: VIGNETTE_QUESTION_MAX_CHARS });
	}
	for (const f of ['summary', 'source'] as const)
		if (edit[f].length > VIGNETTE_META_MAX_CHARS) throw new UserError('error.field_too_long', { field: f, max: VIGNETTE_META_MAX_CHARS });
	for (const f of ['text2002', 'text2024'] as const) if (!edit[f].trim()) throw new UserError('error.field_required', { field: f });
	// Normalise exactly as a file would be: serialise and parse back. What is stored then
	// always exports to a valid file that parses to the same content.
	const candidate = toParsed(key, {
		...edit,
		title,
		themes: edit.themes,
		summary: edit.summary.trim().replace(/\s+/g, ' '),
		source: edit.source.trim().replace(/\s+/g, ' '),
		notice
	});
	const reparsed = parseVignetteFile(serializeVignetteFile(candidate));
	if (isVignetteFormatError(reparsed)) {
		if (reparsed.code === 'too_long') {
			const field = String(reparsed.params.field);
			throw new UserError('error.field_too_long', { field, max: Number(reparsed.params.max) });
		}
		if (reparsed.code === 'empty_version') throw new UserError('error.field_required', { field: `text${reparsed.params.version}` });
		const { error, params } = formatErrorMessage(reparsed);
		throw new UserError(error, params);
	}
	return contentFromParsed(reparsed);
}

/**
 * Saves an edit as a new revision. Refused with `error.stale_edit` (and nothing changed) when the
 * current revision is no longer `expectedRevision`. Returns the current revision number and
 * whether anything changed (an edit that changes nothing adds no revision).
 */
export function updateVignette(
	db: Db,
	userId: string,
	studyId: string,
	vignetteId: string,
	expectedRevision: number,
	fields: VignetteEdit,
	note: string
): { revision: number; changed: boolean } {
	const cleanNote = note.trim().replace(/\s+/g, ' ');
	if (cleanNote.length > VIGNETTE_NOTE_MAX) throw new UserError('error.field_too_long', { field: 'note', max: VIGNETTE_NOTE_MAX });
	return db.transaction((tx) => {
		const v = vignetteRow(tx, studyId, vignetteId);
		if (!v) throw new UserError('error.not_found', {}, 404);
		if (v.currentRevision !== expectedRevision) throw new UserError('error.stale_edit', {}, 409);
		const current = revisionRow(tx, v.id, v.currentRevision);
		if (!current) throw new UserError('error.not_found', {}, 404);
		const before = contentOf(current);
		const after = checkEdit(v.key, before.notice, fields);
		if (sameContent(before, after)) return { revision: v.currentRevision, changed: false };
		const revision = nextRevision(tx, v.id);
		insertRevision(tx, v.id, revision, after, userId, cleanNote);
		// The guarded update makes the check-and-set atomic even if a caller forgot the transaction.
		const res = tx
			.update(table.vignette)
			.set({ currentRevision: revision })
			.where(and(eq(table.vignette.id, v.id), eq(table.vignette.currentRevision, expectedRevision)))
			.run();
		if (res.changes !== 1) throw new UserError('error.stale_edit', {}, 409);
		recordAudit(tx, {
			studyId,
			userId,
			entity: 'vignette',
			entityId: v.id,
			action: 'update',
			before: auditSnapshot(v.key, v.currentRevision, before),
			after: { ...auditSnapshot(v.key, revision, after), note: cleanNote }
		});
		return { revision, changed: true };
	});
}

