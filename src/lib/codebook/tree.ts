// Tree helpers over flat code rows ({ id, parentId, position }): build, flatten in pre-order,
// descendants, and whether a move is allowed (no cycles, depth limit). Pure.
import { LIMITS } from './types';

export interface TreeRow {
	id: string;
	parentId: string | null;
	position: number;
}

export type TreeNode<T extends TreeRow> = T & { depth: number; dimensionId: string; children: TreeNode<T>[] };

/**
 * Builds the forest, children ordered by position (then key order of input for ties). Rows
 * whose parent is missing, or that sit on a cycle, are treated as top-level so nothing is lost.
 */
export function buildTree<T extends TreeRow>(rows: readonly T[]): TreeNode<T>[] {
	const byId = new Map(rows.map((r) => [r.id, r]));
	const children = new Map<string | null, T[]>();
	const parentOf = (r: T): string | null => {
		if (r.parentId === null || !byId.has(r.parentId)) return null;
		// Walk up; a cycle would never reach a root.
		const seen = new Set<string>([r.id]);
		let p: string | null = r.parentId;
		while (p !== null) {
			if (seen.has(p)) return null;
			seen.add(p);
			const up = byId.get(p);
			p = up && up.parentId !== null && byId.has(up.parentId) ? up.parentId : null;
		}
		return r.parentId;
	};
	rows.forEach((r) => {
		const p = parentOf(r);
		if (!children.has(p)) children.set(p, []);
		children.get(p)!.push(r);
	});
	for (const list of children.values()) list.sort((a, b) => a.position - b.position);
	const make = (r: T, depth: number, dimensionId: string): TreeNode<T> => {
		return { ...r, depth, dimensionId, children: (children.get(r.id) ?? []).map((c) => make(c, depth + 1, dimensionId)) };
	};
	return (children.get(null) ?? []).map((r) => make(r, 0, r.id));
}

/** Pre-order: each node followed by its children's subtrees. */
export function flattenTree<T extends TreeRow>(nodes: readonly TreeNode<T>[]): Omit<TreeNode<T>, 'children'>[] {
	const out: Omit<TreeNode<T>, 'children'>[] = [];
	const walk = (list: readonly TreeNode<T>[]) => {
		for (const { children, ...rest } of list) {
			out.push(rest as Omit<TreeNode<T>, 'children'>);
			walk(children);
		}
	};
	walk(nodes);
	return out;
}

/** A code and all codes below it: what a filter on a code or a dimension covers. */
export function subtreeIds(rows: readonly Pick<TreeRow, 'id' | 'parentId'>[], id: string): Set<string> {
	return new Set([id, ...descendantIds(rows, id)]);
}

/** Ids of every code below `id` (not including it). */
export function descendantIds(rows: readonly Pick<TreeRow, 'id' | 'parentId'>[], id: string): Set<string> {
	const kids = new Map<string, string[]>();
	for (const r of rows) if (r.parentId !== null) kids.set(r.parentId, [...(kids.get(r.parentId) ?? []), r.id]);
	const out = new Set<string>();
	const stack = [...(kids.get(id) ?? [])];
	while (stack.length) {
		const next = stack.pop()!;
		if (out.has(next)) continue;
		out.add(next);
		stack.push(...(kids.get(next) ?? []));
	}
	return out;
}

/** Levels of a node counted from the top (a dimension is level 1). */
export function levelOf(rows: readonly TreeRow[], id: string): number {
	const byId = new Map(rows.map((r) => [r.id, r]));
	let level = 0;
	const seen = new Set<string>();
	for (let cur = byId.get(id); cur && !seen.has(cur.id); cur = cur.parentId ? byId.get(cur.parentId) : undefined) {
		seen.add(cur.id);
		level += 1;
	}
	return level;
}

/** How many levels the subtree rooted at `id` spans (1 for a leaf). */
export function subtreeHeight(rows: readonly TreeRow[], id: string): number {
	const kids = rows.filter((r) => r.parentId === id);
	return 1 + kids.reduce((h, k) => Math.max(h, subtreeHeight(rows, k.id)), 0);
}

export type MoveCheck = { ok: true } | { ok: false; reason: 'unknown_code' | 'unknown_parent' | 'cycle' | 'too_deep' };

/** Whether `id` may move under `newParentId` (null: to the top, as a dimension). */
export function checkMove(rows: readonly TreeRow[], id: string, newParentId: string | null, maxDepth: number = LIMITS.depth): MoveCheck {
	if (!rows.some((r) => r.id === id)) return { ok: false, reason: 'unknown_code' };
	if (newParentId === null) return subtreeHeight(rows, id) <= maxDepth ? { ok: true } : { ok: false, reason: 'too_deep' };
	if (!rows.some((r) => r.id === newParentId)) return { ok: false, reason: 'unknown_parent' };
	if (newParentId === id || descendantIds(rows, id).has(newParentId)) return { ok: false, reason: 'cycle' };
	if (levelOf(rows, newParentId) + subtreeHeight(rows, id) > maxDepth) return { ok: false, reason: 'too_deep' };
	return { ok: true };
}
