// Shared by the nlp tests (node only: reads fixtures).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Range } from './types';

export function fixture(name: string): string {
	return readFileSync(fileURLToPath(new URL(`../../../tests/fixtures/nlp/${name}`, import.meta.url)), 'utf8');
}

/** Paragraph ranges (one turn per paragraph). */
export function paragraphs(text: string): Range[] {
	const out: Range[] = [];
	const re = /[^\n]+/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length });
	return out;
}

/** The paragraph starting with `speaker:`. */
export function turnOf(text: string, speaker: string): Range {
	const r = paragraphs(text).find((p) => text.startsWith(`${speaker}:`, p.start));
	if (!r) throw new Error(`no turn for ${speaker}`);
	return r;
}
