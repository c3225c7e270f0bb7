// Group assessments of vignettes (degree of concern, next steps, agreement, justification, supporting
// passages), optional individual assessments per participant, the study's list of next steps and its
// concern scale, and proposals made from the consensus coding of a vignette's section.
//
// Rules (checked on every save, in one transaction with its audit entry):
// - the focus group and the vignette belong to the study, and the group discussed the vignette;
// - concern is null (not recorded) or a level of the study's concern scale (0 … labels − 1);
// - steps are keys of the study's next-step list (installed from the defaults when the study has none);
// - agreement is null, 'yes', 'partly' or 'no'; the justification is at most JUSTIFICATION_MAX characters;
// - `reported` (taken from a published report) is allowed only for a group of a wave whose source kind
//   is 'reported': a wave with transcripts has its assessments made from them;
// - supporting passages are codings in a transcript of that very group;
// - edits carry the version that was read: a stale one is refused (also a "create" when someone else
//   created the assessment meanwhile). Saving through the form confirms a proposal.
// Individual assessments have no version of their own: they are saved with (and under the version of)
// their group assessment.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './db/client';
import * as table from './db/schema';
import { newId } from './ids';
import { UserError } from './errors';
import { recordAudit } from './audit';
import { getFocusGroup } from './material';
import { listCodes } from './codebook';
import { listCodedSegments, type CodedSegment } from './segments';
import { CONSENSUS_USER_ID } from './users';
import { DEFAULT_NEXT_STEPS, STEP_CODES } from '../demo';

export const JUSTIFICATION_MAX = 4000;
export const PASSAGES_MAX = 100;
export const STEP_KEY_MAX = 32;
export const STEP_LABEL_MAX = 120;
export const STEPS_MAX = 40;
export const SCALE_LABEL_MAX = 80;
export const SCALE_MIN = 2;
export const SCALE_MAX = 10;
export const AGREEMENTS = ['yes', 'partly', 'no'] as const;
export type Agreement = (typeof AGREEMENTS)[number];
/** The code whose consensus passages support a concern level (it can't give one: no level attribute). */
export const CONCERN_CODE_KEY = 'VUR.BEK';

const STEP_KEY_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

// ── Next steps ──────────────────────────────────────────────────────────────

export interface NextStep {
	id: string;
	key: string;
	label: string;
	/** As stored (null = none set). */
	codeKey: string | null;
	/** The code whose consensus codings propose the step: the stored one, else the default for a known key. */
	proposingCode: string | null;
	position: number;
}

export function listNextSteps(db: Db, studyId: string): NextStep[] {
	return db
		.select()
		.from(table.nextStep)
		.where(eq(table.nextStep.studyId, studyId))
		.orderBy(asc(table.nextStep.position), asc(table.nextStep.key))
		.all()
		.map((s) => ({
			id: s.id,
			key: s.key,
			label: s.label,
			codeKey: s.codeKey,
			proposingCode: s.codeKey ?? (STEP_CODES as Record<string, string>)[s.key] ?? null,
			position: s.position
		}));
}

/** Installs the default list (with the IND codes that propose each step) when the study has none. Returns the list. */
export function ensureNextSteps(db: Db, userId: string | null, studyId: string): NextStep[] {
	const existing = listNextSteps(db, studyId);
	if (existing.length > 0) return existing;
	db.transaction((tx) => {
		if (listNextSteps(tx, studyId).length > 0) return;
		DEFAULT_NEXT_STEPS.forEach((s, position) => {
			tx.insert(table.nextStep).values({ id: newId(), studyId, key: s.key, label: s.label, codeKey: STEP_CODES[s.key], position }).run();
		});
		recordAudit(tx, { studyId, userId, entity: 'next_step', entityId: studyId, action: 'install', after: { steps: DEFAULT_NEXT_STEPS.map((s) => s.key) } });
	});
	return listNextSteps(db, studyId);
}

function checkStepFields(input: { label: string; codeKey: string | null }) {
	const label = input.label.trim();
	if (!label) throw new UserError('error.field_required', { field: 'stepLabel' });
	if (label.length > STEP_LABEL_MAX) throw new UserError('error.field_too_long', { field: 'stepLabel', max: STEP_LABEL_MAX });
	const codeKey = (input.codeKey ?? '').trim() || null;
	if (codeKey && codeKey.length > 64) throw new UserError('error.field_too_long', { field: 'stepCodeKey', max: 64 });
	return { label, codeKey };
}

