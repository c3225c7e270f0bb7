// Normalising and checking one code's fields: used by the JSON validator and by the server's edits.
import { validateKeywords } from '$lib/nlp/keywords';
import { LIMITS, POLES, type CodeFields, type CodebookProblem, type Pole } from './types';

export const KEY_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;
export const COLOR_PATTERN = /^#[0-9a-f]{6}$/;
export const SHORTCUT_PATTERN = /^[\p{Ll}\p{N}]$/u;

export function isPole(value: unknown): value is Pole {
	return typeof value === 'string' && (POLES as readonly string[]).includes(value);
}

/** Splits a textarea (one keyword per line) into a clean list: trimmed, no blanks, no repeats. */
export function parseKeywordLines(text: string): string[] {
	return normalizeKeywords(text.split(/\r?\n/));
}

export function normalizeKeywords(list: readonly string[]): string[] {
	const seen = new Set<string>();
	const out: string[] = [];
	for (const raw of list) {
		const k = raw.trim();
		if (!k || seen.has(k)) continue;
		seen.add(k);
		out.push(k);
	}
	return out;
}

/** Trims texts, lower-cases colour and shortcut, turns an empty shortcut into null. */
export function normalizeCodeFields(input: CodeFields): CodeFields {
	const shortcut = (input.shortcut ?? '').trim().toLowerCase();
	return {
		key: input.key.trim(),
		name: input.name.trim(),
		definition: input.definition.trim(),
		inclusion: input.inclusion.trim(),
		exclusion: input.exclusion.trim(),
		example: input.example.trim(),
		color: input.color.trim().toLowerCase(),
		shortcut: shortcut === '' ? null : shortcut,
		pole: input.pole ?? null,
		keywords: normalizeKeywords(input.keywords)
	};
}

const TEXT_FIELDS = ['key', 'name', 'definition', 'inclusion', 'exclusion', 'example'] as const;

/**
 * Problems with one code's (normalised) fields, each located at `path.<field>`. Uniqueness of
 * keys and shortcuts across a codebook is checked by the caller, who sees all codes.
 */
export function checkCodeFields(fields: CodeFields, path = ''): CodebookProblem[] {
	const at = (field: string) => (path ? `${path}.${field}` : field);
	const codeKey = fields.key || undefined;
	const problems: CodebookProblem[] = [];
	const add = (field: string, problem: CodebookProblem['problem'], params: Record<string, string | number> = {}) =>
		problems.push({ path: at(field), codeKey, problem, params: { field, ...params } });

	for (const field of TEXT_FIELDS) {
		if (fields[field].length > LIMITS[field]) add(field, 'too_long', { max: LIMITS[field], length: fields[field].length });
	}
	if (!fields.key) add('key', 'required');
	else if (fields.key.length <= LIMITS.key && !KEY_PATTERN.test(fields.key)) add('key', 'invalid_key', { value: fields.key });
	if (!fields.name) add('name', 'required');
	if (!COLOR_PATTERN.test(fields.color)) add('color', 'invalid_color', { value: fields.color.slice(0, 20) });
	if (fields.shortcut !== null && !SHORTCUT_PATTERN.test(fields.shortcut))
		add('shortcut', 'invalid_shortcut', { value: fields.shortcut.slice(0, 10) });
	if (fields.pole !== null && !isPole(fields.pole)) add('pole', 'invalid_pole', { value: String(fields.pole).slice(0, 10) });
	if (fields.keywords.length > LIMITS.keywords) add('keywords', 'too_many_keywords', { max: LIMITS.keywords, count: fields.keywords.length });
	fields.keywords.forEach((k, i) => {
		if (k.length > LIMITS.keyword)
			problems.push({ path: at(`keywords[${i}]`), codeKey, problem: 'too_long', params: { field: 'keywords', max: LIMITS.keyword, length: k.length } });
	});
	const parseable = fields.keywords.filter((k) => k.length <= LIMITS.keyword);
	for (const p of validateKeywords([{ codeId: fields.key, keywords: parseable }])) {
		const i = fields.keywords.indexOf(p.keyword);
		problems.push({ path: at(`keywords[${i}]`), codeKey, problem: 'invalid_keyword', params: { field: 'keywords', keyword: p.keyword, reason: p.code } });
	}
	return problems;
}
