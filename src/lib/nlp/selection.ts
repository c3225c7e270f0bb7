import type { CorpusIndex } from './corpus-index';
import { NlpError } from './errors';
import type { Range, RangesByDoc, Selection } from './types';

export interface ResolvedSelection {
	/** 1 when the document (by number) is searched. */
	allowed: Uint8Array;
	/** Sorted, non-overlapping allowed ranges per document; null = the whole document. */
	ranges: (Range[] | null)[];
}

export function rangesFor(byDoc: RangesByDoc, id: string): readonly Range[] | undefined {
	if (byDoc instanceof Map) return byDoc.get(id);
	const rec = byDoc as Readonly<Record<string, readonly Range[]>>;
	return Object.prototype.hasOwnProperty.call(rec, id) ? rec[id] : undefined;
}

/** Validate, sort and merge overlapping ranges (touching ranges stay apart so hits cannot straddle turns). */
export function normalizeRanges(ranges: readonly Range[], docId = ''): Range[] {
	for (const r of ranges) {
		if (!Number.isInteger(r.start) || !Number.isInteger(r.end) || r.start < 0 || r.end < r.start) {
			throw new NlpError('invalid_range', `Invalid range [${r.start}, ${r.end}) for document '${docId}'.`, {
				docId,
				start: String(r.start),
				end: String(r.end)
			});
		}
	}
	const sorted = ranges.map((r) => ({ start: r.start, end: r.end })).sort((a, b) => a.start - b.start || a.end - b.end);
	const out: Range[] = [];
	for (const r of sorted) {
		const last = out[out.length - 1];
		if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
		else out.push(r);
	}
	return out;
}

export function resolveSelection(index: CorpusIndex, sel: Selection = {}): ResolvedSelection {
	const n = index.docs.length;
	const allowed = new Uint8Array(n);
	if (sel.docs) {
		for (const id of sel.docs) {
			const d = index.docIndex.get(id);
			if (d !== undefined) allowed[d] = 1;
		}
	} else allowed.fill(1);
	const ranges: (Range[] | null)[] = new Array(n).fill(null);
	if (sel.ranges) {
		for (let d = 0; d < n; d++) {
			if (!allowed[d]) continue;
			const rs = rangesFor(sel.ranges, index.docs[d].id);
			if (!rs) allowed[d] = 0;
			else ranges[d] = normalizeRanges(rs, index.docs[d].id);
		}
	}
	return { allowed, ranges };
}

/** Whether [start, end) lies inside one of the sorted, non-overlapping ranges. */
export function insideRanges(ranges: readonly Range[], start: number, end: number): boolean {
	let lo = 0;
	let hi = ranges.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (ranges[mid].start <= start) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return found >= 0 && end <= ranges[found].end && start < ranges[found].end;
}
