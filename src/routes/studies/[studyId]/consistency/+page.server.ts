import type { PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { pickWave, studyAnalysis } from './data.server';

export const load: PageServerLoad = (event) => {
	const { db, study, role } = requireStudyRole(event, 'coder');
	const analysis = studyAnalysis(db, study, role);
	const { result, labels } = analysis;
	const waveId = pickWave(event.url, labels.waves, new Set(result.waves.map((w) => w.wave)));
	const wave = result.waves.find((w) => w.wave === waveId) ?? null;
	return {
		labels,
		waveId,
		wave,
		scope: analysis.scope,
		proposed: analysis.proposed,
		cells: analysis.cells.filter((c) => c.waveId === waveId),
		summary: result.waves.map((w) => ({ wave: w.wave, alpha: w.concernAlpha, meanRwg: w.summary.meanRwg, meanModalShare: w.summary.meanModalShare, meanGiniSimpson: w.summary.meanGiniSimpson })),
		confidence: result.options.confidence
	};
};
