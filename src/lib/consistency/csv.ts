// CSV import of group assessments (wave,municipality,vignette,concern,steps); browser-safe, line-numbered errors.
import type { GroupAssessment } from './types';

export const CSV_COLUMNS = ['wave', 'municipality', 'vignette', 'concern', 'steps'] as const;

/** One problem in the file; `line` is the physical line where the record starts (1 = header). */
export type CsvIssue = {
	code:
		| 'csv_empty'
		| 'csv_no_rows'
		| 'csv_unclosed_quote'
		| 'csv_malformed_quote'
		| 'csv_missing_column'
		| 'csv_unknown_column'
		| 'csv_duplicate_column'
		| 'csv_ragged_row'
		| 'csv_missing_value'
		| 'csv_invalid_concern'
		| 'csv_duplicate_row';
	line: number;
	params: Record<string, string | number>;
	/** English, without the line prefix (see formatCsvIssue). */
	message: string;
};

export type CsvRecord = { line: number; fields: string[] };

export type CsvParseResult =
	| { ok: true; assessments: GroupAssessment[]; /** Line of each assessment, same order. */ lines: number[] }
	| { ok: false; issues: CsvIssue[] };

export function formatCsvIssue(issue: CsvIssue): string {
	return `line ${issue.line}: ${issue.message}`;
}

/**
 * RFC 4180 records: quoted fields may hold commas, "" and line breaks; CRLF, LF and CR all end a line.
 * Each record carries the line it starts on.
 */
export function parseCsvRecords(text: string): { records: CsvRecord[]; issues: CsvIssue[] } {
	const records: CsvRecord[] = [];
	const issues: CsvIssue[] = [];
	let line = 1;
	let i = 0;
	const n = text.length;
	while (i < n) {
		const start = line;
		const fields: string[] = [];
		let field = '';
		let broken = false;
		for (;;) {
			if (i < n && text[i] === '"') {
				// Quoted field.
				i++;
				let closed = false;
				while (i < n) {
					const ch = text[i];
					if (ch === '"') {
						if (text[i + 1] === '"') {
							field += '"';
							i += 2;
							continue;
						}
						i++;
						closed = true;
						break;
					}
					if (ch === '\r' || ch === '\n') {
						line++;
						if (ch === '\r' && text[i + 1] === '\n') {
							field += '\r';
							i++;
						}
					}
					field += text[i];
					i++;
				}
				if (!closed) {
					issues.push({ code: 'csv_unclosed_quote', line: start, params: {}, message: 'a quoted field is never closed' });
					return { records, issues };
				}
				// Text between the closing quote and the next separator is an error, not silently glued on.
				let junk = '';
				while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') junk += text[i++];
				if (junk.trim() !== '' && !broken) {
					issues.push({ code: 'csv_malformed_quote', line: start, params: {}, message: 'text after a closing quote' });
					broken = true;
				}
			} else {
				while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
			}
			fields.push(field);
			field = '';
			if (i < n && text[i] === ',') {
				i++;
				continue;
			}
			// End of record: consume the line break.
			if (i < n) {
				if (text[i] === '\r' && text[i + 1] === '\n') i++;
				i++;
				line++;
			}
			break;
		}
		if (!broken) records.push({ line: start, fields });
	}
	return { records, issues };
}

function isBlank(r: CsvRecord): boolean {
	return r.fields.every((f) => f.trim() === '');
}

/** Parse and validate the assessments CSV; concern must be an integer 0..levels−1. */
export function parseAssessmentsCsv(input: string, options: { levels?: number } = {}): CsvParseResult {
	const levels = options.levels ?? 5;
	const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
	if (text.trim() === '') return { ok: false, issues: [{ code: 'csv_empty', line: 1, params: {}, message: 'the file is empty' }] };
	const parsed = parseCsvRecords(text);
	const issues = parsed.issues;
	const records = parsed.records.filter((r) => !isBlank(r));
	if (records.length === 0) return { ok: false, issues: issues.length ? issues : [{ code: 'csv_empty', line: 1, params: {}, message: 'the file is empty' }] };

	const header = records[0];
	const names = header.fields.map((f) => f.trim().toLowerCase());
	const index: Record<string, number> = {};
	names.forEach((name, i) => {
		if (name in index)
			issues.push({ code: 'csv_duplicate_column', line: header.line, params: { column: name }, message: `column "${name}" appears twice` });
		else if (!(CSV_COLUMNS as readonly string[]).includes(name))
			issues.push({
				code: 'csv_unknown_column',
				line: header.line,
				params: { column: name, expected: CSV_COLUMNS.join(',') },
				message: `unexpected column "${name}" (expected ${CSV_COLUMNS.join(',')})`
			});
		index[name] = i;
	});
	const missing = CSV_COLUMNS.filter((c) => !(c in index));
	if (missing.length)
		issues.push({
			code: 'csv_missing_column',
			line: header.line,
			params: { columns: missing.join(','), expected: CSV_COLUMNS.join(',') },
			message: `missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} (expected ${CSV_COLUMNS.join(',')})`
		});
	if (issues.length) return { ok: false, issues };
	if (records.length === 1)
		return { ok: false, issues: [{ code: 'csv_no_rows', line: header.line + 1, params: {}, message: 'no assessment rows after the header' }] };

	const assessments: GroupAssessment[] = [];
	const lines: number[] = [];
	const seen = new Map<string, number>();
	for (const r of records.slice(1)) {
		if (r.fields.length !== names.length) {
			issues.push({
				code: 'csv_ragged_row',
				line: r.line,
				params: { expected: names.length, got: r.fields.length },
				message: `expected ${names.length} fields, got ${r.fields.length}`
			});
			continue;
		}
		const get = (c: string) => r.fields[index[c]].trim();
		let ok = true;
		for (const c of ['wave', 'municipality', 'vignette'] as const)
			if (get(c) === '') {
				issues.push({ code: 'csv_missing_value', line: r.line, params: { column: c }, message: `${c} is empty` });
				ok = false;
			}
		const raw = get('concern');
		const concern = /^[0-9]+$/.test(raw) ? Number(raw) : NaN;
		if (!(concern >= 0 && concern < levels)) {
			issues.push({
				code: 'csv_invalid_concern',
				line: r.line,
				params: { value: raw, max: levels - 1 },
				message: `concern must be an integer level 0–${levels - 1}, got "${raw}"`
			});
			ok = false;
		}
		if (!ok) continue;
		const wave = get('wave');
		const municipality = get('municipality');
		const vignette = get('vignette');
		const key = `${wave}\u0000${municipality}\u0000${vignette}`;
		const first = seen.get(key);
		if (first !== undefined) {
			issues.push({
				code: 'csv_duplicate_row',
				line: r.line,
				params: { first, wave, municipality, vignette },
				message: `duplicate row for wave "${wave}", municipality "${municipality}", vignette "${vignette}" (also on line ${first})`
			});
			continue;
		}
		seen.set(key, r.line);
		const steps = [
			...new Set(
				get('steps')
					.split(';')
					.map((s) => s.trim())
					.filter((s) => s !== '')
			)
		];
		assessments.push({ wave, municipality, vignette, concern, steps });
		lines.push(r.line);
	}
	if (issues.length) return { ok: false, issues };
	return { ok: true, assessments, lines };
}
