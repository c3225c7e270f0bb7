// Consistency measures: full analyseConsistency runs on study-sized and larger synthetic data.
import { analyseConsistency, type GroupAssessment } from '../../src/lib/consistency';
import { createRng } from '../../src/lib/agreement';

const STEPS = ['luk', 'bfu', 'tidlig', 'fambeh', 'sikring', 'specialteam', 'netvaerk', 'anbringelse', 'uafklaret'];

function synth(wave: string, municipalities: number, vignettes: number, noise: number, seed: number): GroupAssessment[] {
	const rng = createRng(seed);
	const out: GroupAssessment[] = [];
	for (let v = 0; v < vignettes; v++) {
		const base = 1 + (v % 4);
		for (let m = 0; m < municipalities; m++) {
			const jitter = rng() < noise ? Math.floor(rng() * 3) - 1 : 0;
			const steps = STEPS.filter(() => rng() < 0.25);
			out.push({ wave, municipality: `K${m + 1}`, vignette: `V${v + 1}`, concern: Math.min(4, Math.max(0, base + jitter)), steps });
		}
	}
	return out;
}

function time(label: string, f: () => void, repeat = 3): void {
	f();
	const t = performance.now();
	for (let i = 0; i < repeat; i++) f();
	console.log(`${label}: ${((performance.now() - t) / repeat).toFixed(1)} ms`);
}

export async function run(): Promise<void> {
	const study = [...synth('2002', 11, 6, 0.6, 1), ...synth('2024', 7, 6, 0.2, 2)];
	for (const replicates of [1000, 2000, 5000])
		time(`study size (11 + 7 municipalities × 6 vignettes), ${replicates} replicates + ${replicates} permutations`, () =>
			analyseConsistency({ levels: 5, assessments: study, options: { replicates } })
		);
	const large = [...synth('A', 50, 100, 0.5, 3), ...synth('B', 50, 100, 0.3, 4)];
	time('large (50 municipalities × 100 vignettes × 2 waves), 1000 replicates + 1000 permutations', () =>
		analyseConsistency({ levels: 5, assessments: large, options: { replicates: 1000 } }), 1
	);
	time('measures only (study size, 0 replicates)', () => analyseConsistency({ levels: 5, assessments: study, options: { replicates: 0 } }), 20);
}
