import type { PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { listFocusGroups, listWaves } from '$lib/server/material';
import { listTranscripts } from '$lib/server/transcripts';

export const load: PageServerLoad = (event) => {
	const { db, study } = requireStudyRole(event, 'coder');
	const waves = listWaves(db, study.id);
	const groups = listFocusGroups(db, study.id);
	const transcripts = listTranscripts(db, study.id);
	return {
		waves: waves.map((w) => ({
			id: w.id,
			label: w.label,
			year: w.year,
			sourceKind: w.sourceKind,
			groups: groups
				.filter((g) => g.waveId === w.id)
				.map((g) => ({
					id: g.id,
					municipalityCode: g.municipalityCode,
					date: g.date,
					transcripts: transcripts.filter((t) => t.focusGroupId === g.id)
				})),
			reports: transcripts.filter((t) => t.kind === 'report' && t.waveId === w.id)
		})),
		transcriptCount: transcripts.length
	};
};
