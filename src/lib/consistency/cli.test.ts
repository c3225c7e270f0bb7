// End-to-end tests of `vignet consistency`, run as a real process.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../cli/commands/consistency';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixtures = join(root, 'tests/fixtures/consistency');
const tsx = join(root, 'node_modules/.bin/tsx');

type Run = { code: number; stdout: string; stderr: string };

function vignet(args: string[]): Promise<Run> {
	return new Promise((resolve) => {
		execFile(tsx, ['src/cli/vignet.ts', 'consistency', ...args], { cwd: root }, (err, stdout, stderr) => {
			const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
			resolve({ code, stdout, stderr });
		});
	});
}

/** In-process run of the same command, capturing what it writes. */
async function inProcess(args: string[]): Promise<Run> {
	let stdout = '';
	let stderr = '';
	const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
	const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
	try {
		const code = await run(args);
		return { code, stdout, stderr };
	} finally {
		out.mockRestore();
		err.mockRestore();
	}
}

// Run as real processes (the exact command-line path); the rest in-process.
const spawned = new Set(['valid', 'validAgain', 'single', 'concernText', 'unknownOption']);

const cases = {
	valid: ['valid.csv'],
	validAgain: ['valid.csv'],
	bomCrlf: ['bom-crlf-quoted.csv'],
	single: ['single-wave.csv'],
	levels4: ['single-wave.csv', '--levels', '6'],
	missingColumn: ['bad-missing-column.csv'],
	extraColumn: ['bad-extra-column.csv'],
	ragged: ['bad-ragged.csv'],
	concernText: ['bad-concern-text.csv'],
	concernNegative: ['bad-concern-negative.csv'],
	concernDecimal: ['bad-concern-decimal.csv'],
	concernTooHigh: ['bad-concern-too-high.csv'],
	concernTooHighForLevels: ['valid.csv', '--levels', '4'],
	duplicate: ['bad-duplicate.csv'],
	empty: ['empty.csv'],
	headerOnly: ['header-only.csv'],
	missingFile: ['does-not-exist.csv'],
	unknownOption: ['valid.csv', '--bogus'],
	noFile: [],
	badLevels: ['valid.csv', '--levels', 'x']
} as const;

const results: Partial<Record<keyof typeof cases, Run>> = {};

beforeAll(async () => {
	// All processes at once: each tsx start-up costs most of a second.
	const entries = Object.entries(cases) as [keyof typeof cases, readonly string[]][];
	const argv = (args: readonly string[]) => args.map((a, i) => (i === 0 && a.endsWith('.csv') ? join(fixtures, a) : a));
	const runs = Promise.all(entries.filter(([n]) => spawned.has(n)).map(async ([name, args]) => (results[name] = await vignet(argv(args)))));
	for (const [name, args] of entries) if (!spawned.has(name)) results[name] = await inProcess(argv(args));
	await runs;
}, 60000);

function ok(name: keyof typeof cases) {
	const r = results[name]!;
	expect(r.stderr).toBe('');
	expect(r.code).toBe(0);
	return JSON.parse(r.stdout);
}

function bad(name: keyof typeof cases, pattern: RegExp) {
	const r = results[name]!;
	expect(r.code).not.toBe(0);
	expect(r.stdout).toBe('');
	expect(r.stderr).toMatch(pattern);
}

