// Browser-safe API of the transcript import library (no mammoth, no node built-ins).
// Server code that must read .docx imports './node' instead.
export * from './types';
export { transcriptError, transcriptWarning, isTranscriptError } from './errors';
export { decodeText, decodeWindows1252, repairMojibake, normaliseNewlines, type DecodedText } from './decode';
export { parseTextTranscript, parseBlocks, splitTextBlocks, type Block, type SourceLine } from './text';
export { parseVtt, parseSrt, looksLikeVtt, looksLikeSrt, decodeEntities, UNKNOWN_SPEAKER } from './captions';
export {
	parseTranscript,
	extensionOf,
	DEFAULT_MAX_BYTES,
	SUPPORTED_EXTENSIONS,
	type ParseTranscriptOptions,
	type DocxParser
} from './parse';
export { isSpeakerLabel, isAttribution, matchSpeakerLine, parseSectionHeading, matchAttribution } from './labels';
export { normaliseTimestamp, timestampToMs } from './timestamps';
export { countWords, summariseSpeakers, TranscriptBuilder, TURN_SEPARATOR, PARAGRAPH_SEPARATOR } from './builder';
export {
	applyPseudonyms,
	makePseudonymiser,
	pseudonymiseLabel,
	pseudonymiseTranscript,
	findNameOccurrences,
	type PseudonymEntry,
	type NameOccurrence
} from './pseudonyms';
export { serialiseTranscript, type SerialiseOptions } from './serialise';
