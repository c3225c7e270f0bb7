import { describe, expect, it } from 'vitest';
import { findRange, sentences } from './sentences';

const split = (text: string) => sentences(text).map((r) => text.slice(r.start, r.end));

describe('sentences', () => {
	it('does not split after Danish abbreviations and ordinals', () => {
		const text =
			'Hr. Jensen kom d. 5. maj kl. 10. Han betalte ca. 12,50 kr. for det, jf. § 50, stk. 2. Det var bl.a. f.eks. godt osv. Så gik vi.';
		expect(split(text)).toEqual([
			'Hr. Jensen kom d. 5. maj kl. 10.',
			'Han betalte ca. 12,50 kr. for det, jf. § 50, stk. 2.',
			'Det var bl.a. f.eks. godt osv.',
			'Så gik vi.'
		]);
	});

	it('still ends a sentence after a final abbreviation or number when a capital follows', () => {
		expect(split('Det kostede 100 kr. Så gik vi.')).toEqual(['Det kostede 100 kr.', 'Så gik vi.']);
		expect(split('Hun blev nummer 5. Det var godt.')).toEqual(['Hun blev nummer 5.', 'Det var godt.']);
	});

	it('breaks at line breaks, so turns never share a sentence', () => {
		expect(split('Sara: Det er dybt bekymrende\n\nLars: Jeg er enig. Fr. Hansen er enig')).toEqual([
			'Sara: Det er dybt bekymrende',
			'Lars: Jeg er enig.',
			'Fr. Hansen er enig'
		]);
	});

	it('handles questions, exclamations, ellipses and quotes', () => {
		expect(split('Hvad siger barnet? Det ved vi ikke! ”Det er for sent.” sagde hun.')).toEqual([
			'Hvad siger barnet?',
			'Det ved vi ikke!',
			'”Det er for sent.” sagde hun.'
		]);
	});

	it('does not break at omission marks or before lower case, but after an ellipsis before a capital', () => {
		expect(split('Der var ikke et svar (…) Men så kom hun. Ja… Nej [...] nej. Hvorfor? spurgte hun.')).toEqual([
			'Der var ikke et svar (…) Men så kom hun.',
			'Ja…',
			'Nej [...] nej.',
			'Hvorfor? spurgte hun.'
		]);
	});

	it('returns trimmed ranges and nothing for empty text', () => {
		const text = '  Ja.  Nej.  ';
		expect(sentences(text)).toEqual([
			{ start: 2, end: 5 },
			{ start: 7, end: 11 }
		]);
		expect(sentences('')).toEqual([]);
	});

	it('findRange locates the range containing a position', () => {
		const rs = [
			{ start: 0, end: 5 },
			{ start: 7, end: 10 }
		];
		expect(findRange(rs, 0)).toBe(0);
		expect(findRange(rs, 4)).toBe(0);
		expect(findRange(rs, 5)).toBe(-1);
		expect(findRange(rs, 9)).toBe(1);
		expect(findRange(rs, 10)).toBe(-1);
	});
});
