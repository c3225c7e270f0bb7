// The coded segments behind the current filters, as CSV (UTF-8 with BOM so spreadsheets read æøå).
import type { RequestHandler } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { listCodedSegments } from '$lib/server/segments';
import { toCsv } from '$lib/csv';
import { readSegmentFilters } from '../filters.server';

export const GET: RequestHandler = (event) => {
	const { db, study, user, role } = requireStudyRole(event, 'coder');
	const { segments } = listCodedSegments(db, study.id, { userId: user.id, role }, study.blind, readSegmentFilters(event.url));
	const header = ['code', 'code_name', 'coder', 'wave', 'municipality', 'vignette', 'transcript', 'turn', 'speaker', 'role', 'start', 'end', 'text', 'memo'];
	const rows = segments.map((s) => [
		s.codeKey,
		s.codeName,
		s.coderName,
		s.waveLabel ?? '',
		s.municipalityCode ?? '',
		s.vignetteTitle ?? '',
		s.transcriptTitle,
		s.turnIndex === null ? '' : String(s.turnIndex + 1),
		s.speaker ?? '',
		s.role ?? '',
		String(s.start),
		String(s.end),
		s.text,
		s.memo
	]);
	return new Response('\ufeff' + toCsv([header, ...rows]), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="coded-segments.csv"`
		}
	});
};
