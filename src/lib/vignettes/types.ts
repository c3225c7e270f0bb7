/** The four codebook dimensions that discussion questions are grouped by. */
export type QuestionDimension = 'vurdering' | 'sparring' | 'viden' | 'indsats';

export const QUESTION_DIMENSIONS: readonly QuestionDimension[] = [
	'vurdering',
	'sparring',
	'viden',
	'indsats'
];

export interface ParsedVignette {
	/** Stable kebab-case id (a-z, 0-9, '-'), 2–64 chars. */
	key: string;
	title: string;
	/** Age of the main child in whole years; null when not stated. */
	childAge: number | null;
	themes: string[];
	fictional: boolean;
	/** 2002 wave text: paragraphs separated by one blank line. */
	text2002: string;
	/** 2024 wave text: paragraphs separated by one blank line. */
	text2024: string;
	questions: Record<QuestionDimension, string[]>;
	/** Text of the blockquote before the first section (e.g. the fiction notice). */
	notice?: string;
	/** Optional one-line teaching summary (front matter `summary`). */
	summary?: string;
	/** Optional provenance note (front matter `source`). */
	source?: string;
}

export type VignetteFormatErrorCode =
	| 'missing_front_matter'
	| 'invalid_yaml'
	| 'missing_field'
	| 'invalid_field'
	| 'invalid_key'
	| 'invalid_age'
	| 'missing_version'
	| 'duplicate_section'
	| 'unknown_section'
	| 'empty_version'
	| 'too_long';

export interface VignetteFormatError {
	code: VignetteFormatErrorCode;
	/** Values for the UI's translated message; `line` is 1-based in the original file. */
	params: Record<string, string | number>;
	/** English message for the CLI, prefixed with the filename when one was given. */
	message: string;
	filename?: string;
}

export type DiffKind = 'same' | 'removed' | 'added';

export interface DiffPart {
	kind: DiffKind;
	text: string;
}
