import type { PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';

export const load: PageServerLoad = (event) => {
	requireStudyRole(event, 'coder');
	return {};
};
