import type {
	Params,
	TranscriptError,
	TranscriptErrorCode,
	TranscriptWarning,
	TranscriptWarningCode
} from './types';

const errorMessages: Record<TranscriptErrorCode, (p: Params) => string> = {
	empty_file: () => 'The file is empty.',
	too_large: (p) => `The file is ${p.size} bytes; the limit is ${p.limit} bytes.`,
	unsupported_type: (p) =>
		p.detected
			? `Unsupported file type ${p.extension || '(none)'} (the content looks like ${p.detected}). Use .txt, .md, .docx, .vtt or .srt.`
			: `Unsupported file type ${p.extension || '(none)'}. Use .txt, .md, .docx, .vtt or .srt.`,
	docx_unavailable: () => 'Word files can only be read on the server.',
	not_docx: (p) =>
		p.reason === 'no_document_xml'
			? 'The file is a zip archive but not a Word document (no word/document.xml).'
			: p.detected
				? `The file is not a Word .docx document (the content looks like ${p.detected}).`
				: 'The file is not a Word .docx document (not a zip archive).',
	binary_file: (p) =>
		`The file looks binary, not text (${p.reason === 'nul_bytes' ? 'it contains NUL bytes' : 'too many control characters'}).`,
	bad_encoding: (p) => `The text encoding ${p.encoding} is not supported; save the file as UTF-8.`,
	no_turns: () =>
		'No turns found. Each turn should be a paragraph starting with the speaker, e.g. "Interviewer: Hvad tænker I?".',
	malformed_vtt: (p) => `Malformed WebVTT at line ${p.line}: ${p.detail}.`,
	malformed_srt: (p) => `Malformed SRT at line ${p.line}: ${p.detail}.`
};

const warningMessages: Record<TranscriptWarningCode, (p: Params) => string> = {
	ignored_text: (p) => `Line ${p.line}: text outside any turn was ignored: "${p.text}"`,
	front_matter_ignored: (p) => `Front matter (${p.lines} lines) was ignored.`,
	empty_turn: (p) => `Line ${p.line}: turn by ${p.speaker} has no text and was skipped.`,
	empty_section: (p) => `Line ${p.line}: section "${p.label}" has no turns and was dropped.`,
	unknown_speaker: (p) =>
		`${p.count} cue(s) had no speaker and were attributed to "${p.speaker}" (first at line ${p.line}).`,
	ignored_block: (p) => `Line ${p.line}: block without cue timing was ignored.`,
	decoded_windows_1252: () => 'The file is not UTF-8; it was read as Windows-1252.',
	utf16_without_bom: (p) => `The file has no byte-order mark; it was read as ${p.encoding}.`,
	mojibake_suspected: (p) =>
		`The text contains ${p.count} sequence(s) like "${p.sample}" that look like wrongly decoded æ/ø/å; check the source file.`,
	mojibake_repaired: (p) =>
		`The text had been wrongly decoded once (${p.count} sequences like "${p.sample}"); it was repaired.`,
	control_characters_removed: (p) => `${p.count} control character(s) were removed.`,
	docx_message: (p) => `Word conversion: ${p.detail}`
};

export function transcriptError(code: TranscriptErrorCode, params: Params = {}): TranscriptError {
	return { code, params, message: errorMessages[code](params) };
}

export function transcriptWarning(
	code: TranscriptWarningCode,
	params: Params = {},
	line?: number
): TranscriptWarning {
	const w: TranscriptWarning = { code, params, message: warningMessages[code](params) };
	if (line !== undefined) w.line = line;
	return w;
}

export function isTranscriptError(x: unknown): x is TranscriptError {
	return (
		typeof x === 'object' &&
		x !== null &&
		typeof (x as TranscriptError).code === 'string' &&
		typeof (x as TranscriptError).message === 'string' &&
		!('turns' in x)
	);
}
