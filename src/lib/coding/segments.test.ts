import { describe, expect, it } from 'vitest';
import { segmentRange, spansByTurn, stepWord, trimSpan } from './segments';

describe('segmentRange', () => {
	it('cuts at every boundary and lists covering spans', () => {
		const a = { start: 2, end: 8, id: 'a' };
		const b = { start: 5, end: 12, id: 'b' };
		const segments = segmentRange(0, 10, [a, b]);
		expect(segments.map((s) => [s.start, s.end, s.spans.map((x) => x.id).join('')])).toEqual([
			[0, 2, ''],
			[2, 5, 'a'],
			[5, 8, 'ab'],
			[8, 10, 'b']
		]);
	});

	it('returns one uncovered segment without spans', () => {
		expect(segmentRange(3, 7, [{ start: 10, end: 12 }])).toEqual([{ start: 3, end: 7, spans: [] }]);
	});
});

describe('spansByTurn', () => {
	it('assigns a span to every turn it touches, across turns', () => {
		const turns = [
			{ start: 0, end: 10 },
			{ start: 12, end: 20 },
			{ start: 22, end: 30 }
		];
		const spans = [
			{ start: 5, end: 15, id: 'x' },
			{ start: 25, end: 26, id: 'y' }
		];
		const result = spansByTurn(turns, spans);
		expect(result.map((r) => r.map((s) => s.id))).toEqual([['x'], ['x'], ['y']]);
	});
});

describe('trimSpan and stepWord', () => {
	it('trims whitespace and refuses empty selections', () => {
		expect(trimSpan('  hej med dig ', 0, 14)).toEqual({ start: 2, end: 13 });
		expect(trimSpan('a   b', 1, 4)).toBeNull();
		expect(trimSpan('abc', 3, 1)).toEqual({ start: 1, end: 3 });
	});

	it('steps to word boundaries', () => {
		const text = 'Kira er fire år';
		expect(stepWord(text, 0, 1)).toBe(4);
		expect(stepWord(text, 4, 1)).toBe(7);
		expect(stepWord(text, 7, -1)).toBe(5);
		expect(stepWord(text, 15, -1)).toBe(13);
	});
});
