// Teaching: class sessions on vignettes (join codes, students' own assessments, the class's
// distribution beside the waves' group assessments) and published teaching excerpts (pseudonymised
// snapshots of a transcript passage, speakers replaced by roles, with the reference codings).
//
// What students may read is decided here as much as in the routes: results carry distributions
// only (never an individual's answer but the viewer's own), and an excerpt is a snapshot, so a
// student never touches a transcript, a participant, a municipality's name or anyone's codings.
import { error } from '@sveltejs/kit';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from './db/client';
import * as table from './db/schema';
import type { ParticipantRole } from './db/schema';
import { newId } from './ids';
import { UserError } from './errors';
import { recordAudit } from './audit';
import { LoginThrottle } from './auth/throttle';
import { CONSENSUS_USER_ID } from './users';
import { pseudonymTable } from './pseudonyms';
import { getTranscriptHeader, getVersion } from './workspace';
import { listVersionSections, listVersionTurns } from './transcripts';
import { DEFAULT_NEXT_STEPS } from '$lib/demo';
import { ensureNextSteps, listNextSteps } from './assessments';
import { translate, type MessageKey } from '$lib/i18n';
import {
	buildSnapshot,
	classConsistency,
	concernDistribution,
	normaliseJoinCode,
	stepCounts,
	uniqueJoinCode,
	type ClassConsistency,
	type Distribution,
	type NameReplacement
} from '$lib/teaching';

export const SESSION_TITLE_MAX = 200;
export const SESSION_VIGNETTES_MAX = 10;
export const REASONING_MAX = 2000;
export const EXCERPT_TITLE_MAX = 200;
export const EXCERPT_TURNS_MAX = 60;
export const EXCERPT_CHARS_MAX = 30_000;

// ── Next steps (the study's list lives in assessments.ts) ───────────────────

export interface StepOption {
	key: string;
	label: string;
}

/** The steps a form offers: the study's own, or the defaults when it has none yet. */
export function stepOptions(db: Db, studyId: string): StepOption[] {
	const steps = listNextSteps(db, studyId).map((s) => ({ key: s.key, label: s.label }));
	return steps.length > 0 ? steps : DEFAULT_NEXT_STEPS.map((s) => ({ key: s.key, label: s.label }));
}

// ── Class sessions ──────────────────────────────────────────────────────────

export type ClassSession = typeof table.classSession.$inferSelect;

function vignetteTitles(db: Db, studyId: string, ids: readonly string[]): Map<string, { title: string; key: string }> {
	if (ids.length === 0) return new Map();
	const rows = db
		.select({ id: table.vignette.id, key: table.vignette.key, title: table.vignetteRevision.title })
		.from(table.vignette)
		.innerJoin(
			table.vignetteRevision,
			and(eq(table.vignetteRevision.vignetteId, table.vignette.id), eq(table.vignetteRevision.revision, table.vignette.currentRevision))
		)
		.where(and(eq(table.vignette.studyId, studyId), inArray(table.vignette.id, [...ids])))
		.all();
	return new Map(rows.map((r) => [r.id, { title: r.title, key: r.key }]));
}

export function createClassSession(
	db: Db,
	userId: string,
	studyId: string,
	input: { title: string; vignetteIds: string[] }
): { id: string; joinCode: string } {
	const title = input.title.replace(/\s+/g, ' ').trim();
	if (!title) throw new UserError('error.field_required', { field: 'title' });
	if (title.length > SESSION_TITLE_MAX) throw new UserError('error.field_too_long', { field: 'title', max: SESSION_TITLE_MAX });
	const vignetteIds = [...new Set(input.vignetteIds)];
	if (vignetteIds.length === 0) throw new UserError('error.session_no_vignettes');
	if (vignetteIds.length > SESSION_VIGNETTES_MAX) throw new UserError('error.session_too_many_vignettes', { max: SESSION_VIGNETTES_MAX });
	return db.transaction((tx) => {
		const known = vignetteTitles(tx, studyId, vignetteIds);
		if (known.size !== vignetteIds.length) throw new UserError('error.not_found', {}, 404);
		ensureNextSteps(tx, userId, studyId);
		const joinCode = uniqueJoinCode(
			(code) => !!tx.select({ id: table.classSession.id }).from(table.classSession).where(eq(table.classSession.joinCode, code)).get()
		);
		const id = newId();
		tx.insert(table.classSession).values({ id, studyId, title, joinCode, vignetteIds, createdBy: userId }).run();
		recordAudit(tx, { studyId, userId, entity: 'class_session', entityId: id, action: 'create', after: { title, vignetteIds, joinCode } });
		return { id, joinCode };
	});
}

