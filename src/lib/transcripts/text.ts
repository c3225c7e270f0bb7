// Plain-text / Markdown transcripts: 'Name: utterance' paragraphs. Also the back end for .docx,
// which arrives here as blocks (Word paragraphs and headings).
import { TranscriptBuilder, PARAGRAPH_SEPARATOR } from './builder';
import { transcriptError, transcriptWarning } from './errors';
import {
	matchAttribution,
	matchSpeakerLine,
	matchTimestampLine,
	parseSectionHeading,
	type SpeakerLineMatch
} from './labels';
import type { ParsedTranscript, Result, TranscriptFormat, TranscriptWarning } from './types';

export interface SourceLine {
	text: string;
	/** 1-based line number (text) or paragraph number (docx). */
	line: number;
}

export type Block =
	| { kind: 'heading'; text: string; line: number }
	| { kind: 'paragraph'; lines: SourceLine[] };

const HEADING = /^\s{0,3}#{1,6}\s+\S/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;

/** Splits text into paragraphs (blank-line separated) and markdown headings; drops YAML front matter. */
export function splitTextBlocks(text: string, warnings: TranscriptWarning[]): Block[] {
	const lines = text.split('\n');
	let i = 0;
	if (lines[0]?.trim() === '---') {
		const close = lines.findIndex((l, k) => k > 0 && k < 60 && /^(?:---|\.\.\.)\s*$/.test(l));
		if (close > 0) {
			warnings.push(transcriptWarning('front_matter_ignored', { lines: close + 1 }, 1));
			i = close + 1;
		}
	}
	const blocks: Block[] = [];
	let current: SourceLine[] = [];
	const flush = () => {
		if (current.length > 0) blocks.push({ kind: 'paragraph', lines: current });
		current = [];
	};
	for (; i < lines.length; i++) {
		const raw = lines[i];
		if (raw.trim() === '' || RULE.test(raw)) {
			flush();
		} else if (HEADING.test(raw)) {
			flush();
			blocks.push({ kind: 'heading', text: raw.trim(), line: i + 1 });
		} else {
			current.push({ text: raw, line: i + 1 });
		}
	}
	flush();
	return blocks;
}

/** Whitespace normalisation inside a line: runs of spaces/tabs/NBSP become one space; trimmed. */
export function normaliseSpaces(s: string): string {
	return s.replace(/[^\S\n]+/g, ' ').trim();
}

const ENDS_SENTENCE = /[.?!…)\]”"»]$/;

interface Chunk {
	line: number;
	/** The label that opens this chunk; absent for a paragraph that starts without one. */
	label?: SpeakerLineMatch;
	section?: { label: string; heading: string };
	/** Whether the chunk starts a paragraph (only then can it be a continuation or an attribution). */
	paragraphStart: boolean;
	lines: string[];
	timestamp?: { timestamp: string; endTimestamp?: string };
}

