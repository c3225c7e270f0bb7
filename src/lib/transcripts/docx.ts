// Word .docx import (Node only: mammoth is loaded here and nowhere else, so the rest of the
// library stays browser-safe). Word paragraphs become text blocks; Heading paragraphs become
// section headings; two/three-column tables (Name | utterance, time | Name | utterance) become turns.
import mammoth from 'mammoth';
import { decodeEntities } from './captions';
import { transcriptError, transcriptWarning } from './errors';
import { matchSpeakerLine } from './labels';
import { isZip, sniffBinaryKind } from './sniff';
import { parseBlocks, type Block } from './text';
import type { ParsedTranscript, Result, TranscriptWarning } from './types';

const STYLE_MAP = [
	"p[style-name='Overskrift 1'] => h1:fresh",
	"p[style-name='Overskrift 2'] => h2:fresh",
	"p[style-name='Overskrift 3'] => h3:fresh"
];

const HEADER_CELL =
	/^(?:navn|name|speaker|taler|deltager|person|tid|time|tidspunkt|timestamp|tekst|text|udsagn|utterance|citat|transskription)?:?$/i;

export interface DocxBlocks {
	blocks: Block[];
	warnings: TranscriptWarning[];
}

/** Reads a .docx into blocks, or a `not_docx` error for anything that is not a Word document. */
export async function readDocxBlocks(bytes: Uint8Array): Promise<Result<DocxBlocks>> {
	if (!isZip(bytes)) {
		const detected = sniffBinaryKind(bytes);
		return { ok: false, error: transcriptError('not_docx', detected ? { reason: 'not_zip', detected } : { reason: 'not_zip' }) };
	}
	let html: string;
	const warnings: TranscriptWarning[] = [];
	try {
		const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		const result = await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP });
		html = result.value;
		for (const m of result.messages) {
			// Unknown styles are normal in real documents and change nothing we use.
			if (/^Unrecognised (?:paragraph|run) style/.test(m.message)) continue;
			warnings.push(transcriptWarning('docx_message', { detail: m.message }));
		}
	} catch (e) {
		const msg = e instanceof Error ? e.message : String(e);
		const reason = /main document part/i.test(msg) ? 'no_document_xml' : 'corrupt_zip';
		return { ok: false, error: transcriptError('not_docx', { reason }) };
	}
	return { ok: true, value: { blocks: htmlToBlocks(html), warnings } };
}

/** Turns mammoth's flat HTML (p, h1–h6, ul/ol/li, table, br, strong/em…) into blocks. */
export function htmlToBlocks(html: string): Block[] {
	const blocks: Block[] = [];
	let n = 0;
	let buf: string | null = null;
	let headingLevel = 0;
	// Paragraph texts of the current table row, per cell; null outside tables.
	let row: string[][] | null = null;
	let cell: string[] | null = null;
	let tableDepth = 0;

	const emitParagraph = (text: string) => {
		const lines = text
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l.length > 0);
		if (lines.length === 0) return;
		n++;
		blocks.push({ kind: 'paragraph', lines: lines.map((l) => ({ text: l, line: n })) });
	};
	const endBlock = () => {
		if (buf === null) return;
		const text = decodeEntities(buf);
		buf = null;
		if (cell && tableDepth === 1) {
			cell.push(text);
		} else if (headingLevel > 0) {
			const t = text.replace(/\s+/g, ' ').trim();
			if (t) blocks.push({ kind: 'heading', text: t, line: ++n });
		} else emitParagraph(text);
		headingLevel = 0;
	};
	let firstRow = false;
	const emitRow = (cells: string[][]) => {
		const texts = cells.map((c) => c.join('\n').trim());
		// A header row ('Navn | Udsagn', 'Tid | Taler | Tekst') is layout, not a turn.
		if (firstRow && texts.every((t) => HEADER_CELL.test(t))) return;
		if (texts.length >= 2 && texts.slice(0, -1).every((t) => t.length > 0 && !t.includes('\n'))) {
			const prefix = texts.slice(0, -1).join(' ').replace(/:$/, '');
			const body = cells[cells.length - 1].filter((p) => p.trim());
			const firstLine = `${prefix}: ${body[0] ?? ''}`;
			if (matchSpeakerLine(firstLine.split('\n')[0])) {
				emitParagraph(firstLine);
				for (const p of body.slice(1)) emitParagraph(p);
				return;
			}
		}
		for (const c of cells) for (const p of c) emitParagraph(p);
	};

	const token = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(\/?)>|([^<]+)/g;
	let m: RegExpExecArray | null;
	while ((m = token.exec(html))) {
		if (m[4] !== undefined) {
			if (buf !== null) buf += m[4];
			else if (m[4].trim()) buf = m[4]; // stray text outside a block
			continue;
		}
		const closing = m[1] === '/';
		const tag = m[2].toLowerCase();
		if (tag === 'br') {
			if (buf !== null) buf += '\n';
			continue;
		}
		if (/^(p|h[1-6]|li)$/.test(tag)) {
			endBlock();
			if (!closing) {
				buf = '';
				headingLevel = tag[0] === 'h' ? Number(tag[1]) : 0;
			}
		} else if (tag === 'table') {
			endBlock();
			tableDepth += closing ? -1 : 1;
			firstRow = !closing && tableDepth === 1;
		} else if (tag === 'tr' && tableDepth === 1) {
			endBlock();
			if (closing) {
				if (row) emitRow(row);
				row = null;
				firstRow = false;
			} else row = [];
		} else if ((tag === 'td' || tag === 'th') && tableDepth === 1) {
			endBlock();
			if (closing) {
				if (row && cell) row.push(cell);
				cell = null;
			} else cell = [];
		}
	}
	endBlock();
	return blocks;
}

/** Parses .docx bytes into a transcript. */
export async function parseDocx(bytes: Uint8Array, warnings: TranscriptWarning[] = []): Promise<Result<ParsedTranscript>> {
	const read = await readDocxBlocks(bytes);
	if (!read.ok) return read;
	return parseBlocks(read.value.blocks, 'docx', [...warnings, ...read.value.warnings]);
}
