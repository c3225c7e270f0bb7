// Reads the demo transcript format back into turns, for the summary and for tests.

import type { CoderKey, DemoStudy, WaveKey } from './types';

export interface DemoTurn {
	index: number;
	vignette: string | null;
	speaker: string;
	/** Everything after 'Name: ', paragraphs joined with a blank line. */
	utterance: string;
	paragraphs: string[];
}

const HEADING = /^## Vignet: (.+)$/;
const SPEAKER = /^([^\s:][^:\n]{0,40}): (.*)$/s;

export function splitDemoTranscript(text: string): { sections: string[]; turns: DemoTurn[] } {
	const sections: string[] = [];
	const turns: DemoTurn[] = [];
	let vignette: string | null = null;
	for (const block of text.replace(/\n+$/, '').split('\n\n')) {
		const h = HEADING.exec(block);
		if (h) {
			vignette = h[1];
			sections.push(vignette);
			continue;
		}
		const m = SPEAKER.exec(block);
		if (m) {
			turns.push({ index: turns.length, vignette, speaker: m[1], utterance: m[2], paragraphs: [m[2]] });
			continue;
		}
		const last = turns[turns.length - 1];
		if (!last) throw new Error(`Text before the first turn: ${block.slice(0, 40)}`);
		last.paragraphs.push(block);
		last.utterance = last.paragraphs.join('\n\n');
	}
	return { sections, turns };
}

/** Counts words like the transcript importer: tokens with a letter or digit. */
export function countDemoWords(text: string): number {
	let n = 0;
	for (const token of text.split(/\s+/)) if (token && /[\p{L}\p{N}]/u.test(token)) n++;
	return n;
}

export interface DemoSummary {
	focusGroups: number;
	turns: number;
	words: number;
	codings: Record<CoderKey, number>;
	groupAssessments: number;
	individualAssessments: number;
	byWave: Record<WaveKey, { focusGroups: number; participants: number; turns: number; words: number }>;
}

export function summary(demo: DemoStudy): DemoSummary {
	const byWave: DemoSummary['byWave'] = {
		'2002': { focusGroups: 0, participants: 0, turns: 0, words: 0 },
		'2024': { focusGroups: 0, participants: 0, turns: 0, words: 0 }
	};
	for (const fg of demo.focusGroups) {
		const w = byWave[fg.wave];
		const { turns } = splitDemoTranscript(fg.transcript.text);
		w.focusGroups++;
		w.participants += fg.participants.filter((p) => p.role !== 'interviewer').length;
		w.turns += turns.length;
		w.words += turns.reduce((n, t) => n + countDemoWords(t.utterance), 0);
	}
	return {
		focusGroups: demo.focusGroups.length,
		turns: byWave['2002'].turns + byWave['2024'].turns,
		words: byWave['2002'].words + byWave['2024'].words,
		codings: {
			'coder-a': demo.codings.filter((c) => c.coder === 'coder-a').length,
			'coder-b': demo.codings.filter((c) => c.coder === 'coder-b').length
		},
		groupAssessments: demo.groupAssessments.length,
		individualAssessments: demo.individualAssessments.length,
		byWave
	};
}
