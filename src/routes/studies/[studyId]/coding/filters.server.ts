// The filter choices shared by the coded-segments page, its CSV export and the matrix.
import type { Db } from '$lib/server/db/client';
import { listCodes } from '$lib/server/codebook';
import { listCoders } from '$lib/server/codings';
import { listMunicipalities, listWaves } from '$lib/server/material';
import { listVignettes } from '$lib/server/vignettes';
import type { SegmentFilters } from '$lib/server/segments';

const FILTER_NAMES = ['codeId', 'coderId', 'waveId', 'municipalityId', 'vignetteId', 'role'] as const;

export function readSegmentFilters(url: URL): SegmentFilters {
	const filters: SegmentFilters = {};
	for (const name of FILTER_NAMES) {
		const value = url.searchParams.get(name);
		if (value && value.length <= 64) filters[name] = value;
	}
	return filters;
}

export function filterChoices(db: Db, studyId: string, seesAllCoders: boolean, me: string) {
	return {
		codes: listCodes(db, studyId).map((c) => ({ id: c.id, key: c.key, name: c.name, depth: c.depth, isDimension: c.parentId === null })),
		coders: listCoders(db, studyId).filter((c) => seesAllCoders || c.id === me),
		waves: listWaves(db, studyId).map((w) => ({ id: w.id, label: w.label })),
		municipalities: listMunicipalities(db, studyId, { includeRealNames: false }).map((m) => ({ id: m.id, code: m.code })),
		vignettes: listVignettes(db, studyId).map((v) => ({ id: v.id, title: v.title }))
	};
}
