// Consistency within a municipality: α among participants, match with the group's level, and coded agreement.
import { alphaSummary, type AlphaSummary } from './alpha';
import { modalShare } from './stats';
import { measure, undefinedMeasure, ConsistencyError, type Measure, type UndefinedReason } from './types';
import type { CodingCounts, IndividualAssessment } from './types';

export type VignetteMatch = {
	vignette: string;
	/** The level participants are compared with, or null when there is none. */
	reference: number | null;
	/** 'group' = the group's recorded level; 'mode' = the participants' unique mode (no group level). */
	referenceSource: 'group' | 'mode' | null;
	reason?: UndefinedReason;
	matched: number;
	total: number;
};

export type WithinMunicipality = {
	wave: string;
	municipality: string;
	participants: string[];
	vignettes: string[];
	/** Ordinal α: vignettes = units, participants = coders. */
	alpha: AlphaSummary;
	/** Share of participant assessments equal to the reference level, over vignettes that have one. */
	matchShare: Measure & { matched: number; total: number };
	perVignette: VignetteMatch[];
};

/**
 * Within-municipality measures for one wave × municipality. `groupLevel(vignette)` returns the group's
 * recorded concern (or null/undefined when there is none, and then the participants' mode is used if unique).
 */
export function withinMunicipality(
	wave: string,
	municipality: string,
	rows: readonly IndividualAssessment[],
	groupLevel: (vignette: string) => number | null | undefined
): WithinMunicipality {
	const participants: string[] = [];
	const vignettes: string[] = [];
	const cells = new Map<string, number | null>();
	for (const r of rows) {
		if (r.wave !== wave || r.municipality !== municipality) continue;
		if (!participants.includes(r.participant)) participants.push(r.participant);
		if (!vignettes.includes(r.vignette)) vignettes.push(r.vignette);
		cells.set(`${r.vignette}\u0000${r.participant}`, r.concern);
	}
	const grid = vignettes.map((v) => participants.map((p) => cells.get(`${v}\u0000${p}`) ?? null));
	const perVignette: VignetteMatch[] = vignettes.map((v, i) => {
		const values = grid[i].filter((x): x is number => x !== null);
		const group = groupLevel(v);
		let reference: number | null = null;
		let referenceSource: VignetteMatch['referenceSource'] = null;
		if (group !== null && group !== undefined) {
			reference = group;
			referenceSource = 'group';
		} else {
			const m = modalShare(values);
			if (m.modes.length === 1) {
				reference = m.modes[0];
				referenceSource = 'mode';
			}
		}
		if (reference === null) return { vignette: v, reference, referenceSource, reason: 'no_reference_level', matched: 0, total: 0 };
		return { vignette: v, reference, referenceSource, matched: values.filter((x) => x === reference).length, total: values.length };
	});
	const matched = perVignette.reduce((s, p) => s + p.matched, 0);
	const total = perVignette.reduce((s, p) => s + p.total, 0);
	return {
		wave,
		municipality,
		participants,
		vignettes,
		alpha: alphaSummary(grid, 'ordinal'),
		matchShare: total === 0 ? { ...undefinedMeasure('no_values'), matched, total } : { value: matched / total, matched, total },
		perVignette
	};
}

export type CodingShare = Measure & { agree: number; disagree: number; total: number };

/** Share of agreement passages: agree / (agree + disagree), e.g. VUR.ENIG vs VUR.UENIG + SPA.UDFORDRER. */
export function codingAgreementShare(counts: { agree: number; disagree: number }): CodingShare {
	const { agree, disagree } = counts;
	for (const [name, x] of [
		['agree', agree],
		['disagree', disagree]
	] as const)
		if (!Number.isInteger(x) || x < 0)
			throw new ConsistencyError('invalid_count', `${name} must be a non-negative integer count, got ${x}`, { field: name, value: x });
	const total = agree + disagree;
	if (total === 0) return { ...undefinedMeasure('no_codes'), agree, disagree, total };
	return { ...measure(agree / total), agree, disagree, total };
}

export type CodingAgreement = CodingShare & { wave: string; municipality: string };

export function codingAgreement(rows: readonly CodingCounts[]): CodingAgreement[] {
	return rows.map((r) => ({ wave: r.wave, municipality: r.municipality, ...codingAgreementShare(r) }));
}
