// The `agreement` and `unitized` commands, called through run() with captured output (and once through the real entry point).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run as agreement } from './agreement';
import { run as unitized } from './unitized';

const fx = (name: string) => join(process.cwd(), 'tests/fixtures/agreement', name);

async function call(cmd: (args: string[]) => Promise<number>, args: string[]) {
	let stdout = '';
	let stderr = '';
	vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true));
	vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true));
	const code = await cmd(args);
	vi.restoreAllMocks();
	return { code, stdout, stderr };
}

afterEach(() => vi.restoreAllMocks());

describe('vignet agreement', () => {
	it('R1 nominal: every key, full precision', async () => {
		const r = await call(agreement, [fx('r1.csv')]);
		expect(r.code).toBe(0);
		expect(r.stderr).toBe('');
		const j = JSON.parse(r.stdout);
		expect(Object.keys(j)).toEqual(['units', 'coders', 'level', 'percentAgreement', 'krippendorffAlpha', 'fleissKappa', 'gwetAC1', 'brennanPrediger', 'perCategory']);
		expect(j).toMatchObject({ units: 12, coders: 4, level: 'nominal' });
		expect(j.krippendorffAlpha).toBeCloseTo(0.743421052631579, 14);
		expect(j.percentAgreement).toBeCloseTo(0.8181818, 7);
		expect(j.fleissKappa).toBeCloseTo(0.76117, 5);
		expect(j.gwetAC1).toBeCloseTo(0.77544, 5);
		expect(j.brennanPrediger).toBeCloseTo(0.77273, 5);
		expect(j.perCategory['5']).toEqual({ alpha: 1 });
		expect(j.perCategory['1'].alpha).toBeCloseTo(0.7204, 4);
	});
	it('R1 at other levels', async () => {
		for (const [level, alpha] of [['ordinal', 0.8154], ['interval', 0.8491], ['ratio', 0.7974]] as const) {
			const j = JSON.parse((await call(agreement, [fx('r1.csv'), '--level', level])).stdout);
			expect(j.level).toBe(level);
			expect(j.krippendorffAlpha).toBeCloseTo(alpha, 4);
		}
		const eq = JSON.parse((await call(agreement, [fx('r1.csv'), '--level=interval'])).stdout);
		expect(eq.krippendorffAlpha).toBeCloseTo(0.8491, 4);
	});
	it('two coders: Cohen κ (weighted) and Scott π (R8 SAS table)', async () => {
		const plain = JSON.parse((await call(agreement, [fx('r8-sas.csv')])).stdout);
		expect(plain.cohenKappa.value).toBeCloseTo(0.4842, 4);
		expect(plain.cohenKappa.se).toBeCloseTo(0.138, 4);
		expect(plain.cohenKappa.ci[0]).toBeCloseTo(0.2137, 4);
		expect(plain.scottPi).toBeTypeOf('number');
		const lin = JSON.parse((await call(agreement, [fx('r8-sas.csv'), '--level', 'ordinal', '--weights', 'linear'])).stdout);
		expect(lin.cohenKappa.value).toBeCloseTo(0.4701, 4);
		expect(lin.cohenKappa.ci[1]).toBeCloseTo(0.7558, 4);
	});
	it('BOM, CRLF and quoted fields', async () => {
		const r = await call(agreement, [fx('bom-crlf-quoted.csv')]);
		expect(r.code).toBe(0);
		const j = JSON.parse(r.stdout);
		expect(j.units).toBe(4);
		expect(Object.keys(j.perCategory).sort()).toEqual(['a', 'b, quoted', 'say "hi"']);
	});
	it.each([
		[['ragged.csv'], /line 5: expected 3 fields, found 2/],
		[['non-numeric.csv', '--level', 'interval'], /line 3: 'x' in column 'A' is not a number/],
		[['empty.csv'], /empty file/],
		[['missing.csv'], /cannot read .*missing\.csv.*no such file/],
		[['r1.csv', '--level', 'bogus'], /--level.*'bogus'/],
		[['r1.csv', '--weights', 'cubic'], /--weights.*'cubic'/],
		[['r1.csv', '--frobnicate'], /unknown option '--frobnicate'/],
		[['r1.csv', '--level'], /'--level' needs a value/],
		[[], /missing FILE/]
	])('bad input %j fails with a message and no stdout', async (args, message) => {
		const [file, ...rest] = args as string[];
		const r = await call(agreement, file ? [fx(file), ...rest] : []);
		expect(r.code).not.toBe(0);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(/^vignet agreement: /);
		expect(r.stderr).toMatch(message);
	});
	it('runs through the real entry point', () => {
		const out = execFileSync('npx', ['tsx', 'src/cli/vignet.ts', 'agreement', fx('r1.csv'), '--level', 'interval'], { encoding: 'utf8' });
		expect(JSON.parse(out).krippendorffAlpha).toBeCloseTo(0.8491, 4);
	});
});

describe('vignet unitized', () => {
	it('R9', async () => {
		const r = await call(unitized, [fx('r9.csv'), '--begin', '150', '--length', '300']);
		expect(r.code).toBe(0);
		const j = JSON.parse(r.stdout);
		expect(j.overall).toBeCloseTo(0.858665, 6);
		expect(j.categories.c.alpha).toBeCloseTo(0.728599, 6);
		expect(j.categories.c.observed).toBeCloseTo(0.0144444, 7);
		expect(j.categories.c.expected).toBeCloseTo(0.0532218, 7);
		expect(j.categories.k).toEqual({ alpha: 1, observed: 0, expected: expect.closeTo(0.0489786, 7) });
	});
	it.each([
		[['r9.csv', '--begin', '150'], /missing option '--length'/],
		[['r9.csv', '--length', '300'], /missing option '--begin'/],
		[['r9.csv', '--begin', 'x', '--length', '300'], /--begin.*'x' is not a number/],
		[['r9-ragged.csv', '--begin', '150', '--length', '300'], /line 3: expected 4 fields, found 3/],
		[['r9.csv', '--begin', '150', '--length', '100'], /line \d+: unit .* outside the continuum/],
		[['r1.csv', '--begin', '0', '--length', '10'], /line 1: expected header 'coder,category,begin,length'/],
		[['empty.csv', '--begin', '0', '--length', '10'], /empty file/],
		[['r9.csv', '--begin', '0', '--length', '10', '--foo', '1'], /unknown option '--foo'/]
	])('bad input %j fails with a message and no stdout', async (args, message) => {
		const [file, ...rest] = args as string[];
		const r = await call(unitized, [fx(file), ...rest]);
		expect(r.code).not.toBe(0);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(message);
	});
});
