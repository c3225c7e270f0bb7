import type { PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { listCodedSegments } from '$lib/server/segments';
import { filterChoices, readSegmentFilters } from '../filters.server';

const PAGE_LIMIT = 500;

export const load: PageServerLoad = (event) => {
	const { db, study, user, role } = requireStudyRole(event, 'coder');
	const filters = readSegmentFilters(event.url);
	const result = listCodedSegments(db, study.id, { userId: user.id, role }, study.blind, filters, { limit: PAGE_LIMIT });
	return {
		...result,
		limit: PAGE_LIMIT,
		filters,
		query: event.url.search,
		choices: filterChoices(db, study.id, role === 'lead' || !study.blind, user.id)
	};
};
