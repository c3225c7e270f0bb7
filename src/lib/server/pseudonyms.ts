// The study-wide key of real names → pseudonyms (leads only). Import applies it before a
// transcript is stored; `checkRealNames` lists whatever listed real name is still in the texts.
//
// The audit log records that an entry was added or removed and its pseudonym, never the real
// name: removing an entry must really remove the name from the study.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from './db/client';
import * as table from './db/schema';
import { newId } from './ids';
import { UserError } from './errors';
import { recordAudit } from './audit';
import { findNameOccurrences, type PseudonymEntry } from '../transcripts';

export const REAL_NAME_MAX = 200;
export const PSEUDONYM_ENTRY_MAX = 64;

export function listPseudonyms(db: Db, studyId: string): { id: string; realName: string; pseudonym: string }[] {
	return db
		.select({ id: table.pseudonymEntry.id, realName: table.pseudonymEntry.realName, pseudonym: table.pseudonymEntry.pseudonym })
		.from(table.pseudonymEntry)
		.where(eq(table.pseudonymEntry.studyId, studyId))
		.orderBy(asc(table.pseudonymEntry.createdAt))
		.all()
		.sort((a, b) => a.realName.localeCompare(b.realName, 'da', { sensitivity: 'base' }));
}

/** The table import applies (see `applyPseudonyms` / `pseudonymiseTranscript` in $lib/transcripts). */
export function pseudonymTable(db: Db, studyId: string): PseudonymEntry[] {
	return listPseudonyms(db, studyId).map(({ realName, pseudonym }) => ({ realName, pseudonym }));
}

function clean(value: string): string {
	return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function addPseudonym(db: Db, userId: string, studyId: string, realName: string, pseudonym: string): string {
	const real = clean(realName);
	const alias = clean(pseudonym);
	if (!real) throw new UserError('error.field_required', { field: 'realName' });
	if (!alias) throw new UserError('error.field_required', { field: 'pseudonym' });
	if (real.length > REAL_NAME_MAX) throw new UserError('error.field_too_long', { field: 'realName', max: REAL_NAME_MAX });
	if (alias.length > PSEUDONYM_ENTRY_MAX) throw new UserError('error.field_too_long', { field: 'pseudonym', max: PSEUDONYM_ENTRY_MAX });
	if (real.toLowerCase() === alias.toLowerCase()) throw new UserError('error.pseudonym_same_as_name');
	return db.transaction((tx) => {
		const entries = listPseudonyms(tx, studyId);
		if (entries.some((e) => e.realName.toLowerCase() === real.toLowerCase()))
			throw new UserError('error.pseudonym_real_name_taken', { name: real }, 409);
		// A pseudonym that is also a listed real name would be replaced (or reported) in turn.
		if (entries.some((e) => e.realName.toLowerCase() === alias.toLowerCase()))
			throw new UserError('error.pseudonym_is_real_name', { pseudonym: alias }, 409);
		if (entries.some((e) => e.pseudonym.toLowerCase() === real.toLowerCase()))
			throw new UserError('error.real_name_is_pseudonym', { name: real }, 409);
		const id = newId();
		tx.insert(table.pseudonymEntry).values({ id, studyId, realName: real, pseudonym: alias }).run();
		recordAudit(tx, { studyId, userId, entity: 'pseudonym_entry', entityId: id, action: 'create', after: { pseudonym: alias } });
		return id;
	});
}

export function removePseudonym(db: Db, userId: string, studyId: string, entryId: string): void {
	db.transaction((tx) => {
		const before = tx
			.select()
			.from(table.pseudonymEntry)
			.where(and(eq(table.pseudonymEntry.id, entryId), eq(table.pseudonymEntry.studyId, studyId)))
			.get();
		if (!before) throw new UserError('error.not_found', {}, 404);
		tx.delete(table.pseudonymEntry).where(eq(table.pseudonymEntry.id, entryId)).run();
		recordAudit(tx, { studyId, userId, entity: 'pseudonym_entry', entityId: entryId, action: 'delete', before: { pseudonym: before.pseudonym } });
	});
}

export interface RealNameOccurrence {
	name: string;
	transcriptId: string;
	transcriptTitle: string;
	version: number;
	/** 'text': offsets into the version's text; 'speaker': offsets into the speaker label of turn `turnIndex`. */
	where: 'text' | 'speaker';
	turnIndex: number | null;
	start: number;
	end: number;
	context: string;
	/** The context split around the name, for highlighting: before + match + after. */
	before: string;
	match: string;
	after: string;
}

const CONTEXT_CHARS = 40;

function around(source: string, start: number, end: number) {
	const squash = (s: string) => s.replace(/\s+/g, ' ');
	const from = Math.max(0, start - CONTEXT_CHARS);
	const to = Math.min(source.length, end + CONTEXT_CHARS);
	return {
		before: (from > 0 ? '…' : '') + squash(source.slice(from, start)),
		match: squash(source.slice(start, end)),
		after: squash(source.slice(end, to)) + (to < source.length ? '…' : '')
	};
}

/**
 * Every occurrence of a listed real name in the current version of each of the study's
 * transcripts: in the text and in the speaker labels of its turns. Whole words, any case,
 * possessive 's' included ('Karens').
 */
export function checkRealNames(db: Db, studyId: string): RealNameOccurrence[] {
	const names = pseudonymTable(db, studyId).map((e) => e.realName);
	if (names.length === 0) return [];
	const versions = db
		.select({
			transcriptId: table.transcript.id,
			transcriptTitle: table.transcript.title,
			versionId: table.transcriptVersion.id,
			version: table.transcriptVersion.version,
			text: table.transcriptVersion.text
		})
		.from(table.transcript)
		.innerJoin(
			table.transcriptVersion,
			and(eq(table.transcriptVersion.transcriptId, table.transcript.id), eq(table.transcriptVersion.version, table.transcript.currentVersion))
		)
		.where(eq(table.transcript.studyId, studyId))
		.all()
		.sort((a, b) => a.transcriptTitle.localeCompare(b.transcriptTitle, 'da', { numeric: true }));
	const out: RealNameOccurrence[] = [];
	for (const v of versions) {
		const base = { transcriptId: v.transcriptId, transcriptTitle: v.transcriptTitle, version: v.version };
		// Labels repeat; scan each distinct label once and report its first turn.
		const labels = db
			.select({ label: table.turn.speakerLabel, index: sql<number>`min(${table.turn.index})` })
			.from(table.turn)
			.where(eq(table.turn.versionId, v.versionId))
			.groupBy(table.turn.speakerLabel)
			.orderBy(sql`min(${table.turn.index})`)
			.all();
		for (const l of labels)
			for (const o of findNameOccurrences(l.label, names, CONTEXT_CHARS))
				out.push({ ...base, where: 'speaker', turnIndex: l.index, name: o.name, start: o.start, end: o.end, context: o.context, ...around(l.label, o.start, o.end) });
		for (const o of findNameOccurrences(v.text, names, CONTEXT_CHARS))
			out.push({ ...base, where: 'text', turnIndex: null, name: o.name, start: o.start, end: o.end, context: o.context, ...around(v.text, o.start, o.end) });
	}
	return out;
}
