// Server/CLI entry: everything from index.ts plus .docx support (mammoth). Never import this
// from browser code.
import { parseDocx } from './docx';
import { parseTranscript as parseTranscriptBase, type ParseTranscriptOptions } from './parse';
import type { TranscriptResult } from './types';

export * from './index';
export { parseDocx, readDocxBlocks, htmlToBlocks } from './docx';

/** parseTranscript with .docx support wired in. */
export function parseTranscript(
	input: { filename: string; bytes: Uint8Array },
	options: ParseTranscriptOptions = {}
): Promise<TranscriptResult> {
	return parseTranscriptBase(input, { docx: parseDocx, ...options });
}
