import { describe, expect, it } from 'vitest';
import { buildIndex } from './corpus-index';
import { frequencies } from './frequencies';

const text = 'Barnet og barnet. Børnene og barn, og mor. Det er 12 kr.';
const index = buildIndex([
	{ id: 'a', text },
	{ id: 'b', text: 'Mor og far.' }
]);
const asPairs = (rows: { term: string; count: number }[]) => rows.map((r) => [r.term, r.count]);

describe('frequencies', () => {
	it('counts words without stopwords, relative per 10,000 words', () => {
		const f = frequencies(index, { docs: ['a'] });
		// Word tokens: Barnet og barnet Børnene og barn og mor Det er kr = 11 (12 is a number).
		expect(f.total).toBe(11);
		expect(asPairs(f.rows)).toEqual([
			['barnet', 2],
			['barn', 1],
			['børnene', 1],
			['kr', 1],
			['mor', 1]
		]);
		expect(f.rows[0].relative).toBeCloseTo((2 / 11) * 10_000, 10);
	});

	it('keeps stopwords on request and counts numbers on request', () => {
		const f = frequencies(index, { docs: ['a'], stopwords: true });
		expect(asPairs(f.rows).slice(0, 2)).toEqual([
			['og', 3],
			['barnet', 2]
		]);
		expect(f.rows.find((r) => r.term === 'det')?.count).toBe(1);
		const n = frequencies(index, { docs: ['a'], numbers: true });
		expect(n.total).toBe(12);
		expect(n.rows.find((r) => r.term === '12')?.count).toBe(1);
	});

	it('groups by stem with the most frequent form for display', () => {
		const f = frequencies(index, { docs: ['a'], by: 'stem' });
		expect(f.rows[0]).toMatchObject({ term: 'barn', display: 'barnet', count: 3 });
		expect(f.rows.find((r) => r.term === 'børn')).toMatchObject({ display: 'børnene', count: 1 });
	});

	it('applies minLength to the normal form', () => {
		const f = frequencies(index, { docs: ['a'], minLength: 4 });
		expect(asPairs(f.rows)).toEqual([
			['barnet', 2],
			['barn', 1],
			['børnene', 1]
		]);
		expect(f.total).toBe(11);
	});

	it('restricts to character ranges and to documents', () => {
		const f = frequencies(index, { ranges: { a: [{ start: 0, end: 17 }] } });
		expect(f.total).toBe(3);
		expect(asPairs(f.rows)).toEqual([['barnet', 2]]);
		const all = frequencies(index);
		expect(all.total).toBe(14);
		expect(all.rows.find((r) => r.term === 'mor')?.count).toBe(2);
		expect(all.rows.find((r) => r.term === 'far')?.count).toBe(1);
	});

	it('returns an empty list for an empty selection', () => {
		const f = frequencies(index, { docs: [] });
		expect(f).toEqual({ by: 'word', total: 0, rows: [] });
	});
});
