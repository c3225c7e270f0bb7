// The frequency tables behind the current choices, as CSV: one row per group and term.
import type { RequestHandler } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { groupFrequencies } from '$lib/server/textindex';
import { toCsv } from '$lib/csv';
import { csvNumber, csvResponse, readFrequencyParams } from '../params.server';

export const GET: RequestHandler = (event) => {
	const { db, study, user, role } = requireStudyRole(event, 'coder');
	const params = readFrequencyParams(event.url);
	const groups = groupFrequencies(db, study.id, { userId: user.id, role }, study.blind, params.groupBy, params);
	const header = ['group_by', 'group', 'group_words', 'rank', params.by === 'stem' ? 'stem' : 'word', 'most_frequent_form', 'count', 'per_10000'];
	const rows = groups.flatMap((g) =>
		g.rows.map((r, i) => [params.groupBy, g.label, String(g.total), String(i + 1), r.term, r.display, String(r.count), csvNumber(r.relative, 2)])
	);
	return csvResponse(toCsv([header, ...rows]), `frequencies-${params.groupBy}.csv`);
};