export function listClassSessions(db: Db, studyId: string) {
	const sessions = db
		.select()
		.from(table.classSession)
		.where(eq(table.classSession.studyId, studyId))
		.orderBy(desc(table.classSession.createdAt))
		.all();
	const answers = sessions.length
		? db
				.select({ sessionId: table.classAnswer.sessionId, userId: table.classAnswer.userId })
				.from(table.classAnswer)
				.where(inArray(table.classAnswer.sessionId, sessions.map((s) => s.id)))
				.all()
		: [];
	return sessions.map((s) => ({
		...s,
		students: new Set(answers.filter((a) => a.sessionId === s.id).map((a) => a.userId)).size
	}));
}

export function getClassSession(db: Db, studyId: string, sessionId: string): ClassSession {
	const row = db
		.select()
		.from(table.classSession)
		.where(and(eq(table.classSession.id, sessionId), eq(table.classSession.studyId, studyId)))
		.get();
	if (!row) throw new UserError('error.not_found', {}, 404);
	return row;
}

function changeSession(
	db: Db,
	userId: string,
	studyId: string,
	sessionId: string,
	expectedVersion: number,
	change: Partial<Pick<ClassSession, 'status' | 'revealed'>>
): void {
	db.transaction((tx) => {
		const before = getClassSession(tx, studyId, sessionId);
		if (before.version !== expectedVersion) throw new UserError('error.stale_edit', {}, 409);
		tx.update(table.classSession)
			.set({ ...change, version: before.version + 1 })
			.where(eq(table.classSession.id, sessionId))
			.run();
		recordAudit(tx, {
			studyId,
			userId,
			entity: 'class_session',
			entityId: sessionId,
			action: 'update',
			before: { status: before.status, revealed: before.revealed },
			after: { status: change.status ?? before.status, revealed: change.revealed ?? before.revealed }
		});
	});
}

export function setSessionStatus(db: Db, userId: string, studyId: string, sessionId: string, expectedVersion: number, status: 'open' | 'closed'): void {
	if (status !== 'open' && status !== 'closed') throw new UserError('error.invalid_field', { field: 'status' });
	changeSession(db, userId, studyId, sessionId, expectedVersion, { status });
}

export function setSessionRevealed(db: Db, userId: string, studyId: string, sessionId: string, expectedVersion: number, revealed: boolean): void {
	changeSession(db, userId, studyId, sessionId, expectedVersion, { revealed });
}

// ── Joining with a code ─────────────────────────────────────────────────────

// Wrong codes are throttled per address: 10 free tries, then 1, 2, 4 … minutes (as for logins).
const joinAttempts = new LoginThrottle(10);

export function joinThrottle(address: string) {
	const key = [`join:${address}`];
	return {
		waitMs: (now = Date.now()) => joinAttempts.waitFor(key, now),
		failed: (now = Date.now()) => joinAttempts.recordFailure(key, now)
	};
}

/** The open session a code belongs to, with its study's name; null for a wrong or closed code. */
export function findSessionByCode(db: Db, input: string) {
	const code = normaliseJoinCode(input);
	if (!code) return null;
	const row = db
		.select({ id: table.classSession.id, studyId: table.classSession.studyId, title: table.classSession.title, status: table.classSession.status, studyName: table.study.name })
		.from(table.classSession)
		.innerJoin(table.study, eq(table.study.id, table.classSession.studyId))
		.where(eq(table.classSession.joinCode, code))
		.get();
	return row ? { ...row, joinCode: code } : null;
}

