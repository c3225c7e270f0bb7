// Shared result types. An undefined coefficient is explicit data, never NaN and never a throw.

export type Level = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/** A raw rating: null, undefined or '' (after trimming) means missing. */
export type RawValue = string | number | null | undefined;

export type Category = string | number;

/** Stable machine codes for coefficients that cannot be computed on the given data. */
export type UndefinedCode =
	| 'no_data'
	| 'too_few_coders'
	| 'too_few_pairable'
	| 'too_few_units'
	| 'no_variation'
	| 'category_absent'
	| 'single_category'
	| 'unequal_raters'
	| 'no_replicates';

export type Defined = { value: number; reason?: undefined; code?: undefined };
export type Undefined = { value: null; reason: string; code: UndefinedCode };
export type Coefficient = Defined | Undefined;

export function undef(code: UndefinedCode, reason: string): Undefined {
	return { value: null, reason, code };
}

export function defined(value: number): Defined {
	return { value };
}

/** Thrown for invalid input (not for undefined coefficients); `code` is stable, `params` feed the UI message. */
export class AgreementError extends Error {
	readonly code: string;
	readonly params: Record<string, string | number>;
	constructor(code: string, message: string, params: Record<string, string | number> = {}) {
		super(message);
		this.name = 'AgreementError';
		this.code = code;
		this.params = params;
	}
}
