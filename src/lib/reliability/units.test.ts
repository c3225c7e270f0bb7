import { describe, expect, it } from 'vitest';
import { binaryAgreementSparse, bootstrapAlpha, bootstrapAlphaEncoded, cohenKappa, krippendorffAlpha } from '../agreement';
import { buildTurnUnits, clipSpans, coveredTurns, highlight, isInterviewer, mergeSpans, segmentPassages, turnPassages, type CodingLite, type VersionInput } from './units';
import { encodedFromHistogram } from './histogram';
import { readReliabilityParams, reliabilityQuery } from './params';

// Three turns: [0,10) Interviewer, [10,30) Anne, [30,50) Bo.
const turns = [
	{ index: 0, start: 0, end: 10, speaker: 'Interviewer', role: 'interviewer' },
	{ index: 1, start: 10, end: 30, speaker: 'Anne', role: 'raadgiver' },
	{ index: 2, start: 30, end: 50, speaker: 'Bo', role: 'raadgiver' }
];
let n = 0;
const c = (coderId: string, codeId: string, start: number, end: number, memo = ''): CodingLite => ({ id: `c${++n}`, coderId, codeId, start, end, memo });
const version = (codings: CodingLite[], id = 'v1'): VersionInput => ({ versionId: id, textLength: 50, turns, codings });

describe('spans', () => {
	it('merges overlapping spans, touching ones only when asked', () => {
		expect(mergeSpans([{ start: 5, end: 8 }, { start: 0, end: 6 }, { start: 8, end: 9 }])).toEqual([{ start: 0, end: 8 }, { start: 8, end: 9 }]);
		expect(mergeSpans([{ start: 5, end: 8 }, { start: 8, end: 9 }], true)).toEqual([{ start: 5, end: 9 }]);
		expect(clipSpans([{ start: 5, end: 25 }], 10, 30)).toEqual([{ start: 10, end: 25 }]);
	});
	it('finds the turns a span covers, across turns and with a minimum share', () => {
		expect(coveredTurns(turns, [{ start: 25, end: 35 }])).toEqual([1, 2]);
		expect(coveredTurns(turns, [{ start: 29, end: 30 }])).toEqual([1]);
		// 5 of 20 characters = 25 %
		expect(coveredTurns(turns, [{ start: 25, end: 35 }], 0.3)).toEqual([]);
		expect(coveredTurns(turns, [{ start: 12, end: 20 }, { start: 22, end: 30 }], 0.8)).toEqual([1]);
	});
	it('recognises the interviewer by role or by label', () => {
		expect(isInterviewer({ speaker: 'Anne', role: 'interviewer' })).toBe(true);
		expect(isInterviewer({ speaker: 'Interviewer', role: null })).toBe(true);
		expect(isInterviewer({ speaker: 'Anne', role: null })).toBe(false);
	});
	it('highlights spans inside a passage', () => {
		expect(highlight('abcdefghij', 2, 8, [{ start: 4, end: 6 }, { start: 0, end: 3 }])).toEqual([
			{ text: 'c', mark: true },
			{ text: 'd', mark: false },
			{ text: 'ef', mark: true },
			{ text: 'gh', mark: false }
		]);
	});
});

