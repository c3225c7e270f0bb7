// Accumulates turns into the canonical text so offsets are exact by construction.
import { transcriptWarning } from './errors';
import type {
	ParsedSection,
	ParsedTranscript,
	ParsedTurn,
	SpeakerSummary,
	TranscriptFormat,
	TranscriptWarning
} from './types';

export const TURN_SEPARATOR = '\n\n';
export const PARAGRAPH_SEPARATOR = '\n';

const WORD = /[\p{L}\p{N}]/u;

/** Whitespace-separated tokens that contain a letter or digit ('[…]', '–' are not words). */
export function countWords(text: string): number {
	let n = 0;
	for (const token of text.split(/\s+/)) if (token && WORD.test(token)) n++;
	return n;
}

/** Per-speaker turn and word counts, in order of first appearance. */
export function summariseSpeakers(t: Pick<ParsedTranscript, 'text' | 'turns'>): SpeakerSummary[] {
	const map = new Map<string, SpeakerSummary>();
	for (const turn of t.turns) {
		let s = map.get(turn.speaker);
		if (!s) map.set(turn.speaker, (s = { label: turn.speaker, turns: 0, words: 0 }));
		s.turns++;
		s.words += countWords(t.text.slice(turn.start, turn.end));
	}
	return [...map.values()];
}

interface PendingSection {
	label: string;
	heading: string;
	line?: number;
}

export class TranscriptBuilder {
	private parts: string[] = [];
	private length = 0;
	readonly turns: ParsedTurn[] = [];
	private sections: ParsedSection[] = [];
	private pending: PendingSection | null = null;
	readonly warnings: TranscriptWarning[] = [];
	// Speaker labels are matched case-insensitively; the first spelling seen is kept.
	private spellings = new Map<string, string>();

	constructor(warnings: TranscriptWarning[] = []) {
		this.warnings.push(...warnings);
	}

	canonicalSpeaker(label: string): string {
		const clean = label.replace(/\s+/g, ' ').trim();
		const key = clean.toLowerCase();
		const known = this.spellings.get(key);
		if (known) return known;
		this.spellings.set(key, clean);
		return clean;
	}

	startSection(label: string, heading: string, line?: number): void {
		this.dropPendingSection();
		this.closeSection();
		this.pending = { label, heading, line };
	}

	/** Ends the current section, so following turns belong to none (until the next heading). */
	endSection(): void {
		this.dropPendingSection();
		this.closeSection();
	}

	private dropPendingSection(): void {
		if (this.pending) {
			this.warnings.push(
				transcriptWarning('empty_section', { label: this.pending.label, line: this.pending.line ?? 0 }, this.pending.line)
			);
			this.pending = null;
		}
	}

	private openSection: ParsedSection | null = null;

	private closeSection(): void {
		this.openSection = null;
	}

	/** Adds a turn; returns false (with an 'empty_turn' warning) when the utterance is empty. */
	addTurn(
		speaker: string,
		utterance: string,
		extra: { timestamp?: string; endTimestamp?: string; line?: number } = {}
	): boolean {
		const name = this.canonicalSpeaker(speaker);
		if (utterance.trim().length === 0) {
			this.warnings.push(transcriptWarning('empty_turn', { speaker: name, line: extra.line ?? 0 }, extra.line));
			return false;
		}
		if (this.parts.length > 0) {
			this.parts.push(TURN_SEPARATOR);
			this.length += TURN_SEPARATOR.length;
		}
		const start = this.length;
		this.parts.push(utterance);
		this.length += utterance.length;
		const turn: ParsedTurn = { index: this.turns.length, speaker: name, start, end: this.length };
		if (extra.timestamp) turn.timestamp = extra.timestamp;
		if (extra.endTimestamp) turn.endTimestamp = extra.endTimestamp;
		if (extra.line !== undefined) turn.line = extra.line;
		this.turns.push(turn);
		if (this.pending) {
			this.openSection = {
				label: this.pending.label,
				heading: this.pending.heading,
				start,
				end: this.length,
				firstTurn: turn.index,
				lastTurn: turn.index
			};
			this.sections.push(this.openSection);
			this.pending = null;
		} else if (this.openSection) {
			this.openSection.end = this.length;
			this.openSection.lastTurn = turn.index;
		}
		return true;
	}

	/** Appends to the last turn (used when consecutive caption cues of one speaker merge). */
	extendLastTurn(separator: string, more: string, endTimestamp?: string): void {
		const turn = this.turns[this.turns.length - 1];
		if (!turn) throw new Error('extendLastTurn without a turn');
		this.parts.push(separator, more);
		this.length += separator.length + more.length;
		turn.end = this.length;
		if (endTimestamp) turn.endTimestamp = endTimestamp;
		if (this.openSection && this.openSection.lastTurn === turn.index) this.openSection.end = this.length;
	}

	get lastTurn(): ParsedTurn | undefined {
		return this.turns[this.turns.length - 1];
	}

	build(format: TranscriptFormat): ParsedTranscript {
		this.dropPendingSection();
		const text = this.parts.join('');
		return {
			format,
			text,
			turns: this.turns,
			sections: this.sections,
			speakers: summariseSpeakers({ text, turns: this.turns }),
			warnings: this.warnings
		};
	}
}