export function addNextStep(db: Db, userId: string, studyId: string, input: { key: string; label: string; codeKey: string | null }): string {
	const key = input.key.trim().toLowerCase();
	if (!key) throw new UserError('error.field_required', { field: 'stepKey' });
	if (key.length > STEP_KEY_MAX || !STEP_KEY_PATTERN.test(key)) throw new UserError('error.next_step_key_invalid', { key: key.slice(0, 40) });
	const fields = checkStepFields(input);
	return db.transaction((tx) => {
		const steps = listNextSteps(tx, studyId);
		if (steps.length >= STEPS_MAX) throw new UserError('error.next_step_too_many', { max: STEPS_MAX });
		if (steps.some((s) => s.key === key)) throw new UserError('error.next_step_key_taken', { key }, 409);
		const id = newId();
		const position = steps.reduce((m, s) => Math.max(m, s.position + 1), 0);
		tx.insert(table.nextStep).values({ id, studyId, key, ...fields, position }).run();
		recordAudit(tx, { studyId, userId, entity: 'next_step', entityId: id, action: 'create', after: { key, ...fields } });
		return id;
	});
}

function requireStep(db: Db, studyId: string, stepId: string): NextStep {
	const step = listNextSteps(db, studyId).find((s) => s.id === stepId);
	if (!step) throw new UserError('error.next_step_not_found', {}, 404);
	return step;
}

/**
 * Changes a step's label and proposing code. The list has no version column: `expected` is the label and
 * code the editor saw, and the edit is refused as stale when either changed since.
 */
export function updateNextStep(
	db: Db,
	userId: string,
	studyId: string,
	stepId: string,
	expected: { label: string; codeKey: string | null },
	input: { label: string; codeKey: string | null }
): void {
	const fields = checkStepFields(input);
	db.transaction((tx) => {
		const before = requireStep(tx, studyId, stepId);
		if (before.label !== expected.label || (before.codeKey ?? '') !== (expected.codeKey ?? '')) throw new UserError('error.stale_edit', {}, 409);
		tx.update(table.nextStep).set(fields).where(eq(table.nextStep.id, stepId)).run();
		recordAudit(tx, { studyId, userId, entity: 'next_step', entityId: stepId, action: 'update', before: { label: before.label, codeKey: before.codeKey }, after: fields });
	});
}

/** How many group and individual assessments name a step. */
export function nextStepUsage(db: Db, studyId: string, key: string): number {
	const json = `%${JSON.stringify(key)}%`;
	const groups = db
		.select({ steps: table.groupAssessment.steps })
		.from(table.groupAssessment)
		.where(and(eq(table.groupAssessment.studyId, studyId), sql`${table.groupAssessment.steps} like ${json}`))
		.all()
		.filter((r) => r.steps.includes(key)).length;
	const individual = db
		.select({ steps: table.individualAssessment.steps })
		.from(table.individualAssessment)
		.where(and(eq(table.individualAssessment.studyId, studyId), sql`${table.individualAssessment.steps} like ${json}`))
		.all()
		.filter((r) => r.steps.includes(key)).length;
	return groups + individual;
}

/** Removes a step no assessment names (a used step keeps the recorded data meaningful). */
export function removeNextStep(db: Db, userId: string, studyId: string, stepId: string): void {
	db.transaction((tx) => {
		const before = requireStep(tx, studyId, stepId);
		const used = nextStepUsage(tx, studyId, before.key);
		if (used > 0) throw new UserError('error.next_step_in_use', { label: before.label, n: used }, 409);
		tx.delete(table.nextStep).where(eq(table.nextStep.id, stepId)).run();
		recordAudit(tx, { studyId, userId, entity: 'next_step', entityId: stepId, action: 'delete', before: { key: before.key, label: before.label } });
	});
}

/** Moves a step one place up (-1) or down (+1); positions are renumbered 0…n−1. */
export function moveNextStep(db: Db, userId: string, studyId: string, stepId: string, direction: -1 | 1): void {
	db.transaction((tx) => {
		const steps = listNextSteps(tx, studyId);
		const i = steps.findIndex((s) => s.id === stepId);
		if (i < 0) throw new UserError('error.next_step_not_found', {}, 404);
		const j = i + direction;
		if (j < 0 || j >= steps.length) return;
		[steps[i], steps[j]] = [steps[j], steps[i]];
		steps.forEach((s, position) => tx.update(table.nextStep).set({ position }).where(eq(table.nextStep.id, s.id)).run());
		recordAudit(tx, { studyId, userId, entity: 'next_step', entityId: stepId, action: 'move', after: { position: j } });
	});
}

