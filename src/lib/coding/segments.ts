// Splits a text range into segments at every coding boundary, so overlapping codings can be drawn
// as layered highlights. Pure: used by the coding view in the browser and by tests.

export interface Span {
	start: number;
	end: number;
}

export interface Segment<T extends Span> {
	start: number;
	end: number;
	/** The spans covering this segment, in the order given. */
	spans: T[];
}

/** Segments of [from, to) cut at the boundaries of the spans that overlap it. */
export function segmentRange<T extends Span>(from: number, to: number, spans: readonly T[]): Segment<T>[] {
	const inside = spans.filter((s) => s.start < to && s.end > from);
	const cuts = new Set<number>([from, to]);
	for (const s of inside) {
		if (s.start > from && s.start < to) cuts.add(s.start);
		if (s.end > from && s.end < to) cuts.add(s.end);
	}
	const points = [...cuts].sort((a, b) => a - b);
	const segments: Segment<T>[] = [];
	for (let i = 0; i < points.length - 1; i++) {
		const start = points[i];
		const end = points[i + 1];
		segments.push({ start, end, spans: inside.filter((s) => s.start <= start && s.end >= end) });
	}
	return segments;
}

/** Index of spans by the turns they touch, for a text split into turns (sorted, non-overlapping). */
export function spansByTurn<T extends Span>(turns: readonly Span[], spans: readonly T[]): T[][] {
	const result: T[][] = turns.map(() => []);
	for (const span of spans) {
		let lo = 0;
		let hi = turns.length - 1;
		// First turn whose end is after the span's start.
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (turns[mid].end <= span.start) lo = mid + 1;
			else hi = mid;
		}
		for (let i = lo; i < turns.length && turns[i].start < span.end; i++) {
			if (turns[i].end > span.start) result[i].push(span);
		}
	}
	return result;
}

/** Trims whitespace from both ends of a selected span of `text`; null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): Span | null {
	let s = Math.max(0, Math.min(start, end));
	let e = Math.min(text.length, Math.max(start, end));
	while (s < e && /\s/.test(text[s])) s++;
	while (e > s && /\s/.test(text[e - 1])) e--;
	return s < e ? { start: s, end: e } : null;
}

/** Moves a span boundary to the previous or next word boundary (for keyboard span adjustment). */
export function stepWord(text: string, position: number, direction: -1 | 1): number {
	let p = position;
	if (direction > 0) {
		while (p < text.length && /\s/.test(text[p])) p++;
		while (p < text.length && !/\s/.test(text[p])) p++;
	} else {
		while (p > 0 && /\s/.test(text[p - 1])) p--;
		while (p > 0 && !/\s/.test(text[p - 1])) p--;
	}
	return p;
}
