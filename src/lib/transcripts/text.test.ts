import { describe, expect, it } from 'vitest';
import { parseTextTranscript } from './text';
import { expectConsistent, fixtureText, unwrap, utterances } from '../../../tests/fixtures/transcripts/helpers';

const parse = (s: string, format: 'text' | 'markdown' = 'text') => unwrap(parseTextTranscript(s, format));

describe('parseTextTranscript: the markdown fixture', () => {
	const t = parse(fixtureText('fokusgruppe.md'), 'markdown');

	it('finds the turns and speakers, in order', () => {
		expectConsistent(t);
		expect(t.turns.map((x) => x.speaker)).toEqual([
			'Interviewer',
			'Sara',
			'Karen',
			'Trine',
			'Sagsbehandler 4',
			'K1-R2',
			'Interviewer'
		]);
	});

	it('keeps omissions, insertions, footnote digits and embedded speech verbatim', () => {
		const u = utterances(t);
		expect(u[2]).toBe(
			'... og jeg synes også, det er bekymrende, at Kira selv vælger, hvor- når hun tager over til mormor [i dag]. Det ville jeg have drøftet […].\nKl. 14: mødet starter, sagde hun så.'
		);
		expect(u[3]).toBe('Sagen lukkes1.');
		expect(u[4]).toBe('Han siger ”jeg drikker ikke mere end 14 genstande om ugen” (…) og så videre.');
	});

	it('joins wrapped lines of one paragraph with a space', () => {
		expect(utterances(t)[1]).toBe(
			'Altså, der tænker jeg, det er jo dybt bekymrende, at dagplejemor udleverer et barn til en tydeligt beruset mor.'
		);
	});

	it('does not take "Kl. 14:" or "Note:" for speakers', () => {
		expect(t.speakers.map((s) => s.label)).not.toContain('Kl. 14');
		expect(t.speakers.map((s) => s.label)).not.toContain('Note');
		expect(utterances(t)[5]).toBe('Ja. Note: det her er en note inde i turen.');
	});

	it('splits a known speaker inside a paragraph without a blank line', () => {
		expect(t.turns[6]).toMatchObject({ speaker: 'Interviewer', line: 25 });
		expect(utterances(t)[6]).toBe('Fordi?');
	});

	it('makes vignette sections from headings and ignores the preamble with warnings', () => {
		expect(t.sections.map((s) => [s.label, s.firstTurn, s.lastTurn])).toEqual([
			['Kira', 0, 3],
			['Mads', 4, 6]
		]);
		const ignored = t.warnings.filter((w) => w.code === 'ignored_text');
		expect(ignored.map((w) => w.params.text)).toEqual([
			'Dato: 12. marts 2024 Deltagere: Sara, Karen, Lars, Sagsbehandler 4'
		]);
		expect(t.warnings.some((w) => w.code === 'empty_section' && w.params.label === 'Fokusgruppe 3, kommune B')).toBe(true);
	});

	it('counts words per speaker', () => {
		const sara = t.speakers.find((s) => s.label === 'Sara');
		expect(sara).toEqual({ label: 'Sara', turns: 1, words: 19 });
		expect(t.speakers.find((s) => s.label === 'Interviewer')?.turns).toBe(2);
	});
});

