import { describe, expect, it } from 'vitest';
import { buildIndex } from './corpus-index';
import { DEFAULT_KEYWORDS, defaultKeywordLists } from './default-keywords';
import { NlpError } from './errors';
import { keywordPrecisionRecall, matchKeywords, validateKeywords, type KeywordList } from './keywords';
import { fixture, paragraphs, turnOf } from '../../../tests/fixtures/nlp/helpers';

const text = fixture('fokusgruppe.txt');
const lists: KeywordList[] = [
	{ codeId: 'SPA.GRUPPEMØDE', keywords: ['gruppemøde*'] },
	{ codeId: 'SPA.RÅD', keywords: ['sparring', 'sparre', 'kollega*'] },
	{ codeId: 'IND.BFU', keywords: ['børnefaglig undersøgelse', '§ 50'] },
	{ codeId: 'VID.BARN', keywords: ['hvad siger barnet'] }
];
const show = (s: { codeId: string; start: number; end: number; matched: string[] }) => [s.codeId, text.slice(s.start, s.end), s.matched];

describe('matchKeywords', () => {
	it('suggests the sentences containing a match, merged per code', () => {
		const s = matchKeywords(text, lists, { unit: 'sentence' });
		expect(s.map(show)).toEqual([
			['IND.BFU', 'Vi skal have lavet en børnefaglig undersøgelse, altså en § 50-undersøgelse, med det samme.', ['børnefaglig undersøgelse', '§ 50']],
			['SPA.GRUPPEMØDE', 'Karen: På gruppemødet i går tog vi sagen op, jf. vores praksis.', ['gruppemøde*']],
			['SPA.RÅD', 'Vi sparrer altid med en kollega, før vi går til ledelsen med en indstilling.', ['sparre', 'kollega*']],
			// Keyword words match by stem: børnefaglige undersøgelser.
			['IND.BFU', 'Undersøgelserne dengang var ikke skarpe nok, og de børnefaglige undersøgelser i dag er bedre.', ['børnefaglig undersøgelse']],
			['VID.BARN', 'Hvad siger barnet selv?', ['hvad siger barnet']]
		]);
		expect(s[0].docId).toBe('');
		expect(s[0].hits.map((h) => text.slice(h.start, h.end))).toEqual(['børnefaglig undersøgelse', '§ 50']);
	});

	it('suggests whole turns with unit turn, and honours =exact keywords', () => {
		const turns = paragraphs(text);
		const s = matchKeywords({ id: 'fg', text }, [{ codeId: 'IND.BFU', keywords: ['=undersøgelserne', '§ 50'] }], { unit: 'turn', turns: { fg: turns } });
		expect(s.map((x) => [x.docId, x.start, x.end, x.matched])).toEqual([
			['fg', turnOf(text, 'Sara').start, turnOf(text, 'Sara').end, ['§ 50']],
			['fg', turnOf(text, 'Erik').start, turnOf(text, 'Erik').end, ['=undersøgelserne']]
		]);
	});

	it('works on an index with several documents and a range filter', () => {
		const index = buildIndex([
			{ id: 'fg', text },
			{ id: 'x', text: 'Vi tog den på gruppemødet. Ingen sparring.' }
		]);
		const all = matchKeywords(index, lists, { unit: 'sentence' });
		expect(all.filter((s) => s.docId === 'x').map((s) => s.codeId)).toEqual(['SPA.GRUPPEMØDE', 'SPA.RÅD']);
		const onlyKaren = matchKeywords(index, lists, { unit: 'sentence', ranges: { fg: [turnOf(text, 'Karen')] } });
		expect(onlyKaren.map((s) => s.codeId)).toEqual(['SPA.GRUPPEMØDE', 'SPA.RÅD']);
	});

	it('reports missing turns and invalid keywords with codes', () => {
		expect(() => matchKeywords(text, lists, { unit: 'turn' })).toThrow(expect.objectContaining({ code: 'turns_required' }));
		try {
			matchKeywords(text, [{ codeId: 'X', keywords: ['ok', '*'] }], { unit: 'sentence' });
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(NlpError);
			expect((e as NlpError).code).toBe('invalid_keyword');
			expect((e as NlpError).params).toEqual({ codeId: 'X', keyword: '*', reason: 'wildcard_too_broad' });
		}
		expect(validateKeywords([{ codeId: 'X', keywords: ['ok', '"åben', '~a*'] }]).map((p) => p.code)).toEqual(['unbalanced_quote', 'stem_wildcard']);
	});
});

