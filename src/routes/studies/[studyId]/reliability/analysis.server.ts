// Shared by the reliability page and its CSV: read the GET form, fill in defaults, run the analysis.
import type { Db } from '$lib/server/db/client';
import { listCodes } from '$lib/server/codebook';
import { listWaves } from '$lib/server/material';
import { computeReliability, defaultCoders, listReliabilityCoders, listStudyTranscripts } from '$lib/server/reliability';
import { readReliabilityParams, reliabilityQuery } from '$lib/reliability/params';

export function runAnalysis(db: Db, studyId: string, url: URL) {
	const params = readReliabilityParams(url);
	const coders = listReliabilityCoders(db, studyId);
	const known = new Set(coders.map((c) => c.id));
	params.coderIds = params.coderIds.filter((id) => known.has(id));
	if (!url.searchParams.has('c')) params.coderIds = defaultCoders(coders);
	const result = computeReliability(db, studyId, {
		unit: params.unit,
		transcriptIds: params.transcriptIds,
		waveId: params.waveId || undefined,
		coderIds: params.coderIds,
		codeIds: params.codeIds,
		includeInterviewer: params.includeInterviewer,
		minShare: params.share / 100,
		threshold: params.threshold / 100,
		replicates: params.replicates
	});
	return { params, query: reliabilityQuery(params), coders, result };
}

export function analysisChoices(db: Db, studyId: string) {
	return {
		transcripts: listStudyTranscripts(db, studyId).map((t) => ({ id: t.id, title: t.title, waveLabel: t.waveLabel })),
		waves: listWaves(db, studyId).map((w) => ({ id: w.id, label: w.label })),
		codes: listCodes(db, studyId).map((c) => ({ id: c.id, key: c.key, name: c.name, depth: c.depth, isDimension: c.parentId === null }))
	};
}
