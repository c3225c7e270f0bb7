// Practice coding: a lead turns published excerpts into an exercise with the codes in play;
// students code the excerpts blind, submit, and get feedback against the excerpts' reference
// (per code κ on turns and unitized α on spans, and passage by passage missed / added / agreed).
// Each student sees only their own codings; the lead sees results per student and per code.
import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from './db/client';
import * as table from './db/schema';
import { newId } from './ids';
import { UserError } from './errors';
import { recordAudit } from './audit';
import { listCodes } from './codebook';
import { exerciseFeedback, type CodeFeedback, type ExerciseFeedback } from '$lib/teaching';

export const EXERCISE_TITLE_MAX = 200;
export const EXERCISE_INSTRUCTIONS_MAX = 5000;
export const EXERCISE_CODES_MAX = 30;
export const EXERCISE_EXCERPTS_MAX = 12;
export const EXERCISE_CODINGS_MAX = 500;

export type Exercise = typeof table.exercise.$inferSelect;

export interface ExerciseInput {
	title: string;
	instructions: string;
	codeIds: string[];
	excerptIds: string[];
}

export function createExercise(db: Db, userId: string, studyId: string, input: ExerciseInput): string {
	const title = input.title.replace(/\s+/g, ' ').trim();
	const instructions = input.instructions.trim();
	if (!title) throw new UserError('error.field_required', { field: 'title' });
	if (title.length > EXERCISE_TITLE_MAX) throw new UserError('error.field_too_long', { field: 'title', max: EXERCISE_TITLE_MAX });
	if (instructions.length > EXERCISE_INSTRUCTIONS_MAX)
		throw new UserError('error.field_too_long', { field: 'instructions', max: EXERCISE_INSTRUCTIONS_MAX });
	const codeIds = [...new Set(input.codeIds)];
	const excerptIds = [...new Set(input.excerptIds)];
	if (excerptIds.length === 0) throw new UserError('error.exercise_no_excerpts');
	if (excerptIds.length > EXERCISE_EXCERPTS_MAX) throw new UserError('error.exercise_too_many_excerpts', { max: EXERCISE_EXCERPTS_MAX });
	if (codeIds.length === 0) throw new UserError('error.exercise_no_codes');
	if (codeIds.length > EXERCISE_CODES_MAX) throw new UserError('error.exercise_too_many_codes', { max: EXERCISE_CODES_MAX });
	return db.transaction((tx) => {
		const codes = tx.select({ id: table.code.id }).from(table.code).where(and(eq(table.code.studyId, studyId), inArray(table.code.id, codeIds))).all();
		const excerpts = tx
			.select({ id: table.teachingExcerpt.id })
			.from(table.teachingExcerpt)
			.where(and(eq(table.teachingExcerpt.studyId, studyId), inArray(table.teachingExcerpt.id, excerptIds)))
			.all();
		if (codes.length !== codeIds.length || excerpts.length !== excerptIds.length) throw new UserError('error.not_found', {}, 404);
		const id = newId();
		tx.insert(table.exercise).values({ id, studyId, title, instructions, codeIds, excerptIds, status: 'open', createdBy: userId }).run();
		recordAudit(tx, { studyId, userId, entity: 'exercise', entityId: id, action: 'create', after: { title, codeIds, excerptIds } });
		return id;
	});
}

export function listExercises(db: Db, studyId: string, userId: string) {
	const exercises = db.select().from(table.exercise).where(eq(table.exercise.studyId, studyId)).orderBy(desc(table.exercise.createdAt)).all();
	if (exercises.length === 0) return [];
	const submissions = db
		.select({ exerciseId: table.exerciseSubmission.exerciseId, userId: table.exerciseSubmission.userId, submittedAt: table.exerciseSubmission.submittedAt })
		.from(table.exerciseSubmission)
		.where(inArray(table.exerciseSubmission.exerciseId, exercises.map((e) => e.id)))
		.all();
	return exercises.map((e) => {
		const of = submissions.filter((s) => s.exerciseId === e.id);
		return {
			id: e.id,
			title: e.title,
			status: e.status,
			codes: e.codeIds.length,
			excerpts: e.excerptIds.length,
			createdAt: e.createdAt,
			submitted: of.filter((s) => s.submittedAt).length,
			mine: of.find((s) => s.userId === userId)?.submittedAt ? ('submitted' as const) : of.some((s) => s.userId === userId) ? ('started' as const) : null
		};
	});
}

function exerciseRow(db: Db, studyId: string, exerciseId: string): Exercise {
	const row = db.select().from(table.exercise).where(and(eq(table.exercise.id, exerciseId), eq(table.exercise.studyId, studyId))).get();
	if (!row) throw new UserError('error.not_found', {}, 404);
	return row;
}

