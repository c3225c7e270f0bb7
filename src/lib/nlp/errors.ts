// Errors with a stable machine code (translated by the UI) and an English message (CLI).

export type NlpErrorCode =
	| 'empty_query'
	| 'unbalanced_quote'
	| 'empty_term'
	| 'wildcard_too_broad'
	| 'stem_wildcard'
	| 'query_too_long'
	| 'duplicate_doc'
	| 'invalid_range'
	| 'invalid_option'
	| 'invalid_keyword'
	| 'turns_required';

export type NlpErrorParams = Record<string, string | number>;

export class NlpError extends Error {
	readonly code: NlpErrorCode;
	readonly params: NlpErrorParams;
	constructor(code: NlpErrorCode, message: string, params: NlpErrorParams = {}) {
		super(message);
		this.name = 'NlpError';
		this.code = code;
		this.params = params;
	}
}

export function isNlpError(e: unknown): e is NlpError {
	return e instanceof NlpError;
}
