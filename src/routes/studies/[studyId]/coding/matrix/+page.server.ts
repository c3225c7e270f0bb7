import type { PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { codeMatrix, type MatrixAxis } from '$lib/server/segments';
import { filterChoices } from '../filters.server';

const AXES: MatrixAxis[] = ['municipality', 'vignette', 'wave'];

export const load: PageServerLoad = (event) => {
	const { db, study, user, role } = requireStudyRole(event, 'coder');
	const requested = event.url.searchParams.get('by') as MatrixAxis | null;
	const axis: MatrixAxis = requested && AXES.includes(requested) ? requested : 'municipality';
	const coderId = event.url.searchParams.get('coderId')?.slice(0, 64) || undefined;
	return {
		axis,
		coderId: coderId ?? '',
		matrix: codeMatrix(db, study.id, { userId: user.id, role }, study.blind, axis, coderId),
		choices: filterChoices(db, study.id, role === 'lead' || !study.blind, user.id)
	};
};
