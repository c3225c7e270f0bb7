import { describe, expect, it } from 'vitest';
import { formatCsvIssue, parseAssessmentsCsv, parseCsvRecords } from './csv';

const H = 'wave,municipality,vignette,concern,steps';

function issues(text: string, levels?: number) {
	const r = parseAssessmentsCsv(text, { levels });
	if (r.ok) throw new Error('expected issues');
	return r.issues;
}

describe('CSV records', () => {
	it('quoted fields with commas, escaped quotes and line breaks keep the starting line', () => {
		const { records, issues } = parseCsvRecords('a,b\r\n"x, y","say ""hi"""\n"multi\nline",z\nlast,1');
		expect(issues).toEqual([]);
		expect(records).toEqual([
			{ line: 1, fields: ['a', 'b'] },
			{ line: 2, fields: ['x, y', 'say "hi"'] },
			{ line: 3, fields: ['multi\nline', 'z'] },
			{ line: 5, fields: ['last', '1'] }
		]);
	});
	it('reports an unclosed quote at the line where the record starts', () => {
		expect(parseCsvRecords('a,b\n"open,1\n2,3').issues[0]).toMatchObject({ code: 'csv_unclosed_quote', line: 2 });
	});
});

describe('assessments CSV', () => {
	it('parses BOM, CRLF, quoted steps, empty steps, trims and dedupes steps, any column order', () => {
		const r = parseAssessmentsCsv('\ufeffsteps,wave,municipality,vignette,concern\r\n"bfu; tidlig;bfu",2024,K1,V1,3\r\n,2024,K2,V1,0\r\n\r\n');
		expect(r).toEqual({
			ok: true,
			assessments: [
				{ wave: '2024', municipality: 'K1', vignette: 'V1', concern: 3, steps: ['bfu', 'tidlig'] },
				{ wave: '2024', municipality: 'K2', vignette: 'V1', concern: 0, steps: [] }
			],
			lines: [2, 3]
		});
	});
	it('empty file and header only', () => {
		expect(issues('')[0]).toMatchObject({ code: 'csv_empty', line: 1 });
		expect(issues('\ufeff \n')[0]).toMatchObject({ code: 'csv_empty', line: 1 });
		expect(issues(H + '\n')[0]).toMatchObject({ code: 'csv_no_rows', line: 2 });
	});
	it('missing, extra and duplicate columns', () => {
		expect(issues('wave,municipality,vignette,concern\n2024,K1,V1,2')[0]).toMatchObject({ code: 'csv_missing_column', line: 1, params: { columns: 'steps' } });
		expect(issues(H + ',note\n2024,K1,V1,2,bfu,x')[0]).toMatchObject({ code: 'csv_unknown_column', line: 1, params: { column: 'note' } });
		expect(issues(H + ',wave\n')[0]).toMatchObject({ code: 'csv_duplicate_column' });
	});
	it('ragged rows, empty keys and bad concern values name their line', () => {
		expect(issues(`${H}\n2024,K1,V1,2,bfu\n2024,K2,V1,3`)).toEqual([
			{ code: 'csv_ragged_row', line: 3, params: { expected: 5, got: 4 }, message: 'expected 5 fields, got 4' }
		]);
		expect(issues(`${H}\n2024,,V1,2,bfu`)[0]).toMatchObject({ code: 'csv_missing_value', line: 2, params: { column: 'municipality' } });
		for (const bad of ['høj', '-1', '2.5', '5', '', '1e0', ' '])
			expect(issues(`${H}\n2024,K1,V1,1,\n2024,K2,V1,${bad},bfu`)[0]).toMatchObject({ code: 'csv_invalid_concern', line: 3 });
		const i = issues(`${H}\n2024,K1,V1,høj,bfu`)[0];
		expect(formatCsvIssue(i)).toBe('line 2: concern must be an integer level 0–4, got "høj"');
	});
	it('the scale fixes the valid range', () => {
		expect(issues(`${H}\n2024,K1,V1,3,`, 3)[0].message).toBe('concern must be an integer level 0–2, got "3"');
		expect(parseAssessmentsCsv(`${H}\n2024,K1,V1,6,`, { levels: 7 }).ok).toBe(true);
	});
	it('duplicate (wave, municipality, vignette) names both lines', () => {
		const [d] = issues(`${H}\n2024,K1,V1,2,bfu\n2024,K2,V1,3,\n2024,K1,V1,4,sikring`);
		expect(d).toMatchObject({ code: 'csv_duplicate_row', line: 4, params: { first: 2 } });
		expect(formatCsvIssue(d)).toBe('line 4: duplicate row for wave "2024", municipality "K1", vignette "V1" (also on line 2)');
	});
	it('line numbers count physical lines when a quoted field spans lines', () => {
		expect(issues(`${H}\n2024,K1,V1,2,"bfu;\ntidlig"\n2024,K2,V1,x,`)[0]).toMatchObject({ code: 'csv_invalid_concern', line: 4 });
	});
});
