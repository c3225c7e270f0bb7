// The snapshot of a published teaching excerpt: a range of turns cut out of a transcript version,
// with real names replaced by pseudonyms (the study's key) and then every speaker's name replaced
// by the speaker's role, so students read who said what only as »Rådgiver«, »Faglig leder« …
// Offsets of turns and of the reference codings are carried through every replacement.

export interface NameReplacement {
	/** The name as written (matched whole-word, case-insensitive, across any whitespace). */
	name: string;
	replacement: string;
}

export interface Edit {
	/** [from, to) in the text before the edit. */
	from: number;
	to: number;
	replacement: string;
}

export interface SourceTurn {
	start: number;
	end: number;
	/** Role key of the speaker ('raadgiver', 'faglig_leder', 'interviewer', 'other'). */
	role: string;
}

export interface Span {
	start: number;
	end: number;
}

export interface SnapshotInput<C extends Span> {
	/** The whole version text. */
	text: string;
	/** The chosen turns, in order (consecutive turns of the version). */
	turns: readonly SourceTurn[];
	/** Codings of the version (any range: they are clipped to the chosen turns). */
	codings: readonly C[];
	/** Applied first: the study's key from real names to pseudonyms. */
	pseudonyms: readonly NameReplacement[];
	/** Applied second: speakers' names (pseudonyms, labels) to their role, municipalities' names … */
	names: readonly NameReplacement[];
}

export interface Snapshot<C extends Span> {
	text: string;
	turns: { role: string; start: number; end: number }[];
	reference: C[];
}

const W = '\\p{L}\\p{N}\\p{M}_';

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function clean(name: string): string {
	return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The edits that replace every whole-word occurrence of the names (longest name first; a possessive 's' stays). */
export function nameEdits(text: string, table: readonly NameReplacement[]): Edit[] {
	const byKey = new Map<string, string>();
	for (const e of table) {
		const key = clean(e.name).toLowerCase();
		if (key && !byKey.has(key)) byKey.set(key, e.replacement);
	}
	if (byKey.size === 0) return [];
	const names = [...byKey.keys()].sort((a, b) => b.length - a.length);
	const re = new RegExp(`(?<![${W}])(${names.map((n) => n.split(' ').map(escapeRegExp).join('\\s+')).join('|')})(s?)(?![${W}])`, 'giu');
	const edits: Edit[] = [];
	for (const m of text.matchAll(re)) {
		const replacement = byKey.get(clean(m[1]).toLowerCase());
		if (replacement === undefined || replacement === m[1]) continue;
		edits.push({ from: m.index, to: m.index + m[1].length, replacement });
	}
	return edits;
}

export function applyEdits(text: string, edits: readonly Edit[]): string {
	let out = '';
	let pos = 0;
	for (const e of edits) {
		out += text.slice(pos, e.from) + e.replacement;
		pos = e.to;
	}
	return out + text.slice(pos);
}

/**
 * Where an offset lands after the edits (sorted, non-overlapping). An offset inside a replaced
 * name moves to the replacement's start ('start') or end ('end'), so a span never cuts a name.
 */
export function mapOffset(offset: number, edits: readonly Edit[], bias: 'start' | 'end'): number {
	let shift = 0;
	for (const e of edits) {
		if (offset <= e.from) break;
		if (offset >= e.to) {
			shift += e.replacement.length - (e.to - e.from);
			continue;
		}
		// Inside the replaced name.
		return e.from + shift + (bias === 'start' ? 0 : e.replacement.length);
	}
	return offset + shift;
}

function mapSpan<T extends Span>(span: T, edits: readonly Edit[]): T {
	return { ...span, start: mapOffset(span.start, edits, 'start'), end: mapOffset(span.end, edits, 'end') };
}

/** Builds the snapshot: cut, clip the codings, replace pseudonyms, then names by roles. */
export function buildSnapshot<C extends Span>(input: SnapshotInput<C>): Snapshot<C> {
	if (input.turns.length === 0) return { text: '', turns: [], reference: [] };
	const from = input.turns[0].start;
	const to = input.turns[input.turns.length - 1].end;
	let text = input.text.slice(from, to);
	let turns = input.turns.map((t) => ({ role: t.role, start: t.start - from, end: t.end - from }));
	let reference = input.codings
		.filter((c) => c.start < to && c.end > from)
		.map((c) => ({ ...c, start: Math.max(c.start, from) - from, end: Math.min(c.end, to) - from }))
		.filter((c) => c.end > c.start);
	for (const table of [input.pseudonyms, input.names]) {
		const edits = nameEdits(text, table);
		if (edits.length === 0) continue;
		text = applyEdits(text, edits);
		turns = turns.map((t) => mapSpan(t, edits));
		reference = reference.map((c) => mapSpan(c, edits));
	}
	reference.sort((a, b) => a.start - b.start || a.end - b.end);
	return { text, turns, reference };
}
