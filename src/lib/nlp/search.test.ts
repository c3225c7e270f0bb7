import { describe, expect, it } from 'vitest';
import { buildIndex, docOfPosition, docSentences, sentenceAt, termPositions } from './corpus-index';
import { findRange } from './sentences';
import { NlpError } from './errors';
import { parseQuery } from './query';
import { search, sortKwic } from './search';
import { fixture, turnOf } from '../../../tests/fixtures/nlp/helpers';

const text = fixture('fokusgruppe.txt');
const other = 'Børnene og et barn. Børn er børn, sagde far. Undersøgelsen var god.';
const index = buildIndex([
	{ id: 'fg', text },
	{ id: 'b', text: other }
]);
const hitTexts = (q: string, opts = {}) => search(index, q, opts).hits.map((h) => h.hit);

describe('buildIndex', () => {
	it('stores consistent token arrays, vocabulary and postings', () => {
		expect(index.docs.map((d) => d.id)).toEqual(['fg', 'b']);
		expect(index.tokenCount).toBe(index.docs[0].count + index.docs[1].count);
		expect(index.docs[1].base).toBe(index.docs[0].count);
		const d = index.docs[1];
		expect(other.slice(d.starts[0], d.ends[0])).toBe('Børnene');
		expect(index.terms[d.termIds[0]]).toBe('børnene');
		expect(index.stems[d.stemIds[0]]).toBe('børn');
		const t = index.termLookup.get('børn')!;
		const pos = [...termPositions(index, t)];
		expect(pos.length).toBe(2);
		for (const g of pos) expect(docOfPosition(index, g)).toBe(1);
		expect(pos).toEqual([...pos].sort((a, b) => a - b));
	});

	it('rejects duplicate document ids', () => {
		expect(() => buildIndex([{ id: 'x', text: 'a' }, { id: 'x', text: 'b' }])).toThrow(NlpError);
	});
});

describe('search', () => {
	it('finds an exact word (normal form, any case)', () => {
		// "børnefaglig undersøgelse" and "50-undersøgelse": the exact form only.
		expect(hitTexts('undersøgelse')).toEqual(['undersøgelse', 'undersøgelse']);
		expect(hitTexts('UNDERSØGELSEN')).toEqual(['Undersøgelsen', 'Undersøgelsen']);
	});

	it('finds all inflections by stem', () => {
		const r = search(index, '~undersøgelse');
		expect(r.query.mode).toBe('stem');
		expect(r.hits.map((h) => h.hit)).toEqual(['undersøgelse', 'undersøgelse', 'Undersøgelsen', 'Undersøgelserne', 'undersøgelser', 'Undersøgelsen']);
		expect(hitTexts('undersøgelse', { match: 'stem' })).toHaveLength(6);
		expect(hitTexts('~barn')).toEqual(['barnet', 'barnet', 'barn']);
		expect(hitTexts('~børn')).toEqual(['Børnene', 'Børn', 'børn']);
	});

	it('returns offsets into the original text', () => {
		for (const h of search(index, '~undersøgelse').hits) {
			const src = h.docId === 'fg' ? text : other;
			expect(src.slice(h.start, h.end)).toBe(h.hit);
		}
	});

	it('finds phrases, exact or with stems', () => {
		expect(hitTexts('børnefaglig undersøgelse')).toEqual(['børnefaglig undersøgelse']);
		expect(hitTexts('"børnefaglig undersøgelse"', { match: 'stem' })).toEqual(['børnefaglig undersøgelse', 'børnefaglige undersøgelser']);
		expect(hitTexts('børnefaglig ~undersøgelse')).toEqual(['børnefaglig undersøgelse']);
		expect(hitTexts('§ 50')).toEqual(['§ 50']);
		expect(hitTexts('50-undersøgelse')).toEqual(['50-undersøgelse']);
		expect(hitTexts('hvad siger barnet')).toEqual(['Hvad siger barnet']);
		// Punctuation between the words breaks a phrase.
		expect(hitTexts('mor der')).toEqual([]);
	});

	it('finds wildcards', () => {
		expect(search(index, 'undersøg*').query.mode).toBe('wildcard');
		expect(hitTexts('undersøg*')).toHaveLength(6);
		expect(hitTexts('*mødet')).toEqual(['gruppemødet']);
		expect(hitTexts('b?rn')).toEqual(['barn', 'Børn', 'børn']);
		expect(hitTexts('børnefaglig* undersøgelse*')).toEqual(['børnefaglig undersøgelse', 'børnefaglige undersøgelser']);
		expect(hitTexts('§ 50-undersøg*')).toEqual(['§ 50-undersøgelse']);
	});

	it('filters by documents and by character ranges', () => {
		expect(hitTexts('~undersøgelse', { docs: ['b'] })).toEqual(['Undersøgelsen']);
		expect(hitTexts('~undersøgelse', { docs: new Set(['fg', 'nope']) })).toHaveLength(5);
		const erik = turnOf(text, 'Erik');
		expect(hitTexts('~undersøgelse', { ranges: { fg: [erik] } })).toEqual(['Undersøgelserne', 'undersøgelser']);
		expect(hitTexts('~undersøgelse', { ranges: new Map([['fg', [erik, turnOf(text, 'Mona')]]]) })).toHaveLength(3);
		// A hit must lie entirely inside a range.
		const h = search(index, 'gruppemødet').hits[0];
		expect(hitTexts('gruppemødet', { ranges: { fg: [{ start: h.start, end: h.end - 1 }] } })).toEqual([]);
	});

	it('builds KWIC context cut at word boundaries, with the sentence', () => {
		const [h] = search(index, 'gruppemødet', { context: 20 }).hits;
		expect(h).toMatchObject({ docId: 'fg', hit: 'gruppemødet' });
		// 20 characters back lands inside "mormoren.": the partial word is dropped.
		expect(h.left).toBe('Karen: På ');
		expect(search(index, 'gruppemødet', { context: 21 }).hits[0].left).toBe('mormoren. Karen: På ');
		expect(h.right).toBe(' i går tog vi sagen');
		expect(text.slice(h.contextStart, h.contextEnd).replace(/\s+/g, ' ')).toBe(h.left + h.hit + h.right);
		expect(text.slice(h.sentence.start, h.sentence.end)).toBe('Karen: På gruppemødet i går tog vi sagen op, jf. vores praksis.');
		const [m] = search(index, 'undersøgelsen').hits;
		expect(text.slice(m.sentence.start, m.sentence.end)).toBe('Undersøgelsen fra 2002 sagde ikke noget om faren.');
		expect(m.keys).toEqual({ left1: 'det', left2: 'af', right1: 'fra', right2: '2002' });
	});

	it('finds the same sentence locally (line) as from the whole document', () => {
		const fresh = buildIndex([{ id: 'fg', text }]);
		const local = [0, 30, 200, 400, 700, text.length - 5].map((p) => sentenceAt(fresh, 0, p));
		const all = docSentences(fresh, 0);
		expect(local).toEqual([0, 30, 200, 400, 700, text.length - 5].map((p) => all[findRange(all, p)]));
		// Cached path gives the same.
		expect(sentenceAt(fresh, 0, 400)).toEqual(local[3]);
	});

	it('counts all hits but builds at most `limit`', () => {
		const r = search(index, 'og', { limit: 2 });
		expect(r.hits).toHaveLength(2);
		expect(r.total).toBeGreaterThan(2);
		expect(r.truncated).toBe(true);
	});

	it('accepts a parsed query', () => {
		expect(search(index, parseQuery('~barn')).total).toBe(3);
	});
});

