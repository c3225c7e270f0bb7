// The concordance behind the current search, as CSV (UTF-8 with BOM so spreadsheets read æøå).
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { UserError } from '$lib/server/errors';
import { searchStudy } from '$lib/server/textindex';
import { toCsv } from '$lib/csv';
import { csvResponse, readKwicParams } from '../params.server';

export const GET: RequestHandler = (event) => {
	const { db, study, user, role } = requireStudyRole(event, 'coder');
	const params = readKwicParams(event.url);
	const header = ['wave', 'municipality', 'transcript', 'turn', 'speaker', 'role', 'left', 'hit', 'right', 'start', 'end'];
	// No query yet: the empty table.
	if (!params.q.trim() && !params.tooLong) return csvResponse(toCsv([header]), 'concordance.csv');
	if (params.tooLong) error(400, { message: 'query' });
	let result;
	try {
		result = searchStudy(db, study.id, { userId: user.id, role }, study.blind, { ...params, query: params.q });
	} catch (e) {
		if (e instanceof UserError) error(400, { message: e.code });
		throw e;
	}
	const rows = result.rows.map((r) => [
		r.waveLabel ?? '',
		r.municipalityCode ?? '',
		r.title,
		r.turnIndex === null ? '' : String(r.turnIndex + 1),
		r.speaker ?? '',
		r.role ?? '',
		r.left,
		r.hit,
		r.right,
		String(r.start),
		String(r.end)
	]);
	return csvResponse(toCsv([header, ...rows]), 'concordance.csv');
};
