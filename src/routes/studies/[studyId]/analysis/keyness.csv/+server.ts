// The keyness tables behind the current choices, as CSV: both directions, one row per term.
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { toCsv } from '$lib/csv';
import { csvNumber, csvResponse } from '../params.server';
import { runKeyness } from '../keyness/keyness.server';

export const GET: RequestHandler = (event) => {
	const { db, study, user, role } = requireStudyRole(event, 'coder');
	const { report, problem } = runKeyness(db, study.id, { userId: user.id, role }, study.blind, event.url);
	const header = ['overused_in', 'term', 'most_frequent_form', 'count_a', 'count_b', 'per_10000_a', 'per_10000_b', 'g2', 'p', 'percent_diff', 'log_ratio', 'set_a', 'set_b', 'words_a', 'words_b'];
	if (problem) error(400, { message: problem.error });
	// Nothing to compare yet (no transcripts): the empty table.
	if (!report) return csvResponse(toCsv([header]), 'keyness.csv');
	const labelB = report.labelB || 'rest';
	const rows = [...report.overA.map((r) => ['A', r] as const), ...report.overB.map((r) => ['B', r] as const)].map(([dir, r]) => [
		dir,
		r.term,
		r.display,
		String(r.countA),
		String(r.countB),
		csvNumber(r.relA, 2),
		csvNumber(r.relB, 2),
		csvNumber(r.g2, 3),
		r.p < 0.0001 ? r.p.toExponential(2) : csvNumber(r.p, 4),
		r.percentDiffInfinite ? 'Inf' : csvNumber(r.percentDiff, 1),
		csvNumber(r.logRatio, 3),
		report.labelA,
		labelB,
		String(report.totalA),
		String(report.totalB)
	]);
	return csvResponse(toCsv([header, ...rows]), 'keyness.csv');
};
