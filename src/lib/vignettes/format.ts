import { Document, parse as parseYaml, YAMLParseError } from 'yaml';
import {
	QUESTION_DIMENSIONS,
	type ParsedVignette,
	type QuestionDimension,
	type VignetteFormatError,
	type VignetteFormatErrorCode
} from './types';

export const MAX_FILE_CHARS = 200_000;
export const MAX_VERSION_CHARS = 40_000;
export const MAX_TITLE_CHARS = 200;
export const MIN_AGE = 0;
export const MAX_AGE = 25;

const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type SectionId = '2002' | '2024' | 'questions';

/** Heading aliases, compared after lower-casing, trimming and dropping a trailing colon. */
const SECTION_ALIASES: Record<string, SectionId> = {
	'2002': '2002',
	'version 2002': '2002',
	'2002-version': '2002',
	'2002-versionen': '2002',
	'2024': '2024',
	'version 2024': '2024',
	'2024-version': '2024',
	'2024-versionen': '2024',
	diskussionsspørgsmål: 'questions',
	'spørgsmål til diskussion': 'questions',
	'discussion questions': 'questions',
	questions: 'questions'
};

const DIMENSION_ALIASES: Record<string, QuestionDimension> = {
	vurdering: 'vurdering',
	vurderinger: 'vurdering',
	assessment: 'vurdering',
	assessments: 'vurdering',
	'kollegial sparring': 'sparring',
	sparring: 'sparring',
	'peer consultation': 'sparring',
	vidensgrundlag: 'viden',
	viden: 'viden',
	'knowledge base': 'viden',
	knowledge: 'viden',
	'valg af indsats': 'indsats',
	indsats: 'indsats',
	indsatser: 'indsats',
	'choice of intervention': 'indsats',
	intervention: 'indsats'
};

/** Headings written by serializeVignetteFile (the canonical Danish form). */
const DIMENSION_HEADINGS: Record<QuestionDimension, string> = {
	vurdering: 'Vurdering',
	sparring: 'Kollegial sparring',
	viden: 'Vidensgrundlag',
	indsats: 'Valg af indsats'
};

function describe(code: VignetteFormatErrorCode, p: Record<string, string | number>): string {
	const at = p.line !== undefined ? ` (line ${p.line})` : '';
	switch (code) {
		case 'missing_front_matter':
			return p.reason === 'unclosed'
				? 'Front matter starts with "---" but has no closing "---" line'
				: 'File must start with a YAML front matter block between "---" lines';
		case 'invalid_yaml':
			return p.reason === 'not_mapping'
				? `Front matter must be a YAML mapping of fields${at}`
				: `Front matter is not valid YAML${at}: ${p.detail}`;
		case 'missing_field':
			return `Front matter field "${p.field}" is required`;
		case 'invalid_field':
			return `Front matter field "${p.field}" must be ${p.expected}`;
		case 'invalid_key':
			return `Key "${p.key}" must be kebab-case (a-z, 0-9 and single hyphens), 2–64 characters`;
		case 'invalid_age':
			return `childAge "${p.value}" must be a whole number of years from ${MIN_AGE} to ${MAX_AGE}, or null`;
		case 'missing_version':
			return `Section "## ${p.version}" is missing`;
		case 'duplicate_section':
			return `Section "${p.section}" appears more than once${at}`;
		case 'unknown_section':
			return `Unknown section heading "${p.heading}"${at}`;
		case 'empty_version':
			return `Section "## ${p.version}" has no text${at}`;
		case 'too_long':
			return `${p.field} is too long: ${p.actual} characters, at most ${p.max}`;
	}
}

function fail(
	code: VignetteFormatErrorCode,
	params: Record<string, string | number>,
	filename?: string
): VignetteFormatError {
	const message = describe(code, params);
	const error: VignetteFormatError = {
		code,
		params,
		message: filename ? `${filename}: ${message}` : message
	};
	if (filename) error.filename = filename;
	return error;
}