describe('parseTextTranscript: turns', () => {
	it('continues a multi-paragraph turn until the next label, joining paragraphs with a newline', () => {
		const t = parse('Lars: Første afsnit.\n\nAndet afsnit\nmed ombrudt linje.\n\nKaren: Nej.');
		expectConsistent(t);
		expect(utterances(t)).toEqual(['Første afsnit.\nAndet afsnit med ombrudt linje.', 'Nej.']);
	});

	it('accepts a label alone on its line with the utterance below (Word style)', () => {
		const t = parse('Interviewer:\nHvad så?\n\nSara:\n\nDet ved jeg ikke.');
		expect(t.turns.map((x) => x.speaker)).toEqual(['Interviewer', 'Sara']);
		expect(utterances(t)).toEqual(['Hvad så?', 'Det ved jeg ikke.']);
	});

	it('accepts speaker names with digits, titles and codes', () => {
		const t = parse('Sagsbehandler 4: A.\n\nFaglig leder: B.\n\nI: C?\n\nK1-R2: D.\n\nDeltager 3 (rådgiver): E.');
		expect(t.speakers.map((s) => s.label)).toEqual(['Sagsbehandler 4', 'Faglig leder', 'I', 'K1-R2', 'Deltager 3 (rådgiver)']);
	});

	it('rejects clause-like and metadata labels', () => {
		const t = parse('Sara: Start.\n\nDet er sådan: vi ved det ikke.\n\nAltså: nej.\n\n14: tal\n\nDato: i går');
		expect(t.turns).toHaveLength(1);
		expect(utterances(t)[0]).toBe('Start.\nDet er sådan: vi ved det ikke.\nAltså: nej.\n14: tal\nDato: i går');
	});

	it('does not split a wrapped line that starts with an unknown label after an unfinished sentence', () => {
		const t = parse('Sara: Hun sagde til mig at\nMor: du må ikke gå.');
		expect(t.turns).toHaveLength(1);
		expect(utterances(t)[0]).toBe('Hun sagde til mig at Mor: du må ikke gå.');
	});

	it('treats one-line-per-turn text without blank lines as separate turns', () => {
		const t = parse('Sara: Hej.\nKaren: Hej selv\nSara: Godt.\nKaren: Ja');
		expect(t.turns.map((x) => x.speaker)).toEqual(['Sara', 'Karen', 'Sara', 'Karen']);
	});

	it('reads markdown bold names in both styles and merges case variants of one speaker', () => {
		const t = parse('**Sara:** Et.\n\n**sara**: To.\n\n__Karen:__ Tre.\n\nSARA: Fire.', 'markdown');
		// lower-case 'sara' is not a label (labels start with a capital), so it continues Sara's turn
		expect(t.turns.map((x) => x.speaker)).toEqual(['Sara', 'Karen', 'Sara']);
		expect(utterances(t)[0]).toBe('Et.\n**sara**: To.');
	});

	it('skips empty turns with a warning', () => {
		const t = parse('Sara:\n\nKaren: Hej.');
		expect(t.turns.map((x) => x.speaker)).toEqual(['Karen']);
		expect(t.warnings.map((w) => w.code)).toContain('empty_turn');
	});

	it('returns no_turns for prose', () => {
		const r = parseTextTranscript('Dette er bare en tekst.\n\nUden talere.');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatchObject({ code: 'no_turns', params: { paragraphs: 2 } });
	});

	it('normalises whitespace inside paragraphs only', () => {
		const t = parse('Sara:   Der  er\t\tmange   mellemrum   \n   her .');
		expect(utterances(t)[0]).toBe('Der er mange mellemrum her .');
	});

	it('drops YAML front matter with a warning', () => {
		const t = parse('---\ntitle: x\nauthor: y\n---\nSara: Hej.', 'markdown');
		expect(utterances(t)).toEqual(['Hej.']);
		expect(t.warnings[0]).toMatchObject({ code: 'front_matter_ignored', params: { lines: 4 } });
	});
});

describe('parseTextTranscript: timestamps', () => {
	it.each([
		['[00:12:03] Sara: Hej.', '00:12:03.000'],
		['00:12:03 Sara: Hej.', '00:12:03.000'],
		['(12:03) Sara: Hej.', '00:12:03.000'],
		['Sara [00:12:03.5]: Hej.', '00:12:03.500'],
		['Sara (1:02:03): Hej.', '01:02:03.000'],
		['Sara: [00:12:03] Hej.', '00:12:03.000'],
		['**Sara** [00:12:03]: Hej.', '00:12:03.000']
	])('%s', (line, ts) => {
		const t = parse(line);
		expect(t.turns[0]).toMatchObject({ speaker: 'Sara', timestamp: ts });
		expect(utterances(t)).toEqual(['Hej.']);
	});

	it('takes a timestamp range', () => {
		const t = parse('[00:00:01.000 - 00:00:04.500] Sara: Hej.');
		expect(t.turns[0]).toMatchObject({ timestamp: '00:00:01.000', endTimestamp: '00:00:04.500' });
	});

	it('takes a timestamp on its own line for the next turn', () => {
		const t = parse('[00:01:00]\nSara: Hej.\n\n00:02:00\n\nKaren: Ja.');
		expect(t.turns.map((x) => x.timestamp)).toEqual(['00:01:00.000', '00:02:00.000']);
		expect(utterances(t)).toEqual(['Hej.', 'Ja.']);
	});

	it('reads export style "Speaker 1  0:03" header lines', () => {
		const t = parse('Speaker 1  0:03\nHej med jer.\n\nSpeaker 2  0:10\nHej.');
		expect(t.turns.map((x) => [x.speaker, x.timestamp])).toEqual([
			['Speaker 1', '00:00:03.000'],
			['Speaker 2', '00:00:10.000']
		]);
		expect(utterances(t)).toEqual(['Hej med jer.', 'Hej.']);
	});
});

