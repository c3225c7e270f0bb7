// Keyword precision and recall per code against the consensus coding, as CSV.
import type { RequestHandler } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { keywordQuality } from '$lib/server/suggestions';
import { toCsv } from '$lib/csv';
import type { CodeScore } from '$lib/nlp';
import { csvNumber, csvResponse, readUnit } from '../params.server';

export const GET: RequestHandler = (event) => {
	const { db, study } = requireStudyRole(event, 'coder');
	const unit = readUnit(event.url);
	const q = keywordQuality(db, study.id, { unit });
	const header = ['code', 'name', 'keywords', 'unit', 'suggested', 'consensus', 'true_positives', 'false_positives', 'false_negatives', 'precision', 'recall', 'f1'];
	// No consensus coding yet: the empty table.
	if (q.status !== 'ok') return csvResponse(toCsv([header]), `keyword-quality-${unit}.csv`);
	const line = (key: string, name: string, keywords: string, s: Omit<CodeScore, 'codeId'>) => [
		key,
		name,
		keywords,
		unit,
		String(s.suggested),
		String(s.reference),
		String(s.truePositives),
		String(s.falsePositives),
		String(s.falseNegatives),
		csvNumber(s.precision),
		csvNumber(s.recall),
		csvNumber(s.f1)
	];
	const rows = [...q.codes.map((c) => line(c.key, c.name, String(c.keywordCount), c)), line('*', 'micro', '', q.micro)];
	return csvResponse(toCsv([header, ...rows]), `keyword-quality-${unit}.csv`);
};
