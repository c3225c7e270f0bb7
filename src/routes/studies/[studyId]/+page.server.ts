import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { studySummary, updateStudy } from '$lib/server/studies';
import { field, guard, versionField } from '$lib/server/forms';

export const load: PageServerLoad = (event) => {
	const { db, study, role } = requireStudyRole(event, 'student');
	const summary = studySummary(db, study.id);
	return {
		details: { description: study.description, version: study.version, createdAt: study.createdAt },
		// Students see only what teaching shows them.
		summary: role === 'student' ? { vignettes: summary.vignettes } : summary
	};
};

export const actions: Actions = {
	update: async (event) => {
		const { db, user, study } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			updateStudy(db, user.id, study.id, versionField(data), {
				name: field(data, 'name', 1000),
				description: field(data, 'description', 20000)
			});
			return { saved: true };
		}, data);
	}
};
