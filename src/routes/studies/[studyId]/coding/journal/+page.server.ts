import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { addMemo, deleteMemo, listMemos } from '$lib/server/memos';
import { field, guard } from '$lib/server/forms';

export const load: PageServerLoad = (event) => {
	const { db, study, user } = requireStudyRole(event, 'coder');
	return { entries: listMemos(db, study.id, { kind: 'journal' }), me: user.id };
};

export const actions: Actions = {
	add: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'coder');
		const data = await event.request.formData();
		return guard(() => {
			addMemo(db, user.id, study.id, { kind: 'journal' }, field(data, 'text', 20000));
			return { added: true };
		}, data);
	},
	delete: async (event) => {
		const { db, study, user, role } = requireStudyRole(event, 'coder');
		const data = await event.request.formData();
		return guard(() => {
			deleteMemo(db, user.id, study.id, field(data, 'memoId', 64), role === 'lead');
			return { deleted: true };
		});
	}
};
