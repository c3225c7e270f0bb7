// `vignet unitized FILE.csv --begin B --length L`: Krippendorff's unitized α (DKPro-compatible).
// Input: header `coder,category,begin,length`, one row per coded unit. Output: one JSON object on stdout.
import { AgreementError, unitizedAlpha, type UnitizedUnit } from '../../lib/agreement/index';
import { readCsvRows } from './csv-input';

const USAGE = 'usage: vignet unitized FILE.csv --begin B --length L';
const COLUMNS = ['coder', 'category', 'begin', 'length'];

class UsageError extends Error {}

function parseArgs(args: string[]): { file: string; begin: number; length: number } | 'help' {
	let file: string | undefined;
	const nums: Record<string, number> = {};
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--help' || arg === '-h') return 'help';
		if (arg.startsWith('--')) {
			const eq = arg.indexOf('=');
			const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
			if (name !== 'begin' && name !== 'length') throw new UsageError(`unknown option '--${name}'`);
			const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
			if (value === undefined || value === '') throw new UsageError(`option '--${name}' needs a value`);
			const x = Number(value);
			if (!Number.isFinite(x)) throw new UsageError(`option '--${name}': '${value}' is not a number`);
			if (name === 'length' && !(x > 0)) throw new UsageError(`option '--length': must be positive, got ${value}`);
			nums[name] = x;
		} else if (arg.startsWith('-') && arg !== '-' && !/^-\d/.test(arg)) throw new UsageError(`unknown option '${arg}'`);
		else if (file === undefined) file = arg;
		else throw new UsageError(`unexpected argument '${arg}'`);
	}
	if (file === undefined) throw new UsageError('missing FILE.csv');
	if (nums.begin === undefined) throw new UsageError("missing option '--begin'");
	if (nums.length === undefined) throw new UsageError("missing option '--length'");
	return { file, begin: nums.begin, length: nums.length };
}

export async function run(args: string[]): Promise<number> {
	const fail = (msg: string, code = 1) => {
		process.stderr.write(`vignet unitized: ${msg}\n`);
		return code;
	};
	let opts: ReturnType<typeof parseArgs>;
	try {
		opts = parseArgs(args);
	} catch (e) {
		if (e instanceof UsageError) return fail(`${e.message}\n${USAGE}`, 2);
		throw e;
	}
	if (opts === 'help') {
		process.stdout.write(USAGE + '\n');
		return 0;
	}
	const rows = await readCsvRows(opts.file, fail, COLUMNS.join(','));
	if (typeof rows === 'number') return rows;
	const header = rows[0];
	const names = header.fields.map((f) => f.trim().toLowerCase());
	if (names.length !== 4 || names.some((n, i) => n !== COLUMNS[i]))
		return fail(`line ${header.line}: expected header '${COLUMNS.join(',')}', found '${header.fields.join(',')}'`);
	const units: UnitizedUnit[] = [];
	const lineOf: number[] = [];
	for (let r = 1; r < rows.length; r++) {
		const { fields, line } = rows[r];
		if (fields.length !== 4) return fail(`line ${line}: expected 4 fields, found ${fields.length}`);
		const coder = fields[0].trim();
		const category = fields[1].trim();
		if (coder === '') return fail(`line ${line}: empty coder`);
		if (category === '') return fail(`line ${line}: empty category`);
		const begin = Number(fields[2].trim());
		const length = Number(fields[3].trim());
		if (fields[2].trim() === '' || !Number.isFinite(begin)) return fail(`line ${line}: begin '${fields[2]}' is not a number`);
		if (fields[3].trim() === '' || !Number.isFinite(length)) return fail(`line ${line}: length '${fields[3]}' is not a number`);
		if (!(length > 0)) return fail(`line ${line}: length must be positive, got ${length}`);
		if (begin < opts.begin || begin + length > opts.begin + opts.length)
			return fail(`line ${line}: unit [${begin}, ${begin + length}) lies outside the continuum [${opts.begin}, ${opts.begin + opts.length})`);
		units.push({ coder, category, begin, length });
		lineOf.push(line);
	}
	let result;
	try {
		result = unitizedAlpha({ begin: opts.begin, length: opts.length, units });
	} catch (e) {
		if (e instanceof AgreementError) return fail(e.message);
		throw e;
	}
	const categories: Record<string, { alpha: number | null; observed: number; expected: number }> = {};
	for (const [k, c] of Object.entries(result.categories)) categories[k] = { alpha: c.value, observed: c.observed, expected: c.expected };
	process.stdout.write(JSON.stringify({ overall: result.overall.value, categories }) + '\n');
	return 0;
}
