// Units of analysis for inter-coder agreement, built from codings and speaker turns (pure, no I/O).
// (a) turns: each turn × code is present/absent for a coder; (b) characters: each coder's coded
// spans per code on a continuum; (c) coded segments, clustered into passages for the disagreements view.
import { overlapRatio } from '../agreement';

export type Span = { start: number; end: number };
export type TurnInfo = { index: number; start: number; end: number; speaker: string; role: string | null };
export type CodingLite = { id: string; codeId: string; coderId: string; start: number; end: number; memo: string };
export type VersionInput = { versionId: string; textLength: number; turns: TurnInfo[]; codings: CodingLite[] };

const INTERVIEWER_LABEL = /^(interviewer|intervieweren|moderator|ordstyrer|int\.?|i)$/i;

export function isInterviewer(turn: Pick<TurnInfo, 'speaker' | 'role'>): boolean {
	return turn.role === 'interviewer' || (turn.role === null && INTERVIEWER_LABEL.test(turn.speaker.trim()));
}

/** Sorted union of spans; overlapping spans always merge, touching ones only with `touching`. */
export function mergeSpans(spans: readonly Span[], touching = false): Span[] {
	const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
	const out: Span[] = [];
	for (const s of sorted) {
		const last = out[out.length - 1];
		if (last && (s.start < last.end || (touching && s.start === last.end))) last.end = Math.max(last.end, s.end);
		else out.push({ start: s.start, end: s.end });
	}
	return out;
}

/** The parts of `spans` inside [start, end). */
export function clipSpans(spans: readonly Span[], start: number, end: number): Span[] {
	const out: Span[] = [];
	for (const s of spans) {
		const b = Math.max(s.start, start);
		const e = Math.min(s.end, end);
		if (e > b) out.push({ start: b, end: e });
	}
	return out;
}

