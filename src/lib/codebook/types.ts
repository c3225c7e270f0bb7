// The codebook's shapes, shared by the JSON format, the built-in codebook, the server and the pages.
// Pure and browser-safe.

export type Pole = '2002' | '2024';
export const POLES: readonly Pole[] = ['2002', '2024'];

/** The editable fields of one code (a dimension is a code without a parent). */
export interface CodeFields {
	key: string;
	name: string;
	definition: string;
	inclusion: string;
	exclusion: string;
	example: string;
	/** `#rrggbb`, lower case. */
	color: string;
	/** One letter or digit, lower case; unique in the study. */
	shortcut: string | null;
	pole: Pole | null;
	/** Keyword queries for suggestions (see $lib/nlp query syntax). */
	keywords: string[];
}

/** A code in the JSON format: its fields and its children, in order. */
export interface CodebookCode extends CodeFields {
	children: CodebookCode[];
}

export const CODEBOOK_FORMAT = 'vignet-codebook';
export const CODEBOOK_VERSION = 1;

/** The versioned JSON exchange format. */
export interface CodebookJson {
	format: typeof CODEBOOK_FORMAT;
	version: typeof CODEBOOK_VERSION;
	name: string;
	codes: CodebookCode[];
}

/** Limits that apply to the JSON format and to edits alike. */
export const LIMITS = {
	name: 120,
	key: 40,
	definition: 4000,
	inclusion: 4000,
	exclusion: 4000,
	example: 2000,
	keyword: 100,
	keywords: 200,
	codebookName: 200,
	/** Levels including the dimensions: a dimension and up to five levels below it. */
	depth: 6,
	codes: 1000,
	/** Upload size of a codebook JSON file. */
	fileBytes: 2 * 1024 * 1024
} as const;

/** One problem with a code or a codebook file: where, what, and the details for the message. */
export interface CodebookProblem {
	/** Where in the file, e.g. `codes[0].children[2].color`; '' for the whole file. */
	path: string;
	/** The key of the code concerned, when known. */
	codeKey?: string;
	problem:
		| 'invalid_json'
		| 'not_object'
		| 'unknown_format'
		| 'unsupported_version'
		| 'missing'
		| 'wrong_type'
		| 'required'
		| 'too_long'
		| 'invalid_key'
		| 'duplicate_key'
		| 'invalid_color'
		| 'invalid_shortcut'
		| 'duplicate_shortcut'
		| 'invalid_pole'
		| 'too_deep'
		| 'too_many_codes'
		| 'too_many_keywords'
		| 'invalid_keyword';
	params: Record<string, string | number>;
}
