import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { addPseudonym, checkRealNames, listPseudonyms, removePseudonym } from '$lib/server/pseudonyms';
import { field, guard } from '$lib/server/forms';

export const load: PageServerLoad = (event) => {
	const { db, study } = requireStudyRole(event, 'lead');
	// The check only reads, so it is a GET (?check=1): a link or a plain form button runs it.
	const checked = event.url.searchParams.has('check');
	return { entries: listPseudonyms(db, study.id), occurrences: checked ? checkRealNames(db, study.id) : null };
};

export const actions: Actions = {
	add: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			addPseudonym(db, user.id, study.id, field(data, 'realName', 1000), field(data, 'pseudonym', 1000));
			return { added: true };
		}, data);
	},
	remove: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			removePseudonym(db, user.id, study.id, field(data, 'entryId', 64));
			return { removed: true };
		});
	}
};
