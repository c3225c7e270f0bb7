// Results of a practice exercise per student × code, as CSV (UTF-8 with BOM so spreadsheets read æøå).
import type { RequestHandler } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { exerciseResults, exerciseResultsRows } from '$lib/server/exercises';
import { orHttpError } from '$lib/server/teaching';
import { toCsv } from '$lib/csv';

export const GET: RequestHandler = (event) => {
	const { db, study } = requireStudyRole(event, 'lead');
	const results = orHttpError(() => exerciseResults(db, study.id, event.params.exerciseId));
	return new Response('\ufeff' + toCsv(exerciseResultsRows(results)), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="exercise-results.csv"`
		}
	});
};
