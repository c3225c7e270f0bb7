// `vignet agreement FILE.csv [--level nominal|ordinal|interval|ratio] [--weights none|linear|quadratic]`
// Input: header `unit,<coder>,…`, one row per unit, empty cell = missing. Output: one JSON object on stdout.
import { summarizeAgreement, type Level } from '../../lib/agreement/index';
import { readCsvRows } from './csv-input';

const LEVELS = ['nominal', 'ordinal', 'interval', 'ratio'] as const;
const WEIGHTS = ['none', 'linear', 'quadratic'] as const;
const USAGE = 'usage: vignet agreement FILE.csv [--level nominal|ordinal|interval|ratio] [--weights none|linear|quadratic]';

class UsageError extends Error {}

type Options = { file: string; level: Level; weights: (typeof WEIGHTS)[number] };

function parseArgs(args: string[]): Options | 'help' {
	let file: string | undefined;
	let level: Level = 'nominal';
	let weights: (typeof WEIGHTS)[number] = 'none';
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--help' || arg === '-h') return 'help';
		if (arg.startsWith('--')) {
			const eq = arg.indexOf('=');
			const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
			if (name !== 'level' && name !== 'weights') throw new UsageError(`unknown option '--${name}'`);
			const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
			if (value === undefined || value === '') throw new UsageError(`option '--${name}' needs a value`);
			if (name === 'level') {
				if (!(LEVELS as readonly string[]).includes(value)) throw new UsageError(`option '--level': unknown level '${value}' (expected ${LEVELS.join(', ')})`);
				level = value as Level;
			} else {
				if (!(WEIGHTS as readonly string[]).includes(value)) throw new UsageError(`option '--weights': unknown weights '${value}' (expected ${WEIGHTS.join(', ')})`);
				weights = value as (typeof WEIGHTS)[number];
			}
		} else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}'`);
		else if (file === undefined) file = arg;
		else throw new UsageError(`unexpected argument '${arg}'`);
	}
	if (file === undefined) throw new UsageError('missing FILE.csv');
	return { file, level, weights };
}

const val = (c: { value: number | null }) => c.value;

export async function run(args: string[]): Promise<number> {
	const fail = (msg: string, code = 1) => {
		process.stderr.write(`vignet agreement: ${msg}\n`);
		return code;
	};
	let opts: Options | 'help';
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
	const rows = await readCsvRows(opts.file, fail, 'unit,<coder>,<coder>,…');
	if (typeof rows === 'number') return rows;
	const header = rows[0];
	const width = header.fields.length;
	if (width < 3) return fail(`line ${header.line}: header needs a unit column and at least two coder columns, found ${width} field${width === 1 ? '' : 's'}`);
	if (rows.length === 1) return fail(`${opts.file}: no data rows after the header`);
	const data: (string | number | null)[][] = [];
	for (let r = 1; r < rows.length; r++) {
		const { fields, line } = rows[r];
		if (fields.length !== width) return fail(`line ${line}: expected ${width} fields, found ${fields.length}`);
		const row: (string | number | null)[] = [];
		for (let c = 1; c < width; c++) {
			const cell = fields[c].trim();
			if (cell === '') row.push(null);
			else if (opts.level === 'nominal') row.push(cell);
			else {
				const x = Number(cell);
				if (!Number.isFinite(x))
					return fail(`line ${line}: '${fields[c]}' in column '${header.fields[c]}' is not a number (level ${opts.level})`);
				if (opts.level === 'ratio' && x < 0) return fail(`line ${line}: '${fields[c]}' in column '${header.fields[c]}' is negative (level ratio)`);
				row.push(x);
			}
		}
		data.push(row);
	}
	const s = summarizeAgreement(data, { level: opts.level, weights: opts.weights });
	const perCategory: Record<string, { alpha: number | null }> = {};
	for (const [k, v] of Object.entries(s.alpha.perCategory)) perCategory[k] = { alpha: v };
	const out: Record<string, unknown> = {
		units: s.units,
		coders: s.coders,
		level: s.level,
		percentAgreement: s.percentAgreement,
		krippendorffAlpha: val(s.alpha),
		fleissKappa: val(s.fleiss),
		gwetAC1: val(s.gwetAC1),
		brennanPrediger: val(s.brennanPrediger),
		perCategory
	};
	if (s.cohen && s.scottPi) {
		out.cohenKappa = s.cohen.value === null ? null : { value: s.cohen.value, se: s.cohen.se, ci: s.cohen.ci };
		out.scottPi = val(s.scottPi);
	}
	process.stdout.write(JSON.stringify(out) + '\n');
	return 0;
}