/**
 * Joins the user to the session's study as a student (a member keeps the role they have).
 * Runs inside the caller's transaction when given one (registration through a join code).
 */
export function joinSession(db: Db, userId: string, input: string): { studyId: string; sessionId: string } {
	return db.transaction((tx) => {
		const session = findSessionByCode(tx, input);
		if (!session) throw new UserError('error.join_code_unknown', {}, 404);
		if (session.status !== 'open') throw new UserError('error.session_closed', {}, 410);
		const member = tx
			.select({ role: table.membership.role })
			.from(table.membership)
			.where(and(eq(table.membership.studyId, session.studyId), eq(table.membership.userId, userId)))
			.get();
		if (!member) {
			tx.insert(table.membership).values({ studyId: session.studyId, userId, role: 'student' }).run();
			recordAudit(tx, {
				studyId: session.studyId,
				userId,
				entity: 'membership',
				entityId: userId,
				action: 'create',
				after: { role: 'student', via: 'join_code', session: session.id }
			});
		}
		return { studyId: session.studyId, sessionId: session.id };
	});
}

// ── Answers ─────────────────────────────────────────────────────────────────

export type ClassAnswer = typeof table.classAnswer.$inferSelect;

export function listMyAnswers(db: Db, sessionId: string, userId: string): ClassAnswer[] {
	return db
		.select()
		.from(table.classAnswer)
		.where(and(eq(table.classAnswer.sessionId, sessionId), eq(table.classAnswer.userId, userId)))
		.all();
}

export interface AnswerInput {
	vignetteId: string;
	concern: number;
	steps: string[];
	reasoning: string;
	/** The version the student edited; null for a first answer. */
	expectedVersion: number | null;
}

/** Saves the student's answer on one vignette: one per student × vignette × session, editable until the reveal. */
export function saveClassAnswer(db: Db, userId: string, studyId: string, sessionId: string, input: AnswerInput): ClassAnswer {
	return db.transaction((tx) => {
		const session = getClassSession(tx, studyId, sessionId);
		if (!session.vignetteIds.includes(input.vignetteId)) throw new UserError('error.not_found', {}, 404);
		if (session.status !== 'open') throw new UserError('error.session_closed', {}, 409);
		if (session.revealed) throw new UserError('error.session_revealed', {}, 409);
		const study = tx.select({ concernScale: table.study.concernScale }).from(table.study).where(eq(table.study.id, studyId)).get()!;
		const levels = study.concernScale.length;
		if (!Number.isInteger(input.concern) || input.concern < 0 || input.concern >= levels)
			throw new UserError('error.answer_concern_required');
		const allowed = new Set(stepOptions(tx, studyId).map((s) => s.key));
		const steps = [...new Set(input.steps)];
		if (steps.some((s) => !allowed.has(s))) throw new UserError('error.invalid_field', { field: 'steps' });
		const reasoning = input.reasoning.trim();
		if (!reasoning) throw new UserError('error.answer_reasoning_required');
		if (reasoning.length > REASONING_MAX) throw new UserError('error.field_too_long', { field: 'reasoning', max: REASONING_MAX });

		const existing = tx
			.select()
			.from(table.classAnswer)
			.where(and(eq(table.classAnswer.sessionId, sessionId), eq(table.classAnswer.vignetteId, input.vignetteId), eq(table.classAnswer.userId, userId)))
			.get();
		if (existing) {
			if (input.expectedVersion !== existing.version) throw new UserError('error.stale_edit', {}, 409);
			tx.update(table.classAnswer)
				.set({ concern: input.concern, steps, reasoning, version: existing.version + 1, updatedAt: new Date() })
				.where(eq(table.classAnswer.id, existing.id))
				.run();
			recordAudit(tx, {
				studyId,
				userId,
				entity: 'class_answer',
				entityId: existing.id,
				action: 'update',
				before: { concern: existing.concern, steps: existing.steps, reasoning: existing.reasoning },
				after: { concern: input.concern, steps, reasoning }
			});
			return tx.select().from(table.classAnswer).where(eq(table.classAnswer.id, existing.id)).get()!;
		}
		if (input.expectedVersion !== null) throw new UserError('error.stale_edit', {}, 409);
		const id = newId();
		tx.insert(table.classAnswer).values({ id, sessionId, vignetteId: input.vignetteId, userId, concern: input.concern, steps, reasoning }).run();
		recordAudit(tx, { studyId, userId, entity: 'class_answer', entityId: id, action: 'create', after: { sessionId, vignetteId: input.vignetteId, concern: input.concern, steps } });
		return tx.select().from(table.classAnswer).where(eq(table.classAnswer.id, id)).get()!;
	});
}

