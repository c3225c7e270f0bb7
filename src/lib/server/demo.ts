// Stores Vignet's fictional demo study: the six bundled vignettes, the built-in codebook, a 2002 and a
// 2024 wave with municipalities, focus groups, participants and transcripts, two fictional coders'
// codings, and the groups' assessments. Generated deterministically (src/lib/demo), stored in one
// transaction through the same modules the pages use.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from './db/client';
import * as table from './db/schema';
import { generateDemoStudy, summary, DEFAULT_NEXT_STEPS, DEMO_SEED, STEP_CODES, type DemoStudy } from '../demo';
import { parseTextTranscript } from '../transcripts';
import { createStudy } from './studies';
import { installBuiltinCodebook, listCodes } from './codebook';
import { bundledVignetteFiles, findVignetteByKey, importVignetteFiles } from './vignettes';
import { createFocusGroup, createMunicipality, createParticipant, createWave, setGroupVignettes } from './material';
import { storeTranscript } from './transcripts';
import { newId } from './ids';
import { recordAudit } from './audit';
import { UserError } from './errors';

const WAVE_TEXT: Record<'2002' | '2024', { label: string; description: string }> = {
	'2002': {
		label: '2002',
		description:
			'Fiktive fokusgrupper i 11 kommuner, skrevet som efterligning af Egelund & Thomsens undersøgelse. Den rigtige 2002-runde findes kun som publiceret rapport.'
	},
	'2024': {
		label: '2024',
		description: 'Fiktive fokusgrupper i 7 kommuner med rådgivere og faglige ledere, der drøfter alle seks vignetter.'
	}
};

export interface DemoResult {
	studyId: string;
	counts: ReturnType<typeof summary>;
}

/** Creates the demo study with `ownerId` as its lead. */
export function createDemoStudy(db: Db, ownerId: string, seed = DEMO_SEED): DemoResult {
	const demo = generateDemoStudy(seed);
	const studyId = createStudy(db, ownerId, { name: demo.study.name, description: demo.study.description, isDemo: true }, (tx, id) =>
		populate(tx, ownerId, id, demo)
	);
	return { studyId, counts: summary(demo) };
}

