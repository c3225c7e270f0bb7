import { describe, expect, it } from 'vitest';
import { decodeEntities, looksLikeSrt, looksLikeVtt, parseSrt, parseVtt } from './captions';
import { expectConsistent, fixtureText, unwrap, utterances } from '../../../tests/fixtures/transcripts/helpers';

describe('parseVtt: the fixture', () => {
	const t = unwrap(parseVtt(fixtureText('fokusgruppe.vtt')));

	it('makes turns from voices, merging consecutive cues of one speaker', () => {
		expectConsistent(t);
		expect(t.turns.map((x) => [x.speaker, x.timestamp, x.endTimestamp])).toEqual([
			['Interviewer', '00:00:01.000', '00:00:04.500'],
			['Sara', '00:00:05.000', '00:00:10.250'],
			['Karen', '00:00:10.500', '00:00:12.000'],
			['Karen', '00:00:13.000', '00:00:15.000'],
			['Ukendt', '00:00:15.000', '00:00:16.000']
		]);
	});

	it('strips cue tags and decodes entities', () => {
		expect(utterances(t)).toEqual([
			'Hvad tænker I om Kira?',
			'Altså, det er jo dybt bekymrende & alvorligt. Hun er kun fire år.',
			'Enig, helt enig.',
			'Mads er et andet sted <ca. 12 år>.',
			'Uden taler her.'
		]);
	});

	it('takes sections from NOTE blocks and does not merge across them', () => {
		expect(t.sections.map((s) => [s.label, s.firstTurn, s.lastTurn])).toEqual([
			['Kira', 0, 2],
			['Mads', 3, 4]
		]);
	});

	it('warns about cues without a speaker', () => {
		expect(t.warnings).toEqual([
			expect.objectContaining({ code: 'unknown_speaker', params: { count: 1, speaker: 'Ukendt', line: 26 } })
		]);
		expect(t.turns[0].line).toBe(6);
	});
});

describe('parseVtt: edge cases', () => {
	it('splits several voices in one cue', () => {
		const t = unwrap(parseVtt('WEBVTT\n\n00:01.000 --> 00:02.000\n<v Sara>Hej</v>\n<v Karen>Hej selv</v>'));
		expect(t.turns.map((x) => x.speaker)).toEqual(['Sara', 'Karen']);
		expect(utterances(t)).toEqual(['Hej', 'Hej selv']);
	});

	it('reads "Name: text" in cues without voices and joins cue lines with a space', () => {
		const t = unwrap(parseVtt('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nSara: Det er\nsvært.'));
		expect(t.turns[0].speaker).toBe('Sara');
		expect(utterances(t)).toEqual(['Det er svært.']);
	});

	it('requires the WEBVTT header', () => {
		expect(parseVtt('00:01.000 --> 00:02.000\nHej')).toMatchObject({
			ok: false,
			error: { code: 'malformed_vtt', params: { line: 1 } }
		});
	});

	it('reports a bad timing line with its line number', () => {
		expect(parseVtt('WEBVTT\n\n1\n00:01.000 --> 00:0x.000\n<v Sara>Hej')).toMatchObject({
			ok: false,
			error: { code: 'malformed_vtt', params: { line: 4 } }
		});
	});

	it('skips STYLE blocks and warns about stray blocks', () => {
		const t = unwrap(
			parseVtt('WEBVTT\nKind: captions\n\nSTYLE\n::cue { color: red }\n\nløs tekst\n\n00:01.000 --> 00:02.000\n<v Sara>Hej')
		);
		expect(utterances(t)).toEqual(['Hej']);
		expect(t.warnings).toEqual([expect.objectContaining({ code: 'ignored_block', line: 7 })]);
	});

	it('gives no_turns for a VTT file without cues', () => {
		expect(parseVtt('WEBVTT\n\nNOTE nothing here')).toMatchObject({ ok: false, error: { code: 'no_turns' } });
	});
});

describe('parseSrt', () => {
	const t = unwrap(parseSrt(fixtureText('fokusgruppe.srt')));

	it('reads Name: turns, merges one speaker and splits dash dialogue', () => {
		expectConsistent(t);
		expect(t.turns.map((x) => [x.speaker, x.timestamp, x.endTimestamp])).toEqual([
			['Interviewer', '00:00:01.000', '00:00:04.000'],
			['Sara', '00:00:04.500', '00:00:07.500'],
			['Karen', '00:00:08.000', '00:00:09.000'],
			['Lars', '00:00:08.000', '00:00:09.000']
		]);
		expect(utterances(t)).toEqual(['Hvad tænker I om Kira?', 'Det er bekymrende. Meget bekymrende.', 'Enig.', 'Også mig.']);
		expect(t.format).toBe('srt');
	});

	it('reports a bad timing line', () => {
		expect(parseSrt('1\n00:00:01,000 --> soon\nSara: Hej')).toMatchObject({
			ok: false,
			error: { code: 'malformed_srt', params: { line: 2 } }
		});
	});

	it('strips font tags and ASS position codes', () => {
		const t = unwrap(parseSrt('1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<font color="#fff">Sara: Hej</font>'));
		expect(utterances(t)).toEqual(['Hej']);
	});
});

describe('helpers', () => {
	it('decodes named and numeric entities', () => {
		expect(decodeEntities('&amp;&lt;&gt;&quot;&#230;&#xF8;&nbsp;&unknown;')).toBe('&<>"æø\u00a0&unknown;');
	});

	it('sniffs VTT and SRT', () => {
		expect(looksLikeVtt('WEBVTT\n\n')).toBe(true);
		expect(looksLikeVtt('WEBVTTX')).toBe(false);
		expect(looksLikeSrt('1\n00:00:01,000 --> 00:00:02,000\nHej')).toBe(true);
		expect(looksLikeSrt('Sara: 1 --> 2')).toBe(false);
	});
});