// ── Results ─────────────────────────────────────────────────────────────────

export interface GroupDistribution {
	/** 'class' or the wave's id. */
	id: string;
	label: string;
	year: number | null;
	distribution: Distribution;
	consistency: ClassConsistency;
	steps: Record<string, number>;
	/** Answers (class) or group assessments (wave) with any step. */
	stepBase: number;
}

export interface VignetteResult {
	vignetteId: string;
	title: string;
	key: string;
	class: GroupDistribution;
	waves: GroupDistribution[];
}

function group(id: string, label: string, year: number | null, concerns: number[], stepSets: string[][], levels: number, stepKeys: string[]): GroupDistribution {
	return {
		id,
		label,
		year,
		distribution: concernDistribution(concerns, levels),
		consistency: classConsistency(concerns, levels),
		steps: stepCounts(stepSets, stepKeys),
		stepBase: stepSets.length
	};
}

/**
 * Per vignette of the session: the class's distribution and consistency, beside every wave's
 * confirmed group assessments of the same vignette (the 2002 and 2024 waves in the study design).
 * Aggregates only: no answer is returned individually.
 */
export function sessionResults(db: Db, studyId: string, session: ClassSession, classLabel: string): VignetteResult[] {
	const study = db.select({ concernScale: table.study.concernScale }).from(table.study).where(eq(table.study.id, studyId)).get()!;
	const levels = study.concernScale.length;
	const stepKeys = stepOptions(db, studyId).map((s) => s.key);
	const titles = vignetteTitles(db, studyId, session.vignetteIds);
	const answers = db
		.select({ vignetteId: table.classAnswer.vignetteId, concern: table.classAnswer.concern, steps: table.classAnswer.steps })
		.from(table.classAnswer)
		.where(eq(table.classAnswer.sessionId, session.id))
		.all();
	const assessments = session.vignetteIds.length
		? db
				.select({
					vignetteId: table.groupAssessment.vignetteId,
					concern: table.groupAssessment.concern,
					steps: table.groupAssessment.steps,
					waveId: table.wave.id,
					waveLabel: table.wave.label,
					year: table.wave.year
				})
				.from(table.groupAssessment)
				.innerJoin(table.focusGroup, eq(table.focusGroup.id, table.groupAssessment.focusGroupId))
				.innerJoin(table.wave, eq(table.wave.id, table.focusGroup.waveId))
				.where(
					and(
						eq(table.groupAssessment.studyId, studyId),
						eq(table.groupAssessment.status, 'confirmed'),
						inArray(table.groupAssessment.vignetteId, session.vignetteIds)
					)
				)
				.all()
		: [];
	const waves = db.select().from(table.wave).where(eq(table.wave.studyId, studyId)).orderBy(asc(table.wave.year), asc(table.wave.label)).all();
	return session.vignetteIds
		.filter((id) => titles.has(id))
		.map((vignetteId) => {
			const mine = answers.filter((a) => a.vignetteId === vignetteId);
			const ofVignette = assessments.filter((a) => a.vignetteId === vignetteId);
			return {
				vignetteId,
				title: titles.get(vignetteId)!.title,
				key: titles.get(vignetteId)!.key,
				class: group('class', classLabel, null, mine.map((a) => a.concern), mine.map((a) => a.steps), levels, stepKeys),
				waves: waves
					.map((w) => {
						const rows = ofVignette.filter((a) => a.waveId === w.id);
						const concerns = rows.map((a) => a.concern).filter((c): c is number => c !== null);
						return group(w.id, w.label, w.year, concerns, rows.map((a) => a.steps), levels, stepKeys);
					})
					.filter((g) => g.distribution.n > 0 || g.stepBase > 0)
			};
		});
}