function populate(tx: Db, ownerId: string, studyId: string, demo: DemoStudy): void {
	installBuiltinCodebook(tx, ownerId, studyId);
	const outcomes = importVignetteFiles(tx, ownerId, studyId, bundledVignetteFiles());
	const failed = outcomes.find((o) => o.status === 'error');
	if (failed) throw new Error(`demo: bundled vignette ${failed.filename} did not import`);

	const vignetteIds = new Map<string, string>();
	for (const key of demo.vignetteKeys) {
		const v = findVignetteByKey(tx, studyId, key);
		if (!v) throw new Error(`demo: no bundled vignette with key ${key}`);
		vignetteIds.set(key, v.id);
	}

	const waveIds = new Map<string, string>();
	for (const w of demo.waves) {
		waveIds.set(w.key, createWave(tx, ownerId, studyId, { label: WAVE_TEXT[w.key].label, year: w.year, description: w.description || WAVE_TEXT[w.key].description, sourceKind: w.sourceKind }));
	}
	const municipalityIds = new Map<string, string>();
	for (const m of demo.municipalities) {
		municipalityIds.set(m.code, createMunicipality(tx, ownerId, studyId, { code: m.code, realName: null, sizeClass: m.sizeClass, region: m.region, placementRateBand: m.placementRateBand }));
	}

	// Two fictional coders who can't log in; they own the demo codings.
	const coders = new Map<string, string>();
	for (const coder of ['coder-a', 'coder-b'] as const) {
		const id = newId();
		tx.insert(table.user).values({ id, username: `demo-${coder}-${studyId.slice(0, 6)}`, passwordHash: null, isSystem: true }).run();
		tx.insert(table.membership).values({ studyId, userId: id, role: 'coder' }).run();
		coders.set(coder, id);
	}

	const codeIds = new Map(listCodes(tx, studyId).map((c) => [c.key, c.id]));
	const groupIds = new Map<string, string>();
	const participantIds = new Map<string, string>();
	const versionIds = new Map<string, string>();

	for (const group of demo.focusGroups) {
		const groupId = createFocusGroup(tx, ownerId, studyId, {
			waveId: waveIds.get(group.wave)!,
			municipalityId: municipalityIds.get(group.municipality)!,
			date: group.date
		});
		groupIds.set(group.key, groupId);
		const speakerMap: Record<string, string | null> = {};
		for (const p of group.participants) {
			const id = createParticipant(tx, ownerId, studyId, { focusGroupId: groupId, pseudonym: p.pseudonym, role: p.role, yearsExperience: p.yearsExperience });
			participantIds.set(`${group.key}|${p.pseudonym}`, id);
			speakerMap[p.pseudonym] = id;
		}
		setGroupVignettes(tx, ownerId, studyId, groupId, group.vignettes.map((k) => vignetteIds.get(k)!));

		const parsed = parseTextTranscript(group.transcript.text, 'markdown');
		if (!parsed.ok) throw new Error(`demo: transcript ${group.key} did not parse: ${parsed.error.message}`);
		const sectionMap: Record<number, string | null> = {};
		parsed.value.sections.forEach((s, i) => (sectionMap[i] = vignetteIds.get(s.label.trim()) ?? null));
		const stored = storeTranscript(tx, ownerId, studyId, {
			focusGroupId: groupId,
			waveId: waveIds.get(group.wave)!,
			kind: 'focus_group',
			title: `Fokusgruppe ${group.wave} ${group.municipality}`,
			parsed: parsed.value,
			source: { filename: group.transcript.filename, format: 'markdown', encoding: 'utf-8' },
			speakerMap,
			sectionMap,
			pseudonymise: false
		});
		versionIds.set(group.key, stored.versionId);
	}

	// Codings: offsets in the generator are relative to the turn's utterance.
	const turnStarts = new Map<string, { start: number; end: number }[]>();
	let codings = 0;
	for (const c of demo.codings) {
		const versionId = versionIds.get(c.focusGroup)!;
		let turns = turnStarts.get(versionId);
		if (!turns) {
			turns = tx.select({ start: table.turn.start, end: table.turn.end }).from(table.turn).where(eq(table.turn.versionId, versionId)).orderBy(asc(table.turn.index)).all();
			turnStarts.set(versionId, turns);
		}
		const turn = turns[c.turnIndex];
		const codeId = codeIds.get(c.codeKey);
		if (!turn || !codeId) throw new Error(`demo: coding for ${c.focusGroup} turn ${c.turnIndex} (${c.codeKey}) has no target`);
		const start = c.start === undefined ? turn.start : turn.start + c.start;
		const end = c.end === undefined ? turn.end : turn.start + c.end;
		if (start < turn.start || end > turn.end || start >= end) throw new Error(`demo: coding span outside turn ${c.turnIndex} of ${c.focusGroup}`);
		tx.insert(table.coding)
			.values({ id: newId(), studyId, versionId, codeId, coderId: coders.get(c.coder)!, start, end, createdBy: ownerId })
			.onConflictDoNothing()
			.run();
		codings++;
	}

	DEFAULT_NEXT_STEPS.forEach((step, position) => {
		tx.insert(table.nextStep).values({ id: newId(), studyId, key: step.key, label: step.label, codeKey: STEP_CODES[step.key] ?? null, position }).run();
	});
	for (const a of demo.groupAssessments) {
		tx.insert(table.groupAssessment)
			.values({
				id: newId(),
				studyId,
				focusGroupId: groupIds.get(a.focusGroup)!,
				vignetteId: vignetteIds.get(a.vignette)!,
				concern: a.concern,
				steps: a.steps,
				agreement: a.agreement,
				justification: a.justification,
				passages: []
			})
			.run();
	}
	for (const a of demo.individualAssessments) {
		const participantId = participantIds.get(`${a.focusGroup}|${a.participant}`);
		if (!participantId) throw new Error(`demo: no participant ${a.participant} in ${a.focusGroup}`);
		tx.insert(table.individualAssessment)
			.values({ id: newId(), studyId, participantId, vignetteId: vignetteIds.get(a.vignette)!, concern: a.concern, steps: a.steps })
			.run();
	}
	recordAudit(tx, {
		studyId,
		userId: ownerId,
		entity: 'study',
		entityId: studyId,
		action: 'import',
		after: { demo: true, codings, groupAssessments: demo.groupAssessments.length, individualAssessments: demo.individualAssessments.length }
	});
}

/** The instance admin, who owns a demo study made from the command line. */
export function findInstanceAdmin(db: Db) {
	return db.select().from(table.user).where(and(eq(table.user.isAdmin, true), eq(table.user.isSystem, false))).orderBy(asc(table.user.createdAt)).get();
}

export function requireOwner(db: Db, username?: string) {
	const owner = username
		? db.select().from(table.user).where(eq(table.user.username, username)).get()
		: findInstanceAdmin(db);
	if (!owner || owner.isSystem) throw new UserError('error.demo_no_owner');
	return owner;
}
