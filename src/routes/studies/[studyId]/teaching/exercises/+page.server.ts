import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { createExercise, listExercises } from '$lib/server/exercises';
import { listExcerpts } from '$lib/server/teaching';
import { listCodes } from '$lib/server/codebook';
import { field, guard } from '$lib/server/forms';

export const load: PageServerLoad = (event) => {
	const { db, study, user, role } = requireStudyRole(event, 'student');
	const exercises = listExercises(db, study.id, user.id).filter((e) => role === 'lead' || e.status === 'open' || e.mine);
	if (role !== 'lead') return { exercises, create: null };
	return {
		exercises,
		create: {
			excerpts: listExcerpts(db, study.id),
			codes: listCodes(db, study.id).map((c) => ({ id: c.id, key: c.key, name: c.name, depth: c.depth, parentId: c.parentId }))
		}
	};
};

function ids(data: FormData, name: string): string[] {
	return data
		.getAll(name)
		.slice(0, 200)
		.map((v) => (typeof v === 'string' ? v.slice(0, 64) : ''));
}

export const actions: Actions = {
	create: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		let target = '';
		const result = await guard(() => {
			const id = createExercise(db, user.id, study.id, {
				title: field(data, 'title', 400),
				instructions: field(data, 'instructions', 10_000),
				codeIds: ids(data, 'codeId'),
				excerptIds: ids(data, 'excerptId')
			});
			target = `/studies/${study.id}/teaching/exercises/${id}`;
		}, data);
		if (result) return result;
		redirect(303, target);
	}
};