function keyOf(speaker: string): string {
	return speaker.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Heuristics (see README): a label opens a turn at the start of a paragraph; inside a paragraph
 * (no blank line before it) only when the label is a known speaker (used at a paragraph start or at
 * least twice at line starts) or the previous line ends a sentence. A line that is only a timestamp
 * belongs to the label on the next line.
 */
function chunkParagraphs(blocks: Block[]): (Chunk | { heading: string; line: number })[] {
	const counts = new Map<string, number>();
	const paragraphStarters = new Set<string>();
	// Normalised text and label match of every line, computed once.
	const texts = blocks.map((b) => (b.kind === 'paragraph' ? b.lines.map((l) => normaliseSpaces(l.text)) : []));
	const matches = texts.map((ls) => ls.map((t) => matchSpeakerLine(t)));
	blocks.forEach((b, bi) => {
		matches[bi].forEach((m, i) => {
			if (!m) return;
			const k = keyOf(m.speaker);
			counts.set(k, (counts.get(k) ?? 0) + 1);
			if (i === 0 || (i === 1 && matchTimestampLine(texts[bi][0]))) paragraphStarters.add(k);
		});
	});
	const known = (speaker: string) => {
		const k = keyOf(speaker);
		return paragraphStarters.has(k) || (counts.get(k) ?? 0) >= 2;
	};

	const out: (Chunk | { heading: string; line: number })[] = [];
	let pendingTs: Chunk['timestamp'];
	blocks.forEach((b, bi) => {
		if (b.kind === 'heading') {
			out.push({ heading: b.text, line: b.line });
			pendingTs = undefined;
			return;
		}
		let chunk: Chunk | null = null;
		let contentLines = 0;
		b.lines.forEach((l, i) => {
			const text = texts[bi][i];
			const tsOnly = matchTimestampLine(text);
			if (tsOnly) {
				const next =
					i + 1 < b.lines.length
						? matches[bi][i + 1]
						: blocks[bi + 1]?.kind === 'paragraph'
							? matches[bi + 1][0]
							: null;
				if (next) {
					pendingTs = tsOnly;
					return;
				}
			}
			const first = contentLines === 0;
			contentLines++;
			const section = parseSectionHeading(text, true);
			if (section) {
				out.push({ heading: section.heading, line: l.line });
				chunk = null;
				return;
			}
			const m = matches[bi][i];
			const prev = i > 0 ? texts[bi][i - 1] : '';
			if (m && (first || chunk === null || known(m.speaker) || ENDS_SENTENCE.test(prev))) {
				const c: Chunk = { line: l.line, label: m, paragraphStart: first, lines: m.rest ? [m.rest] : [] };
				if (!m.timestamp && pendingTs) c.timestamp = pendingTs;
				pendingTs = undefined;
				out.push(c);
				chunk = c;
				return;
			}
			if (chunk === null) {
				chunk = { line: l.line, paragraphStart: first, lines: [] };
				out.push(chunk);
			}
			(chunk as Chunk).lines.push(text);
		});
	});
	return out;
}

const IGNORED_PREVIEW = 500;

/** Builds a transcript from blocks; shared by the text/markdown and .docx parsers. */
export function parseBlocks(
	blocks: Block[],
	format: TranscriptFormat,
	warnings: TranscriptWarning[] = []
): Result<ParsedTranscript> {
	const builder = new TranscriptBuilder(warnings);
	type Open = { speaker: string; paragraphs: string[]; line: number; timestamp?: string; endTimestamp?: string };
	let open: Open | null = null;
	// The last paragraph that was outside any turn, kept so a following lone '(Attribution)' can claim it.
	let lastIgnored: { text: string; line: number; warning: TranscriptWarning } | null = null;
	const dropped = new Set<TranscriptWarning>();

	const flush = () => {
		if (!open) return;
		const utterance = open.paragraphs.filter((p) => p.length > 0).join(PARAGRAPH_SEPARATOR);
		builder.addTurn(open.speaker, utterance, {
			timestamp: open.timestamp,
			endTimestamp: open.endTimestamp,
			line: open.line
		});
		open = null;
	};
	const ignore = (text: string, line: number) => {
		const preview = text.length > IGNORED_PREVIEW ? text.slice(0, IGNORED_PREVIEW) + '…' : text;
		const warning = transcriptWarning('ignored_text', { line, text: preview }, line);
		builder.warnings.push(warning);
		lastIgnored = { text, line, warning };
	};

	for (const c of chunkParagraphs(blocks)) {
		if ('heading' in c) {
			flush();
			lastIgnored = null;
			const s = parseSectionHeading(c.heading, false);
			if (s) builder.startSection(s.label, s.heading, c.line);
			continue;
		}
		const text = c.lines.join(' ');
		if (c.label) {
			flush();
			lastIgnored = null;
			const ts = c.label.timestamp ? c.label : c.timestamp;
			open = {
				speaker: c.label.speaker,
				paragraphs: [text],
				line: c.line,
				timestamp: ts?.timestamp,
				endTimestamp: ts?.endTimestamp
			};
			continue;
		}
		const attribution = c.paragraphStart ? matchAttribution(text) : null;
		if (attribution && attribution.utterance) {
			flush();
			lastIgnored = null;
			builder.addTurn(attribution.speaker, attribution.utterance, { line: c.line });
			continue;
		}
		const claimed = lastIgnored as { text: string; line: number; warning: TranscriptWarning } | null;
		if (attribution && !open && claimed) {
			dropped.add(claimed.warning);
			builder.addTurn(attribution.speaker, claimed.text, { line: claimed.line });
			lastIgnored = null;
			continue;
		}
		if (open) (open as Open).paragraphs.push(text);
		else ignore(text, c.line);
	}
	flush();
	if (dropped.size > 0) {
		const kept = builder.warnings.filter((w) => !dropped.has(w));
		builder.warnings.length = 0;
		builder.warnings.push(...kept);
	}
	if (builder.turns.length === 0) {
		const paragraphs = blocks.filter((b) => b.kind === 'paragraph').length;
		return { ok: false, error: transcriptError('no_turns', { paragraphs }) };
	}
	return { ok: true, value: builder.build(format) };
}

/** Parses decoded text (LF newlines, NFC) as a plain-text or Markdown transcript. */
export function parseTextTranscript(
	text: string,
	format: 'text' | 'markdown' = 'text',
	warnings: TranscriptWarning[] = []
): Result<ParsedTranscript> {
	const w = [...warnings];
	return parseBlocks(splitTextBlocks(text, w), format, w);
}