// ── Concern scale ───────────────────────────────────────────────────────────

export function getConcernScale(db: Db, studyId: string): { labels: string[]; version: number } {
	const row = db.select({ labels: table.study.concernScale, version: table.study.version }).from(table.study).where(eq(table.study.id, studyId)).get();
	if (!row) throw new UserError('error.not_found', {}, 404);
	return row;
}

/** Highest concern level recorded in any group or individual assessment of the study, or −1. */
export function highestConcernUsed(db: Db, studyId: string): number {
	const g = db.select({ m: sql<number | null>`max(${table.groupAssessment.concern})` }).from(table.groupAssessment).where(eq(table.groupAssessment.studyId, studyId)).get()?.m;
	const i = db
		.select({ m: sql<number | null>`max(${table.individualAssessment.concern})` })
		.from(table.individualAssessment)
		.where(eq(table.individualAssessment.studyId, studyId))
		.get()?.m;
	return Math.max(g ?? -1, i ?? -1);
}

/**
 * Replaces the labels of the concern scale (lowest first), under the study's version. The scale may not
 * shrink below a level that an assessment uses: that would change what the recorded data mean.
 */
export function updateConcernScale(db: Db, userId: string, studyId: string, expectedVersion: number, labels: string[]): void {
	const clean = labels.map((l) => l.trim()).filter((l) => l !== '');
	if (clean.length < SCALE_MIN || clean.length > SCALE_MAX) throw new UserError('error.concern_scale_size', { min: SCALE_MIN, max: SCALE_MAX });
	for (const l of clean) if (l.length > SCALE_LABEL_MAX) throw new UserError('error.field_too_long', { field: 'scaleLabel', max: SCALE_LABEL_MAX });
	const seen = new Set<string>();
	for (const l of clean) {
		if (seen.has(l.toLowerCase())) throw new UserError('error.concern_scale_duplicate', { label: l });
		seen.add(l.toLowerCase());
	}
	db.transaction((tx) => {
		const before = getConcernScale(tx, studyId);
		if (before.version !== expectedVersion) throw new UserError('error.stale_edit', {}, 409);
		const used = highestConcernUsed(tx, studyId);
		if (used >= clean.length) throw new UserError('error.concern_scale_in_use', { level: used + 1, label: before.labels[used] ?? String(used) }, 409);
		tx.update(table.study).set({ concernScale: clean, version: before.version + 1 }).where(eq(table.study.id, studyId)).run();
		recordAudit(tx, { studyId, userId, entity: 'study', entityId: studyId, action: 'update', before: { concernScale: before.labels }, after: { concernScale: clean } });
	});
}

// ── Group assessments ───────────────────────────────────────────────────────

export interface AssessmentItem {
	id: string;
	focusGroupId: string;
	vignetteId: string;
	waveId: string;
	municipalityId: string;
	concern: number | null;
	steps: string[];
	agreement: Agreement | null;
	justification: string;
	reported: boolean;
	status: 'confirmed' | 'proposed';
	passages: string[];
	version: number;
}

/** Every group assessment of the study (optionally of one wave), with the group's wave and municipality. */
export function listGroupAssessments(db: Db, studyId: string, options: { waveId?: string } = {}): AssessmentItem[] {
	const conditions = [eq(table.groupAssessment.studyId, studyId)];
	if (options.waveId) conditions.push(eq(table.focusGroup.waveId, options.waveId));
	return db
		.select({
			id: table.groupAssessment.id,
			focusGroupId: table.groupAssessment.focusGroupId,
			vignetteId: table.groupAssessment.vignetteId,
			waveId: table.focusGroup.waveId,
			municipalityId: table.focusGroup.municipalityId,
			concern: table.groupAssessment.concern,
			steps: table.groupAssessment.steps,
			agreement: table.groupAssessment.agreement,
			justification: table.groupAssessment.justification,
			reported: table.groupAssessment.reported,
			status: table.groupAssessment.status,
			passages: table.groupAssessment.passages,
			version: table.groupAssessment.version
		})
		.from(table.groupAssessment)
		.innerJoin(table.focusGroup, eq(table.groupAssessment.focusGroupId, table.focusGroup.id))
		.where(and(...conditions))
		.all();
}

