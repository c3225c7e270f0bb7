import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole, roleAtLeast } from '$lib/server/authz';
import { guard } from '$lib/server/forms';
import {
	bundledVignetteFiles,
	importVignetteFiles,
	listVignettes,
	readVignetteUploads,
	VIGNETTE_FILE_MAX_BYTES,
	VIGNETTE_FILES_MAX
} from '$lib/server/vignettes';

export const load: PageServerLoad = (event) => {
	const { db, study, role } = requireStudyRole(event, 'student');
	return {
		vignettes: listVignettes(db, study.id),
		canImport: roleAtLeast(role, 'lead'),
		limits: { maxKb: Math.round(VIGNETTE_FILE_MAX_BYTES / 1000), maxFiles: VIGNETTE_FILES_MAX }
	};
};

export const actions: Actions = {
	bundled: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		return guard(() => ({ results: importVignetteFiles(db, user.id, study.id, bundledVignetteFiles()) }));
	},
	upload: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(async () => {
			const uploads = await readVignetteUploads(data.getAll('files'));
			return { results: importVignetteFiles(db, user.id, study.id, uploads) };
		});
	}
};