describe('sortKwic', () => {
	const idx = buildIndex([{ id: 'k', text: 'En stor sag kom. En lille sag gik. Den anden sag blev. En lille sag igen.' }]);
	const hits = search(idx, 'sag').hits;

	it('sorts by the first word to the left, then the second', () => {
		expect(sortKwic(hits, 'left1').map((h) => `${h.keys.left1} ${h.keys.right1}`)).toEqual(['anden blev', 'lille gik', 'lille igen', 'stor kom']);
		expect(sortKwic(hits, 'left2').map((h) => h.keys.left2)).toEqual(['den', 'en', 'en', 'en']);
		expect(sortKwic(hits, 'left2').map((h) => h.keys.left1)).toEqual(['anden', 'lille', 'lille', 'stor']);
	});

	it('sorts by the words to the right and by position', () => {
		expect(sortKwic(hits, 'right1').map((h) => h.keys.right1)).toEqual(['blev', 'gik', 'igen', 'kom']);
		expect(sortKwic(hits, 'right2').map((h) => h.keys.right2)).toEqual(['den', 'en', 'en', '']);
		expect(sortKwic(sortKwic(hits, 'right1'), 'position').map((h) => h.start)).toEqual(hits.map((h) => h.start));
	});

	it('uses Danish collation (æ ø å after z)', () => {
		const i2 = buildIndex([{ id: 'x', text: 'år sag. zebra sag. øl sag. abe sag.' }]);
		expect(sortKwic(search(i2, 'sag').hits, 'left1').map((h) => h.keys.left1)).toEqual(['abe', 'zebra', 'øl', 'år']);
	});
});

describe('query errors', () => {
	const code = (q: string) => {
		try {
			parseQuery(q);
		} catch (e) {
			return (e as NlpError).code;
		}
		return 'ok';
	};

	it('gives specific codes', () => {
		expect(code('')).toBe('empty_query');
		expect(code('   ')).toBe('empty_query');
		expect(code('""')).toBe('empty_query');
		expect(code('"børnefaglig undersøgelse')).toBe('unbalanced_quote');
		expect(code('*')).toBe('wildcard_too_broad');
		expect(code('?*')).toBe('wildcard_too_broad');
		expect(code('~undersøg*')).toBe('stem_wildcard');
		expect(code('=')).toBe('empty_term');
		expect(code(Array(17).fill('ord').join(' '))).toBe('query_too_long');
		expect(code('”det er”')).toBe('ok');
	});

	it('carries parameters and an English message', () => {
		try {
			parseQuery('~sag*');
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(NlpError);
			expect((e as NlpError).params).toEqual({ term: 'sag*' });
			expect((e as NlpError).message).toMatch(/stem/);
		}
	});

	it('rejects invalid options and ranges', () => {
		expect(() => search(index, 'og', { context: -1 })).toThrow(/context/);
		expect(() => search(index, 'og', { ranges: { fg: [{ start: 5, end: 2 }] } })).toThrow(NlpError);
	});
});
