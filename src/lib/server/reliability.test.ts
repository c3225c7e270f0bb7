import { describe, expect, it } from 'vitest';
import { testDb } from '../../../tests/unit/test-db';
import * as table from './db/schema';
import { krippendorffAlpha, segmentAgreement, unitizedAlpha } from '../agreement';
import { computeReliability, defaultCoders, listReliabilityCoders, selectCodes } from './reliability';
import { listCodes } from './codebook';
import { reliabilityFixture } from './reliability.fixture';

function setup() {
	const db = testDb();
	return { db, ...reliabilityFixture(db) };
}
const row = (rows: { key: string; kind: string }[], key: string) => rows.find((r) => r.key === key) as ReturnType<typeof computeReliability>['rows'][number];

describe('reliability over turns', () => {
	it('reproduces the engine on a hand-made case, per code, dimension and overall', () => {
		const { db, studyId } = setup();
		const r = computeReliability(db, studyId, { coderIds: ['A', 'B'], unit: 'turns', replicates: 200 });
		expect(r.rows.map((x) => `${x.kind}:${x.key}`)).toEqual(['dimension:VUR', 'code:VUR.BEK', 'code:VUR.HANDLE', 'dimension:SPA', 'code:SPA.X', 'overall:']);
		// Turns 1–4 (the interviewer's turn 0 is left out). VUR.BEK: A in 1, 2; B in 1, 3.
		const bek = row(r.rows, 'VUR.BEK');
		expect(bek.units).toBe(4);
		expect(bek.percent).toBeCloseTo(0.5, 12);
		expect(bek.prevalence).toBeCloseTo(0.5, 12);
		expect(bek.kappaKind).toBe('cohen');
		expect(bek.kappa?.value).toBeCloseTo(0, 12);
		expect(bek.alpha?.value).toBeCloseTo(krippendorffAlpha([[0, 0], [1, 1], [1, 0], [0, 1]]).value!, 12);
		expect(bek.alphaBand).toBe('unreliable');
		expect(bek.ci).not.toBeNull();
		// VUR present when any code is: A in 1, 2, 3; B in 1, 3.
		expect(row(r.rows, 'VUR').alpha?.value).toBeCloseTo(krippendorffAlpha([[1, 1], [1, 0], [1, 1], [0, 0]]).value!, 12);
		expect(row(r.rows, 'VUR.HANDLE').alpha?.value).toBe(1);
		expect(row(r.rows, 'VUR.HANDLE').alphaBand).toBe('reliable');
		expect(row(r.rows, 'VUR.HANDLE').kappaBand).toBe('almost_perfect');
		// Overall pools (turn, code) pairs: 3 codes × 4 turns.
		const overall = r.rows[r.rows.length - 1];
		expect(overall.units).toBe(12);
		expect(overall.ci).toBeNull();
		expect(r.pairs.values[0][1]).toEqual(overall.alpha);
	});

	it('explains an undefined coefficient instead of showing NaN', () => {
		const { db, studyId, coding } = setup();
		db.insert(table.code).values({ id: 'never', studyId, parentId: 'spa', key: 'SPA.Y', name: 'Aldrig', keywords: [], position: 1 }).run();
		coding('A', 'spa1', 25, 28); // keeps A and B as raters
		const r = computeReliability(db, studyId, { coderIds: ['A', 'B'], unit: 'turns', replicates: 0 });
		const never = row(r.rows, 'SPA.Y');
		expect(never.alpha).toEqual({ value: null, code: 'no_variation' });
		expect(never.alphaBand).toBeNull();
		expect(JSON.stringify(r.rows)).not.toContain('NaN');
	});

	it('includes the interviewer only when asked, and turns need the chosen share', () => {
		const { db, studyId, coding } = setup();
		coding('A', 'bek', 2, 5);
		expect(row(computeReliability(db, studyId, { coderIds: ['A', 'B'], unit: 'turns', replicates: 0 }).rows, 'VUR.BEK').units).toBe(4);
		const withI = row(computeReliability(db, studyId, { coderIds: ['A', 'B'], unit: 'turns', replicates: 0, includeInterviewer: true }).rows, 'VUR.BEK');
		expect(withI.units).toBe(5);
		// B's 5 characters in turn 3 are 25 % of it: with a 30 % share only turn 1 is B's.
		const share = row(computeReliability(db, studyId, { coderIds: ['A', 'B'], unit: 'turns', replicates: 0, minShare: 0.3 }).rows, 'VUR.BEK');
		expect(share.prevalence).toBeCloseTo(2 / 8, 12); // A: turn 1 (8 chars = 40 %) only, B: turn 1 (70 %) only
	});

	it('counts only coders who coded a transcript as its raters', () => {
		const { db, studyId } = setup();
		db.insert(table.transcript).values({ id: 't2', studyId, kind: 'focus_group', title: 'FG 2', currentVersion: 1 }).run();
		db.insert(table.transcriptVersion).values({ id: 'v2', transcriptId: 't2', version: 1, text: 'x'.repeat(40), sourceFilename: 'y.txt', sourceFormat: 'text', sourceEncoding: 'utf-8' }).run();
		db.insert(table.turn).values([0, 1].map((i) => ({ id: `u${i}`, versionId: 'v2', index: i, speakerLabel: 'Anne', start: i * 20, end: i * 20 + 20 }))).run();
		db.insert(table.coding).values({ id: 'only-a', studyId, versionId: 'v2', codeId: 'bek', coderId: 'A', start: 0, end: 5 }).run();
		const r = computeReliability(db, studyId, { coderIds: ['A', 'B'], unit: 'turns', replicates: 0 });
		expect(r.transcripts.map((t) => [t.title, t.included, t.counts])).toEqual([
			['FG 1', true, [4, 4]],
			['FG 2', false, [1, 0]]
		]);
		expect(row(r.rows, 'VUR.BEK').units).toBe(4);
	});
});

