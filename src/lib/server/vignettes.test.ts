import { describe, expect, it } from 'vitest';
import { testDb } from '../../../tests/unit/test-db';
import { registerUser } from './users';
import { createStudy } from './studies';
import { listAudit } from './audit';
import { UserError } from './errors';
import * as table from './db/schema';
import {
	bundledVignetteFiles,
	decodeVignetteUpload,
	exportVignetteFile,
	findVignetteByKey,
	firstInvalidUtf8,
	getVignette,
	importVignetteFiles,
	listVignettes,
	parseQuestionLines,
	parseThemes,
	readVignetteUploads,
	updateVignette,
	VIGNETTE_FILE_MAX_BYTES,
	type VignetteEdit
} from './vignettes';
import { parseVignetteFile, isVignetteFormatError } from '../vignettes';

function code(fn: () => unknown): string | undefined {
	try {
		fn();
	} catch (e) {
		if (e instanceof UserError) return e.code;
		throw e;
	}
	return undefined;
}

async function setup() {
	const db = testDb();
	const lead = await registerUser(db, { username: 'lead', password: 'password-1' });
	const studyId = createStudy(db, lead.id, { name: 'Tærskler', description: '' });
	return { db, lead, studyId };
}

const bundled = bundledVignetteFiles();
const kira = bundled.find((f) => f.filename === 'kira.md')!;

function editOf(db: Parameters<typeof getVignette>[0], studyId: string, id: string): VignetteEdit {
	const c = getVignette(db, studyId, id)!.content;
	return { ...c };
}

describe('bundled files', () => {
	it('reads the six vignette files and skips the README', () => {
		expect(bundled.map((f) => f.filename)).toEqual([
			'freja-fravaer.md',
			'jonas-konflikter.md',
			'kira.md',
			'lukket-to-gange.md',
			'noah-og-ida.md',
			'ung-mor.md'
		]);
	});
});

