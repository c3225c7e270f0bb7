// The codebook JSON format (version 1): validation with specific, located problems.
//   { "format": "vignet-codebook", "version": 1, "name": "…",
//     "codes": [ { key, name, definition, inclusion, exclusion, example, color, shortcut, pole, keywords, children: [...] } ] }
import { checkCodeFields, isPole, normalizeCodeFields } from './fields';
import { CODEBOOK_FORMAT, CODEBOOK_VERSION, LIMITS, type CodebookCode, type CodebookJson, type CodebookProblem } from './types';

export type CodebookValidation = { ok: true; codebook: CodebookJson } | { ok: false; errors: CodebookProblem[] };

/** Stop collecting after this many problems: a wholly wrong file should not produce a wall of text. */
const MAX_PROBLEMS = 50;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses the text of an uploaded file (a UTF-8 byte-order mark is allowed) and validates it. */
export function parseCodebookText(text: string): CodebookValidation {
	let value: unknown;
	try {
		value = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (e) {
		const message = e instanceof Error ? e.message : String(e);
		return { ok: false, errors: [{ path: '', problem: 'invalid_json', params: { message: message.slice(0, 200) } }] };
	}
	return validateCodebookJson(value);
}

/**
 * Checks a parsed JSON value against the format and returns the normalised codebook, or every
 * problem found (up to 50), each with its path in the file.
 */
export function validateCodebookJson(value: unknown): CodebookValidation {
	const errors: CodebookProblem[] = [];
	const push = (p: CodebookProblem) => {
		if (errors.length < MAX_PROBLEMS) errors.push(p);
	};
	if (!isRecord(value)) return { ok: false, errors: [{ path: '', problem: 'not_object', params: {} }] };
	if (value.format !== CODEBOOK_FORMAT)
		return { ok: false, errors: [{ path: 'format', problem: 'unknown_format', params: { value: String(value.format ?? '').slice(0, 50) } }] };
	if (value.version !== CODEBOOK_VERSION)
		return { ok: false, errors: [{ path: 'version', problem: 'unsupported_version', params: { value: String(value.version ?? '').slice(0, 20) } }] };

	let name = '';
	if (typeof value.name !== 'string') push({ path: 'name', problem: value.name === undefined ? 'missing' : 'wrong_type', params: { field: 'name', type: 'string' } });
	else {
		name = value.name.trim();
		if (name.length > LIMITS.codebookName) push({ path: 'name', problem: 'too_long', params: { field: 'name', max: LIMITS.codebookName, length: name.length } });
	}
	if (!Array.isArray(value.codes)) {
		push({ path: 'codes', problem: value.codes === undefined ? 'missing' : 'wrong_type', params: { field: 'codes', type: 'array' } });
		return { ok: false, errors };
	}

	let count = 0;
	const keys = new Map<string, string>(); // lower-case key → path of first use
	const shortcuts = new Map<string, string>(); // shortcut → key of first use

	const readString = (raw: Record<string, unknown>, field: string, path: string, required: boolean): string => {
		const v = raw[field];
		if (v === undefined || v === null) {
			if (required) push({ path: `${path}.${field}`, problem: 'missing', params: { field, type: 'string' } });
			return '';
		}
		if (typeof v !== 'string') {
			push({ path: `${path}.${field}`, problem: 'wrong_type', params: { field, type: 'string' } });
			return '';
		}
		return v;
	};

	const readCode = (raw: unknown, path: string, depth: number): CodebookCode | null => {
		count += 1;
		if (count === LIMITS.codes + 1) push({ path, problem: 'too_many_codes', params: { max: LIMITS.codes } });
		if (count > LIMITS.codes) return null;
		if (!isRecord(raw)) {
			push({ path, problem: 'wrong_type', params: { field: 'code', type: 'object' } });
			return null;
		}
		const key = readString(raw, 'key', path, true);
		let keywords: string[] = [];
		if (raw.keywords !== undefined && raw.keywords !== null) {
			if (!Array.isArray(raw.keywords) || raw.keywords.some((k) => typeof k !== 'string'))
				push({ path: `${path}.keywords`, codeKey: key || undefined, problem: 'wrong_type', params: { field: 'keywords', type: 'string[]' } });
			else keywords = raw.keywords as string[];
		}
		let pole: CodebookCode['pole'] = null;
		if (raw.pole !== undefined && raw.pole !== null && raw.pole !== '') {
			if (isPole(raw.pole)) pole = raw.pole;
			else push({ path: `${path}.pole`, codeKey: key || undefined, problem: 'invalid_pole', params: { field: 'pole', value: String(raw.pole).slice(0, 10) } });
		}
		const fields = normalizeCodeFields({
			key,
			name: readString(raw, 'name', path, true),
			definition: readString(raw, 'definition', path, false),
			inclusion: readString(raw, 'inclusion', path, false),
			exclusion: readString(raw, 'exclusion', path, false),
			example: readString(raw, 'example', path, false),
			color: readString(raw, 'color', path, true),
			shortcut: readString(raw, 'shortcut', path, false),
			pole,
			keywords
		});
		for (const p of checkCodeFields(fields, path)) push(p);
		if (depth > LIMITS.depth) push({ path, codeKey: fields.key || undefined, problem: 'too_deep', params: { max: LIMITS.depth } });

		if (fields.key) {
			const folded = fields.key.toLowerCase();
			const first = keys.get(folded);
			if (first !== undefined) push({ path: `${path}.key`, codeKey: fields.key, problem: 'duplicate_key', params: { field: 'key', value: fields.key, first } });
			else keys.set(folded, `${path}.key`);
		}
		if (fields.shortcut) {
			const first = shortcuts.get(fields.shortcut);
			if (first !== undefined)
				push({ path: `${path}.shortcut`, codeKey: fields.key || undefined, problem: 'duplicate_shortcut', params: { field: 'shortcut', value: fields.shortcut, first } });
			else shortcuts.set(fields.shortcut, fields.key);
		}

		const children: CodebookCode[] = [];
		if (raw.children !== undefined && raw.children !== null) {
			if (!Array.isArray(raw.children)) push({ path: `${path}.children`, codeKey: fields.key || undefined, problem: 'wrong_type', params: { field: 'children', type: 'array' } });
			else if (depth <= LIMITS.depth)
				raw.children.forEach((c, i) => {
					const child = readCode(c, `${path}.children[${i}]`, depth + 1);
					if (child) children.push(child);
				});
		}
		return { ...fields, children };
	};

	const codes: CodebookCode[] = [];
	value.codes.forEach((raw, i) => {
		const code = readCode(raw, `codes[${i}]`, 1);
		if (code) codes.push(code);
	});
	if (errors.length > 0) return { ok: false, errors };
	return { ok: true, codebook: { format: CODEBOOK_FORMAT, version: CODEBOOK_VERSION, name, codes } };
}

/** Counts the codes of a tree (all levels). */
export function countCodes(codes: readonly CodebookCode[]): number {
	return codes.reduce((n, c) => n + 1 + countCodes(c.children), 0);
}