describe('keywordPrecisionRecall', () => {
	// Five units of 10 characters: [0,10) [10,20) [20,30) [30,40) [40,50).
	const units = [0, 10, 20, 30, 40].map((s) => ({ start: s, end: s + 10 }));

	it('computes precision, recall and F1 per code on units', () => {
		const suggestions = [
			{ codeId: 'A', start: 0, end: 10 },
			{ codeId: 'A', start: 10, end: 30 }, // units 1 and 2
			{ codeId: 'C', start: 40, end: 50 }
		];
		const reference = [
			{ codeId: 'A', start: 15, end: 35 }, // units 1, 2, 3
			{ codeId: 'B', start: 2, end: 3 } // unit 0
		];
		const r = keywordPrecisionRecall(suggestions, reference, { units });
		expect(r.unitCount).toBe(5);
		const by = Object.fromEntries(r.codes.map((c) => [c.codeId, c]));
		// A: suggested {0,1,2}, reference {1,2,3}: TP 2, FP 1, FN 1 → P = R = F1 = 2/3.
		expect(by.A).toMatchObject({ suggested: 3, reference: 3, truePositives: 2, falsePositives: 1, falseNegatives: 1 });
		expect(by.A.precision).toBeCloseTo(2 / 3, 12);
		expect(by.A.recall).toBeCloseTo(2 / 3, 12);
		expect(by.A.f1).toBeCloseTo(2 / 3, 12);
		// B: nothing suggested → precision undefined (null), recall 0, F1 undefined.
		expect(by.B).toMatchObject({ suggested: 0, reference: 1, precision: null, recall: 0, f1: null });
		// C: nothing in the reference → precision 0, recall undefined.
		expect(by.C).toMatchObject({ suggested: 1, reference: 0, precision: 0, recall: null, f1: null });
		// Micro: TP 2 of 4 suggested, of 4 reference → 0.5 / 0.5 / 0.5.
		expect(r.micro).toMatchObject({ suggested: 4, reference: 4, truePositives: 2, precision: 0.5, recall: 0.5, f1: 0.5 });
	});

	it('gives F1 = 0 when both precision and recall are 0, and respects codeIds and docs', () => {
		const r = keywordPrecisionRecall(
			[{ docId: 'd', codeId: 'A', start: 0, end: 5 }],
			[
				{ docId: 'd', codeId: 'A', start: 20, end: 25 },
				{ docId: 'other', codeId: 'A', start: 0, end: 5 }
			],
			{ units: { d: units }, codeIds: ['A', 'Z'] }
		);
		expect(r.codes[0]).toMatchObject({ codeId: 'A', precision: 0, recall: 0, f1: 0 });
		expect(r.codes[1]).toMatchObject({ codeId: 'Z', suggested: 0, reference: 0, precision: null, recall: null, f1: null });
	});

	it('scores suggestions from matchKeywords against reference codings', () => {
		const turns = paragraphs(text);
		const sug = matchKeywords(text, lists, { unit: 'turn', turns });
		const reference = [
			{ codeId: 'SPA.GRUPPEMØDE', ...turnOf(text, 'Karen') },
			{ codeId: 'SPA.GRUPPEMØDE', ...turnOf(text, 'Lars') }
		];
		const r = keywordPrecisionRecall(sug, reference, { units: turns, codeIds: ['SPA.GRUPPEMØDE'] });
		expect(r.codes[0]).toMatchObject({ truePositives: 1, precision: 1, recall: 0.5 });
		expect(r.codes[0].f1).toBeCloseTo(2 / 3, 12);
	});
});

describe('default keywords', () => {
	const CODEBOOK = [
		'VUR.BEK', 'VUR.HANDLE', 'VUR.SIKKERHED', 'VUR.ENIG', 'VUR.UENIG', 'VUR.META',
		'SPA.GRUPPEMØDE', 'SPA.RÅD', 'SPA.FLERE-ØJNE', 'SPA.VI', 'SPA.UDFORDRER', 'SPA.KONVERGENS', 'SPA.ANSVAR', 'SPA.LEDELSESINFO', 'SPA.INDIVIDUEL',
		'VID.ERFARING', 'VID.MANGLER', 'VID.UDFORDRER', 'VID.BARN', 'VID.VÆRKTØJ', 'VID.RESSOURCER', 'VID.INDFORSTÅET', 'VID.LOV',
		'IND.LUK', 'IND.BFU', 'IND.TIDLIG', 'IND.FAMBEH', 'IND.SIKRING', 'IND.SPECIALTEAM', 'IND.NETVÆRK', 'IND.ANBRINGELSE', 'IND.UAFKLARET', 'IND.KONTEKST', 'IND.SPREDNING'
	];

	it('covers every code of the built-in codebook, and nothing else', () => {
		expect(Object.keys(DEFAULT_KEYWORDS).sort()).toEqual([...CODEBOOK].sort());
		for (const c of CODEBOOK) expect(DEFAULT_KEYWORDS[c].length, c).toBeGreaterThanOrEqual(5);
	});

	it('has only valid keywords', () => {
		expect(validateKeywords(defaultKeywordLists())).toEqual([]);
	});

	it('finds the expected codes in the fixture', () => {
		const s = matchKeywords(text, defaultKeywordLists(), { unit: 'turn', turns: paragraphs(text) });
		const codesIn = (speaker: string) => s.filter((x) => x.start === turnOf(text, speaker).start).map((x) => x.codeId);
		expect(codesIn('Sara')).toEqual(expect.arrayContaining(['VUR.BEK', 'IND.BFU']));
		expect(codesIn('Karen')).toEqual(expect.arrayContaining(['SPA.GRUPPEMØDE', 'SPA.RÅD', 'SPA.LEDELSESINFO']));
		expect(codesIn('Erik')).toEqual(expect.arrayContaining(['VUR.UENIG', 'VID.BARN', 'IND.BFU', 'VUR.META']));
		expect(codesIn('Carmen')).toEqual(expect.arrayContaining(['IND.FAMBEH', 'IND.KONTEKST']));
		expect(codesIn('Lars')).toEqual(expect.arrayContaining(['VUR.ENIG', 'VUR.SIKKERHED']));
	});
});
