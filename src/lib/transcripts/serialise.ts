// Back to the canonical text form ('Name: utterance' paragraphs, '## Vignet: X' headings), for
// export. parse → serialise → parse gives the same text, turns and sections.
import { PARAGRAPH_SEPARATOR } from './builder';
import { isAttribution, isSpeakerLabel, parseSectionHeading } from './labels';
import type { ParsedTranscript } from './types';

export interface SerialiseOptions {
	/** Write '[HH:MM:SS.mmm]' (or a range) before the speaker. Default true. */
	timestamps?: boolean;
}

function sectionHeading(label: string, heading: string): string {
	// Re-use the original heading when it reproduces the label, else a canonical one.
	const parsed = parseSectionHeading(heading, false);
	if (heading && parsed && parsed.label === label) return `## ${heading}`;
	return `## Vignet: ${label}`;
}

export function serialiseTranscript(t: ParsedTranscript, options: SerialiseOptions = {}): string {
	const withTimes = options.timestamps ?? true;
	const sectionAt = new Map(t.sections.map((s) => [s.firstTurn, s]));
	const out: string[] = [];
	for (const turn of t.turns) {
		const section = sectionAt.get(turn.index);
		if (section) out.push(sectionHeading(section.label, section.heading));
		// Paragraphs inside a turn are separate paragraphs in the text form.
		const utterance = t.text.slice(turn.start, turn.end).split(PARAGRAPH_SEPARATOR).join('\n\n');
		if (!isSpeakerLabel(turn.speaker) && isAttribution(turn.speaker)) {
			// Report quotes: the attribution goes on its own line after the quote, as in the source.
			out.push(`${utterance}\n(${turn.speaker})`);
			continue;
		}
		let ts = '';
		if (withTimes && turn.timestamp) {
			ts = `[${turn.timestamp}${turn.endTimestamp ? ` - ${turn.endTimestamp}` : ''}] `;
		}
		out.push(`${ts}${turn.speaker}: ${utterance}`);
	}
	return out.join('\n\n') + '\n';
}
