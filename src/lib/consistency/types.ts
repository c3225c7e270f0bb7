// Shared types for the consistency measures. Undefined values are explicit (null + reason code), never NaN.

/** Stable machine codes for why a measure is undefined on the given data. */
export type UndefinedReason =
	| 'no_values'
	| 'too_few_values'
	| 'too_few_coders'
	| 'too_few_pairable'
	| 'no_variation'
	| 'no_step_mentions'
	| 'too_few_step_categories'
	| 'too_few_groups'
	| 'no_codes'
	| 'too_few_profiles'
	| 'no_shared_vignettes'
	| 'undefined_in_wave'
	| 'no_defined_replicates'
	| 'no_reference_level'
	| 'single_wave';

/** A measure that may be undefined: `value` null always comes with a `reason`. */
export type Measure = { value: number; reason?: undefined } | { value: null; reason: UndefinedReason };

export function measure(value: number): Measure {
	return { value };
}

export function undefinedMeasure(reason: UndefinedReason): Measure {
	return { value: null, reason };
}

/** Machine-readable small-sample cautions; `params` carry the figures that triggered them. */
export type CautionCode =
	| 'few_units'
	| 'few_raters'
	| 'unbalanced_missing'
	| 'ci_unstable'
	| 'few_replicates'
	| 'vignettes_differ'
	| 'unpaired'
	| 'few_permutations';

export type Caution = { code: CautionCode; params: Record<string, number | string> };

/** Thrown for invalid input; `code` is stable, `params` feed the UI message, `message` is English for the CLI. */
export class ConsistencyError extends Error {
	readonly code: string;
	readonly params: Record<string, string | number>;
	constructor(code: string, message: string, params: Record<string, string | number> = {}) {
		super(message);
		this.name = 'ConsistencyError';
		this.code = code;
		this.params = params;
	}
}

/** One group's (municipality's) assessment of one vignette in one wave. */
export type GroupAssessment = {
	wave: string;
	municipality: string;
	vignette: string;
	/** Ordinal level 0..levels−1; null = no level recorded (the row still counts for steps). */
	concern: number | null;
	/** Recommended next steps (step keys such as 'bfu', 'tidlig'); duplicates are ignored. */
	steps: string[];
	/** Optional: did the group agree? Carried through, not used by the measures. */
	agreed?: 'yes' | 'partly' | 'no' | null;
};

/** One participant's own assessment (for within-municipality measures). */
export type IndividualAssessment = {
	wave: string;
	municipality: string;
	vignette: string;
	participant: string;
	concern: number | null;
};

/** Coded passages per group: agreement (VUR.ENIG) vs disagreement (VUR.UENIG / SPA.UDFORDRER). */
export type CodingCounts = {
	wave: string;
	municipality: string;
	agree: number;
	disagree: number;
};

/** Code counts per dimension (e.g. VUR, SPA, VID, IND) and optionally per pole ('2002' / '2024'). */
export type DimensionCounts = {
	wave: string;
	municipality: string;
	dimensions: Record<string, number>;
	poles?: Record<string, number>;
};
