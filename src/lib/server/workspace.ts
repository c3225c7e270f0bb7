// What the coding view needs in one read: the transcript version's text, its turns with speakers,
// roles and vignette sections, the codebook, and the codings the viewer may see.
import { and, eq } from 'drizzle-orm';
import type { Db } from './db/client';
import * as table from './db/schema';
import { UserError } from './errors';
import { listCodes } from './codebook';
import { listCodingsForVersion, seesAllCoders, type Viewer } from './codings';
import { listMemos } from './memos';
import { listVersionSections, listVersionTurns } from './transcripts';

export function getTranscriptHeader(db: Db, studyId: string, transcriptId: string) {
	const row = db
		.select({
			id: table.transcript.id,
			title: table.transcript.title,
			kind: table.transcript.kind,
			currentVersion: table.transcript.currentVersion,
			unblinded: table.transcript.unblinded,
			waveLabel: table.wave.label,
			municipalityCode: table.municipality.code,
			groupDate: table.focusGroup.date
		})
		.from(table.transcript)
		.leftJoin(table.wave, eq(table.transcript.waveId, table.wave.id))
		.leftJoin(table.focusGroup, eq(table.transcript.focusGroupId, table.focusGroup.id))
		.leftJoin(table.municipality, eq(table.focusGroup.municipalityId, table.municipality.id))
		.where(and(eq(table.transcript.id, transcriptId), eq(table.transcript.studyId, studyId)))
		.get();
	if (!row) throw new UserError('error.not_found', {}, 404);
	return row;
}

export function getVersion(db: Db, transcriptId: string, version: number) {
	const row = db
		.select()
		.from(table.transcriptVersion)
		.where(and(eq(table.transcriptVersion.transcriptId, transcriptId), eq(table.transcriptVersion.version, version)))
		.get();
	if (!row) throw new UserError('error.not_found', {}, 404);
	return row;
}

export function loadWorkspace(
	db: Db,
	studyId: string,
	transcriptId: string,
	viewer: Viewer,
	options: { studyBlind: boolean; version?: number }
) {
	const transcript = getTranscriptHeader(db, studyId, transcriptId);
	const version = getVersion(db, transcriptId, options.version ?? transcript.currentVersion);
	const codings = listCodingsForVersion(db, studyId, version.id, viewer, {
		studyBlind: options.studyBlind,
		transcriptUnblinded: transcript.unblinded
	});
	const codes = listCodes(db, studyId).map((c) => ({
		id: c.id,
		parentId: c.parentId,
		key: c.key,
		name: c.name,
		definition: c.definition,
		color: c.color,
		shortcut: c.shortcut,
		depth: c.depth,
		dimensionId: c.dimensionId
	}));
	return {
		transcript,
		version: { id: version.id, number: version.version, text: version.text, isCurrent: version.version === transcript.currentVersion },
		turns: listVersionTurns(db, version.id).map((t) => ({ ...t, speaker: t.speakerLabel })),
		sections: listVersionSections(db, version.id),
		codes,
		codings,
		seesAll: seesAllCoders(viewer, options.studyBlind, transcript.unblinded),
		memos: listMemos(db, studyId, { kind: 'transcript', id: transcriptId })
	};
}
