// Transcript import drafts: a parsed file waiting in server memory for the researcher to check the
// preview, map speakers and sections, and save. Nothing here touches the database. Drafts are owned
// by one user in one study, expire after an hour and are bounded in total size (oldest evicted
// first); a server restart loses them (the UI says so). Saving consumes a draft: it is marked saved
// with the transcript it became, so a second submit of the same form finds that transcript instead
// of storing a second copy.
import type { ParsedTranscript } from '../transcripts';
import { newToken } from './ids';

export const DRAFT_TTL_MS = 60 * 60 * 1000;
/** Upper bound on the estimated memory of all drafts together (UTF-16 text + turn objects). */
export const DRAFTS_MAX_BYTES = 256 * 1024 * 1024;

export type DraftTarget =
	| { kind: 'focus_group'; focusGroupId: string; waveId: string }
	| { kind: 'report'; waveId: string; title: string }
	| { kind: 'version'; transcriptId: string };

export interface ImportDraft {
	id: string;
	userId: string;
	studyId: string;
	target: DraftTarget;
	filename: string;
	/** The title typed on the import form ('' = the default for a focus group). */
	title: string;
	/** As parsed, before pseudonymisation (the table is applied when the preview is shown and at save). */
	parsed: ParsedTranscript;
	createdAt: number;
	expiresAt: number;
	size: number;
	/** Set once saved: the transcript (and version) the draft became. */
	saved?: { transcriptId: string; versionId: string };
}

const drafts = new Map<string, ImportDraft>();
let totalBytes = 0;

function estimateSize(parsed: ParsedTranscript): number {
	// 2 bytes per UTF-16 unit of text, ~120 bytes per turn object, plus labels and warnings.
	let n = parsed.text.length * 2 + parsed.turns.length * 120 + parsed.sections.length * 200;
	for (const w of parsed.warnings) n += 100 + w.message.length * 2;
	return n + 1024;
}

function remove(id: string): void {
	const draft = drafts.get(id);
	if (!draft) return;
	drafts.delete(id);
	totalBytes -= draft.size;
}

function sweep(now: number): void {
	for (const [id, draft] of drafts) if (draft.expiresAt <= now) remove(id);
}

export function createDraft(
	input: { userId: string; studyId: string; target: DraftTarget; filename: string; title?: string; parsed: ParsedTranscript },
	now = Date.now()
): ImportDraft {
	sweep(now);
	const size = estimateSize(input.parsed);
	// Map iteration order is insertion order: the first entries are the oldest.
	for (const id of drafts.keys()) {
		if (totalBytes + size <= DRAFTS_MAX_BYTES) break;
		remove(id);
	}
	const draft: ImportDraft = { ...input, title: input.title ?? '', id: newToken(), createdAt: now, expiresAt: now + DRAFT_TTL_MS, size };
	drafts.set(draft.id, draft);
	totalBytes += size;
	return draft;
}

/** The draft if it exists, has not expired and belongs to this user in this study; else undefined. */
export function getDraft(id: string, userId: string, studyId: string, now = Date.now()): ImportDraft | undefined {
	sweep(now);
	const draft = drafts.get(id);
	if (!draft || draft.userId !== userId || draft.studyId !== studyId) return undefined;
	return draft;
}

/**
 * Runs `save` for an unsaved draft and marks the draft saved with its result, all synchronously
 * (so two submits cannot both get through). A draft that was already saved returns the earlier
 * result without calling `save`. If `save` throws, the draft stays as it was.
 */
export function consumeDraft<T extends { transcriptId: string; versionId: string }>(
	draft: ImportDraft,
	save: (draft: ImportDraft) => T
): { result: { transcriptId: string; versionId: string }; again: boolean } {
	if (draft.saved) return { result: draft.saved, again: true };
	const result = save(draft);
	draft.saved = { transcriptId: result.transcriptId, versionId: result.versionId };
	// The parsed content is no longer needed; keep only the marker until expiry.
	totalBytes -= draft.size;
	draft.size = 0;
	draft.parsed = { ...draft.parsed, text: '', turns: [], sections: [], speakers: [], warnings: [] };
	return { result: draft.saved, again: false };
}

export function discardDraft(id: string, userId: string, studyId: string): boolean {
	const draft = getDraft(id, userId, studyId);
	if (!draft) return false;
	remove(id);
	return true;
}

/** For tests and the benchmark. */
export function draftStats(): { count: number; bytes: number } {
	return { count: drafts.size, bytes: totalBytes };
}

export function clearDrafts(): void {
	drafts.clear();
	totalBytes = 0;
}
