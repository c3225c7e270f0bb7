import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { field, guard } from '$lib/server/forms';
import { UserError } from '$lib/server/errors';
import { listFocusGroups, listWaves } from '$lib/server/material';
import { parseUpload, resolveImportTarget, TITLE_MAX } from '$lib/server/transcripts';
import { createDraft, type DraftTarget } from '$lib/server/import-drafts';

export const load: PageServerLoad = (event) => {
	const { db, study } = requireStudyRole(event, 'coder');
	const waves = listWaves(db, study.id);
	const groups = listFocusGroups(db, study.id);
	const group = event.url.searchParams.get('group');
	const wave = event.url.searchParams.get('wave');
	const preselected = group && groups.some((g) => g.id === group) ? `group:${group}` : wave && waves.some((w) => w.id === wave && w.sourceKind === 'reported') ? `report:${wave}` : '';
	return {
		waves: waves.map((w) => ({
			id: w.id,
			label: w.label,
			year: w.year,
			reported: w.sourceKind === 'reported',
			groups: groups.filter((g) => g.waveId === w.id).map((g) => ({ id: g.id, municipalityCode: g.municipalityCode, date: g.date }))
		})),
		preselected
	};
};

export const actions: Actions = {
	upload: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'coder');
		const data = await event.request.formData();
		const draftId = await guard(async () => {
			const [kind, id] = field(data, 'target', 100).split(':');
			const title = field(data, 'title', TITLE_MAX).trim();
			let target: DraftTarget;
			if (kind === 'group' && id) {
				const resolved = resolveImportTarget(db, study.id, { kind: 'focus_group', focusGroupId: id });
				target = { kind: 'focus_group', focusGroupId: id, waveId: resolved.waveId };
			} else if (kind === 'report' && id) {
				resolveImportTarget(db, study.id, { kind: 'report', waveId: id });
				if (!title) throw new UserError('error.field_required', { field: 'title' });
				target = { kind: 'report', waveId: id, title };
			} else throw new UserError('error.import_target_required');
			const file = data.get('file');
			const parsed = await parseUpload(file);
			const draft = createDraft({
				userId: user.id,
				studyId: study.id,
				target,
				filename: (file as File).name,
				parsed,
				title
			});
			return draft.id;
		}, data);
		if (typeof draftId !== 'string') return draftId;
		redirect(303, `/studies/${study.id}/transcripts/import/${draftId}`);
	}
};
