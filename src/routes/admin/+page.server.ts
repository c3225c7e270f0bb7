import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listUsers } from '$lib/server/users';
import { isRegistrationOpen, setRegistrationOpen } from '$lib/server/instance';
import { requireAdmin } from '$lib/server/authz';
import { recordAudit } from '$lib/server/audit';
import { createDemoStudy } from '$lib/server/demo';

export const load: PageServerLoad = (event) => {
	requireAdmin(event);
	const db = getDb();
	return { registrationOpen: isRegistrationOpen(db), users: listUsers(db) };
};

export const actions: Actions = {
	registration: async (event) => {
		const admin = requireAdmin(event);
		const data = await event.request.formData();
		const open = data.get('open') === 'true';
		const db = getDb();
		db.transaction((tx) => {
			setRegistrationOpen(tx, open);
			recordAudit(tx, { studyId: null, userId: admin.id, entity: 'instance', entityId: 'registration_open', action: 'update', after: { open } });
		});
		return { saved: true };
	},
	demo: async (event) => {
		const admin = requireAdmin(event);
		const { studyId } = createDemoStudy(getDb(), admin.id);
		redirect(303, `/studies/${studyId}`);
	}
};
