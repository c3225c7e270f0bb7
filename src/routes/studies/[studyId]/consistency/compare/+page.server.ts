import type { PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { examplePassages } from '$lib/server/consistency';
import { studyAnalysis } from '../data.server';

export const load: PageServerLoad = (event) => {
	const { db, study, role } = requireStudyRole(event, 'coder');
	const { result, labels, poleCounts, scope, proposed } = studyAnalysis(db, study, role);
	// The waves compared: those with assessments or codes, in year order.
	const waves = labels.waves.filter((w) => result.waves.some((r) => r.wave === w.id) || poleCounts[w.id]);
	const perWave = waves.map((w) => {
		const r = result.waves.find((x) => x.wave === w.id);
		const stepCounts: Record<string, number> = {};
		for (const p of r?.perVignette ?? []) for (const [k, n] of Object.entries(p.steps.counts)) stepCounts[k] = (stepCounts[k] ?? 0) + n;
		const coding = (r?.coding ?? []).reduce((s, c) => ({ agree: s.agree + c.agree, disagree: s.disagree + c.disagree }), { agree: 0, disagree: 0 });
		const counts = poleCounts[w.id] ?? {};
		const totalCodes = Object.values(counts).reduce((s, d) => s + d['2002'] + d['2024'] + d.none, 0);
		return {
			waveId: w.id,
			label: w.label,
			sourceKind: w.sourceKind,
			assessments: r ? r.perVignette.reduce((s, p) => s + p.groups, 0) : 0,
			municipalities: r?.municipalities.length ?? 0,
			vignettes: r?.vignettes.length ?? 0,
			alpha: r ? { value: r.concernAlpha.value, reason: r.concernAlpha.reason, ci: r.concernAlpha.ci, cautions: r.concernAlpha.cautions } : null,
			meanRwg: r?.summary.meanRwg ?? null,
			meanModalShare: r?.summary.meanModalShare ?? null,
			meanGiniSimpson: r?.summary.meanGiniSimpson ?? null,
			meanStepJaccard: r?.summary.meanStepJaccard ?? null,
			meanJsd: r?.profiles?.meanJsd ?? null,
			stepCounts,
			coding,
			dimensions: Object.fromEntries(
				labels.dimensions.map((d) => {
					const c = counts[d.key] ?? { '2002': 0, '2024': 0, none: 0 };
					const all = c['2002'] + c['2024'] + c.none;
					const poles = c['2002'] + c['2024'];
					return [d.key, { codes: all, share: totalCodes ? all / totalCodes : null, pole2002: poles ? c['2002'] / poles : null, pole2024: poles ? c['2024'] / poles : null, poleCodes: poles }];
				})
			)
		};
	});
	return {
		labels,
		scope,
		proposed,
		perWave,
		comparison: result.comparison,
		confidence: result.options.confidence,
		examples: examplePassages(db, study.id, scope)
	};
};
