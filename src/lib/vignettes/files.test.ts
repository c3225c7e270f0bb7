// Checks the shipped vignette files in /vignettes against the format and the study's vocabulary rules.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countWords, diffStats, wordDiff } from './diff';
import { isVignetteFormatError, parseVignetteFile, serializeVignetteFile } from './format';
import { QUESTION_DIMENSIONS, type ParsedVignette } from './types';

const dir = fileURLToPath(new URL('../../../vignettes/', import.meta.url));
const names = readdirSync(dir)
	.filter((f) => f.endsWith('.md') && f !== 'README.md')
	.sort();
const parsed = new Map<string, ParsedVignette>();
for (const name of names) {
	const r = parseVignetteFile(readFileSync(dir + name, 'utf8'), name);
	if (isVignetteFormatError(r)) throw new Error(r.message);
	parsed.set(name, r);
}
const all = [...parsed.values()];

describe('vignettes/*.md', () => {
	it('has the six study vignettes, with unique keys matching the file names', () => {
		expect(names).toHaveLength(6);
		expect(new Set(all.map((v) => v.key)).size).toBe(6);
		for (const [name, v] of parsed) expect(name).toBe(`${v.key}.md`);
		for (const key of ['kira', 'ung-mor', 'lukket-to-gange']) {
			expect(all.some((v) => v.key === key), key).toBe(true);
		}
	});

	it('are all marked fictional in the front matter and in the notice', () => {
		for (const v of all) {
			expect(v.fictional, v.key).toBe(true);
			expect(v.notice, v.key).toMatch(/fiktiv/i);
		}
	});

	it('have both versions at roughly 250–450 words', () => {
		for (const v of all) {
			for (const text of [v.text2002, v.text2024]) {
				const n = countWords(text);
				expect(n, v.key).toBeGreaterThanOrEqual(250);
				expect(n, v.key).toBeLessThanOrEqual(450);
			}
		}
	});

	it('use 2002 vocabulary in 2002 and 2024 vocabulary in 2024', () => {
		for (const v of all) {
			expect(v.text2002, v.key).toMatch(/sagsbehandler|foranstaltning/i);
			expect(v.text2024, v.key).toMatch(/rådgiver/i);
			expect(v.text2024, v.key).toMatch(/indsats/i);
			// The 2024 texts use today's terms only.
			expect(v.text2024, v.key).not.toMatch(/sagsbehandler|foranstaltning|§ ?50|serviceloven/i);
			expect(v.text2002, v.key).not.toMatch(/rådgiveren|børnefaglig undersøgelse|barnets lov/i);
		}
	});

	it('never name "barnets reform" and never hard-code a paragraph in 2024', () => {
		for (const v of all) {
			const everything = serializeVignetteFile(v);
			expect(everything, v.key).not.toMatch(/barnets\s+reform/i);
			expect(v.text2024, v.key).not.toContain('§');
		}
	});

	it('has the Kira details the article describes', () => {
		const kira = all.find((v) => v.key === 'kira');
		expect(kira?.childAge).toBe(4);
		for (const text of [kira!.text2002, kira!.text2024]) {
			expect(text).toMatch(/dagplejemor/);
			expect(text).toMatch(/tydeligt beruset/);
			expect(text).toMatch(/mormor/);
			expect(text).toMatch(/halvdelen af tiden/);
		}
		expect(kira!.text2002).toMatch(/§ 50-undersøgelse/);
		expect(kira!.text2024).toMatch(/børnefaglig undersøgelse/);
	});

	it('keeps the problem the same between versions (most words unchanged)', () => {
		for (const v of all) {
			const s = diffStats(wordDiff(v.text2002, v.text2024, { cleanup: 'none' }));
			expect(s.keptShare, v.key).toBeGreaterThan(0.8);
			expect(s.wordsRemoved + s.wordsAdded, v.key).toBeGreaterThan(0);
		}
	});

	it('have 1–3 discussion questions for each dimension', () => {
		for (const v of all) {
			for (const d of QUESTION_DIMENSIONS) {
				expect(v.questions[d].length, `${v.key} ${d}`).toBeGreaterThanOrEqual(1);
				expect(v.questions[d].length, `${v.key} ${d}`).toBeLessThanOrEqual(3);
			}
		}
	});

	it('round-trip through serializeVignetteFile', () => {
		for (const v of all) expect(parseVignetteFile(serializeVignetteFile(v))).toStrictEqual(v);
	});
});
