import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import {
	addGroupVignette,
	createParticipant,
	deleteFocusGroup,
	getFocusGroup,
	isParticipantRole,
	listMunicipalities,
	listStudyVignettes,
	listWaves,
	moveGroupVignette,
	removeGroupVignette,
	removeParticipant,
	updateFocusGroup,
	updateParticipant,
	type ParticipantInput
} from '$lib/server/material';
import { participantRoles } from '$lib/server/db/schema';
import { field, guard, optionalIntField, versionField } from '$lib/server/forms';
import { UserError } from '$lib/server/errors';

const version = (data: FormData) => versionField(data);

function participantInput(data: FormData): ParticipantInput {
	const role = field(data, 'participantRole', 20);
	if (!isParticipantRole(role)) throw new UserError('error.invalid_field', { field: 'participantRole' });
	return { pseudonym: field(data, 'pseudonym', 1000), role, yearsExperience: optionalIntField(data, 'yearsExperience', 0, 60) };
}

export const load: PageServerLoad = (event) => {
	const { db, study } = requireStudyRole(event, 'coder');
	const group = getFocusGroup(db, study.id, event.params.groupId);
	if (!group) error(404, { message: 'not_found' });
	return {
		group,
		waves: listWaves(db, study.id).map((w) => ({ id: w.id, label: w.label, year: w.year })),
		municipalities: listMunicipalities(db, study.id, { includeRealNames: false }).map((m) => ({ id: m.id, code: m.code })),
		studyVignettes: listStudyVignettes(db, study.id),
		participantRoles: [...participantRoles]
	};
};

export const actions: Actions = {
	update: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			updateFocusGroup(db, user.id, study.id, event.params.groupId, version(data), {
				waveId: field(data, 'waveId', 64),
				municipalityId: field(data, 'municipalityId', 64),
				date: field(data, 'date', 40),
				notes: field(data, 'notes', 20_000)
			});
			return { saved: 'group' };
		}, data);
	},
	delete: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		const result = await guard(() => {
			deleteFocusGroup(db, user.id, study.id, event.params.groupId, version(data));
			return { deleted: true };
		});
		if ('deleted' in result) redirect(303, `/studies/${study.id}/transcripts/groups`);
		return result;
	},
	addParticipant: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			createParticipant(db, user.id, study.id, { focusGroupId: event.params.groupId, ...participantInput(data) }, version(data));
			return { saved: 'participant_added' };
		}, data);
	},
	updateParticipant: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			const participantId = field(data, 'participantId', 64);
			requireInGroup(db, study.id, event.params.groupId, participantId);
			updateParticipant(db, user.id, study.id, participantId, version(data), participantInput(data));
			return { saved: 'participant' };
		}, data);
	},
	removeParticipant: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			const participantId = field(data, 'participantId', 64);
			requireInGroup(db, study.id, event.params.groupId, participantId);
			removeParticipant(db, user.id, study.id, participantId, version(data));
			return { saved: 'participant_removed' };
		});
	},
	addVignette: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			addGroupVignette(db, user.id, study.id, event.params.groupId, field(data, 'vignetteId', 64), version(data));
			return { saved: 'vignettes' };
		});
	},
	removeVignette: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			removeGroupVignette(db, user.id, study.id, event.params.groupId, field(data, 'vignetteId', 64), version(data));
			return { saved: 'vignettes' };
		});
	},
	moveVignette: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			const direction = field(data, 'direction', 10);
			if (direction !== 'up' && direction !== 'down') throw new UserError('error.invalid_field', { field: 'direction' });
			moveGroupVignette(db, user.id, study.id, event.params.groupId, field(data, 'vignetteId', 64), direction, version(data));
			return { saved: 'vignettes' };
		});
	}
};

/** The participant named in the form must belong to the group in the URL. */
function requireInGroup(db: Parameters<typeof getFocusGroup>[0], studyId: string, groupId: string, participantId: string) {
	const group = getFocusGroup(db, studyId, groupId);
	if (!group || !group.participants.some((p) => p.id === participantId)) throw new UserError('error.participant_not_found', {}, 404);
}
