import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { testDb } from '../../../tests/unit/test-db';
import * as table from './db/schema';
import { createStudy } from './studies';
import { UserError } from './errors';
import { newId } from './ids';
import { parseTranscript } from '../transcripts/node';
import type { ParsedTranscript } from '../transcripts';
import {
	addSection,
	addTranscriptVersion,
	getTranscriptVersionText,
	getTranscriptView,
	listTranscripts,
	parseUpload,
	removeSection,
	setSectionVignette,
	storeTranscript,
	suggestVignette,
	type StoreTranscriptInput
} from './transcripts';

const TEXT = `# Fokusgruppe K3

## Vignet: kira

Interviewer: Hvad tænker I om Kira?

Karen Hansen: Altså, det er dybt bekymrende <script>alert(1)</script>, og
Sara er enig.

Sara: Ja. Æ, ø og å.

## Vignet: Mads

Interviewer: Og Mads?

Lars: Han skal have en børnefaglig undersøgelse.
`;

async function parse(text: string, filename = 'fg.txt'): Promise<ParsedTranscript> {
	const r = await parseTranscript({ filename, bytes: new TextEncoder().encode(text) });
	if (!r.ok) throw new Error(r.error.message);
	return r.value;
}

function setup() {
	const db = testDb();
	const userId = newId();
	db.insert(table.user).values({ id: userId, username: 'lead' }).run();
	const studyId = createStudy(db, userId, { name: 'S', description: '' });
	const waveId = newId();
	db.insert(table.wave).values({ id: waveId, studyId, label: '2024', year: 2024, sourceKind: 'transcripts' }).run();
	const reportWaveId = newId();
	db.insert(table.wave).values({ id: reportWaveId, studyId, label: '2002', year: 2002, sourceKind: 'reported' }).run();
	const municipalityId = newId();
	db.insert(table.municipality).values({ id: municipalityId, studyId, code: 'K3' }).run();
	const groupId = newId();
	db.insert(table.focusGroup).values({ id: groupId, studyId, waveId, municipalityId, date: '2024-03-12' }).run();
	const otherGroupId = newId();
	db.insert(table.focusGroup).values({ id: otherGroupId, studyId, waveId, municipalityId }).run();
	const saraId = newId();
	db.insert(table.participant).values({ id: saraId, studyId, focusGroupId: groupId, pseudonym: 'Sara', role: 'raadgiver' }).run();
	const strangerId = newId();
	db.insert(table.participant).values({ id: strangerId, studyId, focusGroupId: otherGroupId, pseudonym: 'Bo', role: 'raadgiver' }).run();
	const vignettes: Record<string, string> = {};
	for (const [i, [key, title]] of [['kira', 'Kira, 4 år'], ['mads', 'Mads, 11 år']].entries()) {
		const id = newId();
		vignettes[key] = id;
		db.insert(table.vignette).values({ id, studyId, key, position: i }).run();
		db.insert(table.vignetteRevision)
			.values({ id: newId(), vignetteId: id, revision: 1, title, themes: [], text2002: '', text2024: '', questions: {} })
			.run();
	}
	return { db, userId, studyId, waveId, reportWaveId, groupId, otherGroupId, saraId, strangerId, vignettes };
}

type Setup = ReturnType<typeof setup>;

function input(s: Setup, parsed: ParsedTranscript, extra: Partial<StoreTranscriptInput> = {}): StoreTranscriptInput {
	return {
		focusGroupId: s.groupId,
		waveId: s.waveId,
		kind: 'focus_group',
		title: 'Fokusgruppe K3, 2024',
		parsed,
		source: { filename: 'fg.txt', format: parsed.format, encoding: parsed.encoding ?? 'unicode' },
		speakerMap: { Sara: s.saraId },
		sectionMap: { 0: s.vignettes.kira, 1: s.vignettes.mads },
		newParticipants: { Interviewer: { pseudonym: 'Interviewer', role: 'interviewer' } },
		...extra
	};
}

