// A tiny hand-made study for the reliability and adjudication tests: one transcript of five turns of
// 20 characters (the first the interviewer's), two dimensions, two coders A and B, a lead and a coder.
import type { Db } from './db/client';
import * as table from './db/schema';
import { createStudy } from './studies';

export function reliabilityFixture(db: Db) {
	for (const [id, username] of [['L', 'lead'], ['A', 'anna'], ['B', 'bodil'], ['C', 'carl']])
		db.insert(table.user).values({ id, username, passwordHash: null }).run();
	const studyId = createStudy(db, 'L', { name: 'S', description: '' });
	db.insert(table.membership).values([
		{ studyId, userId: 'A', role: 'coder' },
		{ studyId, userId: 'B', role: 'coder' },
		{ studyId, userId: 'C', role: 'coder' }
	]).run();
	const text = 'Interviewer: hvad nu' + 'Anne: bekymret barn.' + 'Bo: vi må reagere nu' + 'Anne: der skal ske n' + 'Bo: tal med kollegen';
	db.insert(table.transcript).values({ id: 't1', studyId, kind: 'focus_group', title: 'FG 1', currentVersion: 1 }).run();
	db.insert(table.transcriptVersion).values({ id: 'v1', transcriptId: 't1', version: 1, text, sourceFilename: 'x.txt', sourceFormat: 'text', sourceEncoding: 'utf-8' }).run();
	const speakers = ['Interviewer', 'Anne', 'Bo', 'Anne', 'Bo'];
	db.insert(table.turn)
		.values(speakers.map((s, i) => ({ id: `turn${i}`, versionId: 'v1', index: i, speakerLabel: s, start: i * 20, end: i * 20 + 20 })))
		.run();
	db.insert(table.code).values([
		{ id: 'vur', studyId, key: 'VUR', name: 'Vurdering', keywords: [], position: 0 },
		{ id: 'bek', studyId, parentId: 'vur', key: 'VUR.BEK', name: 'Bekymringsgrad', keywords: [], position: 0 },
		{ id: 'handle', studyId, parentId: 'vur', key: 'VUR.HANDLE', name: 'Handle', keywords: [], position: 1 },
		{ id: 'spa', studyId, key: 'SPA', name: 'Sparring', keywords: [], position: 1 },
		{ id: 'spa1', studyId, parentId: 'spa', key: 'SPA.X', name: 'Sparring x', keywords: [], position: 0 }
	]).run();
	let n = 0;
	const coding = (coderId: string, codeId: string, start: number, end: number, memo = '') =>
		db.insert(table.coding).values({ id: `k${++n}`, studyId, versionId: 'v1', codeId, coderId, start, end, memo, createdBy: coderId }).run();
	coding('A', 'bek', 22, 30, 'A ser bekymring');
	coding('A', 'bek', 45, 50);
	coding('A', 'handle', 62, 70);
	coding('A', 'spa1', 85, 95);
	coding('B', 'bek', 21, 35);
	coding('B', 'bek', 65, 70, 'B ser bekymring');
	coding('B', 'handle', 62, 70);
	coding('B', 'spa1', 85, 95);
	return { studyId, text, coding };
}
