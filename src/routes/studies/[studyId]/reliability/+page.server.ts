import type { PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { analysisChoices, runAnalysis } from './analysis.server';

export const load: PageServerLoad = (event) => {
	const { db, study } = requireStudyRole(event, 'coder');
	return { ...runAnalysis(db, study.id, event.url), choices: analysisChoices(db, study.id) };
};
