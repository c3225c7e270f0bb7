import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { listStudyVignettes } from '$lib/server/material';
import { field, guard, intField } from '$lib/server/forms';
import { UserError } from '$lib/server/errors';
import { createDraft } from '$lib/server/import-drafts';
import {
	addSection,
	getTranscriptSummary,
	getTranscriptView,
	parseUpload,
	removeSection,
	setSectionVignette
} from '$lib/server/transcripts';

export const load: PageServerLoad = (event) => {
	const { db, study } = requireStudyRole(event, 'coder');
	const q = event.url.searchParams;
	const versionParam = q.get('version');
	const version = versionParam && /^\d{1,6}$/.test(versionParam) ? Number(versionParam) : undefined;
	const speaker = q.get('speaker') || undefined;
	const vignetteId = q.get('vignette') || undefined;
	const view = getTranscriptView(db, study.id, event.params.transcriptId, { version, speaker, vignetteId });
	if (!view) error(404, { message: 'not_found' });
	return {
		// Only what the page shows, to keep a 1,000-turn page light.
		view: {
			...view,
			turns: view.turns.map((t) => ({ index: t.index, speaker: t.speaker, role: t.role, sectionId: t.sectionId, timestamp: t.timestamp, text: t.text }))
		},
		filters: { speaker: speaker ?? '', vignette: vignetteId ?? '', version: version ?? null },
		vignettes: listStudyVignettes(db, study.id),
		imported: q.get('imported') === '1'
	};
};

function sectionInput(data: FormData) {
	return { versionId: field(data, 'versionId', 64), stamp: field(data, 'stamp', 64) };
}

export const actions: Actions = {
	setSection: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'coder');
		const data = await event.request.formData();
		return guard(() => {
			setSectionVignette(db, user.id, study.id, { ...sectionInput(data), sectionId: field(data, 'sectionId', 64), vignetteId: field(data, 'vignetteId', 64) || null });
			return { sectionSaved: true };
		}, data);
	},
	newSection: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'coder');
		const data = await event.request.formData();
		return guard(() => {
			const firstTurn = intField(data, 'firstTurn', 1, 1_000_000) - 1;
			addSection(db, user.id, study.id, { ...sectionInput(data), firstTurn, vignetteId: field(data, 'vignetteId', 64) || null });
			return { sectionSaved: true };
		}, data);
	},
	removeSection: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'coder');
		const data = await event.request.formData();
		return guard(() => {
			removeSection(db, user.id, study.id, { ...sectionInput(data), sectionId: field(data, 'sectionId', 64) });
			return { sectionSaved: true };
		}, data);
	},
	newVersion: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'coder');
		const data = await event.request.formData();
		const draftId = await guard(async () => {
			const transcript = getTranscriptSummary(db, study.id, event.params.transcriptId);
			if (!transcript) throw new UserError('error.transcript_not_found', {}, 404);
			const file = data.get('file');
			const parsed = await parseUpload(file);
			return createDraft({
				userId: user.id,
				studyId: study.id,
				target: { kind: 'version', transcriptId: transcript.id },
				filename: (file as File).name,
				parsed
			}).id;
		}, data);
		if (typeof draftId !== 'string') return draftId;
		redirect(303, `/studies/${study.id}/transcripts/import/${draftId}`);
	}
};