/** The class's reasonings on one vignette for the teacher, without names, oldest first. */
export function sessionReasonings(db: Db, sessionId: string): { vignetteId: string; concern: number; reasoning: string }[] {
	return db
		.select({ vignetteId: table.classAnswer.vignetteId, concern: table.classAnswer.concern, reasoning: table.classAnswer.reasoning })
		.from(table.classAnswer)
		.where(eq(table.classAnswer.sessionId, sessionId))
		.orderBy(asc(table.classAnswer.createdAt))
		.all();
}

// ── Teaching excerpts ───────────────────────────────────────────────────────

export type TeachingExcerpt = typeof table.teachingExcerpt.$inferSelect;

const ROLE_KEYS: Record<string, MessageKey> = {
	raadgiver: 'teaching.role.raadgiver',
	faglig_leder: 'teaching.role.faglig_leder',
	interviewer: 'teaching.role.interviewer',
	other: 'teaching.role.other'
};

/** The role as it stands in the excerpt's text (Danish, the study's language), e.g. »[Rådgiver]«. */
export function roleInText(role: string): string {
	return `[${translate('da', ROLE_KEYS[role] ?? 'teaching.role.other')}]`;
}

function guessRole(label: string): ParticipantRole {
	const l = label.toLowerCase();
	if (/interview|moderator|facilitator|ordstyrer/.test(l)) return 'interviewer';
	if (/leder/.test(l)) return 'faglig_leder';
	if (/rådgiver|raadgiver|sagsbehandler/.test(l)) return 'raadgiver';
	return 'other';
}

/** Transcripts a lead can publish from (title and current version), for the form. */
export function listExcerptSources(db: Db, studyId: string) {
	return db
		.select({ id: table.transcript.id, title: table.transcript.title })
		.from(table.transcript)
		.where(eq(table.transcript.studyId, studyId))
		.orderBy(asc(table.transcript.title))
		.all();
}

/** One transcript's current version as numbered turns with a short preview (leads only: it names speakers). */
export function excerptSource(db: Db, studyId: string, transcriptId: string) {
	const header = getTranscriptHeader(db, studyId, transcriptId);
	const version = getVersion(db, transcriptId, header.currentVersion);
	const sections = listVersionSections(db, version.id);
	const turns = listVersionTurns(db, version.id).map((t) => {
		const text = version.text.slice(t.start, t.end).replace(/\s+/g, ' ');
		return {
			number: t.index + 1,
			speaker: t.pseudonym ?? t.speakerLabel,
			role: t.role ?? guessRole(t.speakerLabel),
			preview: text.length > 140 ? `${text.slice(0, 139)}…` : text
		};
	});
	return {
		id: header.id,
		title: header.title,
		version: header.currentVersion,
		turns,
		sections: sections.map((s) => ({ label: s.vignetteTitle ?? s.label, vignetteId: s.vignetteId, first: s.firstTurn + 1, last: s.lastTurn + 1 }))
	};
}

