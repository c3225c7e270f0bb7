import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	isVignetteFormatError,
	MAX_FILE_CHARS,
	parseVignetteFile,
	serializeVignetteFile
} from './format';
import type { ParsedVignette, VignetteFormatError } from './types';

const fixtureDir = fileURLToPath(new URL('../../../tests/fixtures/vignettes/', import.meta.url));
const fixture = (name: string) => readFileSync(fixtureDir + name, 'utf8');

function ok(text: string, filename?: string): ParsedVignette {
	const r = parseVignetteFile(text, filename);
	if (isVignetteFormatError(r)) throw new Error('unexpected format error: ' + r.message);
	return r;
}

function err(name: string): VignetteFormatError {
	const r = parseVignetteFile(fixture(name), name);
	if (!isVignetteFormatError(r)) throw new Error(`expected ${name} to fail`);
	return r;
}

describe('parseVignetteFile: valid files', () => {
	it('parses a minimal file with defaults', () => {
		const v = ok(fixture('valid-minimal.md'));
		expect(v).toStrictEqual({
			key: 'mini',
			title: 'Minimal',
			childAge: null,
			themes: [],
			fictional: true,
			text2002: 'Sagsbehandleren modtager en underretning.',
			text2024: 'Rådgiveren modtager en underretning.',
			questions: { vurdering: [], sparring: [], viden: [], indsats: [] }
		});
	});

	it('accepts English aliases, list variants, notice and escaped headings', () => {
		const v = ok(fixture('valid-aliases.md'));
		expect(v.key).toBe('aliases-1');
		expect(v.title).toBe('Aliases: English headings');
		expect(v.childAge).toBe(7);
		expect(v.themes).toEqual(['test', 'alias']);
		expect(v.fictional).toBe(false);
		expect(v.notice).toBe('A notice\non two lines.\n\nSecond paragraph.');
		expect(v.text2002).toBe(
			'First paragraph.\n\nSecond paragraph with trailing spaces.\n## Not a heading, escaped.\n### A sub-heading inside the text'
		);
		expect(v.text2024).toBe('Text 2024.');
		expect(v.questions).toEqual({
			vurdering: ['How worried are you?', 'A question that continues on the next line.'],
			sparring: ['Star bullet.'],
			viden: ['Numbered question.', 'Another one.'],
			indsats: ['A plain paragraph question.']
		});
	});

	it('strips a BOM and accepts CRLF line endings', () => {
		const raw = fixture('bom-crlf.md');
		expect(raw.charCodeAt(0)).toBe(0xfeff);
		expect(raw).toContain('\r\n');
		const v = ok(raw);
		expect(v.key).toBe('crlf');
		expect(v.text2002).toBe('Sagsbehandler æøå.');
		expect(v.text2024).toBe('Rådgiver ÆØÅ.');
	});

	it('matches section headings case-insensitively', () => {
		const v = ok(
			'---\nkey: ab\ntitle: T\nfictional: true\n---\n## 2002\nA\n## 2024\nB\n## DISKUSSIONSSPØRGSMÅL\n### valg af INDSATS\n- Q\n'
		);
		expect(v.questions.indsats).toEqual(['Q']);
	});

	it('accepts a whole-number key written without quotes', () => {
		const v = ok('---\nkey: 2002\ntitle: T\nfictional: true\n---\n## 2002\nA\n## 2024\nB\n');
		expect(v.key).toBe('2002');
	});
});

describe('serializeVignetteFile', () => {
	it('round-trips the fixtures', () => {
		for (const name of ['valid-minimal.md', 'valid-aliases.md', 'bom-crlf.md']) {
			const v = ok(fixture(name));
			const text = serializeVignetteFile(v);
			expect(ok(text)).toStrictEqual(v);
			// Serializing is stable: a second pass gives the same text.
			expect(serializeVignetteFile(ok(text))).toBe(text);
		}
	});

	it('escapes heading-like lines and quotes awkward YAML values', () => {
		const v: ParsedVignette = {
			key: 'edge-case',
			title: 'Titel: med kolon, # og "citat"',
			childAge: 0,
			themes: ['a, b', '[x]', 'yes'],
			fictional: true,
			text2002: '## 2024\n\n# Ikke en titel\n\\## allerede escaped',
			text2024: '## Diskussionsspørgsmål\nmere',
			questions: { vurdering: ['- starter med bindestreg'], sparring: [], viden: ['1. nummer'], indsats: [] },
			notice: '## ikke en sektion',
			summary: 'null',
			source: 'true'
		};
		const text = serializeVignetteFile(v);
		expect(text).toContain('\\## 2024');
		expect(ok(text)).toStrictEqual(v);
	});

	it('writes the documented layout', () => {
		const v = ok(fixture('valid-minimal.md'));
		expect(serializeVignetteFile({ ...v, themes: ['alkohol', 'netværk'], childAge: 4 })).toBe(
			'---\nkey: mini\ntitle: Minimal\nchildAge: 4\nthemes: [ alkohol, netværk ]\nfictional: true\n---\n\n## 2002\n\nSagsbehandleren modtager en underretning.\n\n## 2024\n\nRådgiveren modtager en underretning.\n'
		);
	});
});

