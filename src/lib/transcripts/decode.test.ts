import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252, repairMojibake } from './decode';
import { unwrap } from '../../../tests/fixtures/transcripts/helpers';

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(s: string, bigEndian: boolean, bom: boolean): Uint8Array {
	const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (bigEndian) out.push(c >> 8, c & 0xff);
		else out.push(c & 0xff, c >> 8);
	}
	return new Uint8Array(out);
}

describe('decodeText', () => {
	it('reads plain UTF-8 without warnings', () => {
		expect(unwrap(decodeText(utf8('Sara: Hej, æøå!')))).toEqual({
			text: 'Sara: Hej, æøå!',
			encoding: 'utf-8',
			hadBom: false,
			warnings: []
		});
	});

	it('strips a UTF-8 BOM', () => {
		const d = unwrap(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Sara: Hej')])));
		expect(d).toMatchObject({ text: 'Sara: Hej', encoding: 'utf-8', hadBom: true });
	});

	it('reads UTF-16LE and UTF-16BE with BOM', () => {
		expect(unwrap(decodeText(utf16('Sara: Æble og ø', false, true)))).toMatchObject({
			text: 'Sara: Æble og ø',
			encoding: 'utf-16le',
			hadBom: true
		});
		expect(unwrap(decodeText(utf16('Sara: Æble og ø', true, true)))).toMatchObject({
			text: 'Sara: Æble og ø',
			encoding: 'utf-16be',
			hadBom: true
		});
	});

	it('guesses BOM-less UTF-16LE and says so', () => {
		const d = unwrap(decodeText(utf16('Sara: Hej med dig, hvordan går det?', false, false)));
		expect(d.text).toBe('Sara: Hej med dig, hvordan går det?');
		expect(d.warnings.map((w) => w.code)).toEqual(['utf16_without_bom']);
	});

	it('falls back to Windows-1252 for non-UTF-8 bytes, with æøå, € and curly quotes intact', () => {
		// 'Søren: Det koster 5 € – ”ja”, æbler og å' in cp1252
		const bytes = new Uint8Array([
			0x53, 0xf8, 0x72, 0x65, 0x6e, 0x3a, 0x20, 0x44, 0x65, 0x74, 0x20, 0x6b, 0x6f, 0x73, 0x74, 0x65, 0x72, 0x20,
			0x35, 0x20, 0x80, 0x20, 0x96, 0x20, 0x94, 0x6a, 0x61, 0x94, 0x2c, 0x20, 0xe6, 0x62, 0x6c, 0x65, 0x72, 0x20,
			0x6f, 0x67, 0x20, 0xe5
		]);
		const d = unwrap(decodeText(bytes));
		expect(d.text).toBe('Søren: Det koster 5 € – ”ja”, æbler og å');
		expect(d.encoding).toBe('windows-1252');
		expect(d.warnings.map((w) => w.code)).toEqual(['decoded_windows_1252']);
	});

	it('normalises CRLF and CR to LF', () => {
		expect(unwrap(decodeText(utf8('a\r\nb\rc\n')))).toMatchObject({ text: 'a\nb\nc\n' });
	});

	it('normalises NFD to NFC (a decomposed å becomes one character)', () => {
		const nfd = 'Sa\u030Ara og Bjo\u0308rn'; // å and ö decomposed
		const d = unwrap(decodeText(utf8(nfd)));
		expect(d.text).toBe('Såra og Björn');
		expect(d.text.length).toBe(13);
	});

	it('repairs whole-text mojibake (UTF-8 once read as 1252)', () => {
		const d = unwrap(decodeText(utf8('SÃ¸ren: Det er bekymrende, at Ã†blet og Ã…en â€“ ikke?')));
		expect(d.text).toBe('Søren: Det er bekymrende, at Æblet og Åen – ikke?');
		expect(d.warnings).toEqual([
			expect.objectContaining({ code: 'mojibake_repaired', params: { count: 4, sample: 'Ã¸' } })
		]);
	});

	it('only warns about mojibake mixed with correct text (not repairable)', () => {
		const d = unwrap(decodeText(utf8('Søren: bekymrende Ã¦ble – og så videre')));
		expect(d.text).toBe('Søren: bekymrende Ã¦ble – og så videre');
		expect(d.warnings).toEqual([expect.objectContaining({ code: 'mojibake_suspected', params: { count: 1, sample: 'Ã¦' } })]);
	});

	it('does not flag genuine Danish like "Å…"', () => {
		expect(repairMojibake('Å… jeg ved ikke. Øh… nej.').warning).toBeUndefined();
	});

	it('refuses an empty file', () => {
		expect(decodeText(new Uint8Array())).toMatchObject({ ok: false, error: { code: 'empty_file' } });
	});

	it('refuses binary data with NUL bytes', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
		expect(decodeText(png)).toMatchObject({ ok: false, error: { code: 'binary_file', params: { reason: 'nul_bytes' } } });
	});

	it('refuses text with a high share of control characters', () => {
		const bytes = new Uint8Array(200).map((_, i) => (i % 5 === 0 ? 0x01 : 0x41));
		expect(decodeText(bytes)).toMatchObject({ ok: false, error: { code: 'binary_file', params: { reason: 'control_characters' } } });
	});

	it('removes a few stray control characters with a warning', () => {
		const d = unwrap(decodeText(utf8('Sara: Hej\u0007 med dig, det er en lang sætning her.\u001a')));
		expect(d.text).toBe('Sara: Hej med dig, det er en lang sætning her.');
		expect(d.warnings).toEqual([expect.objectContaining({ code: 'control_characters_removed', params: { count: 2 } })]);
	});

	it('refuses UTF-32', () => {
		expect(decodeText(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toMatchObject({
			ok: false,
			error: { code: 'bad_encoding', params: { encoding: 'utf-32' } }
		});
	});

	it('turns Word manual breaks (VT) and Unicode separators into newlines', () => {
		expect(unwrap(decodeText(utf8('a\u000bb\u2028c\u2029d'))).text).toBe('a\nb\nc\n\nd');
	});
});

describe('decodeWindows1252', () => {
	it('maps 0x80–0x9F per WHATWG, not ISO-8859-1', () => {
		expect(decodeWindows1252(new Uint8Array([0x80, 0x85, 0x91, 0x92, 0x9c, 0x81]))).toBe('€…‘’œ\u0081');
	});
});
