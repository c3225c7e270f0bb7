import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireStudyRole, roleAtLeast } from '$lib/server/authz';
import { getVignette, revisionFromQuery } from '$lib/server/vignettes';

export const load: PageServerLoad = (event) => {
	const { db, study, role } = requireStudyRole(event, 'student');
	const vignette = getVignette(db, study.id, event.params.vignetteId, revisionFromQuery(event.url));
	if (vignette === undefined) error(404, { message: 'not_found' });
	const saved = event.url.searchParams.get('saved');
	return {
		vignette,
		canEdit: roleAtLeast(role, 'lead'),
		saved: saved === 'none' ? ('none' as const) : saved && /^\d+$/.test(saved) ? Number(saved) : null
	};
};
