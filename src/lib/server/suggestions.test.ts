import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import * as table from './db/schema';
import { createCoding } from './codings';
import { CONSENSUS_USER_ID, ensureConsensusUser } from './users';
import { UserError } from './errors';
import { invalidateStudyCorpus } from './textindex';
import { setupCorpus, storeVersion } from '../../../tests/unit/corpus-fixture';
import { acceptSuggestion, dismissSuggestion, keywordQuality, listSuggestions } from './suggestions';

function errorCode(fn: () => unknown): string | undefined {
	try {
		fn();
	} catch (e) {
		if (e instanceof UserError) return e.code;
		throw e;
	}
}

beforeEach(() => invalidateStudyCorpus());

describe('suggestions', () => {
	it('suggests sentences or turns matching a code’s keywords', async () => {
		const { db, studyId, anna, v2 } = await setupCorpus();
		const viewer = { userId: anna.id, role: 'coder' as const };
		const s = listSuggestions(db, studyId, 'v2', viewer, { unit: 'sentence' });
		expect(s.map((x) => [x.codeKey, v2.text.slice(x.start, x.end)])).toEqual([
			['VUR.BEK', 'Jeg er bekymret for barnet.'],
			['SPA', 'Sparring på gruppemødet hjælper.']
		]);
		expect(s[1].matched).toEqual(['sparring', 'gruppemøde']);
		expect(s[1].hits.map((h) => v2.text.slice(h.start, h.end))).toEqual(['Sparring', 'gruppemødet']);
		const turns = listSuggestions(db, studyId, 'v2', viewer, { unit: 'turn', codeIds: ['spa'] });
		expect(turns).toHaveLength(1);
		expect(turns[0]).toMatchObject({ codeId: 'spa', start: v2.spans[1].start, end: v2.spans[1].end });
		expect(errorCode(() => listSuggestions(db, studyId, 'nope', viewer, { unit: 'turn' }))).toBe('error.not_found');
	});

	it('hides what the viewer dismissed or already coded; accepting makes the viewer’s coding', async () => {
		const { db, studyId, anna, bo } = await setupCorpus();
		const annaV = { userId: anna.id, role: 'coder' as const };
		const boV = { userId: bo.id, role: 'coder' as const };
		const [bek, spa] = listSuggestions(db, studyId, 'v2', annaV, { unit: 'sentence' });

		dismissSuggestion(db, anna.id, studyId, { versionId: 'v2', codeId: bek.codeId, start: bek.start, end: bek.end });
		dismissSuggestion(db, anna.id, studyId, { versionId: 'v2', codeId: bek.codeId, start: bek.start, end: bek.end }); // idempotent
		expect(listSuggestions(db, studyId, 'v2', annaV, { unit: 'sentence' }).map((x) => x.codeId)).toEqual(['spa']);
		expect(listSuggestions(db, studyId, 'v2', boV, { unit: 'sentence' })).toHaveLength(2);

		const coding = acceptSuggestion(db, anna.id, studyId, { versionId: 'v2', codeId: spa.codeId, start: spa.start, end: spa.end });
		expect(coding).toMatchObject({ coderId: anna.id, codeId: 'spa', start: spa.start, end: spa.end });
		expect(listSuggestions(db, studyId, 'v2', annaV, { unit: 'sentence' })).toEqual([]);
		expect(errorCode(() => acceptSuggestion(db, anna.id, studyId, { versionId: 'v2', codeId: spa.codeId, start: spa.start, end: spa.end }))).toBe('error.coding_duplicate');

		// A coding overlapping part of the sentence also hides it (for that code only).
		createCoding(db, bo.id, studyId, { versionId: 'v2', codeId: 'bek', start: bek.start, end: bek.start + 3 });
		expect(listSuggestions(db, studyId, 'v2', boV, { unit: 'sentence' }).map((x) => x.codeId)).toEqual(['spa']);

		expect(errorCode(() => dismissSuggestion(db, anna.id, studyId, { versionId: 'v2', codeId: 'zzz', start: 0, end: 3 }))).toBe('error.code_not_found');
		expect(errorCode(() => dismissSuggestion(db, anna.id, studyId, { versionId: 'v2', codeId: 'bek', start: 5, end: 99999 }))).toBe('error.coding_span_invalid');
		const audit = db.select().from(table.auditLog).where(eq(table.auditLog.entity, 'suggestion')).all();
		expect(audit).toHaveLength(1);
	});

	it('works on an older version too (not in the corpus), and skips keywords that do not parse', async () => {
		const { db, studyId, anna } = await setupCorpus();
		db.update(table.code).set({ keywords: ['"kaputt', 'undersøgelse'] }).where(eq(table.code.id, 'spa')).run();
		storeVersion(db, 't2', 'v2b', 2, [{ speaker: 'Bo', participant: 'p-bo', vignette: null, text: 'Helt ny tekst.' }]);
		const old = listSuggestions(db, studyId, 'v2', { userId: anna.id, role: 'coder' }, { unit: 'turn', codeIds: ['spa'] });
		expect(old).toHaveLength(1);
		expect(old[0].matched).toEqual(['undersøgelse']);
	});
});

