// analyseConsistency: every consistency measure per wave plus the first → last wave comparison.
import { compareWaves, type WaveComparison } from './compare';
import { waveProfiles, type WaveProfiles } from './profiles';
import { ConsistencyError, type CodingCounts, type DimensionCounts, type GroupAssessment, type IndividualAssessment } from './types';
import { analyseWave, buildWaveGrid, cellKey, concernsByVignette, type WaveConsistency } from './wave';
import { codingAgreement, withinMunicipality, type CodingAgreement, type WithinMunicipality } from './within';

export const DEFAULT_LEVELS = 5;
export const DEFAULT_REPLICATES = 2000;
export const DEFAULT_SEED = 2024;
export const DEFAULT_CONFIDENCE = 0.95;

export type ConsistencyOptions = {
	/** Bootstrap replicates (default 2000). */
	replicates?: number;
	/** Permutations for the wave test (default: as many as replicates). */
	permutations?: number;
	/** Seed for bootstrap and permutation streams (default 2024). */
	seed?: number;
	/** CI level (default 0.95). */
	confidence?: number;
};

export type ConsistencyInput = {
	/** Number of levels on the study's concern scale (0..levels−1), e.g. 5. */
	levels: number;
	assessments: readonly GroupAssessment[];
	individual?: readonly IndividualAssessment[];
	coding?: readonly CodingCounts[];
	profiles?: readonly DimensionCounts[];
	/** The study's step vocabulary: fixes stepAlpha keys and K for the normalised Gini–Simpson. Steps seen in the data are added. */
	steps?: readonly string[];
	/** Dimension keys for profiles (default: those seen). */
	dimensions?: readonly string[];
	options?: ConsistencyOptions;
};

export type WaveResult = WaveConsistency & {
	/** Within-municipality measures (only where individual assessments exist). */
	within: WithinMunicipality[];
	/** Coded agreement share per group (only where coding counts were given). */
	coding: CodingAgreement[];
	/** Dimension profiles (null when none were given for this wave). */
	profiles: WaveProfiles | null;
};

export type ConsistencyResult = {
	levels: number;
	steps: string[];
	/** In order of first appearance. */
	waves: WaveResult[];
	/** First wave → last wave; null with a single wave. */
	comparison: WaveComparison | null;
	options: Required<ConsistencyOptions>;
};

function fail(code: string, message: string, params: Record<string, string | number> = {}): never {
	throw new ConsistencyError(code, message, params);
}

function checkKey(x: unknown, field: string, index: number, list: string): string {
	if (typeof x !== 'string' || x.trim() === '')
		fail('missing_field', `${list}[${index}]: ${field} must be a non-empty string`, { list, index, field });
	return x;
}

function checkConcern(x: unknown, levels: number, index: number, list: string): void {
	if (x === null) return;
	if (typeof x !== 'number' || !Number.isInteger(x) || x < 0 || x >= levels)
		fail('invalid_concern', `${list}[${index}]: concern must be an integer level 0–${levels - 1} or null, got ${String(x)}`, {
			list,
			index,
			value: String(x),
			max: levels - 1
		});
}

function checkPositiveInt(x: number | undefined, name: string, min: number): void {
	if (x !== undefined && (!Number.isInteger(x) || x < min))
		fail('invalid_option', `option ${name} must be an integer ≥ ${min}, got ${x}`, { option: name, value: x, minimum: min });
}

