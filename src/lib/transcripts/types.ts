// Serialisable model of an imported transcript. Offsets are UTF-16 code units into `text`,
// exactly as JavaScript strings index them, because codings are stored as such offsets.

export type TranscriptFormat = 'text' | 'markdown' | 'docx' | 'vtt' | 'srt';
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface ParsedTurn {
	index: number;
	speaker: string;
	/** Offset of the first character of the utterance in `ParsedTranscript.text`. */
	start: number;
	/** Offset just past the utterance (exclusive). */
	end: number;
	/** Normalised 'HH:MM:SS.mmm'. */
	timestamp?: string;
	endTimestamp?: string;
	/** 1-based source line (text, VTT, SRT) or paragraph number (docx) where the turn starts. */
	line?: number;
}

export interface ParsedSection {
	/** 'Kira' for '## Vignet: Kira' or '# Vignet 2 – Kira'; the whole heading when it has no name part. */
	label: string;
	/** The heading as written, without markdown '#'s, so serialisation can reproduce it. */
	heading: string;
	start: number;
	end: number;
	firstTurn: number;
	lastTurn: number;
}

export interface SpeakerSummary {
	label: string;
	turns: number;
	words: number;
}

export type TranscriptWarningCode =
	| 'ignored_text'
	| 'front_matter_ignored'
	| 'empty_turn'
	| 'empty_section'
	| 'unknown_speaker'
	| 'ignored_block'
	| 'decoded_windows_1252'
	| 'utf16_without_bom'
	| 'mojibake_suspected'
	| 'mojibake_repaired'
	| 'control_characters_removed'
	| 'docx_message';

export type Params = Record<string, string | number>;

export interface TranscriptWarning {
	code: TranscriptWarningCode;
	params: Params;
	/** English, for the CLI and logs; the UI translates `code` with `params`. */
	message: string;
	line?: number;
}

export type TranscriptErrorCode =
	| 'empty_file'
	| 'too_large'
	| 'unsupported_type'
	| 'docx_unavailable'
	| 'not_docx'
	| 'binary_file'
	| 'bad_encoding'
	| 'no_turns'
	| 'malformed_vtt'
	| 'malformed_srt';

export interface TranscriptError {
	code: TranscriptErrorCode;
	params: Params;
	message: string;
}

export interface ParsedTranscript {
	format: TranscriptFormat;
	/** Canonical text: the utterances joined by '\n\n' (paragraphs inside one utterance by '\n'). */
	text: string;
	turns: ParsedTurn[];
	sections: ParsedSection[];
	speakers: SpeakerSummary[];
	warnings: TranscriptWarning[];
	/** How the bytes were decoded; absent for docx. */
	encoding?: TextEncodingName;
	hadBom?: boolean;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: TranscriptError };
export type TranscriptResult = Result<ParsedTranscript>;