export interface ExerciseExcerpt {
	id: string;
	title: string;
	text: string;
	turns: { role: string; start: number; end: number }[];
}

export interface ExerciseCode {
	id: string;
	key: string;
	name: string;
	definition: string;
	inclusion: string;
	exclusion: string;
	example: string;
	color: string;
	shortcut: string | null;
	parentId: string | null;
	depth: number;
}

/** The exercise with its excerpts (text and roles; no reference) and its codes with their definitions. */
export function getExercise(db: Db, studyId: string, exerciseId: string) {
	const exercise = exerciseRow(db, studyId, exerciseId);
	const rows = exercise.excerptIds.length
		? db
				.select({ id: table.teachingExcerpt.id, title: table.teachingExcerpt.title, text: table.teachingExcerpt.text, turns: table.teachingExcerpt.turns })
				.from(table.teachingExcerpt)
				.where(and(eq(table.teachingExcerpt.studyId, studyId), inArray(table.teachingExcerpt.id, exercise.excerptIds)))
				.all()
		: [];
	const byId = new Map(rows.map((r) => [r.id, r]));
	const excerpts: ExerciseExcerpt[] = exercise.excerptIds.map((id) => byId.get(id)).filter((e): e is ExerciseExcerpt => !!e);
	const inPlay = new Set(exercise.codeIds);
	const codes: ExerciseCode[] = listCodes(db, studyId)
		.filter((c) => inPlay.has(c.id))
		.map((c) => ({
			id: c.id,
			key: c.key,
			name: c.name,
			definition: c.definition,
			inclusion: c.inclusion,
			exclusion: c.exclusion,
			example: c.example,
			color: c.color,
			shortcut: c.shortcut,
			// Only the codes in play are listed, so they are shown flat.
			parentId: 'x',
			depth: 0
		}));
	return { exercise, excerpts, codes };
}

export function setExerciseStatus(db: Db, userId: string, studyId: string, exerciseId: string, expectedVersion: number, status: 'open' | 'closed'): void {
	if (status !== 'open' && status !== 'closed') throw new UserError('error.invalid_field', { field: 'status' });
	db.transaction((tx) => {
		const before = exerciseRow(tx, studyId, exerciseId);
		if (before.version !== expectedVersion) throw new UserError('error.stale_edit', {}, 409);
		tx.update(table.exercise).set({ status, version: before.version + 1 }).where(eq(table.exercise.id, exerciseId)).run();
		recordAudit(tx, { studyId, userId, entity: 'exercise', entityId: exerciseId, action: 'update', before: { status: before.status }, after: { status } });
	});
}

// ── A student's work ────────────────────────────────────────────────────────

export type ExerciseSubmission = typeof table.exerciseSubmission.$inferSelect;
export type ExerciseCodingRow = typeof table.exerciseCoding.$inferSelect;

export function getSubmission(db: Db, exerciseId: string, userId: string): ExerciseSubmission | undefined {
	return db
		.select()
		.from(table.exerciseSubmission)
		.where(and(eq(table.exerciseSubmission.exerciseId, exerciseId), eq(table.exerciseSubmission.userId, userId)))
		.get();
}

/** The user's own codings in the exercise (never anyone else's). */
export function listMyExerciseCodings(db: Db, exerciseId: string, userId: string) {
	const submission = getSubmission(db, exerciseId, userId);
	if (!submission) return [];
	return db
		.select({ id: table.exerciseCoding.id, excerptId: table.exerciseCoding.excerptId, codeId: table.exerciseCoding.codeId, start: table.exerciseCoding.start, end: table.exerciseCoding.end })
		.from(table.exerciseCoding)
		.where(eq(table.exerciseCoding.submissionId, submission.id))
		.orderBy(asc(table.exerciseCoding.start), asc(table.exerciseCoding.end))
		.all();
}

function openForWork(tx: Db, studyId: string, exerciseId: string, userId: string) {
	const exercise = exerciseRow(tx, studyId, exerciseId);
	if (exercise.status !== 'open') throw new UserError('error.exercise_closed', {}, 409);
	let submission = getSubmission(tx, exerciseId, userId);
	if (submission?.submittedAt) throw new UserError('error.exercise_submitted', {}, 409);
	if (!submission) {
		const id = newId();
		tx.insert(table.exerciseSubmission).values({ id, exerciseId, userId }).run();
		submission = getSubmission(tx, exerciseId, userId)!;
	}
	return { exercise, submission };
}

