import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { deleteExcerpt, getExcerpt, orHttpError } from '$lib/server/teaching';
import { listCodes } from '$lib/server/codebook';
import { guard } from '$lib/server/forms';

export const load: PageServerLoad = (event) => {
	const { db, study, role } = requireStudyRole(event, 'student');
	const excerpt = orHttpError(() => getExcerpt(db, study.id, event.params.excerptId));
	const seesReference = role !== 'student';
	const codes = seesReference ? new Map(listCodes(db, study.id).map((c) => [c.id, c])) : new Map();
	return {
		excerpt: { id: excerpt.id, title: excerpt.title, vignetteTitle: excerpt.vignetteTitle, text: excerpt.text, turns: excerpt.turns, createdAt: excerpt.createdAt },
		// Students practise against the reference in an exercise; here only coders and leads see it.
		reference: seesReference
			? excerpt.reference.map((r) => ({ ...r, key: codes.get(r.codeId)?.key ?? '?', name: codes.get(r.codeId)?.name ?? '?', color: codes.get(r.codeId)?.color ?? '#888' }))
			: null
	};
};

export const actions: Actions = {
	delete: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const result = await guard(() => deleteExcerpt(db, user.id, study.id, event.params.excerptId));
		if (result) return result;
		redirect(303, `/studies/${study.id}/teaching/excerpts`);
	}
};
