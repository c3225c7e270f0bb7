// The confirmed group assessments as CSV in the format of `vignet consistency FILE.csv`
// (wave,municipality,vignette,concern,steps; concern 0-based, steps ;-separated). Rows without a
// recorded level are left out: the command needs one. ?wave= limits the file to one wave.
import type { RequestHandler } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { gatherConsistencyInput } from '$lib/server/consistency';
import { toCsv } from '$lib/csv';
import { CSV_COLUMNS } from '$lib/consistency';

export const GET: RequestHandler = (event) => {
	const { db, study } = requireStudyRole(event, 'coder');
	const { input, labels } = gatherConsistencyInput(db, study.id, 'none');
	const wave = event.url.searchParams.get('wave');
	const waveLabel = new Map(labels.waves.map((w) => [w.id, w.label]));
	const muni = new Map(labels.municipalities.map((m) => [m.id, m.code]));
	const vig = new Map(labels.vignettes.map((v) => [v.id, v.key]));
	const rows = input.assessments
		.filter((a) => a.concern !== null && (!wave || a.wave === wave))
		.map((a) => [waveLabel.get(a.wave) ?? a.wave, muni.get(a.municipality) ?? a.municipality, vig.get(a.vignette) ?? a.vignette, String(a.concern), a.steps.join(';')]);
	const name = wave && waveLabel.has(wave) ? `assessments-${waveLabel.get(wave)!.replace(/[^\w-]+/g, '_')}.csv` : 'assessments.csv';
	return new Response('\ufeff' + toCsv([[...CSV_COLUMNS], ...rows]), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}"` }
	});
};