export function addExerciseCoding(
	db: Db,
	userId: string,
	studyId: string,
	exerciseId: string,
	input: { excerptId: string; codeId: string; start: number; end: number }
) {
	return db.transaction((tx) => {
		const { exercise, submission } = openForWork(tx, studyId, exerciseId, userId);
		if (!exercise.excerptIds.includes(input.excerptId) || !exercise.codeIds.includes(input.codeId)) throw new UserError('error.not_found', {}, 404);
		const excerpt = tx.select({ text: table.teachingExcerpt.text }).from(table.teachingExcerpt).where(eq(table.teachingExcerpt.id, input.excerptId)).get();
		if (!excerpt) throw new UserError('error.not_found', {}, 404);
		if (!Number.isInteger(input.start) || !Number.isInteger(input.end) || input.start < 0 || input.end <= input.start || input.end > excerpt.text.length)
			throw new UserError('error.exercise_span_invalid');
		const count = tx.select({ id: table.exerciseCoding.id }).from(table.exerciseCoding).where(eq(table.exerciseCoding.submissionId, submission.id)).all().length;
		if (count >= EXERCISE_CODINGS_MAX) throw new UserError('error.exercise_too_many_codings', { max: EXERCISE_CODINGS_MAX });
		const duplicate = tx
			.select({ id: table.exerciseCoding.id })
			.from(table.exerciseCoding)
			.where(
				and(
					eq(table.exerciseCoding.submissionId, submission.id),
					eq(table.exerciseCoding.excerptId, input.excerptId),
					eq(table.exerciseCoding.codeId, input.codeId),
					eq(table.exerciseCoding.start, input.start),
					eq(table.exerciseCoding.end, input.end)
				)
			)
			.get();
		if (duplicate) throw new UserError('error.coding_duplicate', {}, 409);
		const id = newId();
		tx.insert(table.exerciseCoding).values({ id, submissionId: submission.id, ...input }).run();
		recordAudit(tx, { studyId, userId, entity: 'exercise_coding', entityId: id, action: 'create', after: { exerciseId, ...input } });
		return { id, ...input };
	});
}

export function removeExerciseCoding(db: Db, userId: string, studyId: string, exerciseId: string, codingId: string): void {
	db.transaction((tx) => {
		const { submission } = openForWork(tx, studyId, exerciseId, userId);
		const row = tx
			.select()
			.from(table.exerciseCoding)
			.where(and(eq(table.exerciseCoding.id, codingId), eq(table.exerciseCoding.submissionId, submission.id)))
			.get();
		if (!row) throw new UserError('error.not_found', {}, 404);
		tx.delete(table.exerciseCoding).where(eq(table.exerciseCoding.id, codingId)).run();
		recordAudit(tx, { studyId, userId, entity: 'exercise_coding', entityId: codingId, action: 'delete', before: { exerciseId, codeId: row.codeId, start: row.start, end: row.end } });
	});
}

/** Hands the work in: from now on it is fixed and the feedback is shown. */
export function submitExercise(db: Db, userId: string, studyId: string, exerciseId: string, now = Date.now()): void {
	db.transaction((tx) => {
		const { submission } = openForWork(tx, studyId, exerciseId, userId);
		tx.update(table.exerciseSubmission)
			.set({ submittedAt: new Date(now), version: submission.version + 1 })
			.where(eq(table.exerciseSubmission.id, submission.id))
			.run();
		recordAudit(tx, { studyId, userId, entity: 'exercise_submission', entityId: submission.id, action: 'submit', after: { exerciseId } });
	});
}

// ── Feedback and results ────────────────────────────────────────────────────

function referenceSpans(db: Db, studyId: string, exercise: Exercise) {
	if (exercise.excerptIds.length === 0) return { excerpts: [], reference: [] };
	const rows = db
		.select({ id: table.teachingExcerpt.id, text: table.teachingExcerpt.text, turns: table.teachingExcerpt.turns, reference: table.teachingExcerpt.reference })
		.from(table.teachingExcerpt)
		.where(and(eq(table.teachingExcerpt.studyId, studyId), inArray(table.teachingExcerpt.id, exercise.excerptIds)))
		.all();
	const byId = new Map(rows.map((r) => [r.id, r]));
	const ordered = exercise.excerptIds.map((id) => byId.get(id)).filter((r) => !!r);
	return {
		excerpts: ordered.map((r) => ({ id: r.id, length: r.text.length, turns: r.turns })),
		reference: ordered.flatMap((r) => r.reference.map((s) => ({ excerptId: r.id, codeId: s.codeId, start: s.start, end: s.end })))
	};
}

/** The student's feedback; only once they have submitted (undefined before). */
export function feedbackFor(db: Db, studyId: string, exerciseId: string, userId: string): ExerciseFeedback | undefined {
	const exercise = exerciseRow(db, studyId, exerciseId);
	const submission = getSubmission(db, exerciseId, userId);
	if (!submission?.submittedAt) return undefined;
	const { excerpts, reference } = referenceSpans(db, studyId, exercise);
	const student = listMyExerciseCodings(db, exerciseId, userId);
	return exerciseFeedback({ excerpts, codeIds: exercise.codeIds, reference, student });
}

