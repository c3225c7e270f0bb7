import { describe, expect, it } from 'vitest';
import { isStopword, normalize, stem, tokenize } from './tokenize';
import { STOPWORDS_DA } from './stopwords-da';

const surfaces = (text: string) => tokenize(text).map((t) => t.surface);

describe('tokenize', () => {
	const tricky =
		'  Hr. Jensen sagde f.eks. at det kostede 12,50 kr. d. 5. maj, jf. § 50.\r\n\r\nBørne-og ungeudvalget:\t”det er dybt bekymrende” […] bl.a. hos mormor. Sagen lukkes1 (…) Århus café';

	it('gives offsets with text.slice(start, end) === surface for tricky Danish input', () => {
		const tokens = tokenize(tricky);
		expect(tokens.length).toBeGreaterThan(40);
		for (const t of tokens) expect(tricky.slice(t.start, t.end)).toBe(t.surface);
		for (let i = 1; i < tokens.length; i++) expect(tokens[i].start).toBeGreaterThanOrEqual(tokens[i - 1].end);
	});

	it('keeps æøå words, numbers with decimal comma and multi-part abbreviations whole', () => {
		const tokens = tokenize(tricky);
		const by = (s: string) => tokens.find((t) => t.surface === s);
		expect(by('12,50')?.type).toBe('number');
		expect(by('f.eks.')?.type).toBe('abbreviation');
		expect(by('bl.a.')?.type).toBe('abbreviation');
		expect(by('Århus')).toMatchObject({ type: 'word', normal: 'århus' });
		expect(by('mormor')?.type).toBe('word');
		expect(by('§')?.type).toBe('symbol');
		expect(by('50')?.type).toBe('number');
	});

	it('splits Danish punctuation, hyphens, quotes and editorial marks as expected', () => {
		const s = surfaces(tricky);
		expect(s.slice(0, 5)).toEqual(['Hr', '.', 'Jensen', 'sagde', 'f.eks.']);
		expect(s).toContain('jf');
		const i = s.indexOf('Børne');
		expect(s.slice(i, i + 3)).toEqual(['Børne', '-', 'og']);
		const q = s.indexOf('”');
		expect(s.slice(q, q + 2)).toEqual(['”', 'det']);
		const b = s.indexOf('[');
		expect(s.slice(b, b + 3)).toEqual(['[', '…', ']']);
		// PDF footnote digit glued to a word (domain.md §1).
		const l = s.indexOf('lukkes');
		expect(s.slice(l, l + 2)).toEqual(['lukkes', '1']);
		expect(s).not.toContain('\t');
	});

	it('normalises to lower-case NFC and stems words with Snowball Danish', () => {
		const nfd = 'A\u030Arhus og Børnene'; // Å decomposed
		const t = tokenize(nfd);
		expect(t[0].normal).toBe('århus');
		expect(nfd.slice(t[0].start, t[0].end)).toBe('A\u030Arhus');
		expect(t[2]).toMatchObject({ normal: 'børnene', stem: 'børn', isStop: false });
		expect(t[1]).toMatchObject({ normal: 'og', isStop: true });
		expect(normalize('ÆBLE')).toBe('æble');
	});

	it('stems Danish inflections', () => {
		expect(stem('børnene')).toBe('børn');
		expect(stem('kommunernes')).toBe('kommun');
		expect(stem('undersøgelserne')).toBe('undersøg');
		expect(stem('Undersøgelsen')).toBe('undersøg');
		expect(stem('undersøgelse')).toBe('undersøg');
		expect(stem('barnet')).toBe(stem('barn'));
	});

	it('does not stem numbers or abbreviations', () => {
		const t = tokenize('f.eks. 2002');
		expect(t.map((x) => x.stem)).toEqual(['f.eks.', '2002']);
	});

	it('keeps offsets exact on random mixes of tricky characters', () => {
		// Deterministic LCG; pieces chosen to stress wink's tokenizer and our merge passes.
		const pieces = ['børn', 'Å', 'æ', 'ø', ' ', '  ', '\n', '\r\n', '\t', '.', ',', 'f.eks.', 'bl.a.', '§', '50', '12,50', '-', '”', '“', '"', "'", '[…]', '(…)', '…', '...', '?', '!', 'lukkes1', 'e-mail', 'a@b.dk', '#tag', '😀', '\u00a0', '\u00ad', '\u200b', 'A\u030A', "can't", ':)', '1.000', 'd.', '5.', 'kr.'];
		let seed = 42;
		const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let round = 0; round < 200; round++) {
			let text = '';
			const n = 1 + Math.floor(rnd() * 30);
			for (let i = 0; i < n; i++) text += pieces[Math.floor(rnd() * pieces.length)];
			const tokens = tokenize(text);
			let prevEnd = 0;
			for (const t of tokens) {
				expect(text.slice(t.start, t.end), JSON.stringify(text)).toBe(t.surface);
				expect(t.start).toBeGreaterThanOrEqual(prevEnd);
				expect(t.surface.trim()).not.toBe('');
				prevEnd = t.end;
			}
		}
	});

	it('returns nothing for empty or blank text', () => {
		expect(tokenize('')).toEqual([]);
		expect(tokenize(' \n\t ')).toEqual([]);
	});
});

describe('stopwords', () => {
	it('has the Danish function words', () => {
		for (const w of ['og', 'i', 'at', 'det', 'en', 'et', 'den', 'jeg', 'vi', 'ikke', 'på', 'med', 'har', 'er', 'som', 'f.eks.', 'Og']) {
			expect(isStopword(w), w).toBe(true);
		}
	});

	it('keeps domain content words out of the list', () => {
		for (const w of ['barn', 'børn', 'mor', 'far', 'bekymring', 'undersøgelse', 'mand', 'alene', 'sammen', 'dengang', 'straks', 'familie']) {
			expect(isStopword(w), w).toBe(false);
		}
	});

	it('is about the size of the stopwords-iso list, all lower-case NFC', () => {
		expect(STOPWORDS_DA.size).toBeGreaterThan(150);
		expect(STOPWORDS_DA.size).toBeLessThan(260);
		for (const w of STOPWORDS_DA) expect(w).toBe(normalize(w));
	});
});
