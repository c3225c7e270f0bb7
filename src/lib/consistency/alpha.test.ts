import { describe, expect, it } from 'vitest';
import { createRng, krippendorffAlpha } from '../agreement';
import { alphaOfUnits, alphaSummary, ordinalAlphaOfCoincidence, unitCoincidences } from './alpha';

describe('replicate fast path agrees with the engine', () => {
	it('summed per-unit coincidences give the engine’s ordinal α on random ragged data', () => {
		const rng = createRng(99);
		for (let t = 0; t < 200; t++) {
			const q = 2 + Math.floor(rng() * 5);
			const units = Array.from({ length: 1 + Math.floor(rng() * 8) }, () =>
				Array.from({ length: Math.floor(rng() * 6) }, () => Math.floor(rng() * q))
			);
			const o = new Float64Array(q * q);
			for (const u of units) {
				const c = unitCoincidences(u, q);
				if (c) for (let j = 0; j < c.length; j++) o[j] += c[j];
			}
			const fast = ordinalAlphaOfCoincidence(o, q);
			const engine = krippendorffAlpha(units, { level: 'ordinal' }).value;
			expect(alphaOfUnits(units, 'ordinal')).toBe(engine);
			if (engine === null) expect(fast).toBeNull();
			else expect(fast).toBeCloseTo(engine, 10);
		}
	});
});

describe('alphaSummary', () => {
	it('R1 reference data (Krippendorff 2011), ordinal 0.815, with coverage figures', () => {
		// units × coders (A, B, C, D); null = missing
		const grid = [
			[1, 1, null, 1],
			[2, 2, 3, 2],
			[3, 3, 3, 3],
			[3, 3, 3, 3],
			[2, 2, 2, 2],
			[1, 2, 3, 4],
			[4, 4, 4, 4],
			[1, 1, 2, 1],
			[2, 2, 2, 2],
			[null, 5, 5, 5],
			[null, null, 1, 1],
			[null, 3, null, null]
		];
		const s = alphaSummary(grid, 'ordinal');
		expect(s.value).toBeCloseTo(0.8154, 4);
		// 12 units, 11 pairable; 48 cells of which 7 are empty
		expect(s).toMatchObject({ units: 12, pairableUnits: 11, coders: 4, pairable: 40 });
		expect(s.missingShare).toBeCloseTo(7 / 48, 12);
		expect(s.cautions.map((c) => c.code)).toEqual(['unbalanced_missing']);
	});
});
