import { describe, expect, it } from 'vitest';
import { applyPseudonyms, findNameOccurrences, pseudonymiseLabel, pseudonymiseTranscript } from './pseudonyms';
import { parseTextTranscript } from './text';
import { expectConsistent, unwrap, utterances } from '../../../tests/fixtures/transcripts/helpers';

const table = [
	{ realName: 'Karen', pseudonym: 'Lotte' },
	{ realName: 'Karen Hansen', pseudonym: 'Lotte Berg' },
	{ realName: 'Ib', pseudonym: 'Ole' },
	{ realName: 'Søren', pseudonym: 'anders' }
];

describe('applyPseudonyms', () => {
	it('replaces whole words case-insensitively, longest name first', () => {
		expect(applyPseudonyms('Karen Hansen og karen og KAREN mødtes.', table)).toEqual({
			text: 'Lotte Berg og Lotte og Lotte mødtes.',
			replacements: 3
		});
	});

	it('does not match inside words, with Danish letters as word characters', () => {
		expect(applyPseudonyms('Ibsen, Ib, Ibs, Karenø, åKaren, Søren, Sørensen', table)).toEqual({
			text: 'Ibsen, Ole, Oles, Karenø, åKaren, anders, Sørensen',
			replacements: 3
		});
	});

	it('keeps the possessive s', () => {
		expect(applyPseudonyms('Karens mor og Karen Hansens sag', table).text).toBe('Lottes mor og Lotte Bergs sag');
	});

	it('keeps the pseudonym’s own capitalisation', () => {
		expect(applyPseudonyms('SØREN sagde', table).text).toBe('anders sagde');
	});

	it('matches multi-word names across line breaks and extra spaces', () => {
		expect(applyPseudonyms('Karen\nHansen og Karen   Hansen', table).text).toBe('Lotte Berg og Lotte Berg');
	});

	it('handles regex characters in names and an empty table', () => {
		expect(applyPseudonyms('A.B. (K) kom', [{ realName: 'A.B.', pseudonym: 'X' }]).text).toBe('X (K) kom');
		expect(applyPseudonyms('Hej A.Bx', [{ realName: 'A.B', pseudonym: 'X' }]).text).toBe('Hej A.Bx');
		expect(applyPseudonyms('Karen', [])).toEqual({ text: 'Karen', replacements: 0 });
		expect(applyPseudonyms('Karen', [{ realName: '  ', pseudonym: 'X' }])).toEqual({ text: 'Karen', replacements: 0 });
	});

	it('matches NFD-written names in the table', () => {
		expect(applyPseudonyms('Søren kom', [{ realName: 'So\u0338ren', pseudonym: 'X' }]).text).toBe('Søren kom');
		expect(applyPseudonyms('Åse kom', [{ realName: 'A\u030Ase', pseudonym: 'X' }]).text).toBe('X kom');
	});
});

describe('pseudonymiseLabel', () => {
	it('replaces names inside speaker labels only', () => {
		expect(pseudonymiseLabel('Karen', table)).toBe('Lotte');
		expect(pseudonymiseLabel('Karen Hansen (leder)', table)).toBe('Lotte Berg (leder)');
		expect(pseudonymiseLabel('Sagsbehandler 4', table)).toBe('Sagsbehandler 4');
	});
});

describe('findNameOccurrences', () => {
	it('lists remaining names with offsets and context', () => {
		const text = 'Vi talte med Karen Hansen i går. Ibsen er ikke et navn her, men Karens er.';
		const found = findNameOccurrences(text, ['Karen', 'Karen Hansen', 'Ib']);
		expect(found.map((f) => [f.name, text.slice(f.start, f.end)])).toEqual([
			['Karen Hansen', 'Karen Hansen'],
			['Karen', 'Karen']
		]);
		// 40 characters either side, an ellipsis where the text was cut
		expect(found[0].context).toBe('Vi talte med Karen Hansen i går. Ibsen er ikke et navn her, men K…');
		expect(found[1].context).toBe('…n i går. Ibsen er ikke et navn her, men Karens er.');
	});

	it('finds nothing when none remain', () => {
		expect(findNameOccurrences('Lotte og Ole', ['Karen', 'Ib'])).toEqual([]);
	});
});

describe('pseudonymiseTranscript', () => {
	it('rewrites utterances and labels and recomputes every offset', () => {
		const t = unwrap(parseTextTranscript('## Vignet: Kira\n\nKaren: Hej Ib.\n\nIb: Hej Karen Hansen.\n\n## Vignet: Mads\n\nSagsbehandler 4: Karens sag.'));
		const { transcript, replacements } = pseudonymiseTranscript(t, table);
		expectConsistent(transcript);
		expect(replacements).toBe(5);
		expect(transcript.turns.map((x) => x.speaker)).toEqual(['Lotte', 'Ole', 'Sagsbehandler 4']);
		expect(utterances(transcript)).toEqual(['Hej Ole.', 'Hej Lotte Berg.', 'Lottes sag.']);
		expect(transcript.sections.map((s) => [s.label, s.start, s.end])).toEqual([
			['Kira', 0, 25],
			['Mads', 27, 38]
		]);
		expect(transcript.speakers.map((s) => s.label)).toEqual(['Lotte', 'Ole', 'Sagsbehandler 4']);
		expect(findNameOccurrences(transcript.text, table.map((e) => e.realName))).toEqual([]);
	});
});
