import type { PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { getVignette, listVignettes } from '$lib/server/vignettes';

export const load: PageServerLoad = (event) => {
	const { db, study } = requireStudyRole(event, 'student');
	const all = listVignettes(db, study.id).map((v) => ({ id: v.id, key: v.key, title: v.title }));
	const chosen = new Set(event.url.searchParams.getAll('v').slice(0, 50));
	const pack = all
		.filter((v) => chosen.has(v.id))
		.map((v) => getVignette(db, study.id, v.id))
		.filter((v) => !!v)
		.map((v) => ({ id: v.id, key: v.key, ...v.content }));
	return { vignettes: all, chosen: [...chosen], pack };
};