export function getGroupAssessment(db: Db, studyId: string, focusGroupId: string, vignetteId: string): AssessmentItem | undefined {
	return listGroupAssessments(db, studyId).find((a) => a.focusGroupId === focusGroupId && a.vignetteId === vignetteId);
}

export interface IndividualItem {
	participantId: string;
	vignetteId: string;
	concern: number | null;
	steps: string[];
}

export function listIndividualAssessments(db: Db, studyId: string, focusGroupId?: string): (IndividualItem & { focusGroupId: string })[] {
	const conditions = [eq(table.individualAssessment.studyId, studyId)];
	if (focusGroupId) conditions.push(eq(table.participant.focusGroupId, focusGroupId));
	return db
		.select({
			participantId: table.individualAssessment.participantId,
			focusGroupId: table.participant.focusGroupId,
			vignetteId: table.individualAssessment.vignetteId,
			concern: table.individualAssessment.concern,
			steps: table.individualAssessment.steps
		})
		.from(table.individualAssessment)
		.innerJoin(table.participant, eq(table.individualAssessment.participantId, table.participant.id))
		.where(and(...conditions))
		.all();
}

export interface AssessmentInput {
	focusGroupId: string;
	vignetteId: string;
	concern: number | null;
	steps: string[];
	agreement: Agreement | null;
	justification: string;
	reported: boolean;
	passages: string[];
	/** participantId → level (null removes that participant's assessment). Absent: individual assessments stay as they are. */
	individual?: Record<string, number | null>;
}

/** The group with its wave's source kind; throws unless group and vignette belong to the study and go together. */
function requireGroupAndVignette(db: Db, studyId: string, focusGroupId: string, vignetteId: string) {
	const group = getFocusGroup(db, studyId, focusGroupId);
	if (!group) throw new UserError('error.focus_group_not_found', {}, 404);
	const vignette = db
		.select({ id: table.vignette.id })
		.from(table.vignette)
		.where(and(eq(table.vignette.id, vignetteId), eq(table.vignette.studyId, studyId)))
		.get();
	if (!vignette) throw new UserError('error.vignette_not_in_study', {}, 404);
	if (!group.vignettes.some((v) => v.vignetteId === vignetteId)) throw new UserError('error.assessment_vignette_not_in_group', { group: group.municipalityCode });
	return group;
}

function checkConcern(value: number | null, levels: number, field: string): number | null {
	if (value === null) return null;
	if (!Number.isInteger(value) || value < 0 || value >= levels) throw new UserError('error.concern_out_of_scale', { field, max: levels });
	return value;
}

/** Normalises and checks an assessment against the study's rules; returns what is stored. */
function checkAssessment(db: Db, userId: string | null, studyId: string, input: AssessmentInput) {
	const group = requireGroupAndVignette(db, studyId, input.focusGroupId, input.vignetteId);
	const levels = getConcernScale(db, studyId).labels.length;
	const concern = checkConcern(input.concern, levels, 'concern');
	const known = new Set(ensureNextSteps(db, userId, studyId).map((s) => s.key));
	const steps = [...new Set(input.steps)];
	for (const s of steps) if (!known.has(s)) throw new UserError('error.next_step_unknown', { key: s.slice(0, 40) });
	if (input.agreement !== null && !(AGREEMENTS as readonly string[]).includes(input.agreement)) throw new UserError('error.invalid_field', { field: 'agreement' });
	const justification = input.justification.trim();
	if (justification.length > JUSTIFICATION_MAX) throw new UserError('error.field_too_long', { field: 'justification', max: JUSTIFICATION_MAX });
	if (input.reported && group.waveSourceKind !== 'reported') throw new UserError('error.assessment_reported_wave');
	const passages = [...new Set(input.passages)];
	if (passages.length > PASSAGES_MAX) throw new UserError('error.assessment_too_many_passages', { max: PASSAGES_MAX });
	if (passages.length > 0) {
		const found = db
			.select({ id: table.coding.id })
			.from(table.coding)
			.innerJoin(table.transcriptVersion, eq(table.coding.versionId, table.transcriptVersion.id))
			.innerJoin(table.transcript, eq(table.transcriptVersion.transcriptId, table.transcript.id))
			.where(and(eq(table.coding.studyId, studyId), eq(table.transcript.focusGroupId, group.id), inArray(table.coding.id, passages)))
			.all();
		if (found.length !== passages.length) throw new UserError('error.assessment_passage_unknown');
	}
	let individual: [string, number | null][] | undefined;
	if (input.individual) {
		const participants = new Set(group.participants.map((p) => p.id));
		individual = Object.entries(input.individual).map(([participantId, level]) => {
			if (!participants.has(participantId)) throw new UserError('error.participant_not_in_group', {}, 400);
			return [participantId, checkConcern(level, levels, 'individual')];
		});
	}
	return {
		group,
		row: { concern, steps, agreement: input.agreement, justification, reported: input.reported, passages },
		individual
	};
}