/** Position of the first turn (sorted by start) whose end lies after `offset`. */
export function firstTurnAfter(turns: readonly Span[], offset: number): number {
	let lo = 0;
	let hi = turns.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (turns[mid].end <= offset) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Positions of the turns that the (merged, non-overlapping) spans cover by at least one character and
 * at least `minShare` of the turn's length. Spans crossing turns count in every turn they touch.
 */
export function coveredTurns(turns: readonly Span[], spans: readonly Span[], minShare = 0): number[] {
	const covered = new Map<number, number>();
	for (const s of spans)
		for (let p = firstTurnAfter(turns, s.start); p < turns.length && turns[p].start < s.end; p++) {
			const overlap = Math.min(turns[p].end, s.end) - Math.max(turns[p].start, s.start);
			if (overlap > 0) covered.set(p, (covered.get(p) ?? 0) + overlap);
		}
	const out: number[] = [];
	for (const [p, n] of covered) if (n >= Math.max(1, minShare * (turns[p].end - turns[p].start))) out.push(p);
	return out.sort((a, b) => a - b);
}

/** Sorted union of sorted index lists. */
export function unionSorted(lists: readonly (readonly number[])[]): number[] {
	const set = new Set<number>();
	for (const l of lists) for (const x of l) set.add(x);
	return [...set].sort((a, b) => a - b);
}

/** Codings grouped by coder and code: key `${coderId}\u0000${codeId}`. */
export function groupCodings(codings: readonly CodingLite[]): Map<string, CodingLite[]> {
	const map = new Map<string, CodingLite[]>();
	for (const c of codings) {
		const key = `${c.coderId}\u0000${c.codeId}`;
		let list = map.get(key);
		if (!list) map.set(key, (list = []));
		list.push(c);
	}
	return map;
}
const keyOf = (coderId: string, codeId: string) => `${coderId}\u0000${codeId}`;

/** Which of the coders coded anything at all on the version. */
export function ratersOf(version: VersionInput, coderIds: readonly string[]): boolean[] {
	const coded = new Set(version.codings.map((c) => c.coderId));
	return coderIds.map((id) => coded.has(id));
}

export type TurnUnits = {
	/** Number of units (included turns of the versions with at least two raters). */
	units: number;
	/** Per coder: 1 where the coder rated the unit (coded anything on its transcript). */
	rated: Uint8Array[];
	/** code id → per coder the sorted unit indices where the code is present. */
	present: Map<string, number[][]>;
	/** Per version: whether it is included, its raters, and its unit range. */
	versions: { versionId: string; included: boolean; raters: boolean[]; firstUnit: number; units: number }[];
};

/**
 * Units (a): every included turn of every version that at least two of the coders coded. A coder who
 * coded nothing on a transcript is missing there (not "absent"), so only real raters count.
 */
export function buildTurnUnits(
	versions: readonly VersionInput[],
	coderIds: readonly string[],
	codeIds: readonly string[],
	options: { includeInterviewer?: boolean; minShare?: number } = {}
): TurnUnits {
	const minShare = options.minShare ?? 0;
	const present = new Map<string, number[][]>(codeIds.map((id) => [id, coderIds.map(() => [] as number[])]));
	const ratedLists: number[][] = coderIds.map(() => []);
	const info: TurnUnits['versions'] = [];
	let base = 0;
	for (const v of versions) {
		const raters = ratersOf(v, coderIds);
		const included = raters.filter(Boolean).length >= 2;
		const turns = v.turns.filter((t) => options.includeInterviewer || !isInterviewer(t));
		info.push({ versionId: v.versionId, included, raters, firstUnit: base, units: included ? turns.length : 0 });
		if (!included) continue;
		raters.forEach((r, j) => {
			if (r) ratedLists[j].push(base, base + turns.length);
		});
		const grouped = groupCodings(v.codings);
		coderIds.forEach((coderId, j) => {
			if (!raters[j]) return;
			for (const codeId of codeIds) {
				const list = grouped.get(keyOf(coderId, codeId));
				if (!list) continue;
				const target = present.get(codeId)![j];
				for (const p of coveredTurns(turns, mergeSpans(list), minShare)) target.push(base + p);
			}
		});
		base += turns.length;
	}
	const rated = ratedLists.map((ranges) => {
		const r = new Uint8Array(base);
		for (let i = 0; i < ranges.length; i += 2) r.fill(1, ranges[i], ranges[i + 1]);
		return r;
	});
	return { units: base, rated, present, versions: info };
}

export type PassageUnit = {
	codeId: string;
	/** The unit's span: the turn (turn units) or the extent of the overlapping segments. */
	start: number;
	end: number;
	/** Both coders coded it (turns), or every segment in it found its match (segments). */
	agreed: boolean;
	/** Per coder of the pair: their spans inside the unit and the codings they come from. */
	spans: [Span[], Span[]];
	codings: [CodingLite[], CodingLite[]];
};

/** Turn units of one version for a pair of coders: every turn where at least one of them has the code. */
export function turnPassages(
	version: VersionInput,
	pair: readonly [string, string],
	codeIds: readonly string[],
	options: { includeInterviewer?: boolean; minShare?: number } = {}
): PassageUnit[] {
	const turns = version.turns.filter((t) => options.includeInterviewer || !isInterviewer(t));
	const grouped = groupCodings(version.codings);
	const out: PassageUnit[] = [];
	for (const codeId of codeIds) {
		const lists = pair.map((coder) => grouped.get(keyOf(coder, codeId)) ?? []) as [CodingLite[], CodingLite[]];
		if (!lists[0].length && !lists[1].length) continue;
		const merged = lists.map((l) => mergeSpans(l));
		const sets = merged.map((m) => new Set(coveredTurns(turns, m, options.minShare ?? 0)));
		for (const p of unionSorted(sets.map((s) => [...s]))) {
			const t = turns[p];
			const has = sets.map((s) => s.has(p));
			out.push({
				codeId,
				start: t.start,
				end: t.end,
				agreed: has[0] && has[1],
				spans: [has[0] ? clipSpans(merged[0], t.start, t.end) : [], has[1] ? clipSpans(merged[1], t.start, t.end) : []],
				codings: [
					has[0] ? lists[0].filter((c) => c.start < t.end && c.end > t.start) : [],
					has[1] ? lists[1].filter((c) => c.start < t.end && c.end > t.start) : []
				]
			});
		}
	}
	return out.sort((a, b) => a.start - b.start || a.codeId.localeCompare(b.codeId));
}

/**
 * Segment units of one version for a pair of coders: overlapping segments of a code (either coder's)
 * form one passage; it is agreed when every segment in it overlaps one of the other coder's by at
 * least `threshold` (|∩|/|∪|, as segmentAgreement counts).
 */
export function segmentPassages(version: VersionInput, pair: readonly [string, string], codeIds: readonly string[], threshold = 0.9): PassageUnit[] {
	const grouped = groupCodings(version.codings);
	const out: PassageUnit[] = [];
	for (const codeId of codeIds) {
		const all = pair
			.flatMap((coder, side) => (grouped.get(keyOf(coder, codeId)) ?? []).map((c) => ({ c, side })))
			.sort((a, b) => a.c.start - b.c.start || a.c.end - b.c.end);
		let i = 0;
		while (i < all.length) {
			let end = all[i].c.end;
			let j = i + 1;
			while (j < all.length && all[j].c.start < end) end = Math.max(end, all[j++].c.end);
			const cluster = all.slice(i, j);
			const sides: [CodingLite[], CodingLite[]] = [[], []];
			for (const x of cluster) sides[x.side].push(x.c);
			const matched = (x: CodingLite, others: CodingLite[]) => others.some((o) => overlapRatio(x.start, x.end, o.start, o.end) >= threshold - 1e-12);
			const agreed = sides[0].every((x) => matched(x, sides[1])) && sides[1].every((x) => matched(x, sides[0]));
			out.push({ codeId, start: all[i].c.start, end, agreed, spans: [mergeSpans(sides[0]), mergeSpans(sides[1])], codings: sides });
			i = j;
		}
	}
	return out.sort((a, b) => a.start - b.start || a.codeId.localeCompare(b.codeId));
}

/** Splits text[from, to) into pieces, marking the parts inside `spans` (absolute offsets). */
export function highlight(text: string, from: number, to: number, spans: readonly Span[]): { text: string; mark: boolean }[] {
	const pieces: { text: string; mark: boolean }[] = [];
	let pos = from;
	for (const s of mergeSpans(clipSpans(spans, from, to), true)) {
		if (s.start > pos) pieces.push({ text: text.slice(pos, s.start), mark: false });
		pieces.push({ text: text.slice(s.start, s.end), mark: true });
		pos = s.end;
	}
	if (pos < to) pieces.push({ text: text.slice(pos, to), mark: false });
	return pieces;
}
