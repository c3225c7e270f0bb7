import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { guard } from '$lib/server/forms';
import { createProposals, getConcernScale, hasConsensusCodings, listGroupAssessments } from '$lib/server/assessments';
import { listFocusGroups, listStudyVignettes, listWaves } from '$lib/server/material';
import { pickWave } from '../data.server';

export const load: PageServerLoad = (event) => {
	const { db, study } = requireStudyRole(event, 'coder');
	const waves = listWaves(db, study.id).map((w) => ({ id: w.id, label: w.label, sourceKind: w.sourceKind }));
	const groups = listFocusGroups(db, study.id);
	const waveId = pickWave(event.url, waves, new Set(groups.map((g) => g.waveId)));
	const assessments = listGroupAssessments(db, study.id, waveId ? { waveId } : {});
	return {
		waves,
		waveId,
		groups: groups.filter((g) => g.waveId === waveId).map((g) => ({ id: g.id, municipalityCode: g.municipalityCode, vignetteIds: g.vignetteIds })),
		vignettes: listStudyVignettes(db, study.id),
		assessments: assessments.map((a) => ({ focusGroupId: a.focusGroupId, vignetteId: a.vignetteId, concern: a.concern, status: a.status, steps: a.steps.length })),
		levels: getConcernScale(db, study.id).labels,
		hasConsensus: hasConsensusCodings(db, study.id)
	};
};

export const actions: Actions = {
	propose: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'coder');
		const data = await event.request.formData();
		return guard(() => {
			const wave = data.get('wave');
			const waveId = typeof wave === 'string' && wave.length <= 64 && wave ? wave : undefined;
			const created = createProposals(db, user.id, study.id, { waveId });
			return { proposed: created };
		}, data);
	}
};
