import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import {
	addExerciseCoding,
	feedbackFor,
	getExercise,
	getSubmission,
	listMyExerciseCodings,
	removeExerciseCoding,
	setExerciseStatus,
	submitExercise
} from '$lib/server/exercises';
import { orHttpError } from '$lib/server/teaching';
import { field, guard, intField } from '$lib/server/forms';
import { UserError } from '$lib/server/errors';

const MAX_OFFSET = 1_000_000;

export const load: PageServerLoad = (event) => {
	const { db, study, user, role } = requireStudyRole(event, 'student');
	const { exercise, excerpts, codes } = orHttpError(() => getExercise(db, study.id, event.params.exerciseId));
	const submission = getSubmission(db, exercise.id, user.id);
	return {
		exercise: { id: exercise.id, title: exercise.title, instructions: exercise.instructions, status: exercise.status, version: exercise.version },
		excerpts,
		codes,
		lead: role === 'lead',
		codings: listMyExerciseCodings(db, exercise.id, user.id),
		submittedAt: submission?.submittedAt ?? null,
		feedback: feedbackFor(db, study.id, exercise.id, user.id) ?? null
	};
};

export const actions: Actions = {
	add: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'student');
		const data = await event.request.formData();
		return guard(() => {
			const codeId = field(data, 'codeId', 64);
			// Without JavaScript a whole turn is chosen from a list: "excerptId:turnIndex".
			const turn = field(data, 'turn', 100);
			let span: { excerptId: string; start: number; end: number };
			if (turn) {
				const [excerptId, index] = turn.split(':');
				const { excerpts } = getExercise(db, study.id, event.params.exerciseId);
				const target = excerpts.find((x) => x.id === excerptId)?.turns[Number(index)];
				if (!target) throw new UserError('error.not_found', {}, 404);
				span = { excerptId, start: target.start, end: target.end };
			} else {
				span = { excerptId: field(data, 'excerptId', 64), start: intField(data, 'start', 0, MAX_OFFSET), end: intField(data, 'end', 0, MAX_OFFSET) };
			}
			const coding = addExerciseCoding(db, user.id, study.id, event.params.exerciseId, { ...span, codeId });
			return { added: coding.id };
		});
	},
	remove: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'student');
		const data = await event.request.formData();
		return guard(() => {
			removeExerciseCoding(db, user.id, study.id, event.params.exerciseId, field(data, 'codingId', 64));
			return { removed: true };
		});
	},
	submit: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'student');
		return guard(() => {
			submitExercise(db, user.id, study.id, event.params.exerciseId);
			return { submitted: true };
		});
	},
	status: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			setExerciseStatus(db, user.id, study.id, event.params.exerciseId, intField(data, 'version', 1, 1_000_000), field(data, 'status', 10) as 'open' | 'closed');
			return { changed: true };
		});
	}
};
