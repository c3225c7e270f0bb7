import type { PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { runKeyness } from './keyness.server';

export const load: PageServerLoad = (event) => {
	const { db, study, user, role } = requireStudyRole(event, 'coder');
	const { params, choices, report, problem } = runKeyness(db, study.id, { userId: user.id, role }, study.blind, event.url);
	const query = new URLSearchParams({ a: params.a, b: params.b, unit: params.by, minLength: String(params.minLength), minCount: String(params.minCount), top: String(params.top) });
	if (params.stopwords) query.set('stopwords', 'on');
	if (params.skipInterviewer) query.set('skipInterviewer', 'on');
	return { params, choices, report, problem, csvQuery: `?${query}` };
};
