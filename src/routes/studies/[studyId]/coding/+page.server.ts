import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { listCodingProgress } from '$lib/server/codings';
import { setStudyBlind } from '$lib/server/studies';
import { guard } from '$lib/server/forms';

export const load: PageServerLoad = (event) => {
	const { db, study, user, role } = requireStudyRole(event, 'coder');
	return { transcripts: listCodingProgress(db, study.id, { userId: user.id, role }, study.blind) };
};

export const actions: Actions = {
	blind: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			setStudyBlind(db, user.id, study.id, data.get('blind') === 'true');
			return { saved: true };
		});
	}
};
