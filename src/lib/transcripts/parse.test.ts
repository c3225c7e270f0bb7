import { describe, expect, it } from 'vitest';
import { parseTranscript as parseBrowser } from './index';
import { parseTranscript } from './node';
import { expectConsistent, fixtureBytes, unwrap, utterances } from '../../../tests/fixtures/transcripts/helpers';
import { boldTurn, h2, makeDocx } from '../../../tests/fixtures/transcripts/docx';
import { makeZip } from '../../../tests/fixtures/transcripts/zip';

const enc = (s: string) => new TextEncoder().encode(s);

describe('parseTranscript: dispatch', () => {
	it.each([
		['fokusgruppe.md', 'markdown', 7],
		['fokusgruppe.vtt', 'vtt', 5],
		['fokusgruppe.srt', 'srt', 4]
	])('%s → %s', async (name, format, turns) => {
		const t = unwrap(await parseTranscript({ filename: name, bytes: fixtureBytes(name) }));
		expectConsistent(t);
		expect(t.format).toBe(format);
		expect(t.turns).toHaveLength(turns);
		expect(t.encoding).toBe('utf-8');
	});

	it('reads .txt as text and .markdown as markdown', async () => {
		const bytes = enc('Sara: Hej.');
		expect(unwrap(await parseTranscript({ filename: 'a.TXT', bytes })).format).toBe('text');
		expect(unwrap(await parseTranscript({ filename: 'a.markdown', bytes })).format).toBe('markdown');
	});

	it('sniffs VTT and SRT content in a .txt file', async () => {
		const vtt = unwrap(await parseTranscript({ filename: 'x.txt', bytes: fixtureBytes('fokusgruppe.vtt') }));
		expect(vtt.format).toBe('vtt');
		const srt = unwrap(await parseTranscript({ filename: 'x.txt', bytes: fixtureBytes('fokusgruppe.srt') }));
		expect(srt.format).toBe('srt');
	});

	it('reads a .docx on the server entry and refuses it in the browser entry', async () => {
		const bytes = await makeDocx([h2('Vignet: Kira'), boldTurn('Sara', 'Hej.')]);
		const t = unwrap(await parseTranscript({ filename: 'fg.docx', bytes }));
		expect(t.format).toBe('docx');
		expect(t.sections[0].label).toBe('Kira');
		expect(await parseBrowser({ filename: 'fg.docx', bytes })).toMatchObject({ ok: false, error: { code: 'docx_unavailable' } });
	});

	it('reads a Word file that lost its extension', async () => {
		const bytes = await makeDocx([boldTurn('Sara', 'Hej.')]);
		expect(unwrap(await parseTranscript({ filename: 'upload', bytes })).format).toBe('docx');
	});

	it('handles CRLF Windows-1252 text with æøå', async () => {
		const bytes = new Uint8Array([...enc('Interviewer: Hvad s'), 0xe5, ...enc('?\r\n\r\nS'), 0xf8, ...enc('ren: '), 0xc6, ...enc('ble.\r\n')]);
		const t = unwrap(await parseTranscript({ filename: 'a.txt', bytes }));
		expect(t.encoding).toBe('windows-1252');
		expect(t.turns.map((x) => x.speaker)).toEqual(['Interviewer', 'Søren']);
		expect(utterances(t)).toEqual(['Hvad så?', 'Æble.']);
		expect(t.warnings.map((w) => w.code)).toEqual(['decoded_windows_1252']);
	});

	it('handles UTF-16LE with BOM and exact offsets in code units (emoji, NFD input)', async () => {
		const s = '\ufeffSara: Hej 😀 og \u00e5.\r\n\r\nKa\u030Aren: Na\u030Ar?';
		const bytes = new Uint8Array(s.length * 2);
		for (let i = 0; i < s.length; i++) {
			bytes[2 * i] = s.charCodeAt(i) & 0xff;
			bytes[2 * i + 1] = s.charCodeAt(i) >> 8;
		}
		const withBom = new Uint8Array([0xff, 0xfe, ...bytes.slice(2)]);
		const t = unwrap(await parseTranscript({ filename: 'a.txt', bytes: withBom }));
		expectConsistent(t);
		expect(t).toMatchObject({ encoding: 'utf-16le', hadBom: true });
		expect(t.turns.map((x) => [x.speaker, x.start, x.end])).toEqual([
			['Sara', 0, 12],
			['Kåren', 14, 18]
		]);
		expect(t.text).toBe('Hej 😀 og å.\n\nNår?');
	});

	it('repairs mojibake in an uploaded file and warns', async () => {
		const t = unwrap(await parseTranscript({ filename: 'a.txt', bytes: enc('SÃ¸ren: Ã†ble og Ã¥.') }));
		expect(t.turns[0].speaker).toBe('Søren');
		expect(utterances(t)).toEqual(['Æble og å.']);
		expect(t.warnings.map((w) => w.code)).toEqual(['mojibake_repaired']);
	});
});

