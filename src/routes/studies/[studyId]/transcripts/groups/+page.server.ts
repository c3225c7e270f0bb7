import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { createFocusGroup, listFocusGroups, listMunicipalities, listWaves } from '$lib/server/material';
import { field, guard } from '$lib/server/forms';

export const load: PageServerLoad = (event) => {
	const { db, study } = requireStudyRole(event, 'coder');
	return {
		waves: listWaves(db, study.id),
		municipalities: listMunicipalities(db, study.id, { includeRealNames: false }).map((m) => ({ id: m.id, code: m.code })),
		groups: listFocusGroups(db, study.id)
	};
};

export const actions: Actions = {
	create: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			const id = createFocusGroup(db, user.id, study.id, {
				waveId: field(data, 'waveId', 64),
				municipalityId: field(data, 'municipalityId', 64),
				date: field(data, 'date', 40),
				notes: field(data, 'notes', 20_000)
			});
			return { created: id };
		}, data);
	}
};
