import { describe, expect, it } from 'vitest';
import { parseTextTranscript } from './text';
import { parseVtt } from './captions';
import { serialiseTranscript } from './serialise';
import type { ParsedTranscript } from './types';
import { fixtureText, unwrap } from '../../../tests/fixtures/transcripts/helpers';

const shape = (t: ParsedTranscript) => ({
	text: t.text,
	turns: t.turns.map(({ speaker, start, end, timestamp }) => ({ speaker, start, end, timestamp })),
	sections: t.sections.map(({ label, start, end, firstTurn, lastTurn }) => ({ label, start, end, firstTurn, lastTurn }))
});

function roundTrip(t: ParsedTranscript): ParsedTranscript {
	return unwrap(parseTextTranscript(serialiseTranscript(t), 'markdown'));
}

describe('serialiseTranscript', () => {
	it('writes the canonical form', () => {
		const t = unwrap(parseTextTranscript('## Vignet 2 – Kira\n\n[00:01:02] Sara: Et.\n\nTo.\n\nKaren: Tre.'));
		expect(serialiseTranscript(t)).toBe('## Vignet 2 – Kira\n\n[00:01:02.000] Sara: Et.\n\nTo.\n\nKaren: Tre.\n');
		expect(serialiseTranscript(t, { timestamps: false })).toBe('## Vignet 2 – Kira\n\nSara: Et.\n\nTo.\n\nKaren: Tre.\n');
	});

	it('parse → serialise → parse is stable for the markdown fixture', () => {
		const t = unwrap(parseTextTranscript(fixtureText('fokusgruppe.md'), 'markdown'));
		const again = roundTrip(t);
		expect(shape(again)).toEqual(shape(t));
		expect(serialiseTranscript(again)).toBe(serialiseTranscript(t));
	});

	it('is stable for VTT input (sections, time ranges, Ukendt)', () => {
		const t = unwrap(parseVtt(fixtureText('fokusgruppe.vtt')));
		const again = roundTrip(t);
		expect(shape(again)).toEqual(shape(t));
		expect(again.turns.map((x) => x.endTimestamp)).toEqual(t.turns.map((x) => x.endTimestamp));
	});

	it('writes attribution quotes back as quote + attribution line', () => {
		const t = unwrap(parseTextTranscript('Vi kalder det systemtilfredsstillelse.\n(Sagsbehandler 4, SDP, interview)\n\nSara: Ja.'));
		const s = serialiseTranscript(t);
		expect(s).toBe('Vi kalder det systemtilfredsstillelse.\n(Sagsbehandler 4, SDP, interview)\n\nSara: Ja.\n');
		expect(shape(roundTrip(t))).toEqual(shape(t));
	});

	it('uses a canonical heading when the stored heading does not give the label', () => {
		const t = unwrap(parseTextTranscript('## Vignet: Kira\n\nSara: Et.'));
		t.sections[0].heading = '';
		expect(serialiseTranscript(t)).toBe('## Vignet: Kira\n\nSara: Et.\n');
	});
});
