import { describe, expect, it } from 'vitest';
import { parseCodebookText, validateCodebookJson } from './json';
import { BUILTIN_CODEBOOK } from './builtin';

const code = (key: string, extra: Record<string, unknown> = {}) => ({ key, name: `Navn ${key}`, color: '#aabbcc', ...extra });
const doc = (codes: unknown[], extra: Record<string, unknown> = {}) => ({ format: 'vignet-codebook', version: 1, name: 'Test', codes, ...extra });
const problems = (value: unknown) => {
	const r = validateCodebookJson(value);
	return r.ok ? [] : r.errors.map((e) => [e.path, e.problem]);
};

describe('validateCodebookJson', () => {
	it('accepts a minimal codebook and fills defaults', () => {
		const r = validateCodebookJson(doc([code('A', { children: [code('A.1', { shortcut: 'Q', color: '#AABBCC' })] })]));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const child = r.codebook.codes[0].children[0];
		expect(child).toMatchObject({ key: 'A.1', definition: '', shortcut: 'q', color: '#aabbcc', pole: null, keywords: [], children: [] });
	});

	it('round-trips the built-in codebook unchanged', () => {
		const r = parseCodebookText(JSON.stringify(BUILTIN_CODEBOOK));
		expect(r.ok && r.codebook).toEqual(BUILTIN_CODEBOOK);
	});

	it('names broken JSON, a wrong top level, an unknown format and version', () => {
		const broken = parseCodebookText('{"format": "vignet-codebook",');
		expect(!broken.ok && broken.errors[0].problem).toBe('invalid_json');
		expect(problems([])).toEqual([['', 'not_object']]);
		expect(problems({ format: 'nvivo', version: 1, codes: [] })).toEqual([['format', 'unknown_format']]);
		expect(problems({ format: 'vignet-codebook', version: 2, codes: [] })).toEqual([['version', 'unsupported_version']]);
		expect(problems({ format: 'vignet-codebook', version: 1, name: 'x' })).toEqual([['codes', 'missing']]);
		expect(parseCodebookText('\uFEFF' + JSON.stringify(doc([]))).ok).toBe(true);
	});

	it('locates each problem in a code by path', () => {
		expect(
			problems(
				doc([
					code('A', {
						children: [
							code('A.1', { color: 'red' }),
							code('a', { shortcut: '1' }),
							code('A.3', { shortcut: '1', pole: '2010' }),
							code('A 4', { name: '' }),
							{ key: 'A.5', name: 5, color: '#000000' },
							code('A.6', { keywords: ['ok', '"åben'] }),
							code('A.7', { definition: 'x'.repeat(4001) }),
							code('A.8', { shortcut: 'ab' })
						]
					})
				])
			)
		).toEqual([
			['codes[0].children[0].color', 'invalid_color'],
			['codes[0].children[1].key', 'duplicate_key'],
			['codes[0].children[2].pole', 'invalid_pole'],
			['codes[0].children[2].shortcut', 'duplicate_shortcut'],
			['codes[0].children[3].key', 'invalid_key'],
			['codes[0].children[3].name', 'required'],
			['codes[0].children[4].name', 'wrong_type'],
			['codes[0].children[4].name', 'required'],
			['codes[0].children[5].keywords[1]', 'invalid_keyword'],
			['codes[0].children[6].definition', 'too_long'],
			['codes[0].children[7].shortcut', 'invalid_shortcut']
		]);
	});

	it('limits depth to six levels', () => {
		let deep: Record<string, unknown> = code('L7');
		for (let level = 6; level >= 1; level--) deep = code(`L${level}`, { children: [deep] });
		expect(problems(doc([deep]))).toEqual([['codes[0].children[0].children[0].children[0].children[0].children[0].children[0]', 'too_deep']]);
	});

	it('limits the number of codes to 1000', () => {
		const many = Array.from({ length: 1001 }, (_, i) => code(`K${i}`));
		expect(problems(doc(many))).toEqual([['codes[1000]', 'too_many_codes']]);
		expect(problems(doc(many.slice(0, 1000)))).toEqual([]);
	});

	it('refuses overlong names and too many keywords', () => {
		expect(problems(doc([code('A', { name: 'n'.repeat(121), keywords: Array.from({ length: 201 }, (_, i) => `ord${i}`) })], { name: 'x'.repeat(201) }))).toEqual([
			['name', 'too_long'],
			['codes[0].name', 'too_long'],
			['codes[0].keywords', 'too_many_keywords']
		]);
	});
});
