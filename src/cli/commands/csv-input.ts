// Reading a command's CSV input file: the same messages for a missing file, bad quoting and an
// empty file in every command that takes one.
import { readFile } from 'node:fs/promises';
import { AgreementError, parseCsv } from '../../lib/agreement/index';

export type CsvRows = ReturnType<typeof parseCsv>;

/** The file's rows, or the exit code after `fail` has reported the problem. */
export async function readCsvRows(file: string, fail: (message: string) => number, expectedHeader: string): Promise<CsvRows | number> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		return fail(`cannot read '${file}'${code === 'ENOENT' ? ': no such file' : code ? `: ${code}` : ''}`);
	}
	let rows: CsvRows;
	try {
		rows = parseCsv(text);
	} catch (e) {
		if (e instanceof AgreementError) return fail(`${file}: ${e.message}`);
		throw e;
	}
	if (rows.length === 0) return fail(`${file}: empty file (expected a header row '${expectedHeader}')`);
	return rows;
}
