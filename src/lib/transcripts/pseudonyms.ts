// Replacing real names by pseudonyms before a transcript is stored (offsets are taken after this).
import { summariseSpeakers, TURN_SEPARATOR } from './builder';
import type { ParsedSection, ParsedTranscript, ParsedTurn } from './types';

export interface PseudonymEntry {
	realName: string;
	pseudonym: string;
}

export interface NameOccurrence {
	name: string;
	start: number;
	end: number;
	context: string;
}

// Letters (æøå included via \p{L}), digits and '_' count as word characters, so 'Ib' ≠ 'Ibsen'.
const W = '\\p{L}\\p{N}\\p{M}_';

function clean(name: string): string {
	return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function keyOf(name: string): string {
	return clean(name).toLowerCase();
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * Whole-word, case-insensitive matcher for the names, longest first (so 'Karen Hansen' wins over
 * 'Karen'). Group 1 is the name, group 2 an optional possessive 's' ('Karens').
 */
function namePattern(names: string[]): RegExp | null {
	const unique = [...new Map(names.map((n) => [keyOf(n), clean(n)])).values()].filter((n) => n.length > 0);
	if (unique.length === 0) return null;
	unique.sort((a, b) => b.length - a.length);
	const alts = unique.map((n) => n.split(' ').map(escapeRegExp).join('\\s+'));
	return new RegExp(`(?<![${W}])(${alts.join('|')})(s?)(?![${W}])`, 'giu');
}

/**
 * Compiles the table once; the returned function replaces every real name by its pseudonym,
 * written exactly as given in the table (its own capitalisation), keeping a possessive 's'
 * ('Karens' → 'Lottes'). Multi-word names match across any whitespace. Limitation: a name plus
 * 's' that is another name ('Jen'/'Jens') is read as possessive unless that name is in the table too.
 */
export function makePseudonymiser(table: PseudonymEntry[]): (text: string) => { text: string; replacements: number } {
	const re = namePattern(table.map((e) => e.realName));
	if (!re) return (text) => ({ text, replacements: 0 });
	const byKey = new Map<string, string>();
	for (const e of table) {
		const k = keyOf(e.realName);
		if (k && !byKey.has(k)) byKey.set(k, e.pseudonym);
	}
	return (text) => {
		let replacements = 0;
		const out = text.replace(re, (all, name: string, s: string) => {
			const pseudonym = byKey.get(keyOf(name));
			if (pseudonym === undefined) return all;
			replacements++;
			return pseudonym + s;
		});
		return { text: out, replacements };
	};
}

/** One-off form of makePseudonymiser. */
export function applyPseudonyms(
	text: string,
	table: PseudonymEntry[]
): { text: string; replacements: number } {
	return makePseudonymiser(table)(text);
}

/** Pseudonymises a speaker label ('Karen' → 'Lotte', 'Karen Hansen (leder)' → 'Lotte (leder)'). */
export function pseudonymiseLabel(label: string, table: PseudonymEntry[]): string {
	return applyPseudonyms(label, table).text;
}

/** Where any of `names` still occurs (whole word, case-insensitive, possessive included). */
export function findNameOccurrences(text: string, names: string[], contextChars = 40): NameOccurrence[] {
	const re = namePattern(names);
	if (!re) return [];
	const byKey = new Map<string, string>();
	for (const n of names) if (!byKey.has(keyOf(n))) byKey.set(keyOf(n), n);
	const out: NameOccurrence[] = [];
	for (const m of text.matchAll(re)) {
		const start = m.index;
		const end = start + m[1].length;
		const from = Math.max(0, start - contextChars);
		const to = Math.min(text.length, end + contextChars);
		out.push({
			name: byKey.get(keyOf(m[1])) ?? m[1],
			start,
			end,
			context: (from > 0 ? '…' : '') + text.slice(from, to).replace(/\s+/g, ' ') + (to < text.length ? '…' : '')
		});
	}
	return out;
}

/**
 * Pseudonymises utterances and speaker labels of a parsed transcript, recomputing all offsets.
 * Do this before codings exist: offsets change wherever a name changes length.
 */
export function pseudonymiseTranscript(
	t: ParsedTranscript,
	table: PseudonymEntry[]
): { transcript: ParsedTranscript; replacements: number } {
	const apply = makePseudonymiser(table);
	let replacements = 0;
	const parts: string[] = [];
	let length = 0;
	const turns: ParsedTurn[] = t.turns.map((turn) => {
		const r = apply(t.text.slice(turn.start, turn.end));
		const label = apply(turn.speaker);
		replacements += r.replacements + label.replacements;
		if (parts.length > 0) {
			parts.push(TURN_SEPARATOR);
			length += TURN_SEPARATOR.length;
		}
		const start = length;
		parts.push(r.text);
		length += r.text.length;
		return { ...turn, speaker: label.text, start, end: length };
	});
	const sections: ParsedSection[] = t.sections.map((s) => ({
		...s,
		start: turns[s.firstTurn].start,
		end: turns[s.lastTurn].end
	}));
	const text = parts.join('');
	return {
		transcript: {
			...t,
			text,
			turns,
			sections,
			speakers: summariseSpeakers({ text, turns }),
			warnings: [...t.warnings]
		},
		replacements
	};
}