describe('importVignetteFiles', () => {
	it('creates, then reports unchanged, then updates when the content differs', async () => {
		const { db, lead, studyId } = await setup();
		const first = importVignetteFiles(db, lead.id, studyId, bundled);
		expect(first.map((o) => o.status)).toEqual(Array(6).fill('created'));
		const list = listVignettes(db, studyId);
		expect(list).toHaveLength(6);
		expect(list.map((v) => v.key)).toEqual(['freja-fravaer', 'jonas-konflikter', 'kira', 'lukket-to-gange', 'noah-og-ida', 'ung-mor']);
		const k = list.find((v) => v.key === 'kira')!;
		expect(k).toMatchObject({ title: 'Kira, 4 år', childAge: 4, revisions: 1, currentRevision: 1, changedBy: 'lead' });
		expect(k.themes).toContain('alkohol');

		const again = importVignetteFiles(db, lead.id, studyId, bundled);
		expect(again.map((o) => o.status)).toEqual(Array(6).fill('unchanged'));

		const changed = { filename: 'kira.md', text: kira.text.replace('Kira bor alene med sin mor', 'Kira bor sammen med sin mor') };
		const [outcome] = importVignetteFiles(db, lead.id, studyId, [changed]);
		expect(outcome).toMatchObject({ status: 'updated', key: 'kira', revision: 2 });
		const v = getVignette(db, studyId, findVignetteByKey(db, studyId, 'kira')!.id)!;
		expect(v.currentRevision).toBe(2);
		expect(v.content.text2002).toContain('Kira bor sammen med sin mor');
		expect(v.history.map((h) => [h.revision, h.note])).toEqual([
			[2, 'Import: kira.md'],
			[1, 'Import: kira.md']
		]);
		expect(getVignette(db, studyId, v.id, 1)!.content.text2002).toContain('Kira bor alene med sin mor');
		expect(listVignettes(db, studyId).find((x) => x.key === 'kira')!.revisions).toBe(2);
	});

	it('keeps summary, source and notice from the file', async () => {
		const { db, lead, studyId } = await setup();
		importVignetteFiles(db, lead.id, studyId, [kira]);
		const v = getVignette(db, studyId, findVignetteByKey(db, studyId, 'kira')!.id)!;
		expect(v.content.summary).toMatch(/^Pige på 4 år/);
		expect(v.content.source).toMatch(/Bengtsson/);
		expect(v.content.notice).toMatch(/^Fiktiv vignet/);
	});

	it('reports a broken file with its code and line and stores nothing from it, the others still import', async () => {
		const { db, lead, studyId } = await setup();
		const broken = { filename: 'broken.md', text: kira.text.replace('key: kira', 'key: broken').replace(/## 2024[\s\S]*?(?=## Diskussionsspørgsmål)/, '') };
		const badKey = { filename: 'bad.md', text: kira.text.replace('key: kira', 'key: Bad_Key') };
		const out = importVignetteFiles(db, lead.id, studyId, [broken, kira, badKey]);
		expect(out[0]).toMatchObject({ status: 'error', error: 'error.vignette_missing_version', params: { version: '2024' } });
		expect(out[1]).toMatchObject({ status: 'created', key: 'kira' });
		expect(out[2]).toMatchObject({ status: 'error', error: 'error.vignette_invalid_key', params: { key: 'Bad_Key' } });
		expect(listVignettes(db, studyId).map((v) => v.key)).toEqual(['kira']);
		expect(findVignetteByKey(db, studyId, 'broken')).toBeUndefined();
	});

	it('gives the line of a format error', async () => {
		const { db, lead, studyId } = await setup();
		const text = kira.text.replace('## Diskussionsspørgsmål', '## Noter\n\nx\n\n## Diskussionsspørgsmål');
		const [o] = importVignetteFiles(db, lead.id, studyId, [{ filename: 'x.md', text }]);
		const line = text.split('\n').findIndex((l) => l === '## Noter') + 1;
		expect(o).toMatchObject({ status: 'error', error: 'error.vignette_unknown_section', params: { heading: '## Noter', line } });
	});

	it('refuses a second file with the same key in one batch', async () => {
		const { db, lead, studyId } = await setup();
		const out = importVignetteFiles(db, lead.id, studyId, [kira, { filename: 'kira-kopi.md', text: kira.text }]);
		expect(out[0].status).toBe('created');
		expect(out[1]).toMatchObject({ status: 'error', error: 'error.vignette_duplicate_in_batch', params: { key: 'kira', other: 'kira.md' } });
	});

	it('passes decoding errors through in order', async () => {
		const { db, lead, studyId } = await setup();
		const out = importVignetteFiles(db, lead.id, studyId, [
			{ filename: 'a.txt', error: 'error.vignette_file_type', params: {} },
			kira
		]);
		expect(out.map((o) => o.status)).toEqual(['error', 'created']);
	});

	it('runs in one transaction and composes with an outer one', async () => {
		const { db, lead, studyId } = await setup();
		expect(() =>
			db.transaction((tx) => {
				importVignetteFiles(tx, lead.id, studyId, bundled);
				expect(listVignettes(tx, studyId)).toHaveLength(6);
				throw new Error('roll back');
			})
		).toThrow('roll back');
		expect(listVignettes(db, studyId)).toHaveLength(0);
		expect(db.select().from(table.vignetteRevision).all()).toHaveLength(0);
		expect(listAudit(db, studyId, { entity: 'vignette' })).toHaveLength(0);
	});

	it('audits every created and updated vignette, not the unchanged ones', async () => {
		const { db, lead, studyId } = await setup();
		importVignetteFiles(db, lead.id, studyId, bundled);
		importVignetteFiles(db, lead.id, studyId, bundled);
		const entries = listAudit(db, studyId, { entity: 'vignette' });
		expect(entries).toHaveLength(6);
		expect(entries.every((e) => e.action === 'import' && e.username === 'lead')).toBe(true);
	});

	it('keeps vignettes of different studies apart', async () => {
		const { db, lead, studyId } = await setup();
		const other = createStudy(db, lead.id, { name: 'Andet', description: '' });
		importVignetteFiles(db, lead.id, studyId, [kira]);
		expect(importVignetteFiles(db, lead.id, other, [kira])[0].status).toBe('created');
		const id = findVignetteByKey(db, studyId, 'kira')!.id;
		expect(getVignette(db, other, id)).toBeUndefined();
		expect(exportVignetteFile(db, other, id)).toBeUndefined();
	});
});

describe('updateVignette', () => {
	it('saves a new revision with a note, keeps the old one, and audits it', async () => {
		const { db, lead, studyId } = await setup();
		importVignetteFiles(db, lead.id, studyId, [kira]);
		const id = findVignetteByKey(db, studyId, 'kira')!.id;
		const edit = editOf(db, studyId, id);
		edit.text2024 = edit.text2024.replace('rådgiver', 'erfaren rådgiver');
		edit.themes = parseThemes('alkohol,  netværk , alkohol,');
		edit.questions.vurdering = parseQuestionLines('- Hvad vejer tungest?\n\n1. Hvor akut er det?');
		const r = updateVignette(db, lead.id, studyId, id, 1, edit, '  Præciseret rådgiverens erfaring  ');
		expect(r).toEqual({ revision: 2, changed: true });
		const v = getVignette(db, studyId, id)!;
		expect(v.content.text2024).toContain('erfaren rådgiver');
		expect(v.content.themes).toEqual(['alkohol', 'netværk']);
		expect(v.content.questions.vurdering).toEqual(['Hvad vejer tungest?', 'Hvor akut er det?']);
		expect(v.content.notice).toMatch(/^Fiktiv/);
		expect(v.history[0]).toMatchObject({ revision: 2, note: 'Præciseret rådgiverens erfaring', username: 'lead' });
		expect(getVignette(db, studyId, id, 1)!.content.text2024).not.toContain('erfaren rådgiver');
		const audit = listAudit(db, studyId, { entity: 'vignette' })[0];
		expect(audit.action).toBe('update');
		expect(audit.after).toMatchObject({ revision: 2 });
	});

	it('refuses a stale edit and changes nothing', async () => {
		const { db, lead, studyId } = await setup();
		importVignetteFiles(db, lead.id, studyId, [kira]);
		const id = findVignetteByKey(db, studyId, 'kira')!.id;
		const a = editOf(db, studyId, id);
		const b = editOf(db, studyId, id);
		a.title = 'Kira (A)';
		b.title = 'Kira (B)';
		updateVignette(db, lead.id, studyId, id, 1, a, 'A');
		const audits = listAudit(db, studyId).length;
		expect(code(() => updateVignette(db, lead.id, studyId, id, 1, b, 'B'))).toBe('error.stale_edit');
		const v = getVignette(db, studyId, id)!;
		expect(v.content.title).toBe('Kira (A)');
		expect(v.history).toHaveLength(2);
		expect(listAudit(db, studyId)).toHaveLength(audits);
	});

	it('adds no revision when nothing changed (after normalising)', async () => {
		const { db, lead, studyId } = await setup();
		importVignetteFiles(db, lead.id, studyId, [kira]);
		const id = findVignetteByKey(db, studyId, 'kira')!.id;
		const edit = editOf(db, studyId, id);
		edit.text2002 = edit.text2002.replaceAll('\n\n', '  \n\n\n') + '\n\n';
		expect(updateVignette(db, lead.id, studyId, id, 1, edit, '')).toEqual({ revision: 1, changed: false });
		expect(getVignette(db, studyId, id)!.history).toHaveLength(1);
	});

	it('refuses empty or overlong fields and bad ages', async () => {
		const { db, lead, studyId } = await setup();
		importVignetteFiles(db, lead.id, studyId, [kira]);
		const id = findVignetteByKey(db, studyId, 'kira')!.id;
		const base = editOf(db, studyId, id);
		expect(code(() => updateVignette(db, lead.id, studyId, id, 1, { ...base, title: '  ' }, ''))).toBe('error.field_required');
		expect(code(() => updateVignette(db, lead.id, studyId, id, 1, { ...base, text2024: '\n \n' }, ''))).toBe('error.field_required');
		expect(code(() => updateVignette(db, lead.id, studyId, id, 1, { ...base, childAge: 26 }, ''))).toBe('error.invalid_number');
		expect(code(() => updateVignette(db, lead.id, studyId, id, 1, { ...base, title: 'x'.repeat(201) }, ''))).toBe('error.field_too_long');
		expect(code(() => updateVignette(db, lead.id, studyId, id, 1, { ...base, text2002: 'ord '.repeat(12_000) }, ''))).toBe('error.field_too_long');
		expect(code(() => updateVignette(db, lead.id, studyId, id, 1, base, 'n'.repeat(501)))).toBe('error.field_too_long');
		expect(code(() => updateVignette(db, lead.id, studyId, 'nope', 1, base, ''))).toBe('error.not_found');
		expect(getVignette(db, studyId, id)!.history).toHaveLength(1);
	});

	it('keeps a text line that looks like a heading as text', async () => {
		const { db, lead, studyId } = await setup();
		importVignetteFiles(db, lead.id, studyId, [kira]);
		const id = findVignetteByKey(db, studyId, 'kira')!.id;
		const edit = { ...editOf(db, studyId, id), text2024: '## Ikke en overskrift\n\nTekst.' };
		updateVignette(db, lead.id, studyId, id, 1, edit, '');
		expect(getVignette(db, studyId, id)!.content.text2024).toBe('## Ikke en overskrift\n\nTekst.');
		const file = exportVignetteFile(db, studyId, id)!;
		const parsed = parseVignetteFile(file.text);
		expect(!isVignetteFormatError(parsed) && parsed.text2024).toBe('## Ikke en overskrift\n\nTekst.');
	});
});

describe('exportVignetteFile', () => {
	it('round-trips: the exported file parses to the stored content and re-imports as unchanged', async () => {
		const { db, lead, studyId } = await setup();
		importVignetteFiles(db, lead.id, studyId, bundled);
		for (const { key } of listVignettes(db, studyId)) {
			const id = findVignetteByKey(db, studyId, key)!.id;
			const file = exportVignetteFile(db, studyId, id)!;
			expect(file.filename).toBe(`${key}.md`);
			const original = parseVignetteFile(bundled.find((f) => f.filename === file.filename)!.text);
			expect(parseVignetteFile(file.text)).toEqual(original);
			expect(importVignetteFiles(db, lead.id, studyId, [file])[0].status).toBe('unchanged');
		}
	});

	it('exports an older revision on request', async () => {
		const { db, lead, studyId } = await setup();
		importVignetteFiles(db, lead.id, studyId, [kira]);
		const id = findVignetteByKey(db, studyId, 'kira')!.id;
		updateVignette(db, lead.id, studyId, id, 1, { ...editOf(db, studyId, id), title: 'Kira, 4 år (rettet)' }, 'titel');
		expect(exportVignetteFile(db, studyId, id)!.text).toContain('title: Kira, 4 år (rettet)');
		expect(exportVignetteFile(db, studyId, id, 1)!.text).toContain('title: Kira, 4 år\n');
		expect(exportVignetteFile(db, studyId, id, 3)).toBeUndefined();
	});
});

describe('uploads', () => {
	const enc = new TextEncoder();

	it('accepts UTF-8 with or without BOM', () => {
		expect(decodeVignetteUpload('kira.md', enc.encode(kira.text))).toEqual({ filename: 'kira.md', text: kira.text });
		const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(kira.text)]);
		expect('text' in decodeVignetteUpload('kira.md', bom)).toBe(true);
	});

	it('refuses Windows-1252 with the line of the first bad byte', () => {
		const bytes = enc.encode('---\nkey: x\ntitle: Kira\n');
		const latin = new Uint8Array([...bytes, 0x42, 0xf8, 0x72, 0x6e, 0x0a]); // "Børn" in Windows-1252
		expect(decodeVignetteUpload('x.md', latin)).toMatchObject({ error: 'error.vignette_file_not_utf8', params: { line: 4 } });
		expect(firstInvalidUtf8(latin)).toBe(bytes.length + 1);
		expect(firstInvalidUtf8(enc.encode('æøå €'))).toBe(enc.encode('æøå €').length);
		expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe2, 0x82]))).toBe(1); // truncated sequence
	});

	it('refuses binary, empty, wrong extension and oversized files', () => {
		expect(decodeVignetteUpload('x.md', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toMatchObject({
			error: 'error.vignette_file_binary_kind',
			params: { kind: 'PDF' }
		});
		expect(decodeVignetteUpload('x.md', new Uint8Array([0x61, 0x00, 0x62]))).toMatchObject({ error: 'error.vignette_file_binary' });
		expect(decodeVignetteUpload('x.md', new Uint8Array())).toMatchObject({ error: 'error.vignette_file_empty' });
		expect(decodeVignetteUpload('x.md', enc.encode(' \n\n'))).toMatchObject({ error: 'error.vignette_file_empty' });
		expect(decodeVignetteUpload('x.txt', enc.encode(kira.text))).toMatchObject({ error: 'error.vignette_file_type' });
		expect(decodeVignetteUpload('x.md', new Uint8Array(VIGNETTE_FILE_MAX_BYTES + 1).fill(0x61))).toMatchObject({
			error: 'error.vignette_file_too_large'
		});
	});

	it('reads form entries: ignores the empty placeholder, refuses no files, forged text and too many files', async () => {
		const file = new File([kira.text], 'kira.md', { type: 'text/markdown' });
		const placeholder = new File([], '', { type: 'application/octet-stream' });
		expect(await readVignetteUploads([file])).toEqual([{ filename: 'kira.md', text: kira.text }]);
		await expect(readVignetteUploads([placeholder])).rejects.toMatchObject({ code: 'error.vignette_no_files' });
		await expect(readVignetteUploads(['text'])).rejects.toMatchObject({ code: 'error.invalid_field' });
		await expect(readVignetteUploads(Array(51).fill(file))).rejects.toMatchObject({ code: 'error.vignette_too_many_files' });
		const big = new File([new Uint8Array(VIGNETTE_FILE_MAX_BYTES + 1)], 'big.md');
		expect(await readVignetteUploads([big])).toMatchObject([{ filename: 'big.md', error: 'error.vignette_file_too_large' }]);
	});
});
