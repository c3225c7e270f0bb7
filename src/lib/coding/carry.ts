// Carries codings from one transcript version to the next. A coding is placed when its text is
// unchanged in the new version (found through a word-level diff of the two texts); otherwise it is
// given its best-guess position and marked for a person to check.
import { wordDiff } from '../vignettes';
import type { Span } from './segments';

export interface Carried<T extends Span> {
	coding: T;
	start: number;
	end: number;
	placed: boolean;
}

/** Maps offsets of `oldText` to `newText` through the unchanged stretches of a word diff. */
export function offsetMapper(oldText: string, newText: string): (offset: number, side: 'start' | 'end') => { at: number; exact: boolean } {
	const parts = wordDiff(oldText, newText);
	// Runs of unchanged text: [oldStart, newStart, length].
	const runs: [number, number, number][] = [];
	let o = 0;
	let n = 0;
	for (const part of parts) {
		if (part.kind === 'same') {
			runs.push([o, n, part.text.length]);
			o += part.text.length;
			n += part.text.length;
		} else if (part.kind === 'removed') o += part.text.length;
		else n += part.text.length;
	}
	return (offset, side) => {
		for (const [os, ns, len] of runs) {
			// A start may sit at a run's first character; an end may sit just after its last.
			if (side === 'start' ? offset >= os && offset < os + len : offset > os && offset <= os + len) {
				return { at: ns + (offset - os), exact: true };
			}
		}
		// Not in unchanged text: the nearest run boundary before it.
		let best = 0;
		for (const [os, ns, len] of runs) {
			if (os + len <= offset) best = ns + len;
			else if (os <= offset) best = ns + (offset - os);
		}
		return { at: Math.min(best, newText.length), exact: false };
	};
}

export function carryCodings<T extends Span>(oldText: string, newText: string, codings: readonly T[]): Carried<T>[] {
	if (oldText === newText) return codings.map((coding) => ({ coding, start: coding.start, end: coding.end, placed: true }));
	const map = offsetMapper(oldText, newText);
	return codings.map((coding) => {
		const s = map(coding.start, 'start');
		const e = map(coding.end, 'end');
		const start = Math.min(s.at, newText.length);
		let end = Math.min(Math.max(e.at, start), newText.length);
		const placed = s.exact && e.exact && newText.slice(start, end) === oldText.slice(coding.start, coding.end);
		// An unplaced coding still needs a non-empty span to be shown and fixed.
		if (end <= start) end = Math.min(newText.length, start + 1);
		return { coding, start: end > start ? start : Math.max(0, end - 1), end, placed };
	});
}
