import type { PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { keywordQuality } from '$lib/server/suggestions';
import { readUnit } from '../params.server';

export const load: PageServerLoad = (event) => {
	const { db, study } = requireStudyRole(event, 'coder');
	const unit = readUnit(event.url);
	return { unit, quality: keywordQuality(db, study.id, { unit }) };
};
