import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { field, guard } from '$lib/server/forms';
import { UserError } from '$lib/server/errors';
import { participantRoles, type ParticipantRole } from '$lib/server/db/schema';
import { consumeDraft, discardDraft, getDraft, type ImportDraft } from '$lib/server/import-drafts';
import {
	addTranscriptVersion,
	importPreview,
	storeTranscript,
	TITLE_MAX,
	type NewParticipantInput
} from '$lib/server/transcripts';
import { translate } from '$lib/i18n';

export const load: PageServerLoad = (event) => {
	const { db, study, user } = requireStudyRole(event, 'coder');
	const draft = getDraft(event.params.draftId, user.id, study.id);
	if (draft?.saved) redirect(303, `/studies/${study.id}/transcripts/${draft.saved.transcriptId}`);
	const preview = draft ? importPreview(db, study.id, draft.target, draft.parsed) : undefined;
	if (!draft || !preview) return { missing: true as const };
	return {
		missing: false as const,
		draft: { id: draft.id, filename: draft.filename, title: draft.title, expiresAt: draft.expiresAt },
		defaultTitle: draft.target.kind === 'focus_group' ? defaultTitle(event.locals.locale, preview) : '',
		preview
	};
};

function defaultTitle(locale: 'da' | 'en', preview: NonNullable<ReturnType<typeof importPreview>>): string {
	return translate(locale, 'transcripts.default_title', { code: preview.group?.municipalityCode ?? '', wave: preview.wave.label });
}

/** Reads the speaker and section mapping from the preview form. */
function readMapping(data: FormData, preview: NonNullable<ReturnType<typeof importPreview>>) {
	const speakerMap: Record<string, string | null> = {};
	const newParticipants: Record<string, NewParticipantInput> = {};
	const speakerLabels: Record<string, string> = {};
	for (const s of preview.speakers) {
		const keys = [s.rawLabel, s.label];
		if (preview.kind === 'report') {
			const label = field(data, `label.${s.index}`, 80).trim() || s.label;
			for (const k of keys) speakerLabels[k] = label;
			continue;
		}
		const choice = field(data, `speaker.${s.index}`, 100);
		if (choice === 'new') {
			const role = field(data, `role.${s.index}`, 20) || s.role;
			if (!(participantRoles as readonly string[]).includes(role)) throw new UserError('error.invalid_mapping', { speaker: s.label });
			const pseudonym = field(data, `pseudonym.${s.index}`, 64).trim() || s.label;
			for (const k of keys) newParticipants[k] = { pseudonym, role: role as ParticipantRole, yearsExperience: null };
		} else if (choice === 'none') {
			for (const k of keys) speakerMap[k] = null;
		} else if (choice.startsWith('p:') && choice.length > 2) {
			// Checked against the group inside the transaction (a forged id is refused there).
			for (const k of keys) speakerMap[k] = choice.slice(2);
		} else throw new UserError('error.invalid_mapping', { speaker: s.label });
	}
	const sectionMap: Record<number, string | null> = {};
	for (const s of preview.sections) sectionMap[s.index] = field(data, `section.${s.index}`, 100) || null;
	return { speakerMap, newParticipants, speakerLabels, sectionMap };
}

export const actions: Actions = {
	save: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'coder');
		const data = await event.request.formData();
		const outcome = await guard(() => {
			const draft = getDraft(event.params.draftId, user.id, study.id);
			if (!draft) throw new UserError('error.import_draft_missing', {}, 410);
			if (draft.saved) return draft.saved;
			const preview = importPreview(db, study.id, draft.target, draft.parsed);
			if (!preview) throw new UserError('error.import_draft_missing', {}, 410);
			const mapping = readMapping(data, preview);
			const source = { filename: draft.filename, format: draft.parsed.format, encoding: draft.parsed.encoding ?? 'unicode' };
			return consumeDraft(draft, (d: ImportDraft) => {
				if (d.target.kind === 'version') {
					return addTranscriptVersion(db, user.id, study.id, d.target.transcriptId, {
						parsed: d.parsed,
						source,
						...mapping,
						note: field(data, 'note', 500).trim(),
						expectedVersion: preview.transcript!.currentVersion
					});
				}
				const title = field(data, 'title', TITLE_MAX).trim() || (d.target.kind === 'focus_group' ? defaultTitle(event.locals.locale, preview) : '');
				return storeTranscript(db, user.id, study.id, {
					kind: d.target.kind,
					focusGroupId: d.target.kind === 'focus_group' ? d.target.focusGroupId : null,
					waveId: d.target.waveId,
					title,
					parsed: d.parsed,
					source,
					...mapping
				});
			}).result;
		}, data);
		if (!('transcriptId' in outcome)) return outcome;
		redirect(303, `/studies/${study.id}/transcripts/${outcome.transcriptId}?imported=1`);
	},
	discard: async (event) => {
		const { study, user } = requireStudyRole(event, 'coder');
		discardDraft(event.params.draftId, user.id, study.id);
		redirect(303, `/studies/${study.id}/transcripts`);
	}
};