function writeIndividual(tx: Db, studyId: string, vignetteId: string, entries: [string, number | null][]): Record<string, [number | null, number | null]> {
	const changes: Record<string, [number | null, number | null]> = {};
	for (const [participantId, concern] of entries) {
		const before = tx
			.select()
			.from(table.individualAssessment)
			.where(and(eq(table.individualAssessment.participantId, participantId), eq(table.individualAssessment.vignetteId, vignetteId)))
			.get();
		if ((before?.concern ?? null) === concern && (before || concern === null)) continue;
		if (concern === null) {
			if (before && before.steps.length === 0) tx.delete(table.individualAssessment).where(eq(table.individualAssessment.id, before.id)).run();
			else if (before) tx.update(table.individualAssessment).set({ concern: null }).where(eq(table.individualAssessment.id, before.id)).run();
		} else if (before) tx.update(table.individualAssessment).set({ concern }).where(eq(table.individualAssessment.id, before.id)).run();
		else tx.insert(table.individualAssessment).values({ id: newId(), studyId, participantId, vignetteId, concern, steps: [] }).run();
		changes[participantId] = [before?.concern ?? null, concern];
	}
	return changes;
}

/**
 * Creates (expectedVersion null) or updates a group assessment; a person's save always leaves it confirmed.
 * Returns the assessment's id and new version.
 */
export function saveGroupAssessment(db: Db, userId: string, studyId: string, expectedVersion: number | null, input: AssessmentInput): { id: string; version: number } {
	return db.transaction((tx) => {
		const { row, individual } = checkAssessment(tx, userId, studyId, input);
		const before = tx
			.select()
			.from(table.groupAssessment)
			.where(and(eq(table.groupAssessment.focusGroupId, input.focusGroupId), eq(table.groupAssessment.vignetteId, input.vignetteId)))
			.get();
		if (before ? before.version !== expectedVersion : expectedVersion !== null) throw new UserError('error.stale_edit', {}, 409);
		const individualChanges = individual ? writeIndividual(tx, studyId, input.vignetteId, individual) : {};
		const snapshot = (r: typeof row & { status: string }) => ({ ...r, steps: r.steps.join(','), passages: r.passages.length });
		if (!before) {
			const id = newId();
			tx.insert(table.groupAssessment).values({ id, studyId, focusGroupId: input.focusGroupId, vignetteId: input.vignetteId, ...row, status: 'confirmed', updatedBy: userId }).run();
			recordAudit(tx, {
				studyId,
				userId,
				entity: 'group_assessment',
				entityId: id,
				action: 'create',
				after: { focusGroupId: input.focusGroupId, vignetteId: input.vignetteId, ...snapshot({ ...row, status: 'confirmed' }), individual: individualChanges }
			});
			return { id, version: 1 };
		}
		const version = before.version + 1;
		tx.update(table.groupAssessment).set({ ...row, status: 'confirmed', version, updatedBy: userId }).where(eq(table.groupAssessment.id, before.id)).run();
		recordAudit(tx, {
			studyId,
			userId,
			entity: 'group_assessment',
			entityId: before.id,
			action: before.status === 'proposed' ? 'confirm' : 'update',
			before: snapshot(before),
			after: { ...snapshot({ ...row, status: 'confirmed' }), individual: individualChanges }
		});
		return { id: before.id, version };
	});
}

