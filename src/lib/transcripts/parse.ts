// The single entry point: bytes + filename in, transcript or specific error out. Browser-safe;
// .docx needs a reader injected (see node.ts, which wires in mammoth).
import { looksLikeSrt, looksLikeVtt, parseSrt, parseVtt } from './captions';
import { decodeText } from './decode';
import { transcriptError } from './errors';
import { isZip, sniffBinaryKind } from './sniff';
import { parseTextTranscript } from './text';
import type { ParsedTranscript, Result, TranscriptResult, TranscriptWarning } from './types';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export type DocxParser = (bytes: Uint8Array, warnings?: TranscriptWarning[]) => Promise<Result<ParsedTranscript>>;

export interface ParseTranscriptOptions {
	/** Default 20 MiB. */
	maxBytes?: number;
	/** Parser for .docx; without it .docx files give `docx_unavailable`. */
	docx?: DocxParser;
}

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.docx', '.vtt', '.srt'] as const;

export function extensionOf(filename: string): string {
	const base = filename.split(/[\\/]/).pop() ?? '';
	const dot = base.lastIndexOf('.');
	return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export async function parseTranscript(
	input: { filename: string; bytes: Uint8Array },
	options: ParseTranscriptOptions = {}
): Promise<TranscriptResult> {
	const { bytes, filename } = input;
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	const extension = extensionOf(filename);
	if (bytes.length === 0) return fail('empty_file');
	if (bytes.length > maxBytes) return fail('too_large', { limit: maxBytes, size: bytes.length });
	if (extension !== '' && !(SUPPORTED_EXTENSIONS as readonly string[]).includes(extension)) {
		const detected = sniffBinaryKind(bytes);
		return fail('unsupported_type', detected ? { extension, detected } : { extension });
	}

	if (extension === '.docx' || (isZip(bytes) && options.docx)) {
		if (!options.docx) return fail('docx_unavailable');
		return options.docx(bytes);
	}
	const detected = sniffBinaryKind(bytes);
	if (detected === 'pdf' || detected === 'doc' || detected === 'rtf') {
		return fail('unsupported_type', { extension, detected });
	}

	const decoded = decodeText(bytes);
	if (!decoded.ok) return decoded;
	const { text, encoding, hadBom, warnings } = decoded.value;
	if (text.trim() === '') return fail('empty_file');

	let result: Result<ParsedTranscript>;
	if (extension === '.vtt' || looksLikeVtt(text)) result = parseVtt(text, warnings);
	else if (extension === '.srt' || looksLikeSrt(text)) result = parseSrt(text, warnings);
	else {
		const markdown = extension === '.md' || extension === '.markdown';
		result = parseTextTranscript(text, markdown ? 'markdown' : 'text', warnings);
	}
	if (result.ok) {
		result.value.encoding = encoding;
		result.value.hadBom = hadBom;
	}
	return result;
}

function fail(code: Parameters<typeof transcriptError>[0], params: Record<string, string | number> = {}): TranscriptResult {
	return { ok: false, error: transcriptError(code, params) };
}
