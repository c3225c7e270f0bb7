import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { testDb } from '../../../tests/unit/test-db';
import * as table from './db/schema';
import { acceptAgreements, decide, listDisagreements, undoDecision, type DecideInput } from './adjudication';
import { CONSENSUS_USER_ID } from './users';
import { UserError } from './errors';
import { listCoders } from './codings';
import { reliabilityFixture } from './reliability.fixture';

function setup() {
	const db = testDb();
	return { db, ...reliabilityFixture(db) };
}
const lead = { userId: 'L', role: 'lead' as const };
const consensus = (db: ReturnType<typeof testDb>) =>
	db
		.select({ codeId: table.coding.codeId, start: table.coding.start, end: table.coding.end, memo: table.coding.memo })
		.from(table.coding)
		.where(eq(table.coding.coderId, CONSENSUS_USER_ID))
		.orderBy(table.coding.start)
		.all();
const rows = (db: ReturnType<typeof testDb>) => db.select().from(table.adjudication).all();
function errorCode(fn: () => unknown): string | undefined {
	try {
		fn();
	} catch (e) {
		if (e instanceof UserError) return e.code;
		throw e;
	}
}
const unit = (start: number, end: number, codeId = 'bek'): Pick<DecideInput, 'versionId' | 'codeId' | 'start' | 'end' | 'coderIds'> => ({ versionId: 'v1', codeId, start, end, coderIds: ['A', 'B'] });

describe('disagreements', () => {
	it('lists turns where one coder has the code and counts agreements', () => {
		const { db, studyId } = setup();
		const r = listDisagreements(db, studyId, { coderIds: ['A', 'B'], unit: 'turns', viewer: lead, studyBlind: true });
		expect(r.items.map((d) => [d.codeKey, d.start, d.end, d.turnIndex, d.speaker])).toEqual([
			['VUR.BEK', 40, 60, 2, 'Bo'],
			['VUR.BEK', 60, 80, 3, 'Anne']
		]);
		expect(r.items[0].sides[0].pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['i må ']);
		expect(r.items[0].sides[1].spans).toEqual([]);
		expect(r.items[1].sides[1].memos).toEqual(['B ser bekymring']);
		expect(r.overall).toEqual({ disagreements: 2, decided: 0, agreed: 3, agreedAccepted: 0 });
	});
	it('hides other coders’ codings from a coder while the study is blind', () => {
		const { db, studyId } = setup();
		const r = listDisagreements(db, studyId, { coderIds: ['A', 'B'], unit: 'turns', viewer: { userId: 'C', role: 'coder' }, studyBlind: true });
		expect(r.items).toEqual([]);
		db.update(table.transcript).set({ unblinded: true }).run();
		expect(listDisagreements(db, studyId, { coderIds: ['A', 'B'], unit: 'turns', viewer: { userId: 'C', role: 'coder' }, studyBlind: true }).total).toBe(2);
	});
	it('segment units: unmatched passages', () => {
		const { db, studyId } = setup();
		const r = listDisagreements(db, studyId, { coderIds: ['A', 'B'], unit: 'segments', threshold: 0.9, viewer: lead, studyBlind: true });
		expect(r.items.map((d) => [d.start, d.end])).toEqual([
			[21, 35],
			[45, 50],
			[65, 70]
		]);
	});
});

