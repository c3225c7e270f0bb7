import type { PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { exerciseResults } from '$lib/server/exercises';
import { orHttpError } from '$lib/server/teaching';

export const load: PageServerLoad = (event) => {
	const { db, study } = requireStudyRole(event, 'lead');
	const results = orHttpError(() => exerciseResults(db, study.id, event.params.exerciseId));
	return {
		exercise: { id: results.exercise.id, title: results.exercise.title, status: results.exercise.status },
		codes: results.codes,
		perCode: results.perCode,
		students: results.students.map((s) => ({ username: s.username, submittedAt: s.submittedAt, codes: s.codes }))
	};
};