/** Confirms a proposed assessment as it stands. */
export function confirmGroupAssessment(db: Db, userId: string, studyId: string, assessmentId: string, expectedVersion: number): void {
	db.transaction((tx) => {
		const before = tx
			.select()
			.from(table.groupAssessment)
			.where(and(eq(table.groupAssessment.id, assessmentId), eq(table.groupAssessment.studyId, studyId)))
			.get();
		if (!before) throw new UserError('error.assessment_not_found', {}, 404);
		if (before.version !== expectedVersion) throw new UserError('error.stale_edit', {}, 409);
		if (before.status === 'confirmed') return;
		tx.update(table.groupAssessment).set({ status: 'confirmed', version: before.version + 1, updatedBy: userId }).where(eq(table.groupAssessment.id, assessmentId)).run();
		recordAudit(tx, { studyId, userId, entity: 'group_assessment', entityId: assessmentId, action: 'confirm', before: { status: before.status }, after: { status: 'confirmed' } });
	});
}

/** Deletes a group assessment (e.g. a rejected proposal); individual assessments stay. */
export function deleteGroupAssessment(db: Db, userId: string, studyId: string, assessmentId: string, expectedVersion: number): void {
	db.transaction((tx) => {
		const before = tx
			.select()
			.from(table.groupAssessment)
			.where(and(eq(table.groupAssessment.id, assessmentId), eq(table.groupAssessment.studyId, studyId)))
			.get();
		if (!before) throw new UserError('error.assessment_not_found', {}, 404);
		if (before.version !== expectedVersion) throw new UserError('error.stale_edit', {}, 409);
		tx.delete(table.groupAssessment).where(eq(table.groupAssessment.id, assessmentId)).run();
		recordAudit(tx, {
			studyId,
			userId,
			entity: 'group_assessment',
			entityId: assessmentId,
			action: 'delete',
			before: { focusGroupId: before.focusGroupId, vignetteId: before.vignetteId, concern: before.concern, steps: before.steps.join(','), status: before.status }
		});
	});
}

// ── Passages and proposals from consensus coding ────────────────────────────

const LEAD_VIEW = { userId: CONSENSUS_USER_ID, role: 'lead' as const };

/** Transcript ids of a focus group. */
function groupTranscriptIds(db: Db, studyId: string, focusGroupId: string): Set<string> {
	return new Set(
		db
			.select({ id: table.transcript.id })
			.from(table.transcript)
			.where(and(eq(table.transcript.studyId, studyId), eq(table.transcript.focusGroupId, focusGroupId)))
			.all()
			.map((t) => t.id)
	);
}

/**
 * Coded passages in the group's discussion of the vignette (current transcript versions), by coder:
 * `coderId` given → only that coder's (e.g. the consensus coder); otherwise as `viewer` may see them.
 */
export function sectionPassages(
	db: Db,
	studyId: string,
	focusGroupId: string,
	vignetteId: string,
	options: { coderId?: string; viewer?: { userId: string; role: 'lead' | 'coder' | 'student' }; studyBlind?: boolean; limit?: number } = {}
): CodedSegment[] {
	const group = getFocusGroup(db, studyId, focusGroupId);
	if (!group) return [];
	const transcripts = groupTranscriptIds(db, studyId, focusGroupId);
	if (transcripts.size === 0) return [];
	const { segments } = listCodedSegments(db, studyId, options.viewer ?? LEAD_VIEW, options.studyBlind ?? false, {
		municipalityId: group.municipalityId,
		vignetteId,
		coderId: options.coderId
	});
	const mine = segments.filter((s) => transcripts.has(s.transcriptId));
	return options.limit ? mine.slice(0, options.limit) : mine;
}

/** Passages by coding id (for the links of an assessment), in the order given; unknown ids are left out. */
export function passagesByIds(db: Db, studyId: string, focusGroupId: string, vignetteId: string, ids: string[]): CodedSegment[] {
	if (ids.length === 0) return [];
	const all = sectionPassages(db, studyId, focusGroupId, vignetteId);
	const byId = new Map(all.map((s) => [s.codingId, s]));
	// A linked passage may lie outside the section (e.g. sections redrawn): look it up group-wide.
	const missing = ids.filter((id) => !byId.has(id));
	if (missing.length) {
		const group = getFocusGroup(db, studyId, focusGroupId);
		const transcripts = groupTranscriptIds(db, studyId, focusGroupId);
		if (group)
			for (const s of listCodedSegments(db, studyId, LEAD_VIEW, false, { municipalityId: group.municipalityId }).segments)
				if (missing.includes(s.codingId) && transcripts.has(s.transcriptId)) byId.set(s.codingId, s);
	}
	return ids.map((id) => byId.get(id)).filter((s): s is CodedSegment => s !== undefined);
}