/** Coders whose codings can serve as an excerpt's reference: the consensus coder first, then the others. */
export function referenceCoders(db: Db, studyId: string) {
	const coders = db
		.selectDistinct({ id: table.user.id, username: table.user.username })
		.from(table.coding)
		.innerJoin(table.user, eq(table.coding.coderId, table.user.id))
		.where(eq(table.coding.studyId, studyId))
		.orderBy(table.user.username)
		.all();
	return coders.sort((a, b) => Number(b.id === CONSENSUS_USER_ID) - Number(a.id === CONSENSUS_USER_ID));
}

export interface PublishExcerptInput {
	transcriptId: string;
	/** Turn numbers as shown (1-based), inclusive. */
	firstTurn: number;
	lastTurn: number;
	title: string;
	/** Null: the vignette of the first turn's section. */
	vignetteId: string | null;
	/** Whose codings become the reference: the consensus coder by default. */
	referenceCoderId?: string;
}

/**
 * Publishes a passage for teaching as a snapshot: the chosen turns of the transcript's current
 * version, real names replaced by pseudonyms (the study's key), then every participant's and
 * speaker's name by the role, municipalities' real names by »[kommune]«; the reference is the
 * reference coder's codings clipped to the passage.
 */
export function publishExcerpt(db: Db, userId: string, studyId: string, input: PublishExcerptInput): string {
	const title = input.title.replace(/\s+/g, ' ').trim();
	if (!title) throw new UserError('error.field_required', { field: 'title' });
	if (title.length > EXCERPT_TITLE_MAX) throw new UserError('error.field_too_long', { field: 'title', max: EXCERPT_TITLE_MAX });
	return db.transaction((tx) => {
		const header = getTranscriptHeader(tx, studyId, input.transcriptId);
		const version = getVersion(tx, input.transcriptId, header.currentVersion);
		const allTurns = listVersionTurns(tx, version.id);
		const first = input.firstTurn - 1;
		const last = input.lastTurn - 1;
		if (!Number.isInteger(first) || !Number.isInteger(last) || first < 0 || last < first || last >= allTurns.length)
			throw new UserError('error.excerpt_turn_range', { max: allTurns.length });
		if (last - first + 1 > EXCERPT_TURNS_MAX) throw new UserError('error.excerpt_too_long', { max: EXCERPT_TURNS_MAX });
		const chosen = allTurns.slice(first, last + 1);
		if (chosen[chosen.length - 1].end - chosen[0].start > EXCERPT_CHARS_MAX)
			throw new UserError('error.excerpt_too_long', { max: EXCERPT_TURNS_MAX });

		let vignetteId = input.vignetteId;
		if (vignetteId) {
			const v = tx.select({ id: table.vignette.id }).from(table.vignette).where(and(eq(table.vignette.id, vignetteId), eq(table.vignette.studyId, studyId))).get();
			if (!v) throw new UserError('error.not_found', {}, 404);
		} else {
			const sectionId = chosen[0].sectionId;
			vignetteId = sectionId ? (listVersionSections(tx, version.id).find((s) => s.id === sectionId)?.vignetteId ?? null) : null;
		}

		const coderId = input.referenceCoderId || CONSENSUS_USER_ID;
		const codings = tx
			.select({ codeId: table.coding.codeId, start: table.coding.start, end: table.coding.end })
			.from(table.coding)
			.where(and(eq(table.coding.versionId, version.id), eq(table.coding.coderId, coderId), eq(table.coding.unplaced, false)))
			.all();

		// Names to replace by roles: every participant of the study, every speaker label of this version.
		const names: NameReplacement[] = [];
		const participants = tx
			.select({ pseudonym: table.participant.pseudonym, role: table.participant.role })
			.from(table.participant)
			.where(eq(table.participant.studyId, studyId))
			.all();
		for (const p of participants) names.push({ name: p.pseudonym, replacement: roleInText(p.role) });
		for (const t of allTurns) {
			const role = t.role ?? guessRole(t.speakerLabel);
			if (t.speakerLabel.trim() && guessRole(t.speakerLabel) === 'other') names.push({ name: t.speakerLabel, replacement: roleInText(role) });
		}
		const municipalities = tx
			.select({ realName: table.municipality.realName })
			.from(table.municipality)
			.where(eq(table.municipality.studyId, studyId))
			.all();
		for (const m of municipalities) if (m.realName?.trim()) names.push({ name: m.realName, replacement: `[${translate('da', 'teaching.municipality_placeholder')}]` });

		const snapshot = buildSnapshot({
			text: version.text,
			turns: chosen.map((t) => ({ start: t.start, end: t.end, role: t.role ?? guessRole(t.speakerLabel) })),
			codings,
			pseudonyms: pseudonymTable(tx, studyId).map((e) => ({ name: e.realName, replacement: e.pseudonym })),
			names
		});
		const id = newId();
		tx.insert(table.teachingExcerpt)
			.values({
				id,
				studyId,
				sourceVersionId: version.id,
				title,
				vignetteId,
				text: snapshot.text,
				turns: snapshot.turns,
				reference: snapshot.reference.map((r) => ({ codeId: r.codeId, start: r.start, end: r.end })),
				createdBy: userId
			})
			.run();
		recordAudit(tx, {
			studyId,
			userId,
			entity: 'teaching_excerpt',
			entityId: id,
			action: 'create',
			after: { title, transcriptId: input.transcriptId, version: version.version, turns: `${input.firstTurn}-${input.lastTurn}`, referenceCoder: coderId, reference: snapshot.reference.length }
		});
		return id;
	});
}

