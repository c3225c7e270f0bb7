import type { PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { listAudit } from '$lib/server/audit';

export const load: PageServerLoad = (event) => {
	const { db, study } = requireStudyRole(event, 'lead');
	const before = Number(event.url.searchParams.get('before')) || undefined;
	const entity = event.url.searchParams.get('entity') || undefined;
	const entries = listAudit(db, study.id, { beforeId: before, limit: 100, entity });
	return { entries, entity: entity ?? '', nextBefore: entries.length === 100 ? entries[entries.length - 1].id : null };
};