describe('parseTranscript: errors', () => {
	it('empty file', async () => {
		expect(await parseTranscript({ filename: 'a.txt', bytes: new Uint8Array() })).toMatchObject({
			ok: false,
			error: { code: 'empty_file' }
		});
	});

	it('whitespace-only file', async () => {
		expect(await parseTranscript({ filename: 'a.txt', bytes: enc(' \r\n\t\n ') })).toMatchObject({
			ok: false,
			error: { code: 'empty_file' }
		});
	});

	it('too large (21 MB against the 20 MiB default)', async () => {
		const bytes = new Uint8Array(21 * 1000 * 1000 + 100);
		const r = await parseTranscript({ filename: 'a.txt', bytes });
		expect(r).toMatchObject({ ok: false, error: { code: 'too_large', params: { limit: 20 * 1024 * 1024, size: bytes.length } } });
		if (!r.ok) expect(r.error.message).toContain('20971520');
	});

	it('respects a custom maxBytes', async () => {
		expect(await parseTranscript({ filename: 'a.txt', bytes: enc('Sara: Hej.') }, { maxBytes: 5 })).toMatchObject({
			ok: false,
			error: { code: 'too_large', params: { limit: 5, size: 10 } }
		});
	});

	it('unsupported extension, naming what the content is', async () => {
		expect(await parseTranscript({ filename: 'rapport.pdf', bytes: enc('%PDF-1.7\n...') })).toMatchObject({
			ok: false,
			error: { code: 'unsupported_type', params: { extension: '.pdf', detected: 'pdf' } }
		});
		expect(await parseTranscript({ filename: 'a.odt', bytes: enc('x') })).toMatchObject({
			ok: false,
			error: { code: 'unsupported_type', params: { extension: '.odt' } }
		});
	});

	it('a PDF saved as .txt', async () => {
		expect(await parseTranscript({ filename: 'a.txt', bytes: enc('%PDF-1.4 binary') })).toMatchObject({
			ok: false,
			error: { code: 'unsupported_type', params: { extension: '.txt', detected: 'pdf' } }
		});
	});

	it('a .docx that is really a PNG, or a plain zip', async () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
		expect(await parseTranscript({ filename: 'a.docx', bytes: png })).toMatchObject({
			ok: false,
			error: { code: 'not_docx', params: { detected: 'png' } }
		});
		expect(await parseTranscript({ filename: 'a.docx', bytes: makeZip({ 'a.txt': 'x' }) })).toMatchObject({
			ok: false,
			error: { code: 'not_docx', params: { reason: 'no_document_xml' } }
		});
	});

	it('a binary file named .txt', async () => {
		const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
		expect(await parseTranscript({ filename: 'a.txt', bytes })).toMatchObject({
			ok: false,
			error: { code: 'binary_file' }
		});
	});

	it('text with no turns', async () => {
		const r = await parseTranscript({ filename: 'a.md', bytes: enc('# Titel\n\nBare prosa her.\n') });
		expect(r).toMatchObject({ ok: false, error: { code: 'no_turns' } });
	});

	it('a .vtt without header', async () => {
		expect(await parseTranscript({ filename: 'a.vtt', bytes: enc('Sara: Hej') })).toMatchObject({
			ok: false,
			error: { code: 'malformed_vtt', params: { line: 1 } }
		});
	});

	it('every error has an English message', async () => {
		const r = await parseTranscript({ filename: 'a.txt', bytes: enc('ingen turer') });
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error.message).toMatch(/No turns found/);
	});
});

describe('browser safety', () => {
	it('keeps mammoth, Buffer and node built-ins out of everything but docx.ts and node.ts', async () => {
		const { readdirSync, readFileSync } = await import('node:fs');
		const { dirname, join } = await import('node:path');
		const { fileURLToPath } = await import('node:url');
		const dir = dirname(fileURLToPath(import.meta.url));
		const files = readdirSync(dir).filter(
			(f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'docx.ts' && f !== 'node.ts'
		);
		expect(files).toContain('parse.ts');
		for (const f of files) {
			const src = readFileSync(join(dir, f), 'utf8');
			expect(src, f).not.toMatch(/from '(?:node:|mammoth|fs|path)|\bBuffer\b|from '\.\/(?:docx|node)'/);
		}
	});
});