describe('parseVignetteFile: errors', () => {
	const cases: [string, string, Record<string, unknown>][] = [
		['broken-missing-front-matter.md', 'missing_front_matter', { line: 1 }],
		['broken-unclosed-front-matter.md', 'missing_front_matter', { reason: 'unclosed' }],
		['broken-invalid-yaml.md', 'invalid_yaml', { line: 4, column: 1 }],
		['broken-yaml-not-mapping.md', 'invalid_yaml', { reason: 'not_mapping' }],
		['broken-missing-title.md', 'missing_field', { field: 'title' }],
		['broken-missing-fictional.md', 'missing_field', { field: 'fictional' }],
		['broken-invalid-key.md', 'invalid_key', { key: 'Kira_4' }],
		['broken-invalid-age.md', 'invalid_age', { value: '4 år' }],
		['broken-invalid-themes.md', 'invalid_field', { field: 'themes' }],
		['broken-missing-version.md', 'missing_version', { version: '2024' }],
		['broken-duplicate-section.md', 'duplicate_section', { section: '2002', line: 15 }],
		['broken-duplicate-dimension.md', 'duplicate_section', { section: 'vurdering', line: 20 }],
		['broken-unknown-section.md', 'unknown_section', { heading: '## Noter', line: 11 }],
		['broken-empty-version.md', 'empty_version', { version: '2002', line: 7 }],
		['broken-title-too-long.md', 'too_long', { field: 'title', max: 200, actual: 250 }]
	];
	for (const [name, code, params] of cases) {
		it(`${name} → ${code}`, () => {
			const e = err(name);
			expect(e.code).toBe(code);
			expect(e.params).toMatchObject(params);
			expect(e.filename).toBe(name);
			expect(e.message.startsWith(name + ': ')).toBe(true);
		});
	}

	it('reports a missing key', () => {
		const r = parseVignetteFile('---\ntitle: T\nfictional: true\n---\n## 2002\nA\n## 2024\nB\n');
		expect(r).toMatchObject({ code: 'missing_field', params: { field: 'key' } });
	});

	it('rejects keys that are too short, too long or badly hyphenated', () => {
		for (const key of ['k', 'a'.repeat(65), '-kira', 'kira-', 'ki--ra', 'kira ung', 'kirå']) {
			const r = parseVignetteFile(`---\nkey: "${key}"\ntitle: T\nfictional: true\n---\n## 2002\nA\n## 2024\nB\n`);
			expect(r, key).toMatchObject({ code: 'invalid_key' });
		}
		expect(isVignetteFormatError(parseVignetteFile('---\nkey: ' + 'a'.repeat(64) + '\ntitle: T\nfictional: true\n---\n## 2002\nA\n## 2024\nB\n'))).toBe(false);
	});

	it('rejects ages that are negative, fractional or too high', () => {
		for (const age of ['-1', '4.5', '26', 'true']) {
			const r = parseVignetteFile(`---\nkey: ab\ntitle: T\nchildAge: ${age}\nfictional: true\n---\n## 2002\nA\n## 2024\nB\n`);
			expect(r, age).toMatchObject({ code: 'invalid_age' });
		}
	});

	it('rejects a non-boolean fictional flag', () => {
		const r = parseVignetteFile('---\nkey: ab\ntitle: T\nfictional: ja\n---\n## 2002\nA\n## 2024\nB\n');
		expect(r).toMatchObject({ code: 'invalid_field', params: { field: 'fictional' } });
	});

	it('rejects a whole file that is too long', () => {
		const body = 'ord '.repeat(MAX_FILE_CHARS / 4 + 10);
		const r = parseVignetteFile(`---\nkey: ab\ntitle: T\nfictional: true\n---\n## 2002\n${body}\n## 2024\nB\n`);
		expect(r).toMatchObject({ code: 'too_long', params: { field: 'file', max: MAX_FILE_CHARS } });
	});

	it('rejects a version text that is too long', () => {
		const body = 'ord '.repeat(12_000);
		const r = parseVignetteFile(`---\nkey: ab\ntitle: T\nfictional: true\n---\n## 2002\nA\n## 2024\n${body}\n`);
		expect(r).toMatchObject({ code: 'too_long', params: { field: 'text2024' } });
	});

	it('gives an English message without a filename prefix when no filename is passed', () => {
		const r = parseVignetteFile('no front matter');
		expect(r).toMatchObject({
			code: 'missing_front_matter',
			message: 'File must start with a YAML front matter block between "---" lines'
		});
		expect('filename' in r).toBe(false);
	});
});
