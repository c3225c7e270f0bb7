// Transcript import, end to end on the server side: parse a two-hour focus group (~25,000 words,
// 1,000 turns, 6 vignette sections) and store it with storeTranscript (one transaction: transcript,
// version, sections, turns, new participants, pseudonyms, audit) into a fresh file database.
// Target: well under a second.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '../../src/lib/server/db/client';
import * as table from '../../src/lib/server/db/schema';
import { newId } from '../../src/lib/server/ids';
import { storeTranscript } from '../../src/lib/server/transcripts';
import { parseTranscript } from '../../src/lib/transcripts/node';

const WORDS = (
	'altså jeg tænker at det er jo dybt bekymrende når barnet og mor har det svært i hjemmet vi skal ' +
	'have en børnefaglig undersøgelse og tale med skolen om hvordan hun trives måske også sundhedsplejen ' +
	'det kan være svært overfor sådan en mor fordi hun siger hun ikke drikker mere end andre familien ' +
	'netværket mormor dagplejemor underretning bekymring indsats anbringelse forældrekompetence vurdering'
).split(' ');
const SPEAKERS = ['Interviewer', 'Sara', 'Karen', 'Lars', 'Mona', 'Faglig leder', 'Mille'];
const VIGNETTES = ['kira', 'ung-mor', 'lukket-to-gange', 'freja', 'jonas', 'noah'];

function focusGroupText(): { text: string; words: number } {
	let s = 2024;
	const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
	const out = ['# Fokusgruppe K3, 2024'];
	let words = 0;
	for (let i = 0; i < 1000; i++) {
		if (i % 167 === 0) out.push(`## Vignet: ${VIGNETTES[Math.floor(i / 167)]}`);
		const speaker = i % 4 === 0 ? 'Interviewer' : SPEAKERS[1 + Math.floor(rand() * (SPEAKERS.length - 1))];
		const n = speaker === 'Interviewer' ? 6 + Math.floor(rand() * 6) : 15 + Math.floor(rand() * 34);
		const w: string[] = [];
		for (let k = 0; k < n; k++) w.push(WORDS[Math.floor(rand() * WORDS.length)]);
		words += n;
		out.push(`${speaker}: ${w.join(' ')}.`);
	}
	return { text: out.join('\n\n') + '\n', words };
}

function median(xs: number[]): number {
	const sorted = [...xs].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

export async function run(): Promise<void> {
	const { text, words } = focusGroupText();
	const bytes = new TextEncoder().encode(text);
	const dir = mkdtempSync(join(tmpdir(), 'vignet-bench-'));
	try {
		const db = createDb(join(dir, 'bench.db'));
		const userId = newId();
		db.insert(table.user).values({ id: userId, username: 'bench' }).run();
		const studyId = newId();
		db.insert(table.study).values({ id: studyId, name: 'Bench', concernScale: [] }).run();
		const waveId = newId();
		db.insert(table.wave).values({ id: waveId, studyId, label: '2024', year: 2024, sourceKind: 'transcripts' }).run();
		const municipalityId = newId();
		db.insert(table.municipality).values({ id: municipalityId, studyId, code: 'K3' }).run();
		const vignetteIds = VIGNETTES.map((key, position) => {
			const id = newId();
			db.insert(table.vignette).values({ id, studyId, key, position }).run();
			return id;
		});
		for (const [realName, pseudonym] of [['Birgitte Madsen', 'Bente'], ['Søren', 'Sune'], ['Hanne', 'Helle']])
			db.insert(table.pseudonymEntry).values({ id: newId(), studyId, realName, pseudonym }).run();

		const times: number[] = [];
		const runs = 9;
		let turns = 0;
		for (let r = 0; r <= runs; r++) {
			// A fresh group each run, so new participants are created every time.
			const focusGroupId = newId();
			db.insert(table.focusGroup).values({ id: focusGroupId, studyId, waveId, municipalityId }).run();
			const t0 = performance.now();
			const parsed = await parseTranscript({ filename: 'fg.txt', bytes });
			if (!parsed.ok) throw new Error(parsed.error.message);
			const newParticipants = Object.fromEntries(
				parsed.value.speakers.map((s) => [s.label, { pseudonym: s.label, role: s.label === 'Interviewer' ? ('interviewer' as const) : ('raadgiver' as const) }])
			);
			const stored = storeTranscript(db, userId, studyId, {
				focusGroupId,
				waveId,
				kind: 'focus_group',
				title: `Bench ${r}`,
				parsed: parsed.value,
				source: { filename: 'fg.txt', format: parsed.value.format, encoding: parsed.value.encoding ?? 'utf-8' },
				speakerMap: {},
				sectionMap: Object.fromEntries(parsed.value.sections.map((_, i) => [i, vignetteIds[i] ?? null])),
				newParticipants
			});
			const ms = performance.now() - t0;
			turns = stored.turns;
			if (r > 0) times.push(ms); // the first run warms up
		}
		console.log(`two-hour focus group: ${turns} turns, ${words} words, ${VIGNETTES.length} sections, ${(bytes.length / 1024).toFixed(0)} KiB .txt`);
		console.log(
			`parse + storeTranscript (file database, one transaction)  median ${median(times).toFixed(1)} ms  (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}, ${runs} runs; target well under 1,000 ms)`
		);
		db.$client.close();
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
