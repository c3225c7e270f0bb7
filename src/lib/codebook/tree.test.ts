import { describe, expect, it } from 'vitest';
import { buildTree, checkMove, descendantIds, flattenTree, levelOf, subtreeHeight } from './tree';

const rows = [
	{ id: 'b', parentId: null, position: 1, key: 'B' },
	{ id: 'a', parentId: null, position: 0, key: 'A' },
	{ id: 'a2', parentId: 'a', position: 1, key: 'A.2' },
	{ id: 'a1', parentId: 'a', position: 0, key: 'A.1' },
	{ id: 'a1x', parentId: 'a1', position: 0, key: 'A.1.x' },
	{ id: 'b1', parentId: 'b', position: 0, key: 'B.1' }
];

describe('codebook tree helpers', () => {
	it('builds the tree in position order and flattens it in pre-order with depth and dimension', () => {
		const tree = buildTree(rows);
		expect(tree.map((n) => n.key)).toEqual(['A', 'B']);
		const flat = flattenTree(tree);
		expect(flat.map((n) => [n.key, n.depth, n.dimensionId])).toEqual([
			['A', 0, 'a'],
			['A.1', 1, 'a'],
			['A.1.x', 2, 'a'],
			['A.2', 1, 'a'],
			['B', 0, 'b'],
			['B.1', 1, 'b']
		]);
	});

	it('keeps orphans and cycles visible at the top instead of losing them', () => {
		const broken = [
			{ id: 'x', parentId: 'missing', position: 0 },
			{ id: 'p', parentId: 'q', position: 1 },
			{ id: 'q', parentId: 'p', position: 2 }
		];
		expect(flattenTree(buildTree(broken)).map((n) => n.id).sort()).toEqual(['p', 'q', 'x']);
	});

	it('finds descendants, levels and subtree heights', () => {
		expect([...descendantIds(rows, 'a')].sort()).toEqual(['a1', 'a1x', 'a2']);
		expect(descendantIds(rows, 'a2').size).toBe(0);
		expect(levelOf(rows, 'a1x')).toBe(3);
		expect(subtreeHeight(rows, 'a')).toBe(3);
	});

	it('refuses moves that would create a cycle or exceed the depth', () => {
		expect(checkMove(rows, 'a', 'a1x')).toEqual({ ok: false, reason: 'cycle' });
		expect(checkMove(rows, 'a', 'a')).toEqual({ ok: false, reason: 'cycle' });
		expect(checkMove(rows, 'a1', 'b1')).toEqual({ ok: true });
		expect(checkMove(rows, 'a1', null)).toEqual({ ok: true });
		expect(checkMove(rows, 'a1', 'nope')).toEqual({ ok: false, reason: 'unknown_parent' });
		expect(checkMove(rows, 'nope', null)).toEqual({ ok: false, reason: 'unknown_code' });
		// a1 (height 2) under a1's sibling's child would reach level 4 > 3
		expect(checkMove(rows, 'a1', 'b1', 3)).toEqual({ ok: false, reason: 'too_deep' });
		expect(checkMove(rows, 'a', null, 2)).toEqual({ ok: false, reason: 'too_deep' });
	});
});