describe('keyword quality', () => {
	it('says so when there is no consensus coding yet', async () => {
		const { db, studyId } = await setupCorpus();
		expect(keywordQuality(db, studyId, { unit: 'sentence' }).status).toBe('no_consensus');
	});

	it('scores each code’s keywords against the consensus codings (hand-counted)', async () => {
		const { db, studyId, lead, v1, v2 } = await setupCorpus();
		ensureConsensusUser(db);
		// Consensus: VUR.BEK on Anne's "Mor er bekymret for barnet." (a suggestion too) and on
		// "Vi laver en børnefaglig undersøgelse." (missed by the keywords); SPA on nothing.
		const anne = v1.spans[1];
		const split = anne.start + 'Vi laver en børnefaglig undersøgelse. '.length;
		createCoding(db, lead.id, studyId, { versionId: 'v1', codeId: 'bek', start: split, end: anne.end }, CONSENSUS_USER_ID);
		createCoding(db, lead.id, studyId, { versionId: 'v1', codeId: 'bek', start: anne.start, end: split - 1 }, CONSENSUS_USER_ID);
		// A consensus coding on t2 brings it in: BEK suggested there (false positive), SPA too.
		createCoding(db, lead.id, studyId, { versionId: 'v2', codeId: 'spa', start: v2.spans[0].start, end: v2.spans[0].start + 5 }, CONSENSUS_USER_ID);

		const q = keywordQuality(db, studyId, { unit: 'sentence' });
		if (q.status !== 'ok') throw new Error('expected figures');
		expect(q.transcripts).toBe(2);
		expect(q.unitCount).toBe(7);
		const bek = q.codes.find((c) => c.key === 'VUR.BEK')!;
		// Suggested: "Mor er bekymret…" (v1), "Jeg er bekymret…" (v2); reference: 2 sentences of v1.
		expect(bek).toMatchObject({ suggested: 2, reference: 2, truePositives: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
		const spa = q.codes.find((c) => c.key === 'SPA')!;
		// Suggested: "Sparring på gruppemødet hjælper." (v2); reference: "Undersøgelser tager tid." (v2).
		expect(spa).toMatchObject({ suggested: 1, reference: 1, truePositives: 0, precision: 0, recall: 0, f1: 0 });
		expect(q.micro).toMatchObject({ suggested: 3, reference: 3, truePositives: 1 });
		expect(q.codes.map((c) => c.key).sort()).toEqual(['SPA', 'VUR.BEK']);

		const byTurn = keywordQuality(db, studyId, { unit: 'turn' });
		if (byTurn.status !== 'ok') throw new Error('expected figures');
		expect(byTurn.codes.find((c) => c.key === 'VUR.BEK')).toMatchObject({ suggested: 2, reference: 1, truePositives: 1, precision: 0.5, recall: 1 });
	});
});
