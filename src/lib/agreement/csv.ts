// RFC 4180 CSV reader (quoted fields, doubled quotes, CRLF/LF, UTF-8 BOM). Pure, browser-safe.
import { AgreementError } from './types';

export type CsvRow = { fields: string[]; line: number };

/** Parse CSV text into rows with the 1-based line number each row starts on; blank lines are skipped. */
export function parseCsv(text: string): CsvRow[] {
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	const rows: CsvRow[] = [];
	let fields: string[] = [];
	let field = '';
	let line = 1;
	let rowLine = 1;
	let quoted = false;
	let quoteLine = 0;
	let i = 0;
	const n = text.length;
	const endRow = () => {
		fields.push(field);
		if (!(fields.length === 1 && fields[0] === '')) rows.push({ fields, line: rowLine });
		fields = [];
		field = '';
	};
	while (i < n) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i += 2;
					continue;
				}
				quoted = false;
				i++;
				continue;
			}
			if (ch === '\n') line++;
			field += ch;
			i++;
			continue;
		}
		if (ch === '"') {
			if (field !== '')
				throw new AgreementError('csv_stray_quote', `line ${line}: quote inside an unquoted field`, { line });
			quoted = true;
			quoteLine = line;
			i++;
		} else if (ch === ',') {
			fields.push(field);
			field = '';
			i++;
		} else if (ch === '\r' || ch === '\n') {
			endRow();
			if (ch === '\r' && text[i + 1] === '\n') i++;
			i++;
			line++;
			rowLine = line;
		} else {
			field += ch;
			i++;
		}
	}
	if (quoted) throw new AgreementError('csv_unterminated_quote', `line ${quoteLine}: unterminated quoted field`, { line: quoteLine });
	if (field !== '' || fields.length > 0) endRow();
	return rows;
}
