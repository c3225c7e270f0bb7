/** A half-open character range [start, end) into a document's text. */
export interface Range {
	start: number;
	end: number;
}

export type TokenType =
	| 'word'
	| 'abbreviation'
	| 'number'
	| 'ordinal'
	| 'punctuation'
	| 'symbol'
	| 'email'
	| 'url'
	| 'hashtag'
	| 'mention'
	| 'emoji'
	| 'emoticon'
	| 'other';

/** Stable numeric codes for token types (stored per vocabulary term in the index). */
export const TOKEN_TYPES: readonly TokenType[] = [
	'word',
	'abbreviation',
	'number',
	'ordinal',
	'punctuation',
	'symbol',
	'email',
	'url',
	'hashtag',
	'mention',
	'emoji',
	'emoticon',
	'other'
];

export const TYPE_CODE: Readonly<Record<TokenType, number>> = Object.fromEntries(
	TOKEN_TYPES.map((t, i) => [t, i])
) as Record<TokenType, number>;

export interface Token {
	/** Exact source text: `text.slice(start, end) === surface`. */
	surface: string;
	/** Lower-case, NFC. */
	normal: string;
	type: TokenType;
	start: number;
	end: number;
	/** Snowball Danish stem of `normal` for words; `normal` otherwise. */
	stem: string;
	isStop: boolean;
}

/** Ranges per document id, as a Map or a plain object. */
export type RangesByDoc = ReadonlyMap<string, readonly Range[]> | Readonly<Record<string, readonly Range[]>>;

/** Which part of a corpus an operation looks at. */
export interface Selection {
	/** Only these document ids (unknown ids are ignored). Default: all. */
	docs?: Iterable<string>;
	/**
	 * Only tokens/hits lying entirely inside one of these ranges. When given, documents without an
	 * entry are excluded (an allow-list, e.g. the turns passing the app's filters).
	 */
	ranges?: RangesByDoc;
}
