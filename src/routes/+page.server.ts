import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { createStudy, listStudiesForUser } from '$lib/server/studies';
import { installBuiltinCodebook } from '$lib/server/codebook';
import { isRegistrationOpen } from '$lib/server/instance';
import { requireUser } from '$lib/server/authz';
import { field, guard } from '$lib/server/forms';

export const load: PageServerLoad = ({ locals }) => {
	const db = getDb();
	if (!locals.user) return { studies: [], registrationOpen: isRegistrationOpen(db) };
	return { studies: listStudiesForUser(db, locals.user.id), registrationOpen: isRegistrationOpen(db) };
};

export const actions: Actions = {
	createStudy: async (event) => {
		const user = requireUser(event);
		const data = await event.request.formData();
		let studyId = '';
		const result = await guard(() => {
			const withCodebook = field(data, 'codebook', 10) === 'on';
			studyId = createStudy(
				getDb(),
				user.id,
				{ name: field(data, 'name', 1000), description: field(data, 'description', 20000) },
				withCodebook ? (tx, id) => installBuiltinCodebook(tx, user.id, id) : undefined
			);
		}, data);
		if (result) return result;
		redirect(303, `/studies/${studyId}`);
	}
};