describe('vignet consistency: valid input', () => {
	it('prints the exact keys and hand-computed values', () => {
		const out = ok('valid');
		expect(Object.keys(out)).toEqual(['waves', 'comparison']);
		expect(Object.keys(out.waves)).toEqual(['2002', '2024']);
		for (const w of ['2002', '2024']) {
			expect(Object.keys(out.waves[w])).toEqual(['concernAlpha', 'stepAlpha', 'vignettes']);
			// Steps in order of first appearance in the file.
			expect(Object.keys(out.waves[w].stepAlpha)).toEqual(['luk', 'bfu', 'tidlig', 'sikring', 'fambeh']);
			expect(Object.keys(out.waves[w].vignettes)).toEqual(['V1', 'V2', 'V3']);
			for (const v of ['V1', 'V2', 'V3']) expect(Object.keys(out.waves[w].vignettes[v])).toEqual(['rwg', 'modalShare', 'giniSimpson']);
		}
		const w02 = out.waves['2002'];
		// Concern V1 (1,1), V2 (2,3), V3 (3,3): ordinal α = 7/9 (worked out in analyse.test.ts).
		expect(w02.concernAlpha).toBeCloseTo(7 / 9, 12);
		// luk V1 (1,1) else 0; bfu V2 (1,1) else 0 → no disagreement → 1.
		// tidlig V2 (1,0), sikring V3 (1,0): n_1 = 1, n_0 = 5, α = 1 − 5·2/(36 − 26) = 0. fambeh never → null.
		expect(w02.stepAlpha.luk).toBeCloseTo(1, 12);
		expect(w02.stepAlpha.bfu).toBeCloseTo(1, 12);
		expect(w02.stepAlpha.tidlig).toBeCloseTo(0, 12);
		expect(w02.stepAlpha.sikring).toBeCloseTo(0, 12);
		expect(w02.stepAlpha.fambeh).toBeNull();
		// r_wg: V2 (2,3) s² = ½ → 1 − ½/2 = 0.75. Modal share V2 = ½.
		// GS: V1 luk ×2 → 0; V2 bfu ×2, tidlig ×1 → 1 − (4+1)/9 = 4/9; V3 sikring ×1 → 0.
		expect(w02.vignettes.V1).toEqual({ rwg: 1, modalShare: 1, giniSimpson: 0 });
		expect(w02.vignettes.V2.rwg).toBeCloseTo(0.75, 12);
		expect(w02.vignettes.V2.modalShare).toBe(0.5);
		expect(w02.vignettes.V2.giniSimpson).toBeCloseTo(4 / 9, 12);
		expect(w02.vignettes.V3).toEqual({ rwg: 1, modalShare: 1, giniSimpson: 0 });

		const w24 = out.waves['2024'];
		// Concern V1 (2,2), V2 (3,3), V3 (4,4): perfect agreement → α = 1.
		expect(w24.concernAlpha).toBeCloseTo(1, 12);
		// luk never → null; bfu V1 (1,1) V2 (1,1) V3 (0,0) → 1; tidlig → 1; sikring → 1; fambeh V2 (0,1) alone → 0.
		expect(w24.stepAlpha.luk).toBeNull();
		expect(w24.stepAlpha.bfu).toBeCloseTo(1, 12);
		expect(w24.stepAlpha.tidlig).toBeCloseTo(1, 12);
		expect(w24.stepAlpha.sikring).toBeCloseTo(1, 12);
		expect(w24.stepAlpha.fambeh).toBeCloseTo(0, 12);
		// GS: V1 bfu 2, tidlig 2 → ½; V2 bfu 2, fambeh 1 → 4/9; V3 sikring 2 → 0.
		expect(w24.vignettes.V1).toEqual({ rwg: 1, modalShare: 1, giniSimpson: 0.5 });
		expect(w24.vignettes.V2.giniSimpson).toBeCloseTo(4 / 9, 12);
		expect(w24.vignettes.V3).toEqual({ rwg: 1, modalShare: 1, giniSimpson: 0 });

		expect(Object.keys(out.comparison)).toEqual(['from', 'to', 'concernAlphaDelta', 'ci']);
		expect(out.comparison.from).toBe('2002');
		expect(out.comparison.to).toBe('2024');
		// Δ = 1 − 7/9 = 2/9
		expect(out.comparison.concernAlphaDelta).toBeCloseTo(2 / 9, 12);
		// A resample without V2 gives α = 1 in both waves (Δ = 0), with probability (2/3)³ ≈ 0.30 > 2.5 %,
		// so the lower bound is 0; every defined Δ lies in [0, 2].
		const [lo, hi] = out.comparison.ci;
		expect(lo).toBeCloseTo(0, 12);
		expect(hi).toBeGreaterThan(0);
		expect(hi).toBeLessThanOrEqual(2);
	});

	it('is deterministic (fixed bootstrap seed)', () => {
		expect(results.validAgain!.stdout).toBe(results.valid!.stdout);
	});

	it('BOM, CRLF and quoted fields give the same result', () => {
		expect(ok('bomCrlf')).toEqual(ok('valid'));
	});

	it('one wave → comparison null; --levels changes r_wg', () => {
		const out = ok('single');
		expect(out.comparison).toBeNull();
		// V1 (2,3,2): mean 7/3, s² = (1/9 + 4/9 + 1/9)/2 = 1/3 → 1 − (1/3)/2 = 5/6 with 5 levels
		expect(out.waves['2024'].vignettes.V1.rwg).toBeCloseTo(5 / 6, 12);
		// 6 levels: σ²_EU = 35/12 → 1 − (1/3)/(35/12) = 1 − 4/35 = 31/35
		expect(ok('levels4').waves['2024'].vignettes.V1.rwg).toBeCloseTo(31 / 35, 12);
	});
});

describe('vignet consistency: bad input', () => {
	it('missing or extra columns', () => {
		bad('missingColumn', /^vignet consistency: line 1: missing column "steps"/);
		bad('extraColumn', /^vignet consistency: line 1: unexpected column "note"/);
	});
	it('ragged rows', () => {
		bad('ragged', /^vignet consistency: line 3: expected 5 fields, got 4/);
	});
	it('non-integer, negative or too-high concern', () => {
		bad('concernText', /^vignet consistency: line 5: concern must be an integer level 0–4, got "høj"\n$/);
		bad('concernNegative', /line 2: concern must be an integer level 0–4, got "-1"/);
		bad('concernDecimal', /line 3: concern must be an integer level 0–4, got "2.5"/);
		bad('concernTooHigh', /line 3: concern must be an integer level 0–4, got "5"/);
		bad('concernTooHighForLevels', /line 12: concern must be an integer level 0–3, got "4"/);
	});
	it('duplicate rows name both lines', () => {
		bad('duplicate', /line 5: duplicate row for wave "2024", municipality "K1", vignette "V1" \(also on line 2\)/);
	});
	it('empty file, header only, missing file', () => {
		bad('empty', /line 1: the file is empty/);
		bad('headerOnly', /line 2: no assessment rows/);
		bad('missingFile', /cannot read ".*does-not-exist\.csv": no such file/);
	});
	it('unknown option, no file, bad option value', () => {
		bad('unknownOption', /unknown option --bogus/);
		bad('noFile', /missing FILE\.csv/);
		bad('badLevels', /--levels must be an integer ≥ 2, got "x"/);
	});
});
