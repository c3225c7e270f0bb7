// `vignet consistency FILE.csv [--levels N] [--replicates N] [--seed N] [--full]`
// Reads group assessments (wave,municipality,vignette,concern,steps) and prints one JSON object.
import { readFile } from 'node:fs/promises';
import {
	analyseConsistency,
	cliSummary,
	ConsistencyError,
	DEFAULT_LEVELS,
	DEFAULT_REPLICATES,
	DEFAULT_SEED,
	formatCsvIssue,
	parseAssessmentsCsv,
	toOrderedJson,
	type OrderedJson
} from '../../lib/consistency';

const USAGE = 'usage: vignet consistency FILE.csv [--levels N] [--replicates N] [--seed N] [--full]';
const PREFIX = 'vignet consistency: ';
const MAX_ISSUES = 20;

type Parsed = { file: string; levels: number; replicates: number; seed: number; full: boolean };

function fail(message: string): never {
	throw new UsageError(message);
}

class UsageError extends Error {}

function intOption(name: string, raw: string | undefined, min: number): number {
	if (raw === undefined) fail(`option --${name} needs a value`);
	if (!/^-?[0-9]+$/.test(raw.trim()) || Number(raw) < min) fail(`option --${name} must be an integer ≥ ${min}, got "${raw}"`);
	return Number(raw);
}

function parseArgs(args: string[]): Parsed {
	let file: string | undefined;
	const out = { levels: DEFAULT_LEVELS, replicates: DEFAULT_REPLICATES, seed: DEFAULT_SEED, full: false };
	for (let i = 0; i < args.length; i++) {
		const a = args[i];
		if (a === '--') {
			// Everything after -- is a file name.
			for (const rest of args.slice(i + 1)) {
				if (file !== undefined) fail(`unexpected argument "${rest}" (one file only)`);
				file = rest;
			}
			break;
		}
		if (a.startsWith('--')) {
			const eq = a.indexOf('=');
			const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
			const inline = eq >= 0 ? a.slice(eq + 1) : undefined;
			const value = () => inline ?? args[++i];
			if (name === 'levels') out.levels = intOption(name, value(), 2);
			else if (name === 'replicates') out.replicates = intOption(name, value(), 0);
			else if (name === 'seed') out.seed = intOption(name, value(), 0);
			else if (name === 'full' && inline === undefined) out.full = true;
			else fail(`unknown option ${a}`);
			continue;
		}
		if (a.startsWith('-') && a !== '-') fail(`unknown option ${a}`);
		if (file !== undefined) fail(`unexpected argument "${a}" (one file only)`);
		file = a;
	}
	if (file === undefined) fail('missing FILE.csv');
	return { file, ...out };
}

function readError(file: string, err: unknown): string {
	const code = (err as { code?: string }).code;
	if (code === 'ENOENT') return `cannot read "${file}": no such file`;
	if (code === 'EISDIR') return `cannot read "${file}": it is a directory`;
	if (code === 'EACCES') return `cannot read "${file}": permission denied`;
	return `cannot read "${file}": ${err instanceof Error ? err.message : String(err)}`;
}

export async function run(args: string[]): Promise<number> {
	let parsed: Parsed;
	try {
		parsed = parseArgs(args);
	} catch (err) {
		if (!(err instanceof UsageError)) throw err;
		process.stderr.write(`${PREFIX}${err.message}\n${USAGE}\n`);
		return 2;
	}
	let text: string;
	try {
		text = await readFile(parsed.file, 'utf8');
	} catch (err) {
		process.stderr.write(`${PREFIX}${readError(parsed.file, err)}\n`);
		return 1;
	}
	const csv = parseAssessmentsCsv(text, { levels: parsed.levels });
	if (!csv.ok) {
		for (const issue of csv.issues.slice(0, MAX_ISSUES)) process.stderr.write(`${PREFIX}${formatCsvIssue(issue)}\n`);
		if (csv.issues.length > MAX_ISSUES) process.stderr.write(`${PREFIX}… and ${csv.issues.length - MAX_ISSUES} more problems\n`);
		return 1;
	}
	try {
		const result = analyseConsistency({
			levels: parsed.levels,
			assessments: csv.assessments,
			options: { replicates: parsed.replicates, seed: parsed.seed }
		});
		const out = parsed.full ? (result as unknown as OrderedJson) : cliSummary(result);
		process.stdout.write(toOrderedJson(out) + '\n');
		return 0;
	} catch (err) {
		if (err instanceof ConsistencyError) {
			process.stderr.write(`${PREFIX}${err.message}\n`);
			return 1;
		}
		throw err;
	}
}
