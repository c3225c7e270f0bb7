// Shared by the consistency pages: the analysis for the viewer, cut down to what a page shows.
import type { Db } from '$lib/server/db/client';
import type { Role } from '$lib/server/db/schema';
import { analyseStudyConsistency, codingScopeFor } from '$lib/server/consistency';

export function studyAnalysis(db: Db, study: { id: string; blind: boolean }, role: Role) {
	const scope = codingScopeFor(db, study.id, role === 'lead' || !study.blind);
	return analyseStudyConsistency(db, study.id, scope);
}

/** The wave asked for in ?wave= if it exists, else the first wave with assessments, else the first. */
export function pickWave(url: URL, waves: { id: string }[], withAssessments: Set<string>): string | null {
	const asked = url.searchParams.get('wave');
	if (asked && waves.some((w) => w.id === asked)) return asked;
	return waves.find((w) => withAssessments.has(w.id))?.id ?? waves[0]?.id ?? null;
}