describe('adjudication', () => {
	it('accept, reject, merge and recode write the right consensus codings and rows', () => {
		const { db, studyId } = setup();
		decide(db, 'L', studyId, { ...unit(40, 60), decision: 'accept', source: 0 });
		expect(consensus(db)).toEqual([{ codeId: 'bek', start: 45, end: 50, memo: '' }]);
		decide(db, 'L', studyId, { ...unit(60, 80), decision: 'reject', note: 'ikke bekymring' });
		expect(consensus(db)).toHaveLength(1);
		// Segment unit [21, 35): merge = union of A's [22, 30) and B's [21, 35), memos kept.
		decide(db, 'L', studyId, { ...unit(21, 35), decision: 'merge' });
		expect(consensus(db)[0]).toEqual({ codeId: 'bek', start: 21, end: 35, memo: 'A ser bekymring' });
		decide(db, 'L', studyId, { ...unit(85, 95, 'spa1'), decision: 'recode', recode: { codeId: 'handle', start: 80, end: 100 } });
		expect(consensus(db).map((c) => [c.codeId, c.start, c.end])).toEqual([
			['bek', 21, 35],
			['bek', 45, 50],
			['handle', 80, 100]
		]);
		expect(rows(db).map((r) => r.decision).sort()).toEqual(['accept', 'merge', 'recode', 'reject']);
		expect(rows(db).find((r) => r.decision === 'reject')).toMatchObject({ note: 'ikke bekymring', codingIds: [] });
		expect(listCoders(db, studyId).map((c) => c.username)).toContain('konsensus');
		const audit = db.select().from(table.auditLog).where(eq(table.auditLog.entity, 'adjudication')).all();
		expect(audit).toHaveLength(4);
		const progress = listDisagreements(db, studyId, { coderIds: ['A', 'B'], unit: 'turns', viewer: lead, studyBlind: true });
		expect(progress.overall).toMatchObject({ disagreements: 2, decided: 2 });
		expect(progress.items[0].decision).toMatchObject({ decision: 'accept', source: 0, decidedBy: 'lead' });
	});

	it('refuses a unit decided meanwhile and duplicates nothing', () => {
		const { db, studyId } = setup();
		decide(db, 'L', studyId, { ...unit(40, 60), decision: 'accept', source: 0 });
		expect(errorCode(() => decide(db, 'L', studyId, { ...unit(40, 60), decision: 'merge' }))).toBe('error.adjudication_exists');
		expect(consensus(db)).toHaveLength(1);
		expect(rows(db)).toHaveLength(1);
	});

	it('writes nothing when part of a decision fails (one transaction)', () => {
		const { db, studyId } = setup();
		expect(errorCode(() => decide(db, 'L', studyId, { ...unit(40, 60), decision: 'recode', recode: { codeId: 'bek', start: 40, end: 999 } }))).toBe('error.coding_span_invalid');
		expect(errorCode(() => decide(db, 'L', studyId, { ...unit(40, 60), decision: 'accept' }))).toBe('error.adjudication_source_missing');
		expect(errorCode(() => decide(db, 'L', studyId, { ...unit(40, 60), codeId: 'nope', decision: 'reject' }))).toBe('error.code_not_found');
		expect(errorCode(() => decide(db, 'L', studyId, { ...unit(40, 60), coderIds: ['A', 'A'], decision: 'reject' }))).toBe('error.reliability_same_coders');
		expect(rows(db)).toHaveLength(0);
		expect(consensus(db)).toHaveLength(0);
	});

	it('undo removes the decision and its consensus codings; a second undo is refused', () => {
		const { db, studyId } = setup();
		const { id } = decide(db, 'L', studyId, { ...unit(21, 35), decision: 'merge' });
		undoDecision(db, 'L', studyId, id);
		expect(rows(db)).toHaveLength(0);
		expect(consensus(db)).toHaveLength(0);
		expect(errorCode(() => undoDecision(db, 'L', studyId, id))).toBe('error.adjudication_gone');
		// Decidable again after the undo.
		decide(db, 'L', studyId, { ...unit(21, 35), decision: 'accept', source: 1 });
		expect(consensus(db).map((c) => [c.start, c.end])).toEqual([[21, 35]]);
	});

	it('accepts all agreements once, as the union of both coders’ spans in each turn', () => {
		const { db, studyId } = setup();
		const q = { coderIds: ['A', 'B'] as [string, string], unit: 'turns' as const, viewer: lead, studyBlind: true };
		expect(acceptAgreements(db, 'L', studyId, q)).toBe(3);
		expect(consensus(db).map((c) => [c.codeId, c.start, c.end])).toEqual([
			['bek', 21, 35],
			['handle', 62, 70],
			['spa1', 85, 95]
		]);
		expect(acceptAgreements(db, 'L', studyId, q)).toBe(0);
		expect(listDisagreements(db, studyId, q).overall).toEqual({ disagreements: 2, decided: 0, agreed: 3, agreedAccepted: 3 });
		// The turn-1 unit [20, 40) for VUR.BEK is decided; deciding it again is refused.
		expect(errorCode(() => decide(db, 'L', studyId, { ...unit(20, 40), decision: 'reject' }))).toBe('error.adjudication_exists');
		expect(db.select().from(table.adjudication).where(and(eq(table.adjudication.codeId, 'bek'), eq(table.adjudication.start, 20))).all()).toHaveLength(1);
	});
});

describe('adjudicators', () => {
	it('lets a lead name a coder to adjudicate, and only coders', async () => {
		const { testDb } = await import('../../../tests/unit/test-db');
		const { registerUser } = await import('./users');
		const { createStudy, getMembership } = await import('./studies');
		const { addMemberByUsername, changeRole, setAdjudicator } = await import('./members');
		const { mayAdjudicate } = await import('./authz');
		const db = testDb();
		const lead = await registerUser(db, { username: 'lead', password: 'password-1' });
		const coder = await registerUser(db, { username: 'coder', password: 'password-1' });
		const studyId = createStudy(db, lead.id, { name: 'S', description: '' });
		addMemberByUsername(db, lead.id, studyId, 'coder', 'coder');
		const membership = () => getMembership(db, studyId, coder.id)!;
		expect(mayAdjudicate(membership())).toBe(false);
		setAdjudicator(db, lead.id, studyId, coder.id, true);
		expect(mayAdjudicate(membership())).toBe(true);
		expect(() => setAdjudicator(db, lead.id, studyId, lead.id, true)).toThrow();
		// A coder who becomes a student loses the right.
		changeRole(db, lead.id, studyId, coder.id, 'student');
		expect(membership().adjudicator).toBe(false);
	});
});
