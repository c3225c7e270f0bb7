import { beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { setupCorpus, storeVersion } from '../../../tests/unit/corpus-fixture';
import * as table from './db/schema';
import { createStudy } from './studies';
import { createCoding, type Viewer } from './codings';
import { UserError } from './errors';
import {
	codeHits,
	corpusCacheStats,
	getStudyCorpus,
	groupFrequencies,
	invalidateStudyCorpus,
	parseHitRef,
	searchStudy,
	selectionFor,
	studyKeyness
} from './textindex';

function errorCode(fn: () => unknown): string | undefined {
	try {
		fn();
	} catch (e) {
		if (e instanceof UserError) return e.code;
		throw e;
	}
}

beforeEach(() => invalidateStudyCorpus());

describe('corpus index cache', () => {
	it('reuses the index while the current versions are the same, and rebuilds for a new version', async () => {
		const { db, studyId } = await setupCorpus();
		const before = corpusCacheStats().builds;
		const a = getStudyCorpus(db, studyId);
		const b = getStudyCorpus(db, studyId);
		expect(corpusCacheStats().builds).toBe(before + 1);
		expect(b.index).toBe(a.index);
		expect(a.docs.map((d) => d.versionId)).toEqual(['v1', 'v2']);

		storeVersion(db, 't2', 'v2b', 2, [{ speaker: 'Bo', participant: 'p-bo', vignette: null, text: 'Nu med en ny undersøgelse.' }]);
		const c = getStudyCorpus(db, studyId);
		expect(corpusCacheStats().builds).toBe(before + 2);
		expect(c.index).not.toBe(a.index);
		expect(c.docs.map((d) => d.versionId)).toEqual(['v1', 'v2b']);
		expect(getStudyCorpus(db, studyId).index).toBe(c.index);
	});

	it('keeps only a few studies (least recently used goes first)', async () => {
		const { db, lead } = await setupCorpus();
		const ids = Array.from({ length: 6 }, (_, i) => createStudy(db, lead.id, { name: `S${i}`, description: '' }));
		for (const id of ids) getStudyCorpus(db, id);
		const { studies } = corpusCacheStats();
		expect(studies.length).toBeLessThanOrEqual(4);
		expect(studies).toContain(ids[5]);
		expect(studies).not.toContain(ids[0]);
	});
});

describe('filters → ranges', () => {
	it('selects transcripts by wave and municipality, turns by vignette, role and code', async () => {
		const { db, studyId, anna, lead, v1, v2 } = await setupCorpus();
		const corpus = getStudyCorpus(db, studyId);
		const annaV: Viewer = { userId: anna.id, role: 'coder' };
		const sel = (f: Parameters<typeof selectionFor>[3], viewer: Viewer = annaV) => selectionFor(db, studyId, corpus, f, viewer, true);

		expect(sel({}).docs).toEqual(['v1', 'v2']);
		expect(sel({}).ranges.get('v1')).toEqual(v1.spans);
		expect(sel({ waveId: 'w24' }).docs).toEqual(['v2']);
		expect(sel({ municipalityId: 'k1' }).docs).toEqual(['v1']);
		expect(sel({ vignetteId: 'vB' }).docs).toEqual(['v2']);
		expect(sel({ role: 'raadgiver' }).ranges).toEqual(new Map([['v1', [v1.spans[1]]], ['v2', [v2.spans[0]]]]));
		expect(sel({ role: 'interviewer' }).ranges).toEqual(new Map([['v1', [v1.spans[0]]]]));

		// Code filter: the dimension includes its sub-codes; blind coders see only their own codings.
		createCoding(db, lead.id, studyId, { versionId: 'v2', codeId: 'bek', start: v2.spans[1].start, end: v2.spans[1].start + 10 });
		expect(sel({ codeId: 'dim' }).docs).toEqual([]);
		expect(sel({ codeId: 'dim' }, { userId: lead.id, role: 'lead' }).ranges).toEqual(new Map([['v2', [v2.spans[1]]]]));
		createCoding(db, anna.id, studyId, { versionId: 'v1', codeId: 'bek', start: v1.spans[1].start, end: v1.spans[1].start + 5 });
		expect(sel({ codeId: 'dim' }).ranges).toEqual(new Map([['v1', [v1.spans[1]]]]));
		expect(selectionFor(db, studyId, corpus, { codeId: 'dim' }, annaV, false).docs).toEqual(['v1', 'v2']);
	});

	it('a stem search finds every inflection in both waves, with speaker and filters', async () => {
		const { db, studyId, anna } = await setupCorpus();
		const viewer = { userId: anna.id, role: 'coder' as const };
		const r = searchStudy(db, studyId, viewer, true, { query: '~undersøgelse' });
		expect(r.mode).toBe('stem');
		expect(r.rows.map((h) => h.hit)).toEqual(['undersøgelsen', 'undersøgelse', 'Undersøgelser', 'undersøger']);
		expect(r.rows.map((h) => h.waveLabel)).toEqual(['2002', '2002', '2024', '2024']);
		expect(r.rows[1]).toMatchObject({ speaker: 'Anne', role: 'raadgiver', left: 'Vi laver en børnefaglig ', right: '. Mor er bekymret for barnet.' });
		expect(searchStudy(db, studyId, viewer, true, { query: 'undersøgelse' }).total).toBe(1);
		expect(searchStudy(db, studyId, viewer, true, { query: 'undersøgelse', match: 'stem' }).total).toBe(4);
		expect(searchStudy(db, studyId, viewer, true, { query: '~undersøgelse', filters: { role: 'interviewer' } }).total).toBe(1);
		expect(searchStudy(db, studyId, viewer, true, { query: 'undersøg*' }).total).toBe(4);
		const sorted = searchStudy(db, studyId, viewer, true, { query: 'bekymret', sort: 'right1' });
		expect(sorted.rows.map((h) => h.title)).toEqual(['FG 2002 K1', 'FG 2024 K2']);
		expect(errorCode(() => searchStudy(db, studyId, viewer, true, { query: '"på gruppen' }))).toBe('error.nlp_unbalanced_quote');
		expect(errorCode(() => searchStudy(db, studyId, viewer, true, { query: '  ' }))).toBe('error.nlp_empty_query');
		expect(errorCode(() => searchStudy(db, studyId, viewer, true, { query: '**' }))).toBe('error.nlp_wildcard_too_broad');
	});
});

describe('coding from concordance hits', () => {
	it('codes the sentence or the turn of each hit, reports duplicates, and is all-or-nothing', async () => {
		const { db, studyId, anna, v1, v2 } = await setupCorpus();
		const viewer = { userId: anna.id, role: 'coder' as const };
		const hits = searchStudy(db, studyId, viewer, true, { query: 'bekymret' }).rows;
		expect(hits).toHaveLength(2);
		const refs = hits.map((h) => ({ versionId: h.versionId, start: h.start, end: h.end }));
		const out = codeHits(db, anna.id, studyId, { codeId: 'bek', unit: 'sentence', hits: refs });
		expect(out.map((o) => o.status)).toEqual(['created', 'created']);
		expect(v1.spans[1].start + 'Vi laver en børnefaglig undersøgelse. '.length).toBe(out[0].unitStart);
		expect(out[0].unitEnd).toBe(v1.spans[1].end);
		expect(out[1]).toMatchObject({ unitStart: v2.spans[1].start, unitEnd: v2.spans[1].start + 'Jeg er bekymret for barnet.'.length });

		// Again: both already coded; as turns: new codings of the whole turn.
		expect(codeHits(db, anna.id, studyId, { codeId: 'bek', unit: 'sentence', hits: refs }).map((o) => o.status)).toEqual(['duplicate', 'duplicate']);
		const turns = codeHits(db, anna.id, studyId, { codeId: 'bek', unit: 'turn', hits: [refs[0], refs[0]] });
		expect(turns.map((o) => o.status)).toEqual(['created', 'duplicate']);
		expect(turns[0]).toMatchObject({ unitStart: v1.spans[1].start, unitEnd: v1.spans[1].end });
		const count = () => db.select().from(table.coding).where(eq(table.coding.coderId, anna.id)).all().length;
		expect(count()).toBe(3);

		// One bad hit refuses the whole batch.
		const fresh = searchStudy(db, studyId, viewer, true, { query: 'sagen' }).rows[0];
		expect(errorCode(() => codeHits(db, anna.id, studyId, { codeId: 'spa', unit: 'turn', hits: [fresh, { versionId: 'nope', start: 0, end: 3 }] }))).toBe('error.analysis_hit_gone');
		expect(errorCode(() => codeHits(db, anna.id, studyId, { codeId: 'zzz', unit: 'turn', hits: [fresh] }))).toBe('error.code_not_found');
		expect(count()).toBe(3);
		expect(db.select().from(table.coding).where(and(eq(table.coding.coderId, anna.id), eq(table.coding.codeId, 'spa'))).all()).toHaveLength(0);
	});

	it('parses hit references from forms strictly', () => {
		expect(parseHitRef('v1:3:10')).toEqual({ versionId: 'v1', start: 3, end: 10 });
		expect(parseHitRef('v1:10:3')).toBeNull();
		expect(parseHitRef('v1:1')).toBeNull();
		expect(parseHitRef("v1';:1:2")).toBeNull();
	});
});

describe('frequencies and keyness', () => {
	it('counts per wave without stopwords, and compares 2024 with 2002', async () => {
		const { db, studyId, lead } = await setupCorpus();
		const viewer = { userId: lead.id, role: 'lead' as const };
		const groups = groupFrequencies(db, studyId, viewer, true, 'wave', { by: 'stem', stopwords: false, minLength: 1, top: 50 });
		expect(groups.map((g) => g.label)).toEqual(['2002', '2024']);
		const g02 = new Map(groups[0].rows.map((r) => [r.term, r.count]));
		expect(g02.get('undersøg')).toBe(2);
		expect(g02.has('i')).toBe(false);
		expect(groups[0].total).toBe(15);
		expect(groups[1].total).toBe(16);

		const k = studyKeyness(db, studyId, viewer, true, { a: 'wave:w24', b: 'wave:w02', by: 'word', stopwords: false, minLength: 1, top: 10, minCount: 1 });
		expect(k.labelA).toBe('2024');
		expect(k.labelB).toBe('2002');
		expect(k.totalA).toBe(16);
		expect(k.totalB).toBe(15);
		// By hand: a = 1 of 16 words, b = 0 of 15; E1 = 16/31, G² = 2·ln(31/16); %DIFF infinite.
		const sparring = k.overA.find((r) => r.term === 'sparring')!;
		expect(sparring.g2).toBeCloseTo(2 * Math.log(31 / 16), 10);
		expect(sparring.percentDiffInfinite).toBe(true);
		expect(k.overA.map((r) => r.term)).toContain('sparring');
		expect(k.overB.map((r) => r.term)).toContain('undersøgelse');
		const rest = studyKeyness(db, studyId, viewer, true, { a: 'municipality:k1', b: 'rest', by: 'word', stopwords: true, minLength: 1, top: 10, minCount: 1 });
		expect(rest.totalA + rest.totalB).toBe(31);
		expect(errorCode(() => studyKeyness(db, studyId, viewer, true, { a: 'wave:w24', b: 'wave:w24', by: 'word', stopwords: false, minLength: 1, top: 10, minCount: 1 }))).toBe('error.analysis_same_sets');
		expect(errorCode(() => studyKeyness(db, studyId, viewer, true, { a: 'wave:zz', b: 'rest', by: 'word', stopwords: false, minLength: 1, top: 10, minCount: 1 }))).toBe('error.analysis_set_unknown');
	});

	it('groups by code use the coded passages the viewer may see', async () => {
		const { db, studyId, anna, bo, v2 } = await setupCorpus();
		createCoding(db, bo.id, studyId, { versionId: 'v2', codeId: 'spa', start: v2.spans[1].start + 28, end: v2.spans[1].end });
		const asAnna = groupFrequencies(db, studyId, { userId: anna.id, role: 'coder' }, true, 'code', { by: 'word', stopwords: false, minLength: 1, top: 5 });
		expect(asAnna).toEqual([]);
		const asBo = groupFrequencies(db, studyId, { userId: bo.id, role: 'coder' }, true, 'code', { by: 'word', stopwords: false, minLength: 1, top: 5 });
		expect(asBo.map((g) => g.label)).toEqual(['SPA Sparring']);
		expect(asBo[0].rows.map((r) => r.term).sort()).toEqual(['gruppemødet', 'hjælper', 'sparring']);
	});
});