describe('reliability over characters and segments', () => {
	it('unitized α per code equals the engine on the same spans', () => {
		const { db, studyId } = setup();
		const r = computeReliability(db, studyId, { coderIds: ['A', 'B'], unit: 'characters' });
		const u = (coder: string, begin: number, end: number) => ({ coder, category: 'bek', begin, length: end - begin });
		const expected = unitizedAlpha({ begin: 0, length: 100, units: [u('A', 22, 30), u('A', 45, 50), u('B', 21, 35), u('B', 65, 70)], coders: ['A', 'B'] });
		expect(row(r.rows, 'VUR.BEK').alpha?.value).toBeCloseTo(expected.categories.bek.value!, 12);
		expect(row(r.rows, 'VUR.BEK').prevalence).toBeCloseTo((8 + 5 + 14 + 5) / 200, 12);
		expect(row(r.rows, 'VUR.HANDLE').alpha?.value).toBe(1);
		expect(r.replicates).toBe(0);
	});

	it('segment agreement with the threshold', () => {
		const { db, studyId } = setup();
		const r = computeReliability(db, studyId, { coderIds: ['A', 'B'], unit: 'segments', threshold: 0.9 });
		expect(row(r.rows, 'VUR.BEK').segments).toEqual({ agreements: 0, onlyFirst: 2, onlySecond: 2 });
		expect(row(r.rows, 'VUR.HANDLE').segments).toEqual({ agreements: 2, onlyFirst: 0, onlySecond: 0 });
		expect(row(r.rows, 'VUR').segments).toEqual({ agreements: 2, onlyFirst: 2, onlySecond: 2 });
		const engine = segmentAgreement(
			[['A', 'bek', 22, 30], ['A', 'bek', 45, 50], ['A', 'handle', 62, 70], ['A', 'spa1', 85, 95], ['B', 'bek', 21, 35], ['B', 'bek', 65, 70], ['B', 'handle', 62, 70], ['B', 'spa1', 85, 95]].map(
				([coder, code, begin, end]) => ({ coder: coder as string, document: 'v1', code: code as string, begin: begin as number, end: end as number })
			),
			{ threshold: 0.9, coders: ['A', 'B'] }
		);
		const overall = r.rows[r.rows.length - 1];
		expect(overall.percent).toBeCloseTo(engine.total.percent!, 12);
		expect(overall.kappa?.value).toBeCloseTo(engine.kappa.value!, 12);
		// A lower threshold matches VUR.BEK's first pair (8/14 ≈ 0.57).
		expect(row(computeReliability(db, studyId, { coderIds: ['A', 'B'], unit: 'segments', threshold: 0.5 }).rows, 'VUR.BEK').segments?.agreements).toBe(2);
	});
});

describe('choices', () => {
	it('defaults to the two coders with most codings, never the consensus coder', () => {
		const { db, studyId, coding } = setup();
		db.insert(table.user).values({ id: 'consensus', username: 'konsensus', passwordHash: null, isSystem: true }).run();
		for (let i = 0; i < 10; i++) coding('consensus', 'bek', i, i + 1);
		coding('B', 'spa1', 25, 28);
		const coders = listReliabilityCoders(db, studyId);
		expect(coders.map((c) => c.name)).toEqual(['bodil', 'anna', 'konsensus']);
		expect(defaultCoders(coders)).toEqual(['B', 'A']);
	});
	it('expands a chosen dimension to its codes', () => {
		const { db, studyId } = setup();
		const sel = selectCodes(listCodes(db, studyId), ['vur']);
		expect(sel.codes.map((c) => c.key)).toEqual(['VUR.BEK', 'VUR.HANDLE']);
		expect(sel.dimensions.map((d) => d.dimension.key)).toEqual(['VUR']);
		expect(selectCodes(listCodes(db, studyId), ['spa1']).dimensions.map((d) => d.members)).toEqual([['spa1']]);
	});
});