function validate(input: ConsistencyInput): void {
	const { levels, assessments } = input;
	if (!Number.isInteger(levels) || levels < 2) fail('invalid_levels', `levels must be an integer ≥ 2, got ${levels}`, { levels });
	const seen = new Map<string, number>();
	assessments.forEach((a, i) => {
		const w = checkKey(a.wave, 'wave', i, 'assessments');
		const m = checkKey(a.municipality, 'municipality', i, 'assessments');
		const v = checkKey(a.vignette, 'vignette', i, 'assessments');
		checkConcern(a.concern, levels, i, 'assessments');
		if (!Array.isArray(a.steps) || a.steps.some((s) => typeof s !== 'string' || s.trim() === ''))
			fail('invalid_steps', `assessments[${i}]: steps must be a list of non-empty step keys`, { list: 'assessments', index: i });
		const key = `${w}\u0000${m}\u0000${v}`;
		const first = seen.get(key);
		if (first !== undefined)
			fail('duplicate_assessment', `assessments[${i}] repeats assessments[${first}] (wave ${w}, municipality ${m}, vignette ${v})`, {
				index: i,
				first,
				wave: w,
				municipality: m,
				vignette: v
			});
		seen.set(key, i);
	});
	const seenInd = new Map<string, number>();
	(input.individual ?? []).forEach((a, i) => {
		const key = ['wave', 'municipality', 'vignette', 'participant'].map((f) => checkKey((a as Record<string, unknown>)[f], f, i, 'individual')).join('\u0000');
		checkConcern(a.concern, levels, i, 'individual');
		const first = seenInd.get(key);
		if (first !== undefined)
			fail('duplicate_assessment', `individual[${i}] repeats individual[${first}]`, { list: 'individual', index: i, first });
		seenInd.set(key, i);
	});
	const o = input.options ?? {};
	checkPositiveInt(o.replicates, 'replicates', 0);
	checkPositiveInt(o.permutations, 'permutations', 0);
	if (o.seed !== undefined && !Number.isFinite(o.seed)) fail('invalid_option', `option seed must be a number, got ${o.seed}`, { option: 'seed' });
	if (o.confidence !== undefined && !(o.confidence > 0 && o.confidence < 1))
		fail('invalid_option', `option confidence must lie strictly between 0 and 1, got ${o.confidence}`, { option: 'confidence', value: o.confidence });
}

function firstAppearance(xs: Iterable<string>): string[] {
	return [...new Set(xs)];
}

/** All consistency measures of a study. Throws ConsistencyError on invalid input; undefined measures are null + reason. */
export function analyseConsistency(input: ConsistencyInput): ConsistencyResult {
	validate(input);
	const { levels, assessments } = input;
	const o = input.options ?? {};
	const replicates = o.replicates ?? DEFAULT_REPLICATES;
	const options: Required<ConsistencyOptions> = {
		replicates,
		permutations: o.permutations ?? replicates,
		seed: o.seed ?? DEFAULT_SEED,
		confidence: o.confidence ?? DEFAULT_CONFIDENCE
	};
	const steps = firstAppearance([...(input.steps ?? []), ...assessments.flatMap((a) => a.steps)]);
	const waveNames = firstAppearance([
		...assessments.map((a) => a.wave),
		...(input.individual ?? []).map((a) => a.wave),
		...(input.coding ?? []).map((a) => a.wave),
		...(input.profiles ?? []).map((a) => a.wave)
	]);
	const dimensions = input.dimensions ?? firstAppearance((input.profiles ?? []).flatMap((p) => Object.keys(p.dimensions)));
	const grids = waveNames.map((w) => buildWaveGrid(w, assessments));

	const waves: WaveResult[] = grids.map((grid) => {
		const w = grid.wave;
		const base = analyseWave(grid, levels, steps, options);
		const individual = (input.individual ?? []).filter((r) => r.wave === w);
		const within = firstAppearance(individual.map((r) => r.municipality)).map((m) =>
			withinMunicipality(w, m, individual, (v) => grid.cells.get(cellKey(v, m))?.concern)
		);
		const profileRows = (input.profiles ?? []).filter((p) => p.wave === w);
		return {
			...base,
			within,
			coding: codingAgreement((input.coding ?? []).filter((c) => c.wave === w)),
			profiles: profileRows.length > 0 ? waveProfiles(w, profileRows, dimensions) : null
		};
	});

	const withAssessments = grids.filter((g) => g.vignettes.length > 0);
	let comparison: WaveComparison | null = null;
	if (withAssessments.length >= 2) {
		const from = withAssessments[0];
		const to = withAssessments[withAssessments.length - 1];
		comparison = compareWaves(from.wave, to.wave, concernsByVignette(from), concernsByVignette(to), levels, options);
	}
	return { levels, steps, waves, comparison, options };
}
