import { describe, expect, it } from 'vitest';
import { htmlToBlocks, parseDocx } from './docx';
import { expectConsistent, unwrap, utterances } from '../../../tests/fixtures/transcripts/helpers';
import { boldTurn, h2, makeDocx, p, Paragraph, table, TextRun, HeadingLevel } from '../../../tests/fixtures/transcripts/docx';
import { makeZip } from '../../../tests/fixtures/transcripts/zip';

describe('parseDocx', () => {
	it('reads turns, Heading sections, bold labels, entities and multi-paragraph turns', async () => {
		const bytes = await makeDocx([
			new Paragraph({ text: 'Fokusgruppe 3', heading: HeadingLevel.TITLE }),
			h2('Vignet: Kira'),
			p('Interviewer: Hvad tænker I?'),
			boldTurn('Sara', 'Det er bekymrende & <svært> [i dag] (…) lukkes1.'),
			p('Og et afsnit mere.'),
			h2('Vignet 2 – Mads'),
			new Paragraph({ children: [new TextRun('Karen: Linje et'), new TextRun({ text: 'linje to', break: 1 })] })
		]);
		const t = unwrap(await parseDocx(bytes));
		expectConsistent(t);
		expect(t.format).toBe('docx');
		expect(t.turns.map((x) => [x.speaker, x.line])).toEqual([
			['Interviewer', 3],
			['Sara', 4],
			['Karen', 7]
		]);
		expect(utterances(t)).toEqual([
			'Hvad tænker I?',
			'Det er bekymrende & <svært> [i dag] (…) lukkes1.\nOg et afsnit mere.',
			'Linje et linje to'
		]);
		expect(t.sections.map((s) => [s.label, s.heading, s.firstTurn, s.lastTurn])).toEqual([
			['Kira', 'Vignet: Kira', 0, 1],
			['Mads', 'Vignet 2 – Mads', 2, 2]
		]);
		expect(t.warnings.map((w) => [w.code, w.params.text])).toEqual([['ignored_text', 'Fokusgruppe 3']]);
	});

	it('reads two- and three-column tables and skips a header row', async () => {
		const bytes = await makeDocx([
			table([
				['Navn', 'Udsagn'],
				['Sara', 'Det er svært.'],
				['Karen:', 'Enig.']
			]),
			table([['00:01:02', 'Lars', 'Også mig.']])
		]);
		const t = unwrap(await parseDocx(bytes));
		expect(t.turns.map((x) => [x.speaker, x.timestamp])).toEqual([
			['Sara', undefined],
			['Karen', undefined],
			['Lars', '00:01:02.000']
		]);
		expect(utterances(t)).toEqual(['Det er svært.', 'Enig.', 'Også mig.']);
	});

	it('gives no_turns for a Word file without turns', async () => {
		const bytes = await makeDocx([p('Bare tekst.')]);
		expect(await parseDocx(bytes)).toMatchObject({ ok: false, error: { code: 'no_turns' } });
	});

	it('refuses a PNG renamed to .docx', async () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
		expect(await parseDocx(png)).toMatchObject({
			ok: false,
			error: { code: 'not_docx', params: { reason: 'not_zip', detected: 'png' } }
		});
	});

	it('refuses an old .doc (OLE2) renamed to .docx', async () => {
		const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
		expect(await parseDocx(doc)).toMatchObject({ ok: false, error: { code: 'not_docx', params: { detected: 'doc' } } });
	});

	it('refuses a plain zip without word/document.xml', async () => {
		const zip = makeZip({ 'hello.txt': 'hej' });
		expect(await parseDocx(zip)).toMatchObject({
			ok: false,
			error: { code: 'not_docx', params: { reason: 'no_document_xml' } }
		});
	});

	it('refuses a truncated zip', async () => {
		const zip = makeZip({ 'word/document.xml': '<x/>' }).slice(0, 30);
		expect(await parseDocx(zip)).toMatchObject({ ok: false, error: { code: 'not_docx', params: { reason: 'corrupt_zip' } } });
	});
});

describe('htmlToBlocks', () => {
	it('maps mammoth HTML to headings and paragraphs', () => {
		expect(htmlToBlocks('<h1>Vignet: Kira</h1><p><strong>Sara:</strong> A &amp; B<br />C</p><ul><li>Karen: D</li></ul>')).toEqual([
			{ kind: 'heading', text: 'Vignet: Kira', line: 1 },
			{ kind: 'paragraph', lines: [{ text: 'Sara: A & B', line: 2 }, { text: 'C', line: 2 }] },
			{ kind: 'paragraph', lines: [{ text: 'Karen: D', line: 3 }] }
		]);
	});
});
