import type { LayoutServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';

export const load: LayoutServerLoad = (event) => {
	const { study, role } = requireStudyRole(event, 'student');
	return { study: { id: study.id, name: study.name, isDemo: study.isDemo, blind: study.blind }, role };
};
