import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import {
	createMunicipality,
	deleteMunicipality,
	listMunicipalities,
	updateMunicipality,
	PLACEMENT_RATE_BANDS,
	REGIONS,
	SIZE_CLASSES,
	type MunicipalityInput
} from '$lib/server/material';
import { field, guard, versionField } from '$lib/server/forms';

function municipalityInput(data: FormData): MunicipalityInput {
	return {
		code: field(data, 'code', 100),
		realName: field(data, 'realName', 1000),
		sizeClass: field(data, 'sizeClass', 200),
		region: field(data, 'region', 200),
		placementRateBand: field(data, 'placementRateBand', 200)
	};
}

export const load: PageServerLoad = (event) => {
	const { db, study, role } = requireStudyRole(event, 'coder');
	return {
		// Real names never leave the server for anyone but leads.
		municipalities: listMunicipalities(db, study.id, { includeRealNames: role === 'lead' }),
		choices: { sizeClasses: [...SIZE_CLASSES], regions: [...REGIONS], placementRateBands: [...PLACEMENT_RATE_BANDS] }
	};
};

export const actions: Actions = {
	create: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			createMunicipality(db, user.id, study.id, municipalityInput(data));
			return { created: true };
		}, data);
	},
	update: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			const municipalityId = field(data, 'municipalityId', 64);
			updateMunicipality(db, user.id, study.id, municipalityId, versionField(data), municipalityInput(data));
			return { saved: municipalityId };
		}, data);
	},
	delete: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			deleteMunicipality(db, user.id, study.id, field(data, 'municipalityId', 64), versionField(data));
			return { deleted: true };
		});
	}
};