describe('turn units', () => {
	it('marks presence per coder, skips interviewer turns, counts a turn coded twice once', () => {
		const v = version([
			c('A', 'x', 12, 15),
			c('A', 'x', 20, 25), // same turn twice
			c('A', 'x', 2, 5), // interviewer turn
			c('B', 'x', 25, 35), // crosses turns 1 and 2
			c('B', 'y', 40, 45)
		]);
		const tu = buildTurnUnits([v], ['A', 'B'], ['x', 'y']);
		expect(tu.units).toBe(2);
		expect(tu.present.get('x')).toEqual([[0], [0, 1]]);
		expect(tu.present.get('y')).toEqual([[], [1]]);
		const withInterviewer = buildTurnUnits([v], ['A', 'B'], ['x'], { includeInterviewer: true });
		expect(withInterviewer.units).toBe(3);
		expect(withInterviewer.present.get('x')).toEqual([[0, 1], [1, 2]]);
	});
	it('leaves out transcripts fewer than two coders coded and marks non-raters as missing', () => {
		const v1 = version([c('A', 'x', 12, 15), c('B', 'x', 12, 15)], 'v1');
		const v2 = version([c('A', 'x', 12, 15)], 'v2');
		const v3 = version([c('A', 'x', 12, 15), c('C', 'x', 32, 35)], 'v3');
		const tu = buildTurnUnits([v1, v2, v3], ['A', 'B', 'C'], ['x']);
		expect(tu.versions.map((v) => v.included)).toEqual([true, false, true]);
		expect(tu.units).toBe(4);
		expect(Array.from(tu.rated[1])).toEqual([1, 1, 0, 0]);
		expect(Array.from(tu.rated[2])).toEqual([0, 0, 1, 1]);
		expect(tu.present.get('x')).toEqual([[0, 2], [0], [3]]);
	});
	it('gives the engine what reproduces a hand computation', () => {
		// Four turns of interest, two coders: x present for A in turns 1, 2; for B in 1, 3 (one of two transcripts).
		const t4 = [0, 1, 2, 3].map((i) => ({ index: i, start: i * 10, end: i * 10 + 10, speaker: 'P', role: 'raadgiver' }));
		const v: VersionInput = { versionId: 'v', textLength: 40, turns: t4, codings: [c('A', 'x', 10, 12), c('A', 'x', 20, 22), c('B', 'x', 11, 13), c('B', 'x', 30, 31)] };
		const tu = buildTurnUnits([v], ['A', 'B'], ['x']);
		const [r] = binaryAgreementSparse(tu.units, 2, [{ key: 'x', coders: tu.present.get('x')! }], { rated: tu.rated });
		// Table: both 1 (turn 1), A only (turn 2), B only (turn 3), neither (turn 0): po = .5, pe = .5 → κ = 0.
		expect(r.percentAgreement).toBeCloseTo(0.5, 12);
		expect(r.cohenKappa?.value).toBeCloseTo(0, 12);
		expect(r.cohenKappa?.value).toBeCloseTo(cohenKappa([[1, 1], [1, 1]]).value!, 12);
		// α with the general engine on the same matrix.
		const alpha = krippendorffAlpha([[0, 0], [1, 1], [1, 0], [0, 1]]);
		expect(r.alpha.value).toBeCloseTo(alpha.value!, 12);
		expect(r.alpha.value).toBeCloseTo(1 - (7 * 2) / (4 * 4), 12); // 1 − (n−1)·o01·2/(n0·n1) with n = 8
		expect(r.prevalence).toBeCloseTo(0.5, 12);
	});
});

describe('histogram → encoded ratings for the bootstrap', () => {
	it('reproduces α and the bootstrap of the raw matrix', () => {
		const rows = [[0, 0], [1, 1], [1, 0], [0, 1], [0, 0], [0, 0], [1, 1], [0, 0]];
		const [r] = binaryAgreementSparse(8, 2, [{ key: 'x', coders: [[1, 2, 6], [1, 3, 6]] }]);
		const enc = encodedFromHistogram(r.histogram, 2);
		expect(enc.units).toBe(8);
		const fromHist = bootstrapAlphaEncoded(enc, { replicates: 300, seed: 7 });
		expect(fromHist.value).toBeCloseTo(r.alpha.value!, 12);
		// Same multiset of units, different order: the same α; CIs from the same seed are close, not identical.
		const raw = bootstrapAlpha(rows, { replicates: 300, seed: 7 });
		expect(raw.value).toBeCloseTo(fromHist.value!, 12);
		expect(fromHist.ci).not.toBeNull();
	});
});

describe('passages for the disagreements view', () => {
	it('turn units: one coder only is a disagreement, both is agreed, spans clipped to the turn', () => {
		const v = version([c('A', 'x', 25, 35, 'memo A'), c('B', 'x', 12, 14)]);
		const units = turnPassages(v, ['A', 'B'], ['x']);
		expect(units.map((u) => [u.start, u.end, u.agreed])).toEqual([
			[10, 30, true],
			[30, 50, false]
		]);
		expect(units[1].spans).toEqual([[{ start: 30, end: 35 }], []]);
		expect(units[1].codings[0][0].memo).toBe('memo A');
	});
	it('segment units: overlapping segments form one passage; agreed only above the threshold', () => {
		const v = version([c('A', 'x', 10, 20), c('B', 'x', 11, 20), c('A', 'x', 30, 40), c('B', 'x', 35, 45), c('B', 'x', 46, 48)]);
		const units = segmentPassages(v, ['A', 'B'], ['x'], 0.9);
		expect(units.map((u) => [u.start, u.end, u.agreed])).toEqual([
			[10, 20, true],
			[30, 45, false],
			[46, 48, false]
		]);
		expect(segmentPassages(v, ['A', 'B'], ['x'], 0.3).map((u) => u.agreed)).toEqual([true, true, false]);
	});
});

describe('GET parameters', () => {
	it('reads defaults, clamps numbers and round-trips', () => {
		const p = readReliabilityParams(new URL('http://x/?unit=segments&c=a&c=b&c=a&threshold=150&share=abc&reps=999'));
		expect(p).toMatchObject({ unit: 'segments', coderIds: ['a', 'b'], threshold: 100, share: 0, replicates: 200 });
		const again = readReliabilityParams(new URL('http://x/?' + reliabilityQuery({ ...p, replicates: 1000, includeInterviewer: true, codeIds: ['k'] })));
		expect(again).toMatchObject({ unit: 'segments', coderIds: ['a', 'b'], codeIds: ['k'], includeInterviewer: true, replicates: 1000 });
		expect(readReliabilityParams(new URL('http://x/?unit=bogus')).unit).toBe('turns');
	});
});
