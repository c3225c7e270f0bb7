import type { PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { listClassSessions, listExcerpts } from '$lib/server/teaching';
import { listExercises } from '$lib/server/exercises';

export const load: PageServerLoad = (event) => {
	const { db, study, user, role } = requireStudyRole(event, 'student');
	const sessions = listClassSessions(db, study.id).map((s) => ({
		id: s.id,
		title: s.title,
		status: s.status,
		revealed: s.revealed,
		vignettes: s.vignetteIds.length,
		students: s.students,
		createdAt: s.createdAt,
		// The join code is the teacher's to hand out.
		joinCode: role === 'lead' ? s.joinCode : null
	}));
	return {
		sessions: role === 'lead' ? sessions : sessions.filter((s) => s.status === 'open' || s.revealed),
		exercises: listExercises(db, study.id, user.id).filter((e) => role === 'lead' || e.status === 'open' || e.mine),
		excerpts: listExcerpts(db, study.id)
	};
};