export function listExcerpts(db: Db, studyId: string) {
	const rows = db
		.select()
		.from(table.teachingExcerpt)
		.where(eq(table.teachingExcerpt.studyId, studyId))
		.orderBy(desc(table.teachingExcerpt.createdAt))
		.all();
	const titles = vignetteTitles(db, studyId, [...new Set(rows.map((r) => r.vignetteId).filter((v): v is string => !!v))]);
	return rows.map((r) => ({
		id: r.id,
		title: r.title,
		vignetteId: r.vignetteId,
		vignetteTitle: r.vignetteId ? (titles.get(r.vignetteId)?.title ?? null) : null,
		turns: r.turns.length,
		references: r.reference.length,
		createdAt: r.createdAt
	}));
}

export function getExcerpt(db: Db, studyId: string, excerptId: string): TeachingExcerpt & { vignetteTitle: string | null } {
	const row = db
		.select()
		.from(table.teachingExcerpt)
		.where(and(eq(table.teachingExcerpt.id, excerptId), eq(table.teachingExcerpt.studyId, studyId)))
		.get();
	if (!row) throw new UserError('error.not_found', {}, 404);
	const vignetteTitle = row.vignetteId ? (vignetteTitles(db, studyId, [row.vignetteId]).get(row.vignetteId)?.title ?? null) : null;
	return { ...row, vignetteTitle };
}

export function deleteExcerpt(db: Db, userId: string, studyId: string, excerptId: string): void {
	db.transaction((tx) => {
		const row = getExcerpt(tx, studyId, excerptId);
		const used = tx
			.select({ title: table.exercise.title, excerptIds: table.exercise.excerptIds })
			.from(table.exercise)
			.where(eq(table.exercise.studyId, studyId))
			.all()
			.find((e) => e.excerptIds.includes(excerptId));
		if (used) throw new UserError('error.excerpt_in_use', { title: used.title }, 409);
		tx.delete(table.teachingExcerpt).where(eq(table.teachingExcerpt.id, excerptId)).run();
		recordAudit(tx, { studyId, userId, entity: 'teaching_excerpt', entityId: excerptId, action: 'delete', before: { title: row.title } });
	});
}

/** For loads: runs `fn`, turning a UserError into the matching HTTP error (a missing id → 404). */
export function orHttpError<T>(fn: () => T): T {
	try {
		return fn();
	} catch (err) {
		if (err instanceof UserError) error(err.status, { message: err.status === 404 ? 'not_found' : err.code });
		throw err;
	}
}