export interface StudentResult {
	userId: string;
	username: string;
	submittedAt: Date;
	codes: CodeFeedback[];
}

export interface CodeSummary {
	codeId: string;
	key: string;
	name: string;
	students: number;
	meanKappa: number | null;
	meanAlpha: number | null;
	missed: number;
	added: number;
	agreed: number;
}

/** Results of every submitted student, per code, and per code over the class (hardest first). */
export function exerciseResults(db: Db, studyId: string, exerciseId: string) {
	const exercise = exerciseRow(db, studyId, exerciseId);
	const { excerpts, reference } = referenceSpans(db, studyId, exercise);
	const submissions = db
		.select({ id: table.exerciseSubmission.id, userId: table.exerciseSubmission.userId, submittedAt: table.exerciseSubmission.submittedAt, username: table.user.username })
		.from(table.exerciseSubmission)
		.innerJoin(table.user, eq(table.user.id, table.exerciseSubmission.userId))
		.where(and(eq(table.exerciseSubmission.exerciseId, exerciseId), isNotNull(table.exerciseSubmission.submittedAt)))
		.orderBy(asc(table.user.username))
		.all();
	const codings = submissions.length
		? db
				.select({ submissionId: table.exerciseCoding.submissionId, excerptId: table.exerciseCoding.excerptId, codeId: table.exerciseCoding.codeId, start: table.exerciseCoding.start, end: table.exerciseCoding.end })
				.from(table.exerciseCoding)
				.where(inArray(table.exerciseCoding.submissionId, submissions.map((s) => s.id)))
				.all()
		: [];
	const students: StudentResult[] = submissions.map((s) => ({
		userId: s.userId,
		username: s.username,
		submittedAt: s.submittedAt!,
		codes: exerciseFeedback({ excerpts, codeIds: exercise.codeIds, reference, student: codings.filter((c) => c.submissionId === s.id) }).codes
	}));
	const codeInfo = new Map(listCodes(db, studyId).map((c) => [c.id, c]));
	const meanOf = (xs: (number | null)[]) => {
		const defined = xs.filter((x): x is number => x !== null);
		return defined.length ? defined.reduce((a, b) => a + b, 0) / defined.length : null;
	};
	const perCode: CodeSummary[] = exercise.codeIds.map((codeId) => {
		const rows = students.map((s) => s.codes.find((c) => c.codeId === codeId)!);
		return {
			codeId,
			key: codeInfo.get(codeId)?.key ?? '?',
			name: codeInfo.get(codeId)?.name ?? '?',
			students: rows.length,
			meanKappa: meanOf(rows.map((r) => r.kappa)),
			meanAlpha: meanOf(rows.map((r) => r.alpha)),
			missed: rows.reduce((a, r) => a + r.missed, 0),
			added: rows.reduce((a, r) => a + r.added, 0),
			agreed: rows.reduce((a, r) => a + r.agreed, 0)
		};
	});
	// Hardest first: lowest mean κ (undefined last).
	perCode.sort((a, b) => (a.meanKappa ?? Infinity) - (b.meanKappa ?? Infinity) || a.key.localeCompare(b.key, 'da'));
	return { exercise, students, perCode, codes: exercise.codeIds.map((id) => ({ id, key: codeInfo.get(id)?.key ?? '?', name: codeInfo.get(id)?.name ?? '?' })) };
}

/** The results as CSV rows: one row per student × code (header first). Numbers with a dot, 4 decimals. */
export function exerciseResultsRows(results: ReturnType<typeof exerciseResults>): string[][] {
	const fmt = (x: number | null) => (x === null ? '' : x.toFixed(4));
	const key = new Map(results.codes.map((c) => [c.id, c]));
	const rows: string[][] = [['student', 'submitted_at', 'code', 'code_name', 'kappa_turns', 'alpha_unitized', 'turns_reference', 'turns_student', 'turns_both', 'agreed', 'missed', 'added']];
	for (const s of results.students) {
		for (const c of s.codes) {
			rows.push([
				s.username,
				s.submittedAt.toISOString(),
				key.get(c.codeId)?.key ?? '?',
				key.get(c.codeId)?.name ?? '?',
				fmt(c.kappa),
				fmt(c.alpha),
				String(c.turnsReference),
				String(c.turnsStudent),
				String(c.turnsBoth),
				String(c.agreed),
				String(c.missed),
				String(c.added)
			]);
		}
	}
	return rows;
}
