// Agreement engine throughput (figures printed next to the targets of agreement.md §4; never asserted).
import {
	alphaFromCoincidence,
	binaryAgreement,
	binaryAgreementSparse,
	bootstrapAlphaEncoded,
	coincidenceFromCodes,
	cohenKappa,
	createRng,
	crossTable,
	pooledBinary,
	type EncodedRatings
} from '../../src/lib/agreement/index';

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

function time(fn: () => unknown, warmup = 3, runs = 7): number {
	for (let i = 0; i < warmup; i++) fn();
	const ts: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		fn();
		ts.push(performance.now() - t0);
	}
	return median(ts);
}

function randomCodes(units: number, coders: number, q: number, seed: number): Int32Array {
	const rng = createRng(seed);
	const codes = new Int32Array(units * coders);
	for (let u = 0; u < units; u++) {
		const truth = Math.floor(rng() * q);
		for (let c = 0; c < coders; c++) codes[u * coders + c] = rng() < 0.8 ? truth : Math.floor(rng() * q);
	}
	return codes;
}

const fmt = (x: number) => (x >= 1e6 ? `${(x / 1e6).toFixed(1)} M` : x.toFixed(0));

export async function run(): Promise<void> {
	const q = 20;
	for (const [units, coders, target] of [
		[1e6, 2, 20e6],
		[1e6, 4, 10e6],
		[2e5, 10, 0]
	] as const) {
		const codes = randomCodes(units, coders, q, 1);
		let value = 0;
		const ms = time(() => {
			const { o } = coincidenceFromCodes(codes, units, coders, q);
			value = alphaFromCoincidence(o, q, 'nominal', null).value ?? NaN;
		});
		const rate = units / (ms / 1000);
		console.log(
			`α nominal, N = ${units.toExponential(0)}, m = ${coders}, q = ${q}: ${ms.toFixed(1)} ms, ${fmt(rate)} units/s` +
				(target ? `  (target ≥ ${fmt(target)} units/s)` : '') +
				`  [α = ${value.toFixed(4)}]`
		);
	}
	{
		const N = 1e7;
		const codes = randomCodes(N, 2, 5, 2);
		const a = new Int32Array(N);
		const b = new Int32Array(N);
		for (let i = 0; i < N; i++) {
			a[i] = codes[2 * i];
			b[i] = codes[2 * i + 1];
		}
		let k = 0;
		const ms = time(() => (k = cohenKappa(crossTable(a, b, 5)).value ?? NaN), 2, 5);
		console.log(`two-coder κ (with ASE), N = 1e7, q = 5: ${ms.toFixed(1)} ms, ${fmt(N / (ms / 1000))} units/s  (target ≥ 100 M units/s)  [κ = ${k.toFixed(4)}]`);
	}
	{
		const units = 5000;
		const coders = 3;
		const enc: EncodedRatings = { codes: randomCodes(units, coders, 5, 3), units, coders, categories: [0, 1, 2, 3, 4], values: Float64Array.of(0, 1, 2, 3, 4) };
		let r = bootstrapAlphaEncoded(enc, { replicates: 1000, seed: 1 });
		const ms = time(() => (r = bootstrapAlphaEncoded(enc, { replicates: 1000, seed: 1 })), 1, 3);
		console.log(
			`bootstrap α (unit percentile), 1000 replicates, N = 5000, m = 3: ${ms.toFixed(0)} ms  (target < 1000–2000 ms)  [CI ${r.ci?.map((x) => x.toFixed(3)).join('–')}]`
		);
		const msInt = time(() => bootstrapAlphaEncoded(enc, { replicates: 1000, seed: 1, level: 'ordinal' }), 1, 3);
		console.log(`bootstrap α ordinal, same data: ${msInt.toFixed(0)} ms`);
	}
	{
		const turns = 1e5;
		const coders = 10;
		const nCodes = 40;
		const rng = createRng(4);
		const dense = Array.from({ length: nCodes }, (_, ci) => {
			const truth = Uint8Array.from({ length: turns }, () => (rng() < 0.05 ? 1 : 0));
			return {
				key: `code${ci}`,
				coders: Array.from({ length: coders }, () => Uint8Array.from(truth, (t) => (rng() < 0.9 ? t : rng() < 0.02 ? 1 : 0)))
			};
		});
		const sparse = dense.map((c) => ({
			key: c.key,
			coders: c.coders.map((x) => {
				const out: number[] = [];
				for (let t = 0; t < turns; t++) if (x[t]) out.push(t);
				return Int32Array.from(out);
			})
		}));
		const study = (results: ReturnType<typeof binaryAgreement>) => {
			// per-dimension (4 × 10 codes) and overall pooling, as the reliability page does
			for (let d = 0; d < 4; d++) pooledBinary(`dim${d}`, results.slice(d * 10, d * 10 + 10), coders);
			return pooledBinary('all', results, coders);
		};
		let overall = 0;
		const msDense = time(() => (overall = study(binaryAgreement(turns, dense)).alpha.value ?? NaN), 2, 5);
		const msSparse = time(() => study(binaryAgreementSparse(turns, coders, sparse)), 2, 5);
		console.log(`study reliability, 1e5 turns × 10 coders × 40 codes, per-code binary α/κ/AC1 + per-dimension + overall:`);
		console.log(`  dense Uint8Array input: ${msDense.toFixed(0)} ms  (target < 1000 ms; §4 full-project goal < 50 ms)  [overall α = ${overall.toFixed(4)}]`);
		console.log(`  sparse turn-index input: ${msSparse.toFixed(0)} ms  (target < 1000 ms)`);
	}
}
