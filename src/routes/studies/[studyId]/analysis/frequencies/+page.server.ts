import type { PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { groupFrequencies } from '$lib/server/textindex';
import { readFrequencyParams } from '../params.server';

export const load: PageServerLoad = (event) => {
	const { db, study, user, role } = requireStudyRole(event, 'coder');
	const params = readFrequencyParams(event.url);
	const groups = groupFrequencies(db, study.id, { userId: user.id, role }, study.blind, params.groupBy, params);
	const chartGroup = groups.find((g) => g.id === params.chart) ?? groups[0] ?? null;
	return { params, groups, chartGroupId: chartGroup?.id ?? null, search: event.url.search };
};
