// WebVTT and SRT captions: cues become turns; consecutive cues of one speaker merge.
import { TranscriptBuilder } from './builder';
import { transcriptError, transcriptWarning } from './errors';
import { matchSpeakerLine, parseSectionHeading } from './labels';
import type { ParsedTranscript, Result, TranscriptWarning } from './types';

export const UNKNOWN_SPEAKER = 'Ukendt';

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	lrm: '',
	rlm: ''
};

export function decodeEntities(s: string): string {
	return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
		if (name[0] === '#') {
			const cp = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
		}
		return NAMED_ENTITIES[name.toLowerCase()] ?? all;
	});
}

function cleanCueText(s: string): string {
	const noTags = s.replace(/<[^>]*>/g, '').replace(/\{\\[^}]*\}/g, '');
	return decodeEntities(noTags).replace(/\s+/g, ' ').trim();
}

// VTT: [hh:]mm:ss.ttt (SRT uses a comma; both are accepted for robustness).
const CUE_TIME = /^(?:(\d{1,3}):)?([0-5]?\d):([0-5]\d)[.,](\d{1,3})$/;

function parseCueTime(raw: string): string | null {
	const m = CUE_TIME.exec(raw.trim());
	if (!m) return null;
	const h = String(Number(m[1] ?? 0)).padStart(2, '0');
	return `${h}:${m[2].padStart(2, '0')}:${m[3]}.${m[4].padEnd(3, '0')}`;
}

interface Segment {
	speaker: string | null;
	text: string;
}

/** Splits one cue payload into speaker segments: `<v Name>` spans, else 'Name: text' lines. */
function segmentsOf(payload: string[]): Segment[] {
	const joined = payload.join('\n');
	const voice = /<v(?:\.[^\s>]*)?(?:[ \t]+([^>]*))?>/g;
	const segments: Segment[] = [];
	let last = 0;
	let speaker: string | null = null;
	let m: RegExpExecArray | null;
	const pushVoiced = (raw: string, who: string | null) => {
		if (who !== null) segments.push({ speaker: who, text: cleanCueText(raw) });
		else segments.push(...labelledLines(raw));
	};
	while ((m = voice.exec(joined))) {
		pushVoiced(joined.slice(last, m.index), speaker);
		speaker = cleanCueText(m[1] ?? '') || null;
		last = m.index + m[0].length;
	}
	pushVoiced(joined.slice(last), speaker);
	return segments.filter((s) => s.text.length > 0);
}

function labelledLines(raw: string): Segment[] {
	const out: Segment[] = [];
	for (const line of raw.split('\n')) {
		// '- ' is the subtitle convention for a change of speaker inside one cue.
		const text = cleanCueText(line).replace(/^[-–]\s+/, '');
		if (!text) continue;
		const m = matchSpeakerLine(text);
		if (m) out.push({ speaker: m.speaker, text: m.rest });
		else if (out.length > 0) {
			const prev = out[out.length - 1];
			prev.text = prev.text ? `${prev.text} ${text}` : text;
		}
		else out.push({ speaker: null, text });
	}
	return out;
}

interface Block {
	lines: string[];
	line: number;
}

function blocksOf(lines: string[], from: number): Block[] {
	const blocks: Block[] = [];
	let cur: Block | null = null;
	for (let i = from; i < lines.length; i++) {
		if (lines[i].trim() === '') {
			cur = null;
			continue;
		}
		if (!cur) blocks.push((cur = { lines: [], line: i + 1 }));
		cur.lines.push(lines[i]);
	}
	return blocks;
}

type Kind = 'vtt' | 'srt';

function parseCaptions(text: string, kind: Kind, warnings: TranscriptWarning[]): Result<ParsedTranscript> {
	const lines = text.split('\n');
	const malformed = kind === 'vtt' ? 'malformed_vtt' : 'malformed_srt';
	let from = 0;
	if (kind === 'vtt') {
		if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) {
			return { ok: false, error: transcriptError('malformed_vtt', { line: 1, detail: 'missing WEBVTT header' }) };
		}
		// The header block runs to the first blank line.
		while (from < lines.length && lines[from].trim() !== '') from++;
	}
	const builder = new TranscriptBuilder(warnings);
	let unknownCount = 0;
	let unknownLine = 0;
	let lastKey: string | null = null;

	for (const block of blocksOf(lines, from)) {
		const head = block.lines[0];
		if (kind === 'vtt' && /^NOTE(?:[ \t]|$)/.test(head)) {
			const note = [head.slice(4), ...block.lines.slice(1)].join(' ').trim();
			const section = parseSectionHeading(note, true);
			if (section) {
				builder.startSection(section.label, section.heading, block.line);
				lastKey = null;
			}
			continue;
		}
		if (kind === 'vtt' && /^(?:STYLE|REGION)[ \t]*$/.test(head)) continue;
		const t = head.includes('-->') ? 0 : block.lines[1]?.includes('-->') ? 1 : -1;
		if (t < 0) {
			builder.warnings.push(transcriptWarning('ignored_block', { line: block.line }, block.line));
			continue;
		}
		const timingLine = block.line + t;
		const tm = /^\s*(\S+)\s+-->\s+(\S+)/.exec(block.lines[t]);
		const start = tm ? parseCueTime(tm[1]) : null;
		const end = tm ? parseCueTime(tm[2]) : null;
		if (!start || !end) {
			return {
				ok: false,
				error: transcriptError(malformed, { line: timingLine, detail: `bad cue timing "${block.lines[t].trim()}"` })
			};
		}
		for (const seg of segmentsOf(block.lines.slice(t + 1))) {
			let speaker = seg.speaker;
			if (speaker === null) {
				speaker = UNKNOWN_SPEAKER;
				if (unknownCount++ === 0) unknownLine = timingLine;
			}
			const name = builder.canonicalSpeaker(speaker);
			if (name === lastKey && builder.lastTurn) {
				builder.extendLastTurn(' ', seg.text, end);
			} else {
				builder.addTurn(name, seg.text, { timestamp: start, endTimestamp: end, line: timingLine });
				lastKey = name;
			}
		}
	}
	if (unknownCount > 0) {
		builder.warnings.push(
			transcriptWarning('unknown_speaker', { count: unknownCount, speaker: UNKNOWN_SPEAKER, line: unknownLine }, unknownLine)
		);
	}
	if (builder.turns.length === 0) return { ok: false, error: transcriptError('no_turns', { cues: 0 }) };
	return { ok: true, value: builder.build(kind) };
}

/** Parses WebVTT text (already decoded, LF newlines). */
export function parseVtt(text: string, warnings: TranscriptWarning[] = []): Result<ParsedTranscript> {
	return parseCaptions(text, 'vtt', [...warnings]);
}

/** Parses SRT text (already decoded, LF newlines). */
export function parseSrt(text: string, warnings: TranscriptWarning[] = []): Result<ParsedTranscript> {
	return parseCaptions(text, 'srt', [...warnings]);
}

export function looksLikeVtt(text: string): boolean {
	return /^WEBVTT(?:[ \t\n]|$)/.test(text);
}

export function looksLikeSrt(text: string): boolean {
	const lines = text.trimStart().split('\n', 3);
	return (/^\d+\s*$/.test(lines[0] ?? '') && /-->/.test(lines[1] ?? '')) || /^\S+\s+-->\s+\S+/.test(lines[0] ?? '');
}
