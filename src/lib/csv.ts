// Writes RFC 4180 CSV. Cells that a spreadsheet would run as a formula (=, +, -, @) get a leading
// apostrophe, so an exported transcript passage can never execute in Excel or LibreOffice.
// Plain numbers (a negative κ, say) are left as they are.

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function cell(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) && !NUMBER.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
	return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