describe('parseTextTranscript: sections', () => {
	it.each([
		['## Vignet: Kira', 'Kira'],
		['# Vignet 2 – Kira', 'Kira'],
		['### Vignet 3', 'Vignet 3'],
		['## Mads', 'Mads'],
		['Vignet: Kira', 'Kira'],
		['Vignette 2 - Kira', 'Kira']
	])('%s → %s', (heading, label) => {
		const t = parse(`Sara: Før.\n\n${heading}\n\nSara: Efter.`);
		expect(t.sections).toEqual([{ label, heading: heading.replace(/^#+ /, ''), start: 6, end: 12, firstTurn: 1, lastTurn: 1 }]);
		expect(utterances(t)).toEqual(['Før.', 'Efter.']);
	});

	it('does not take a sentence about the vignette for a heading', () => {
		const t = parse('Sara: Før.\n\nVignetten: den er svær.\n\nVignet: Kira er fire år og bor hos mor.');
		expect(t.sections).toEqual([]);
		expect(t.turns).toHaveLength(1);
	});

	it('ignores text between a heading and the first turn (the vignette text itself)', () => {
		const t = parse('## Vignet: Kira\n\nKira er 4 år.\n\nSara: Hm.');
		expect(t.warnings.filter((w) => w.code === 'ignored_text').map((w) => w.line)).toEqual([3]);
		expect(t.sections[0].label).toBe('Kira');
	});
});

describe('parseTextTranscript: quote + attribution (reports)', () => {
	it('turns a quote followed by an attribution line into a turn (seed 000:2024 style)', () => {
		const src =
			'En sagsbehandler beskriver det således:\n\n' +
			'Vi har et ord herinde, vi kalder for ”systemtilfredsstillelse”. Det er\nde der ting.\n(Sagsbehandler 4, SDP, interview)\n\n' +
			'”Systemtilfredsstillelse” bliver således til en overkategori (Møller, 2018).';
		const t = parse(src);
		expectConsistent(t);
		expect(t.turns.map((x) => x.speaker)).toEqual(['Sagsbehandler 4, SDP, interview']);
		expect(utterances(t)).toEqual(['Vi har et ord herinde, vi kalder for ”systemtilfredsstillelse”. Det er de der ting.']);
		expect(t.warnings.filter((w) => w.code === 'ignored_text')).toHaveLength(2);
	});

	it('accepts an inline attribution with a trailing full stop (seed 002:273 style)', () => {
		const t = parse('Det tror jeg bestemt har været fremmende [red: for omlægningen] (leder af familieafdeling). ');
		expect(t.turns[0].speaker).toBe('leder af familieafdeling');
		expect(utterances(t)).toEqual(['Det tror jeg bestemt har været fremmende [red: for omlægningen]']);
	});

	it('lets a lone attribution paragraph claim the quote before it', () => {
		const t = parse('”Vi gør det altid sammen.”\n\n(Rådgiver, kommune A)');
		expect(t.turns).toEqual([expect.objectContaining({ speaker: 'Rådgiver, kommune A', line: 1 })]);
		expect(utterances(t)).toEqual(['”Vi gør det altid sammen.”']);
		expect(t.warnings.filter((w) => w.code === 'ignored_text')).toEqual([]);
	});

	it('does not take omissions, citations or non-verbal notes for attributions', () => {
		const t = parse('Sara: Start.\n\nDet var svært (…)\n\nSom beskrevet (Skytte, 2002)\n\nNej nej (griner)\n\nJa (pause).');
		expect(t.turns).toHaveLength(1);
		expect(utterances(t)[0]).toBe('Start.\nDet var svært (…)\nSom beskrevet (Skytte, 2002)\nNej nej (griner)\nJa (pause).');
	});

	it('ends the dialogue turn before an attribution quote and does not absorb prose after it', () => {
		const t = parse('Sara: Hej.\n\nCitat her (Leder)\n\nProsa efter citatet.');
		expect(t.turns.map((x) => x.speaker)).toEqual(['Sara', 'Leder']);
		expect(t.warnings.filter((w) => w.code === 'ignored_text').map((w) => w.params.text)).toEqual(['Prosa efter citatet.']);
	});
});

describe('parseTextTranscript: the real seed excerpt', () => {
	it('parses seeds/000 lines 1402–1423 with the unseparated "Line:" turn', () => {
		const src = [
			'Sandra: Jeg ville nok personligt have den med på et gruppemøde til at ',
			'starte med. Jeg kan godt lide at have dem med, hvis jeg er lidt i tvivl om, hvad ',
			'jeg skal pege på […]. Det ville ikke være en sag jeg bare sad med selv. ',
			'',
			'Interviewer: Ja, fordi?',
			'',
			'Sandra: Fordi, jeg synes den er for kompleks til, at jeg selv ville kunne ',
			'sidde med den […] nogle gange får andre øje på noget andet, end det jeg ',
			'får øje på, og det synes jeg, at det bringer nogle refleksioner op […]. ',
			' Line: Ja, eller, som du siger, nye vinkler. Det var da også en sag jeg ville ',
			'tage med på gruppemøde. Netop fordi den er kompleks. '
		].join('\n');
		const t = parse(src);
		expectConsistent(t);
		expect(t.turns.map((x) => x.speaker)).toEqual(['Sandra', 'Interviewer', 'Sandra', 'Line']);
		expect(utterances(t)[3]).toBe('Ja, eller, som du siger, nye vinkler. Det var da også en sag jeg ville tage med på gruppemøde. Netop fordi den er kompleks.');
	});
});
