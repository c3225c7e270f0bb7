import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { createWave, deleteWave, listWaves, sourceKinds, updateWave, type SourceKind, type WaveInput } from '$lib/server/material';
import { field, guard, intField, versionField } from '$lib/server/forms';
import { UserError } from '$lib/server/errors';

function waveInput(data: FormData): WaveInput {
	const sourceKind = field(data, 'sourceKind', 20);
	if (!(sourceKinds as readonly string[]).includes(sourceKind)) throw new UserError('error.invalid_field', { field: 'sourceKind' });
	return {
		label: field(data, 'label', 1000),
		year: intField(data, 'year', 1900, 2100),
		description: field(data, 'description', 20_000),
		sourceKind: sourceKind as SourceKind
	};
}

export const load: PageServerLoad = (event) => {
	const { db, study } = requireStudyRole(event, 'coder');
	return { waves: listWaves(db, study.id) };
};

export const actions: Actions = {
	create: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			createWave(db, user.id, study.id, waveInput(data));
			return { created: true };
		}, data);
	},
	update: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			const waveId = field(data, 'waveId', 64);
			updateWave(db, user.id, study.id, waveId, versionField(data), waveInput(data));
			return { saved: waveId };
		}, data);
	},
	delete: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			deleteWave(db, user.id, study.id, field(data, 'waveId', 64), versionField(data));
			return { deleted: true };
		});
	}
};