function counts(s: Setup) {
	return {
		transcripts: s.db.select().from(table.transcript).all().length,
		versions: s.db.select().from(table.transcriptVersion).all().length,
		sections: s.db.select().from(table.transcriptSection).all().length,
		turns: s.db.select().from(table.turn).all().length,
		participants: s.db.select().from(table.participant).all().length
	};
}

describe('storeTranscript', () => {
	let s: Setup;
	beforeEach(() => {
		s = setup();
	});

	it('stores the text, turns with exact offsets, sections and the speaker mapping', async () => {
		const parsed = await parse(TEXT);
		const stored = storeTranscript(s.db, s.userId, s.studyId, input(s, parsed));
		expect(stored).toMatchObject({ version: 1, turns: 5, sections: 2, createdParticipants: 1 });
		const version = getTranscriptVersionText(s.db, s.studyId, stored.versionId)!;
		expect(version.text).toBe(parsed.text);
		const turns = s.db.select().from(table.turn).where(eq(table.turn.versionId, stored.versionId)).orderBy(table.turn.index).all();
		turns.forEach((t, i) => expect(version.text.slice(t.start, t.end)).toBe(parsed.text.slice(parsed.turns[i].start, parsed.turns[i].end)));
		expect(version.text.slice(turns[2].start, turns[2].end)).toBe('Ja. Æ, ø og å.');
		expect(turns[2].participantId).toBe(s.saraId);
		expect(turns[1].participantId).toBeNull(); // Karen Hansen: not mapped
		const interviewer = s.db.select().from(table.participant).where(eq(table.participant.pseudonym, 'Interviewer')).get()!;
		expect(interviewer).toMatchObject({ focusGroupId: s.groupId, role: 'interviewer' });
		expect(turns[0].participantId).toBe(interviewer.id);
		expect(turns[3].participantId).toBe(interviewer.id);

		const view = getTranscriptView(s.db, s.studyId, stored.transcriptId)!;
		expect(view.sections.map((x) => [x.label, x.vignetteKey, x.firstTurn, x.lastTurn])).toEqual([
			['kira', 'kira', 0, 2],
			['Mads', 'mads', 3, 4]
		]);
		expect(view.turns.map((t) => t.sectionId)).toEqual([...Array(3).fill(view.sections[0].id), ...Array(2).fill(view.sections[1].id)]);
		expect(view.turns[1].text).toContain('<script>alert(1)</script>');
		expect(view.header).toMatchObject({ municipalityCode: 'K3', waveLabel: '2024', groupDate: '2024-03-12' });
		expect(view.speakers.map((x) => [x.name, x.role, x.turns])).toEqual([
			['Interviewer', 'interviewer', 2],
			['Karen Hansen', null, 1],
			['Sara', 'raadgiver', 1],
			['Lars', null, 1]
		]);

		const audit = s.db.select().from(table.auditLog).where(eq(table.auditLog.entity, 'transcript')).all();
		expect(audit).toHaveLength(1);
		expect(audit[0].action).toBe('import');
	});

	it('filters the view by speaker and by vignette', async () => {
		const stored = storeTranscript(s.db, s.userId, s.studyId, input(s, await parse(TEXT)));
		const bySpeaker = getTranscriptView(s.db, s.studyId, stored.transcriptId, { speaker: 'Interviewer' })!;
		expect(bySpeaker.turns.map((t) => t.index)).toEqual([0, 3]);
		const byVignette = getTranscriptView(s.db, s.studyId, stored.transcriptId, { vignetteId: s.vignettes.mads })!;
		expect(byVignette.turns.map((t) => t.index)).toEqual([3, 4]);
		const both = getTranscriptView(s.db, s.studyId, stored.transcriptId, { speaker: 'Interviewer', vignetteId: s.vignettes.kira })!;
		expect(both.turns.map((t) => t.index)).toEqual([0]);
		expect(both.version?.turnCount).toBe(5);
	});

	it('applies the pseudonym table to text and labels, and keeps offsets exact', async () => {
		s.db.insert(table.pseudonymEntry).values({ id: newId(), studyId: s.studyId, realName: 'Karen Hansen', pseudonym: 'Lotte' }).run();
		s.db.insert(table.pseudonymEntry).values({ id: newId(), studyId: s.studyId, realName: 'Sara', pseudonym: 'Mette' }).run();
		const parsed = await parse(TEXT);
		// The mapping may name the label as in the file ('Sara') or as pseudonymised ('Mette').
		const stored = storeTranscript(s.db, s.userId, s.studyId, input(s, parsed));
		expect(stored.replacements).toBe(3); // label Karen Hansen, 'Sara er enig', label Sara
		const view = getTranscriptView(s.db, s.studyId, stored.transcriptId)!;
		const text = getTranscriptVersionText(s.db, s.studyId, stored.versionId)!.text;
		expect(text).not.toMatch(/Karen|Sara/);
		expect(text).toContain('Mette er enig');
		expect(view.turns[1].speakerLabel).toBe('Lotte');
		expect(view.turns[2].speakerLabel).toBe('Mette');
		expect(view.turns[2].participantId).toBe(s.saraId);
		for (const t of view.turns) expect(text.slice(t.start, t.end)).toBe(t.text);
		expect(view.turns[1].text.startsWith('Altså')).toBe(true);
	});

	it('refuses a participant of another group and stores nothing', async () => {
		const before = counts(s);
		expect(() => storeTranscript(s.db, s.userId, s.studyId, input(s, {} as never))).toThrow();
		const parsed = await parse(TEXT);
		expect(() => storeTranscript(s.db, s.userId, s.studyId, input(s, parsed, { speakerMap: { Sara: s.strangerId } }))).toThrow(UserError);
		expect(counts(s)).toEqual(before);
	});

	it('is all or nothing: a failing insert late in the transaction leaves nothing (no new participant either)', async () => {
		const before = counts(s);
		const parsed = await parse(TEXT);
		// A vignette of another study is only detected after participants were created.
		expect(() =>
			storeTranscript(s.db, s.userId, s.studyId, input(s, parsed, { sectionMap: { 0: 'nope' } }))
		).toThrow(UserError);
		// A broken turn (null offset) fails in the database itself, after the version was inserted.
		const broken = { ...parsed, turns: parsed.turns.map((t, i) => (i === 4 ? { ...t, start: null as never } : t)) };
		expect(() => storeTranscript(s.db, s.userId, s.studyId, input(s, broken))).toThrow();
		expect(counts(s)).toEqual(before);
		expect(s.db.select().from(table.auditLog).where(eq(table.auditLog.entity, 'transcript')).all()).toHaveLength(0);
	});

	it('composes inside a caller transaction', async () => {
		const parsed = await parse(TEXT);
		expect(() =>
			s.db.transaction((tx) => {
				storeTranscript(tx, s.userId, s.studyId, input(s, parsed));
				throw new Error('caller fails');
			})
		).toThrow('caller fails');
		expect(counts(s).transcripts).toBe(0);
	});

	it('stores a report source attached to a reported wave with free labels', async () => {
		const parsed = await parse('Sagsbehandler 4: Vi lukker sagen.\n\nLeder: Det er ledelsens ansvar.\n');
		const stored = storeTranscript(s.db, s.userId, s.studyId, {
			focusGroupId: null,
			waveId: s.reportWaveId,
			kind: 'report',
			title: 'Tærskler for anbringelse, kap. 5',
			parsed,
			source: { filename: 'rapport.txt', format: 'text', encoding: 'utf-8' },
			speakerMap: {},
			sectionMap: {},
			speakerLabels: { Leder: 'Leder af familieafdeling' }
		});
		const view = getTranscriptView(s.db, s.studyId, stored.transcriptId)!;
		expect(view.header).toMatchObject({ kind: 'report', waveLabel: '2002', municipalityCode: null });
		expect(view.turns.map((t) => t.speaker)).toEqual(['Sagsbehandler 4', 'Leder af familieafdeling']);
		expect(listTranscripts(s.db, s.studyId)[0]).toMatchObject({ kind: 'report', turns: 2, words: 7, currentVersion: 1 });
	});

	it('adds a corrected version; the old text stays readable and unchanged', async () => {
		const first = storeTranscript(s.db, s.userId, s.studyId, input(s, await parse(TEXT)));
		const corrected = await parse(TEXT.replace('Han skal have', 'Hun skal have'));
		const interviewerId = getTranscriptView(s.db, s.studyId, first.transcriptId)!.turns[0].participantId;
		const second = addTranscriptVersion(s.db, s.userId, s.studyId, first.transcriptId, {
			parsed: corrected,
			source: { filename: 'fg-rettet.txt', format: 'text', encoding: 'utf-8' },
			speakerMap: { Sara: s.saraId, Interviewer: interviewerId },
			sectionMap: { 0: s.vignettes.kira },
			expectedVersion: 1
		});
		expect(second.version).toBe(2);
		expect(getTranscriptVersionText(s.db, s.studyId, first.versionId)!.text).toContain('Han skal have');
		expect(getTranscriptVersionText(s.db, s.studyId, second.versionId)!.text).toContain('Hun skal have');
		const current = getTranscriptView(s.db, s.studyId, first.transcriptId)!;
		expect(current.version?.version).toBe(2);
		expect(current.versions).toHaveLength(2);
		expect(getTranscriptView(s.db, s.studyId, first.transcriptId, { version: 1 })!.version?.sourceFilename).toBe('fg.txt');
		// A second correction made against version 1 is stale.
		expect(() =>
			addTranscriptVersion(s.db, s.userId, s.studyId, first.transcriptId, {
				parsed: corrected,
				source: { filename: 'x.txt', format: 'text', encoding: 'utf-8' },
				speakerMap: {},
				sectionMap: {},
				expectedVersion: 1
			})
		).toThrow(UserError);
		expect(s.db.select().from(table.transcriptVersion).all()).toHaveLength(2);
	});

	it('edits sections afterwards: assign, split at a turn, remove; stale stamps are refused', async () => {
		const parsed = await parse(TEXT.replace(/^#+ .*$/gm, ''));
		const stored = storeTranscript(s.db, s.userId, s.studyId, input(s, parsed, { sectionMap: {} }));
		let view = getTranscriptView(s.db, s.studyId, stored.transcriptId)!;
		expect(view.sections).toHaveLength(0);
		addSection(s.db, s.userId, s.studyId, { versionId: stored.versionId, firstTurn: 0, vignetteId: s.vignettes.kira, stamp: view.stamp! });
		view = getTranscriptView(s.db, s.studyId, stored.transcriptId)!;
		expect(view.sections.map((x) => [x.firstTurn, x.lastTurn])).toEqual([[0, 4]]);
		const stale = view.stamp!;
		addSection(s.db, s.userId, s.studyId, { versionId: stored.versionId, firstTurn: 3, vignetteId: null, stamp: view.stamp! });
		expect(() =>
			addSection(s.db, s.userId, s.studyId, { versionId: stored.versionId, firstTurn: 2, vignetteId: null, stamp: stale })
		).toThrow(UserError);
		view = getTranscriptView(s.db, s.studyId, stored.transcriptId)!;
		expect(view.sections.map((x) => [x.firstTurn, x.lastTurn, x.vignetteKey])).toEqual([
			[0, 2, 'kira'],
			[3, 4, null]
		]);
		setSectionVignette(s.db, s.userId, s.studyId, { versionId: stored.versionId, sectionId: view.sections[1].id, vignetteId: s.vignettes.mads, stamp: view.stamp! });
		view = getTranscriptView(s.db, s.studyId, stored.transcriptId, { vignetteId: s.vignettes.mads })!;
		expect(view.turns.map((t) => t.index)).toEqual([3, 4]);
		const text = getTranscriptVersionText(s.db, s.studyId, stored.versionId)!.text;
		expect(text).toBe(parsed.text); // the text never changes
		expect(() =>
			addSection(s.db, s.userId, s.studyId, { versionId: stored.versionId, firstTurn: 3, vignetteId: null, stamp: view.stamp! })
		).toThrow(UserError);
		removeSection(s.db, s.userId, s.studyId, { versionId: stored.versionId, sectionId: view.sections[1].id, stamp: view.stamp! });
		view = getTranscriptView(s.db, s.studyId, stored.transcriptId)!;
		expect(view.sections.map((x) => [x.firstTurn, x.lastTurn])).toEqual([[0, 4]]);
		expect(new Set(view.turns.map((t) => t.sectionId))).toEqual(new Set([view.sections[0].id]));
	});

	it('hides other studies’ transcripts', async () => {
		const stored = storeTranscript(s.db, s.userId, s.studyId, input(s, await parse(TEXT)));
		const otherStudy = createStudy(s.db, s.userId, { name: 'Other', description: '' });
		expect(getTranscriptView(s.db, otherStudy, stored.transcriptId)).toBeUndefined();
		expect(getTranscriptVersionText(s.db, otherStudy, stored.versionId)).toBeUndefined();
		expect(listTranscripts(s.db, otherStudy)).toEqual([]);
	});
});

describe('parseUpload', () => {
	const file = (bytes: Uint8Array | string, name: string) => new File([bytes as BlobPart], name);
	const code = async (f: File | null) => {
		try {
			await parseUpload(f);
			return 'ok';
		} catch (e) {
			return (e as UserError).code;
		}
	};

	it('gives a specific message for each kind of bad file', async () => {
		expect(await code(null)).toBe('error.transcript_no_file');
		expect(await code(file('', 'tom.txt'))).toBe('error.transcript_empty_file');
		expect(await code(file(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'falsk.docx'))).toBe(
			'error.transcript_not_docx_detected'
		);
		expect(await code(file('Bare noget tekst uden talere.\n', 'x.txt'))).toBe('error.transcript_no_turns');
		expect(await code(file(new Uint8Array(21 * 1024 * 1024), 'stor.txt'))).toBe('error.transcript_too_large');
	});

	it('reads Windows-1252 with æøå intact', async () => {
		const bytes = new Uint8Array([...new TextEncoder().encode('Sara: '), 0xe6, 0xf8, 0xe5, 0x20, 0xc6, 0xd8, 0xc5, 0x0a]);
		const parsed = await parseUpload(file(bytes, 'cp.txt'));
		expect(parsed.encoding).toBe('windows-1252');
		expect(parsed.text).toBe('æøå ÆØÅ');
	});
});

describe('suggestVignette', () => {
	const vs = [
		{ id: 'a', key: 'kira', title: 'Kira, 4 år', position: 0 },
		{ id: 'b', key: 'nyfoedt', title: 'Ung mor med nyfødt', position: 1 }
	];
	it('matches by key, title, name part and number', () => {
		expect(suggestVignette('kira', vs)).toBe('a');
		expect(suggestVignette('Kira', vs)).toBe('a');
		expect(suggestVignette('Vignet: Kira', vs)).toBe('a');
		expect(suggestVignette('Ung mor med nyfødt', vs)).toBe('b');
		expect(suggestVignette('Vignet 2', vs)).toBe('b');
		expect(suggestVignette('Vignet 2', vs, ['b', 'a'])).toBe('a');
		expect(suggestVignette('Mads', vs)).toBeNull();
	});
});