export interface Proposal {
	/** Always null: a VUR.BEK passage says that concern was voiced, not at which level. */
	concern: null;
	steps: string[];
	/** Coding ids: the passages coded with a step's code, then the VUR.BEK passages. */
	passages: string[];
	/** Per proposed step, the passages that propose it. */
	basis: Record<string, string[]>;
	/** Consensus passages in the section at all (0 → nothing to propose from). */
	consensusPassages: number;
}

/** What the consensus coding of the group's discussion of the vignette proposes. */
export function proposeAssessment(db: Db, studyId: string, focusGroupId: string, vignetteId: string): Proposal {
	const steps = listNextSteps(db, studyId).length ? listNextSteps(db, studyId) : DEFAULT_NEXT_STEPS.map((s, position) => ({ key: s.key, proposingCode: STEP_CODES[s.key], position }));
	const passages = sectionPassages(db, studyId, focusGroupId, vignetteId, { coderId: CONSENSUS_USER_ID });
	const codes = listCodes(db, studyId);
	const keyOf = new Map(codes.map((c) => [c.id, c.key.toLowerCase()]));
	const basis: Record<string, string[]> = {};
	const linked: string[] = [];
	for (const step of steps) {
		if (!step.proposingCode) continue;
		const want = step.proposingCode.toLowerCase();
		const ids = passages.filter((p) => keyOf.get(p.codeId) === want).map((p) => p.codingId);
		if (ids.length) {
			basis[step.key] = ids;
			linked.push(...ids);
		}
	}
	const concernIds = passages.filter((p) => keyOf.get(p.codeId) === CONCERN_CODE_KEY.toLowerCase()).map((p) => p.codingId);
	return {
		concern: null,
		steps: Object.keys(basis),
		passages: [...new Set([...linked, ...concernIds])].slice(0, PASSAGES_MAX),
		basis,
		consensusPassages: passages.length
	};
}

/**
 * Stores a proposal (status 'proposed') for every discussed group × vignette of the study (or one wave)
 * that has no assessment yet and whose consensus coding proposes at least one step. Returns how many.
 */
export function createProposals(db: Db, userId: string, studyId: string, options: { waveId?: string } = {}): number {
	ensureNextSteps(db, userId, studyId);
	return db.transaction((tx) => {
		const existing = new Set(listGroupAssessments(tx, studyId).map((a) => `${a.focusGroupId}|${a.vignetteId}`));
		const groups = tx
			.select({ id: table.focusGroup.id, waveId: table.focusGroup.waveId })
			.from(table.focusGroup)
			.where(eq(table.focusGroup.studyId, studyId))
			.all()
			.filter((g) => !options.waveId || g.waveId === options.waveId);
		let created = 0;
		for (const g of groups) {
			const vignetteIds = tx
				.select({ id: table.focusGroupVignette.vignetteId })
				.from(table.focusGroupVignette)
				.where(eq(table.focusGroupVignette.focusGroupId, g.id))
				.all()
				.map((v) => v.id);
			for (const vignetteId of vignetteIds) {
				if (existing.has(`${g.id}|${vignetteId}`)) continue;
				const p = proposeAssessment(tx, studyId, g.id, vignetteId);
				if (p.steps.length === 0) continue;
				const id = newId();
				tx.insert(table.groupAssessment)
					.values({ id, studyId, focusGroupId: g.id, vignetteId, concern: null, steps: p.steps, agreement: null, justification: '', reported: false, status: 'proposed', passages: p.passages, updatedBy: userId })
					.run();
				recordAudit(tx, { studyId, userId, entity: 'group_assessment', entityId: id, action: 'propose', after: { focusGroupId: g.id, vignetteId, steps: p.steps.join(','), passages: p.passages.length } });
				created++;
			}
		}
		return created;
	});
}

/** Whether the study has any consensus codings at all. */
export function hasConsensusCodings(db: Db, studyId: string): boolean {
	return (
		db
			.select({ id: table.coding.id })
			.from(table.coding)
			.where(and(eq(table.coding.studyId, studyId), eq(table.coding.coderId, CONSENSUS_USER_ID)))
			.limit(1)
			.get() !== undefined
	);
}
