import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { createClassSession, listClassSessions } from '$lib/server/teaching';
import { listVignettes } from '$lib/server/vignettes';
import { field, guard } from '$lib/server/forms';

export const load: PageServerLoad = (event) => {
	const { db, study } = requireStudyRole(event, 'lead');
	return {
		sessions: listClassSessions(db, study.id),
		vignettes: listVignettes(db, study.id).map((v) => ({ id: v.id, key: v.key, title: v.title }))
	};
};

export const actions: Actions = {
	create: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		let target = '';
		const result = await guard(() => {
			const vignetteIds = data.getAll('vignetteId').map((v) => (typeof v === 'string' ? v.slice(0, 64) : ''));
			const { id } = createClassSession(db, user.id, study.id, { title: field(data, 'title', 400), vignetteIds });
			target = `/studies/${study.id}/teaching/sessions/${id}`;
		}, data);
		if (result) return result;
		redirect(303, target);
	}
};
