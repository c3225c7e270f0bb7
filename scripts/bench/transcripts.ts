// Transcript import: median time to go from bytes to a parsed transcript for a two-hour focus group
// (~25,000 words, 1,000 turns, 6 vignette sections), as .txt, .vtt and .docx; plus pseudonymisation.
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { parseTranscript } from '../../src/lib/transcripts/node';
import { pseudonymiseTranscript } from '../../src/lib/transcripts/pseudonyms';
import type { ParsedTranscript } from '../../src/lib/transcripts/types';

const WORDS = (
	'altså jeg tænker at det er jo dybt bekymrende når barnet og mor har det svært i hjemmet vi skal ' +
	'have en børnefaglig undersøgelse og tale med skolen om hvordan hun trives måske også sundhedsplejen ' +
	'det kan være svært overfor sådan en mor fordi hun siger hun ikke drikker mere end andre familien ' +
	'netværket mormor dagplejemor underretning bekymring indsats anbringelse forældrekompetence vurdering ' +
	'sparring gruppemøde kollegaer leder visitationsudvalget socialrådgiver kommunen praksis erfaring'
).split(' ');
const SPEAKERS = ['Interviewer', 'Sara', 'Karen', 'Lars', 'Sagsbehandler 4', 'Faglig leder', 'Mille'];
const VIGNETTES = ['Kira', 'Mads', 'Emma', 'Noah', 'Sofie', 'Oliver'];

function rng(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

function ts(sec: number, ms = 0): string {
	const h = Math.floor(sec / 3600);
	const m = Math.floor((sec % 3600) / 60);
	const s = Math.floor(sec % 60);
	return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(ms).padStart(3, '0')}`;
}

interface GenTurn {
	vignette?: string;
	speaker: string;
	text: string;
	start: number;
}

function generate(): GenTurn[] {
	const rand = rng(2024);
	const turns: GenTurn[] = [];
	for (let i = 0; i < 1000; i++) {
		const speaker = i % 4 === 0 ? 'Interviewer' : SPEAKERS[1 + Math.floor(rand() * (SPEAKERS.length - 1))];
		const n = speaker === 'Interviewer' ? 6 + Math.floor(rand() * 6) : 15 + Math.floor(rand() * 34);
		const words: string[] = [];
		for (let w = 0; w < n; w++) words.push(WORDS[Math.floor(rand() * WORDS.length)]);
		words[0] = words[0][0].toUpperCase() + words[0].slice(1);
		let text = words.join(' ') + (speaker === 'Interviewer' ? '?' : '.');
		if (rand() < 0.05) text += ' […] [i dag] lukkes1';
		turns.push({ vignette: i % 167 === 0 ? VIGNETTES[Math.floor(i / 167)] : undefined, speaker, text, start: i * 7.2 });
	}
	return turns;
}

function asText(turns: GenTurn[]): string {
	const out: string[] = ['# Fokusgruppe 3, kommune B', 'Dato: 12. marts 2024'];
	for (const t of turns) {
		if (t.vignette) out.push(`## Vignet: ${t.vignette}`);
		// wrap at ~70 columns, as typed transcripts often are
		const wrapped = t.text.replace(/(.{1,70})(\s|$)/g, '$1\n').trim();
		out.push(`[${ts(t.start)}] ${t.speaker}: ${wrapped}`);
	}
	return out.join('\n\n') + '\n';
}

function asVtt(turns: GenTurn[]): string {
	const out: string[] = ['WEBVTT'];
	for (const t of turns) {
		if (t.vignette) out.push(`NOTE Vignet: ${t.vignette}`);
		// two cues per turn, as captioning tools split long speech
		const words = t.text.split(' ');
		const half = Math.ceil(words.length / 2);
		out.push(`${ts(t.start)} --> ${ts(t.start + 3.5)}\n<v ${t.speaker}>${words.slice(0, half).join(' ')}`);
		if (words.length > half) out.push(`${ts(t.start + 3.6)} --> ${ts(t.start + 7.1)}\n<v ${t.speaker}>${words.slice(half).join(' ')}`);
	}
	return out.join('\n\n') + '\n';
}

async function asDocx(turns: GenTurn[]): Promise<Uint8Array> {
	const children: Paragraph[] = [];
	for (const t of turns) {
		if (t.vignette) children.push(new Paragraph({ text: `Vignet: ${t.vignette}`, heading: HeadingLevel.HEADING_2 }));
		children.push(new Paragraph({ text: `${t.speaker}: ${t.text}` }));
	}
	return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

async function time(label: string, runs: number, fn: () => Promise<ParsedTranscript>): Promise<ParsedTranscript> {
	let last = await fn(); // warm-up
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		last = await fn();
		times.push(performance.now() - t0);
	}
	console.log(`${label.padEnd(44)} median ${median(times).toFixed(1).padStart(7)} ms  (min ${Math.min(...times).toFixed(1)}, ${runs} runs)`);
	return last;
}

async function parseOrThrow(filename: string, bytes: Uint8Array): Promise<ParsedTranscript> {
	const r = await parseTranscript({ filename, bytes });
	if (!r.ok) throw new Error(`${filename}: ${r.error.code} ${r.error.message}`);
	return r.value;
}

export async function run(): Promise<void> {
	const turns = generate();
	const enc = new TextEncoder();
	const txt = enc.encode(asText(turns));
	const vtt = enc.encode(asVtt(turns));
	const docx = await asDocx(turns);
	const words = turns.reduce((n, t) => n + t.text.split(' ').length, 0);
	console.log(
		`two-hour focus group: ${turns.length} turns, ${words} words, ${VIGNETTES.length} sections; ` +
			`.txt ${(txt.length / 1024).toFixed(0)} KiB, .vtt ${(vtt.length / 1024).toFixed(0)} KiB, .docx ${(docx.length / 1024).toFixed(0)} KiB`
	);
	const parsed = await time('.txt  bytes → transcript (decode + parse)', 21, () => parseOrThrow('fg.txt', txt));
	if (parsed.turns.length !== turns.length || parsed.sections.length !== VIGNETTES.length) {
		throw new Error(`bench sanity: ${parsed.turns.length} turns, ${parsed.sections.length} sections`);
	}
	const v = await time('.vtt  bytes → transcript (2,000 cues merged)', 21, () => parseOrThrow('fg.vtt', vtt));
	// captions merge consecutive cues of one speaker (within a section)
	const merged = turns.filter((t, i) => i === 0 || t.vignette || t.speaker !== turns[i - 1].speaker).length;
	if (v.turns.length !== merged) throw new Error(`bench sanity (vtt): ${v.turns.length} turns, expected ${merged}`);
	await time('.docx bytes → transcript (mammoth + parse)', 7, () => parseOrThrow('fg.docx', docx));
	const table = [...SPEAKERS.slice(1, 4), 'Kira', 'Mads', 'Emma', 'mor', 'Karen Hansen', 'Ib', 'Søren'].map((realName, i) => ({
		realName,
		pseudonym: `P${i}`
	}));
	await time('pseudonymise (10 names, utterances + labels)', 21, async () => pseudonymiseTranscript(parsed, table).transcript);
}
