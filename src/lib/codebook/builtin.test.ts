import { describe, expect, it } from 'vitest';
import { BUILTIN_CODEBOOK } from './builtin';
import { validateCodebookJson, countCodes } from './json';
import { DEFAULT_KEYWORDS } from '$lib/nlp/default-keywords';
import { validateKeywords } from '$lib/nlp/keywords';
import type { CodebookCode } from './types';

function all(codes: readonly CodebookCode[]): CodebookCode[] {
	return codes.flatMap((c) => [c, ...all(c.children)]);
}

// Every code key of domain.md §2 (the demo data and the keyword list use them).
const DOMAIN_KEYS = [
	'VUR.BEK', 'VUR.HANDLE', 'VUR.SIKKERHED', 'VUR.ENIG', 'VUR.UENIG', 'VUR.META',
	'SPA.GRUPPEMØDE', 'SPA.RÅD', 'SPA.FLERE-ØJNE', 'SPA.VI', 'SPA.UDFORDRER', 'SPA.KONVERGENS', 'SPA.ANSVAR', 'SPA.LEDELSESINFO', 'SPA.INDIVIDUEL',
	'VID.ERFARING', 'VID.MANGLER', 'VID.UDFORDRER', 'VID.BARN', 'VID.VÆRKTØJ', 'VID.RESSOURCER', 'VID.INDFORSTÅET', 'VID.LOV',
	'IND.LUK', 'IND.BFU', 'IND.TIDLIG', 'IND.FAMBEH', 'IND.SIKRING', 'IND.SPECIALTEAM', 'IND.NETVÆRK', 'IND.ANBRINGELSE', 'IND.UAFKLARET', 'IND.KONTEKST', 'IND.SPREDNING'
];

describe('built-in codebook »Tærskler 2002/2024«', () => {
	const codes = all(BUILTIN_CODEBOOK.codes);
	const byKey = new Map(codes.map((c) => [c.key, c]));

	it('has the four dimensions at the top, in Table 1 order', () => {
		expect(BUILTIN_CODEBOOK.codes.map((c) => c.key)).toEqual(['VUR', 'SPA', 'VID', 'IND']);
		expect(BUILTIN_CODEBOOK.codes.map((c) => c.name)).toEqual(['Vurdering', 'Kollegial sparring', 'Vidensgrundlag', 'Valg af indsats']);
	});

	it('has every code of domain §2 under its dimension', () => {
		for (const key of DOMAIN_KEYS) {
			expect(byKey.has(key), key).toBe(true);
			const dimension = BUILTIN_CODEBOOK.codes.find((d) => all(d.children).some((c) => c.key === key));
			expect(dimension?.key, key).toBe(key.split('.')[0]);
		}
		// and every code the keyword list knows
		for (const key of Object.keys(DEFAULT_KEYWORDS)) expect(byKey.has(key), key).toBe(true);
	});

	it('passes its own format validation (unique keys and shortcuts, colours, lengths, keywords)', () => {
		const result = validateCodebookJson(JSON.parse(JSON.stringify(BUILTIN_CODEBOOK)));
		expect(result.ok ? [] : result.errors).toEqual([]);
		expect(countCodes(BUILTIN_CODEBOOK.codes)).toBe(codes.length);
	});

	it('has unique keys, unique shortcuts and distinct colours', () => {
		expect(new Set(codes.map((c) => c.key)).size).toBe(codes.length);
		const shortcuts = codes.map((c) => c.shortcut).filter((s) => s !== null);
		expect(shortcuts.length).toBeGreaterThanOrEqual(10);
		expect(new Set(shortcuts).size).toBe(shortcuts.length);
		for (const s of shortcuts) expect(s).toMatch(/^[a-z0-9]$/);
		for (const c of codes) expect(c.color, c.key).toMatch(/^#[0-9a-f]{6}$/);
		expect(new Set(codes.map((c) => c.color)).size).toBe(codes.length);
	});

	it('gives every code a definition, criteria and an anchor example', () => {
		for (const c of codes) {
			expect(c.name.length, c.key).toBeGreaterThan(2);
			expect(c.definition.length, c.key).toBeGreaterThan(60);
			expect(c.definition.split(/[.!?](\s|$)/).filter((s) => s && s.trim()).length, c.key).toBeGreaterThanOrEqual(2);
			expect(c.inclusion.length, c.key).toBeGreaterThan(10);
			expect(c.exclusion.length, c.key).toBeGreaterThan(10);
			expect(c.example, c.key).toMatch(/^\p{Lu}\p{Ll}+: .{10,}/u);
		}
	});

	it('mentions the ordinal concern scale in VUR.BEK', () => {
		const bek = byKey.get('VUR.BEK')!;
		expect(bek.definition).toMatch(/ordinal/);
		for (const step of ['0', '1', '2', '3', '4', 'akut']) expect(bek.definition).toContain(step);
	});

	it('marks the poles named in domain §2', () => {
		for (const key of ['SPA.INDIVIDUEL', 'VID.INDFORSTÅET', 'IND.SPREDNING']) expect(byKey.get(key)!.pole, key).toBe('2002');
		for (const key of ['SPA.VI', 'SPA.GRUPPEMØDE', 'SPA.FLERE-ØJNE', 'VID.VÆRKTØJ', 'VID.BARN']) expect(byKey.get(key)!.pole, key).toBe('2024');
		for (const d of BUILTIN_CODEBOOK.codes) expect(d.pole, d.key).toBeNull();
	});

	it('takes the keywords from DEFAULT_KEYWORDS, and they all parse', () => {
		for (const [key, list] of Object.entries(DEFAULT_KEYWORDS)) expect(byKey.get(key)!.keywords, key).toEqual([...list]);
		expect(validateKeywords(codes.map((c) => ({ codeId: c.key, keywords: c.keywords })))).toEqual([]);
	});

	it('does not copy the published excerpts as anchor examples', () => {
		const quoted = ['dybt bekymrende, at dagplejemor', 'for kompleks til, at jeg selv', 'far skal på banen (…)', 'Sagen lukkes'];
		for (const c of codes) for (const q of quoted) expect(c.example, c.key).not.toContain(q);
	});
});
