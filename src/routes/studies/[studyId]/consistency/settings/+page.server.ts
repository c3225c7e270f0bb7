import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { field, guard, versionField } from '$lib/server/forms';
import {
	SCALE_LABEL_MAX,
	SCALE_MAX,
	STEP_LABEL_MAX,
	addNextStep,
	ensureNextSteps,
	getConcernScale,
	highestConcernUsed,
	moveNextStep,
	nextStepUsage,
	removeNextStep,
	updateConcernScale,
	updateNextStep
} from '$lib/server/assessments';

export const load: PageServerLoad = (event) => {
	const { db, study, user } = requireStudyRole(event, 'lead');
	// The first visit installs the default list of next steps (a study made by a user has none).
	const steps = ensureNextSteps(db, user.id, study.id).map((s) => ({ ...s, used: nextStepUsage(db, study.id, s.key) }));
	return { scale: getConcernScale(db, study.id), highestUsed: highestConcernUsed(db, study.id), steps };
};

export const actions: Actions = {
	scale: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			const labels = field(data, 'labels', (SCALE_LABEL_MAX + 2) * SCALE_MAX * 2).split(/\r?\n/);
			updateConcernScale(db, user.id, study.id, versionField(data), labels);
			return { saved: 'scale' };
		}, data);
	},
	addStep: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			addNextStep(db, user.id, study.id, { key: field(data, 'stepKey', 100), label: field(data, 'stepLabel', STEP_LABEL_MAX + 100), codeKey: field(data, 'stepCodeKey', 100) });
			return { saved: 'step_added' };
		}, data);
	},
	updateStep: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			updateNextStep(
				db,
				user.id,
				study.id,
				field(data, 'id', 64),
				{ label: field(data, 'oldLabel', STEP_LABEL_MAX + 100), codeKey: field(data, 'oldCodeKey', 100) || null },
				{ label: field(data, 'stepLabel', STEP_LABEL_MAX + 100), codeKey: field(data, 'stepCodeKey', 100) }
			);
			return { saved: 'step' };
		}, data);
	},
	moveStep: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			moveNextStep(db, user.id, study.id, field(data, 'id', 64), field(data, 'direction', 4) === 'up' ? -1 : 1);
			return { saved: 'moved' };
		});
	},
	removeStep: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			removeNextStep(db, user.id, study.id, field(data, 'id', 64));
			return { saved: 'step_removed' };
		});
	}
};
