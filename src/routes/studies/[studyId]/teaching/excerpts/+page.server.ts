import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { excerptSource, listExcerptSources, listExcerpts, orHttpError, publishExcerpt, referenceCoders } from '$lib/server/teaching';
import { listVignettes } from '$lib/server/vignettes';
import { field, guard, intField } from '$lib/server/forms';
import { CONSENSUS_USER_ID } from '$lib/server/users';

export const load: PageServerLoad = (event) => {
	const { db, study, role } = requireStudyRole(event, 'student');
	const excerpts = listExcerpts(db, study.id);
	if (role !== 'lead') return { excerpts, publish: null };
	// Only a lead publishes, so only a lead's page carries transcripts, speakers and coders.
	const transcriptId = event.url.searchParams.get('transcript');
	return {
		excerpts,
		publish: {
			transcripts: listExcerptSources(db, study.id),
			source: transcriptId ? orHttpError(() => excerptSource(db, study.id, transcriptId.slice(0, 64))) : null,
			vignettes: listVignettes(db, study.id).map((v) => ({ id: v.id, title: v.title })),
			coders: referenceCoders(db, study.id),
			consensusId: CONSENSUS_USER_ID
		}
	};
};

export const actions: Actions = {
	publish: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		let target = '';
		const result = await guard(() => {
			const id = publishExcerpt(db, user.id, study.id, {
				transcriptId: field(data, 'transcriptId', 64),
				firstTurn: intField(data, 'firstTurn', 1, 1_000_000),
				lastTurn: intField(data, 'lastTurn', 1, 1_000_000),
				title: field(data, 'title', 400),
				vignetteId: field(data, 'vignetteId', 64) || null,
				referenceCoderId: field(data, 'referenceCoderId', 64) || undefined
			});
			target = `/studies/${study.id}/teaching/excerpts/${id}`;
		}, data);
		if (result) return result;
		redirect(303, target);
	}
};