export function isVignetteFormatError(
	value: ParsedVignette | VignetteFormatError
): value is VignetteFormatError {
	return 'code' in value;
}

function normalizeHeading(s: string): string {
	return s.trim().replace(/:$/, '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Lines starting with `#`/`##` inside free text are escaped with one backslash on export. */
const ESCAPED_HEADING = /^\\(\\*#{1,2}(?:[ \t]|$))/;
const NEEDS_ESCAPE = /^\\*#{1,2}(?:[ \t]|$)/;

/** Trims line ends and outer blank lines, collapses blank-line runs: the canonical text form. */
function normalizeBlock(lines: string[], unescape: boolean): string {
	const out: string[] = [];
	for (const raw of lines) {
		let line = raw.replace(/[ \t]+$/, '');
		if (unescape) line = line.replace(ESCAPED_HEADING, '$1');
		if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
		out.push(line);
	}
	while (out.length > 0 && out[out.length - 1] === '') out.pop();
	return out.join('\n');
}

function escapeBlock(text: string): string {
	return text
		.split('\n')
		.map((line) => (NEEDS_ESCAPE.test(line) ? '\\' + line : line))
		.join('\n');
}

interface Section {
	id: SectionId;
	line: number;
	lines: string[];
}

function optionalString(
	fm: Record<string, unknown>,
	field: string,
	filename?: string
): string | undefined | VignetteFormatError {
	const v = fm[field];
	if (v === undefined || v === null) return undefined;
	if (typeof v !== 'string') return fail('invalid_field', { field, expected: 'a string' }, filename);
	const t = v.trim();
	return t === '' ? undefined : t;
}

function parseQuestions(
	section: Section,
	filename?: string
): Record<QuestionDimension, string[]> | VignetteFormatError {
	const questions: Record<QuestionDimension, string[]> = {
		vurdering: [],
		sparring: [],
		viden: [],
		indsats: []
	};
	const seen = new Set<QuestionDimension>();
	let current: QuestionDimension | null = null;
	// Index of the question that a following plain line continues, or -1.
	let open = -1;
	for (let i = 0; i < section.lines.length; i++) {
		const line = section.lines[i];
		const lineNo = section.line + 1 + i;
		const h3 = /^###[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
		if (h3 || /^###[ \t]*$/.test(line)) {
			const heading = h3 ? h3[1] : '';
			const dim = DIMENSION_ALIASES[normalizeHeading(heading)];
			if (!dim) return fail('unknown_section', { heading: '### ' + heading, line: lineNo }, filename);
			if (seen.has(dim)) return fail('duplicate_section', { section: dim, line: lineNo }, filename);
			seen.add(dim);
			current = dim;
			open = -1;
			continue;
		}
		// Text before the first ### heading is an optional intro and is not kept.
		if (current === null) continue;
		const list = questions[current];
		if (line.trim() === '') {
			open = -1;
			continue;
		}
		const bullet = /^[ \t]{0,3}(?:[-*+]|\d+[.)])[ \t]+(.*)$/.exec(line);
		if (bullet) {
			list.push(bullet[1]);
			open = list.length - 1;
		} else if (open >= 0) {
			list[open] += ' ' + line;
		} else {
			list.push(line);
			open = list.length - 1;
		}
	}
	for (const dim of QUESTION_DIMENSIONS) {
		questions[dim] = questions[dim].map((q) => q.replace(/\s+/g, ' ').trim()).filter((q) => q !== '');
	}
	return questions;
}

/**
 * Parses a vignette Markdown file (YAML front matter, `## 2002`, `## 2024`, optional
 * `## Diskussionsspørgsmål`). Returns the first format error found instead of throwing.
 */
export function parseVignetteFile(text: string, filename?: string): ParsedVignette | VignetteFormatError {
	const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	if (src.length > MAX_FILE_CHARS) {
		return fail('too_long', { field: 'file', max: MAX_FILE_CHARS, actual: src.length }, filename);
	}
	const lines = src.split('\n');
	if (lines[0].trimEnd() !== '---') return fail('missing_front_matter', { line: 1 }, filename);
	let close = -1;
	for (let i = 1; i < lines.length; i++) {
		const l = lines[i].trimEnd();
		if (l === '---' || l === '...') {
			close = i;
			break;
		}
	}
	if (close < 0) return fail('missing_front_matter', { reason: 'unclosed', line: 1 }, filename);

	let data: unknown;
	try {
		data = parseYaml(lines.slice(1, close).join('\n'));
	} catch (e) {
		if (e instanceof YAMLParseError) {
			const pos = e.linePos?.[0];
			// The yaml message ends with its own front-matter-relative position; drop it.
			const detail = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
			const params: Record<string, string | number> = { line: (pos?.line ?? 1) + 1, detail };
			if (pos) params.column = pos.col;
			params.yamlCode = e.code;
			return fail('invalid_yaml', params, filename);
		}
		throw e;
	}
	if (data === null || data === undefined) data = {};
	if (typeof data !== 'object' || Array.isArray(data)) {
		return fail('invalid_yaml', { reason: 'not_mapping', line: 2 }, filename);
	}
	const fm = data as Record<string, unknown>;

	const rawKey = fm.key;
	if (rawKey === undefined || rawKey === null || rawKey === '') {
		return fail('missing_field', { field: 'key' }, filename);
	}
	const key = String(rawKey);
	// `key: 2002` reads as a number in YAML; whole numbers are still valid keys.
	const keyIsText = typeof rawKey === 'string' || (typeof rawKey === 'number' && Number.isInteger(rawKey));
	if (!keyIsText || key.length < 2 || key.length > 64 || !KEY_PATTERN.test(key)) {
		return fail('invalid_key', { key }, filename);
	}

	const rawTitle = fm.title;
	if (rawTitle === undefined || rawTitle === null || (typeof rawTitle === 'string' && rawTitle.trim() === '')) {
		return fail('missing_field', { field: 'title' }, filename);
	}
	if (typeof rawTitle !== 'string') {
		return fail('invalid_field', { field: 'title', expected: 'a string' }, filename);
	}
	const title = rawTitle.trim();
	if (title.length > MAX_TITLE_CHARS) {
		return fail('too_long', { field: 'title', max: MAX_TITLE_CHARS, actual: title.length }, filename);
	}

	let childAge: number | null = null;
	const rawAge = fm.childAge;
	if (rawAge !== undefined && rawAge !== null) {
		if (typeof rawAge !== 'number' || !Number.isInteger(rawAge) || rawAge < MIN_AGE || rawAge > MAX_AGE) {
			return fail('invalid_age', { value: String(rawAge) }, filename);
		}
		childAge = rawAge;
	}

	let themes: string[] = [];
	const rawThemes = fm.themes;
	if (rawThemes !== undefined && rawThemes !== null) {
		if (!Array.isArray(rawThemes) || rawThemes.some((t) => typeof t !== 'string')) {
			return fail('invalid_field', { field: 'themes', expected: 'a list of strings' }, filename);
		}
		themes = (rawThemes as string[]).map((t) => t.trim()).filter((t) => t !== '');
	}

	if (fm.fictional === undefined || fm.fictional === null) {
		return fail('missing_field', { field: 'fictional' }, filename);
	}
	if (typeof fm.fictional !== 'boolean') {
		return fail('invalid_field', { field: 'fictional', expected: 'true or false' }, filename);
	}
	const fictional = fm.fictional;

	const summary = optionalString(fm, 'summary', filename);
	if (typeof summary === 'object') return summary;
	const source = optionalString(fm, 'source', filename);
	if (typeof source === 'object') return source;

	// Body: split into the preamble and ## sections.
	const preamble: string[] = [];
	const sections = new Map<SectionId, Section>();
	let current: Section | null = null;
	for (let i = close + 1; i < lines.length; i++) {
		const line = lines[i];
		const lineNo = i + 1;
		const h2 = /^##(?!#)(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line);
		if (h2) {
			const heading = h2[1] ?? '';
			const id = SECTION_ALIASES[normalizeHeading(heading)];
			if (!id) return fail('unknown_section', { heading: '## ' + heading, line: lineNo }, filename);
			if (sections.has(id)) return fail('duplicate_section', { section: id, line: lineNo }, filename);
			current = { id, line: lineNo, lines: [] };
			sections.set(id, current);
			continue;
		}
		if (current) current.lines.push(line);
		else preamble.push(line);
	}

	const texts: Record<'2002' | '2024', string> = { '2002': '', '2024': '' };
	for (const version of ['2002', '2024'] as const) {
		const section = sections.get(version);
		if (!section) return fail('missing_version', { version }, filename);
		const body = normalizeBlock(section.lines, true);
		if (body === '') return fail('empty_version', { version, line: section.line }, filename);
		if (body.length > MAX_VERSION_CHARS) {
			return fail(
				'too_long',
				{ field: `text${version}`, max: MAX_VERSION_CHARS, actual: body.length },
				filename
			);
		}
		texts[version] = body;
	}

	const qSection = sections.get('questions');
	const questions = qSection
		? parseQuestions(qSection, filename)
		: { vurdering: [], sparring: [], viden: [], indsats: [] };
	if ('code' in questions) return questions as VignetteFormatError;

	// A level-1 title in the preamble is decoration; the title lives in the front matter.
	const noticeLines = preamble
		.filter((l) => !/^#[ \t]/.test(l))
		.map((l) => l.replace(/^[ \t]{0,3}>[ \t]?/, ''));
	const notice = normalizeBlock(noticeLines, true);

	const result: ParsedVignette = {
		key,
		title,
		childAge,
		themes,
		fictional,
		text2002: texts['2002'],
		text2024: texts['2024'],
		questions: questions as Record<QuestionDimension, string[]>
	};
	if (notice !== '') result.notice = notice;
	if (summary !== undefined) result.summary = summary;
	if (source !== undefined) result.source = source;
	return result;
}

/**
 * Writes a vignette in the canonical file format. For a vignette in canonical form
 * (as returned by parseVignetteFile), parseVignetteFile(serializeVignetteFile(v)) deep-equals v.
 */
export function serializeVignetteFile(v: ParsedVignette): string {
	const fm: Record<string, unknown> = { key: v.key, title: v.title };
	if (v.childAge !== null) fm.childAge = v.childAge;
	fm.themes = v.themes;
	fm.fictional = v.fictional;
	if (v.summary) fm.summary = v.summary;
	if (v.source) fm.source = v.source;
	const doc = new Document(fm);
	const themesNode = doc.get('themes', true) as { flow?: boolean } | undefined;
	if (themesNode) themesNode.flow = true;
	const yamlText = doc.toString({ lineWidth: 0 }).trimEnd();

	const out: string[] = ['---', yamlText, '---', ''];
	const notice = v.notice ? normalizeBlock(v.notice.replace(/\r\n?/g, '\n').split('\n'), false) : '';
	if (notice) {
		for (const l of notice.split('\n')) out.push(l === '' ? '>' : '> ' + l);
		out.push('');
	}
	for (const [heading, text] of [
		['2002', v.text2002],
		['2024', v.text2024]
	] as const) {
		out.push(`## ${heading}`, '', escapeBlock(text.replace(/\r\n?/g, '\n')), '');
	}
	const dims = QUESTION_DIMENSIONS.filter((d) => v.questions[d]?.length);
	if (dims.length > 0) {
		out.push('## Diskussionsspørgsmål', '');
		for (const d of dims) {
			out.push(`### ${DIMENSION_HEADINGS[d]}`, '');
			for (const q of v.questions[d]) out.push('- ' + q.replace(/\s+/g, ' ').trim());
			out.push('');
		}
	}
	return out.join('\n').replace(/\n+$/, '\n');
}
