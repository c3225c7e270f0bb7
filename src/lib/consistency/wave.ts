// Per-wave consistency across municipalities: α with municipalities as coders, and per-vignette dispersion.
import { bootstrapAlpha } from '../agreement';
import { alphaSummary, type AlphaSummary } from './alpha';
import {
	mean,
	median,
	meanPairwiseJaccard,
	modalShare,
	range,
	rwg,
	stepDiversity,
	type DiversityResult,
	type ModalResult,
	type RangeResult,
	type RwgResult
} from './stats';
import type { GroupAssessment, Measure } from './types';

export type VignetteConsistency = {
	vignette: string;
	/** Groups (municipalities) with a row for this vignette. */
	groups: number;
	/** Concern levels recorded, in municipality order (null levels left out). */
	concerns: number[];
	rwg: RwgResult;
	modal: ModalResult;
	mean: Measure;
	median: Measure;
	range: RangeResult;
	/** Diversity of the chosen steps across groups (Gini–Simpson, normalised, counts). */
	steps: DiversityResult;
	/** Mean per-pair Jaccard similarity of the groups' step sets. */
	stepJaccard: Measure & { pairs: number };
};

export type ConcernAlpha = AlphaSummary & {
	/** Unit-level (vignette) percentile bootstrap CI from the agreement engine; null when undefined. */
	ci: [number, number] | null;
	replicates: number;
	undefinedReplicates: number;
};

export type WaveConsistency = {
	wave: string;
	/** In order of first appearance. */
	municipalities: string[];
	vignettes: string[];
	/** Ordinal α on concern: vignettes = units, municipalities = coders. */
	concernAlpha: ConcernAlpha;
	/** Nominal α on present/absent per step, keyed by step; vignettes = units, municipalities = coders. */
	stepAlpha: Record<string, AlphaSummary>;
	perVignette: VignetteConsistency[];
	/** Means over vignettes where the measure is defined. */
	summary: {
		meanRwg: Measure;
		meanModalShare: Measure;
		meanGiniSimpson: Measure;
		meanStepJaccard: Measure;
	};
};

/** The rows of one wave arranged as a vignettes × municipalities grid. */
export type WaveGrid = {
	wave: string;
	municipalities: string[];
	vignettes: string[];
	/** cell(v, m): the assessment, or undefined when the group did not discuss the vignette. */
	cells: Map<string, GroupAssessment>;
};

export function cellKey(vignette: string, municipality: string): string {
	return `${vignette}\u0000${municipality}`;
}

export function buildWaveGrid(wave: string, rows: readonly GroupAssessment[]): WaveGrid {
	const municipalities: string[] = [];
	const vignettes: string[] = [];
	const seenM = new Set<string>();
	const seenV = new Set<string>();
	const cells = new Map<string, GroupAssessment>();
	for (const r of rows) {
		if (r.wave !== wave) continue;
		if (!seenM.has(r.municipality)) {
			seenM.add(r.municipality);
			municipalities.push(r.municipality);
		}
		if (!seenV.has(r.vignette)) {
			seenV.add(r.vignette);
			vignettes.push(r.vignette);
		}
		cells.set(cellKey(r.vignette, r.municipality), r);
	}
	return { wave, municipalities, vignettes, cells };
}

/** Concern levels per vignette (municipality order, nulls dropped): the unit value lists α depends on. */
export function concernsByVignette(grid: WaveGrid): Map<string, number[]> {
	const out = new Map<string, number[]>();
	for (const v of grid.vignettes) {
		const xs: number[] = [];
		for (const m of grid.municipalities) {
			const c = grid.cells.get(cellKey(v, m))?.concern;
			if (c !== undefined && c !== null) xs.push(c);
		}
		out.set(v, xs);
	}
	return out;
}

export function vignetteConsistency(vignette: string, rows: readonly GroupAssessment[], levels: number, stepCategories: number): VignetteConsistency {
	const concerns = rows.map((r) => r.concern).filter((c): c is number => c !== null);
	const sets = rows.map((r) => r.steps);
	return {
		vignette,
		groups: rows.length,
		concerns,
		rwg: rwg(concerns, levels),
		modal: modalShare(concerns),
		mean: mean(concerns),
		median: median(concerns),
		range: range(concerns),
		steps: stepDiversity(sets, stepCategories),
		stepJaccard: meanPairwiseJaccard(sets)
	};
}

function meanDefined(ms: readonly Measure[]): Measure {
	return mean(ms.filter((m) => m.value !== null).map((m) => m.value as number));
}

export type WaveOptions = { replicates: number; seed: number; confidence: number };

export function analyseWave(grid: WaveGrid, levels: number, steps: readonly string[], options: WaveOptions): WaveConsistency {
	const { municipalities, vignettes, cells } = grid;
	const concernGrid = vignettes.map((v) =>
		municipalities.map((m) => {
			const c = cells.get(cellKey(v, m));
			return c === undefined ? null : c.concern;
		})
	);
	const summary = alphaSummary(concernGrid, 'ordinal');
	const boot = bootstrapAlpha(concernGrid, { level: 'ordinal', replicates: options.replicates, seed: options.seed, confidence: options.confidence });
	const concernAlpha: ConcernAlpha = { ...summary, ci: boot.ci, replicates: boot.replicates, undefinedReplicates: boot.undefinedReplicates };

	const stepAlpha: Record<string, AlphaSummary> = {};
	for (const s of steps) {
		const g = vignettes.map((v) =>
			municipalities.map((m) => {
				const c = cells.get(cellKey(v, m));
				return c === undefined ? null : c.steps.includes(s) ? 1 : 0;
			})
		);
		stepAlpha[s] = alphaSummary(g, 'nominal');
	}

	const perVignette = vignettes.map((v) => {
		const rows = municipalities.map((m) => cells.get(cellKey(v, m))).filter((r): r is GroupAssessment => r !== undefined);
		return vignetteConsistency(v, rows, levels, steps.length);
	});
	return {
		wave: grid.wave,
		municipalities,
		vignettes,
		concernAlpha,
		stepAlpha,
		perVignette,
		summary: {
			meanRwg: meanDefined(perVignette.map((p) => p.rwg)),
			meanModalShare: meanDefined(perVignette.map((p) => p.modal)),
			meanGiniSimpson: meanDefined(perVignette.map((p) => p.steps.giniSimpson)),
			meanStepJaccard: meanDefined(perVignette.map((p) => p.stepJaccard))
		}
	};
}
