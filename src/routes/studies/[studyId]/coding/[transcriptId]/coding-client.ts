// Browser side of the coding view: calls to the page's form actions, and the undo/redo history.
import { deserialize } from '$app/forms';
import type { Params } from '$lib/i18n';
import type { CodingRecord } from '$lib/coding/types';

export type { CodingRecord };

/** A keyword suggestion: a passage that matches a code's keywords. Never a coding until accepted. */
export interface SuggestionRecord {
	codeId: string;
	codeKey: string;
	codeName: string;
	color: string;
	start: number;
	end: number;
	matched: string[];
}

/** Keeps each turn's list the same object when its contents are unchanged, so unchanged turns don't re-render. */
export function stableByTurn<T>(previous: T[][], next: T[][]): T[][] {
	return next.map((list, i) => {
		const old = previous[i];
		return old && old.length === list.length && old.every((x, k) => x === list[k]) ? old : list;
	});
}

export class ActionFailure extends Error {
	constructor(
		public readonly code: string,
		public readonly params: Params = {}
	) {
		super(code);
	}
}

/** Posts to one of this page's form actions, as `use:enhance` would, and returns its data. */
export async function postAction<T>(action: string, fields: Record<string, string | number>): Promise<T> {
	const body = new FormData();
	for (const [key, value] of Object.entries(fields)) body.set(key, String(value));
	let response: Response;
	try {
		response = await fetch(`?/${action}`, { method: 'POST', body, headers: { 'x-sveltekit-action': 'true' } });
	} catch {
		throw new ActionFailure('coding.error_network');
	}
	const result = deserialize(await response.text());
	if (result.type === 'success') return result.data as T;
	if (result.type === 'failure') {
		const data = (result.data ?? {}) as { error?: string; params?: Params };
		throw new ActionFailure(data.error ?? 'coding.error_network', data.params);
	}
	if (result.type === 'error') throw new ActionFailure(result.status === 404 ? 'error.not_found' : 'coding.error_network');
	throw new ActionFailure('coding.error_network');
}

export type HistoryEntry =
	| { kind: 'create'; coding: CodingRecord }
	| { kind: 'delete'; coding: CodingRecord }
	| { kind: 'update'; before: CodingRecord; after: CodingRecord };

/** The coder's recent actions in this view. Re-creating a coding gives it a new id, so entries follow renames. */
export class CodingHistory {
	private done: HistoryEntry[] = [];
	private undoneEntries: HistoryEntry[] = [];
	private readonly limit = 100;

	get canUndo() {
		return this.done.length > 0;
	}
	get canRedo() {
		return this.undoneEntries.length > 0;
	}

	push(entry: HistoryEntry) {
		this.done.push(entry);
		if (this.done.length > this.limit) this.done.shift();
		this.undoneEntries = [];
	}

	undoEntry(): HistoryEntry | undefined {
		return this.done[this.done.length - 1];
	}
	undone() {
		const entry = this.done.pop();
		if (entry) this.undoneEntries.push(entry);
	}

	redoEntry(): HistoryEntry | undefined {
		return this.undoneEntries[this.undoneEntries.length - 1];
	}
	redone() {
		const entry = this.undoneEntries.pop();
		if (entry) this.done.push(entry);
	}

	/** A coding was re-created under a new id: point every entry at the new row. */
	rename(oldId: string, row: CodingRecord) {
		const fix = (e: HistoryEntry): HistoryEntry => {
			if (e.kind === 'update') {
				return {
					kind: 'update',
					before: e.before.id === oldId ? { ...e.before, id: row.id, version: row.version } : e.before,
					after: e.after.id === oldId ? { ...e.after, id: row.id, version: row.version } : e.after
				};
			}
			return e.coding.id === oldId ? { kind: e.kind, coding: { ...e.coding, id: row.id, version: row.version } } : e;
		};
		this.done = this.done.map(fix);
		this.undoneEntries = this.undoneEntries.map(fix);
	}
}
