// Studies: creation (the creator becomes lead), listing, settings.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from './db/client';
import * as table from './db/schema';
import { newId } from './ids';
import { UserError } from './errors';
import { recordAudit } from './audit';

export const DEFAULT_CONCERN_SCALE = ['Ikke bekymrende', 'Lidt bekymrende', 'Bekymrende', 'Alvorligt bekymrende', 'Akut'];
export const STUDY_NAME_MAX = 200;
export const STUDY_DESCRIPTION_MAX = 5000;

export function checkStudyFields(input: { name: string; description: string }): { name: string; description: string } {
	const name = input.name.trim();
	const description = input.description.trim();
	if (!name) throw new UserError('error.field_required', { field: 'name' });
	if (name.length > STUDY_NAME_MAX) throw new UserError('error.field_too_long', { field: 'name', max: STUDY_NAME_MAX });
	if (description.length > STUDY_DESCRIPTION_MAX)
		throw new UserError('error.field_too_long', { field: 'description', max: STUDY_DESCRIPTION_MAX });
	return { name, description };
}

/** Creates a study with its creator as lead. `setup` runs in the same transaction (demo data, codebook). */
export function createStudy(
	db: Db,
	userId: string,
	input: { name: string; description: string; isDemo?: boolean },
	setup?: (tx: Db, studyId: string) => void
): string {
	const fields = checkStudyFields(input);
	return db.transaction((tx) => {
		const id = newId();
		const row = { id, ...fields, concernScale: DEFAULT_CONCERN_SCALE, createdBy: userId, isDemo: input.isDemo ?? false };
		tx.insert(table.study).values(row).run();
		tx.insert(table.membership).values({ studyId: id, userId, role: 'lead' }).run();
		recordAudit(tx, { studyId: id, userId, entity: 'study', entityId: id, action: 'create', after: fields });
		recordAudit(tx, { studyId: id, userId, entity: 'membership', entityId: userId, action: 'create', after: { role: 'lead' } });
		setup?.(tx, id);
		return id;
	});
}

export function listStudiesForUser(db: Db, userId: string) {
	return db
		.select({
			id: table.study.id,
			name: table.study.name,
			description: table.study.description,
			isDemo: table.study.isDemo,
			role: table.membership.role,
			createdAt: table.study.createdAt
		})
		.from(table.membership)
		.innerJoin(table.study, eq(table.membership.studyId, table.study.id))
		.where(eq(table.membership.userId, userId))
		.orderBy(asc(table.study.name))
		.all();
}

export function getStudy(db: Db, studyId: string) {
	return db.select().from(table.study).where(eq(table.study.id, studyId)).get();
}

export function getMembership(db: Db, studyId: string, userId: string) {
	return db
		.select()
		.from(table.membership)
		.where(and(eq(table.membership.studyId, studyId), eq(table.membership.userId, userId)))
		.get();
}

/** Optimistic update: refused when someone else saved since `expectedVersion` was read. */
export function updateStudy(
	db: Db,
	userId: string,
	studyId: string,
	expectedVersion: number,
	input: { name: string; description: string }
): void {
	const fields = checkStudyFields(input);
	db.transaction((tx) => {
		const before = getStudy(tx, studyId);
		if (!before) throw new UserError('error.not_found', {}, 404);
		if (before.version !== expectedVersion) throw new UserError('error.stale_edit', {}, 409);
		tx.update(table.study)
			.set({ ...fields, version: before.version + 1 })
			.where(eq(table.study.id, studyId))
			.run();
		recordAudit(tx, {
			studyId,
			userId,
			entity: 'study',
			entityId: studyId,
			action: 'update',
			before: { name: before.name, description: before.description },
			after: fields
		});
	});
}

export function setStudyBlind(db: Db, userId: string, studyId: string, blind: boolean): void {
	db.transaction((tx) => {
		const before = getStudy(tx, studyId);
		if (!before) throw new UserError('error.not_found', {}, 404);
		tx.update(table.study).set({ blind, version: before.version + 1 }).where(eq(table.study.id, studyId)).run();
		recordAudit(tx, { studyId, userId, entity: 'study', entityId: studyId, action: 'update', before: { blind: before.blind }, after: { blind } });
	});
}

/** Counts for the study overview and its getting-started list. */
export function studySummary(db: Db, studyId: string) {
	const countOf = (t: typeof table.vignette | typeof table.wave | typeof table.municipality | typeof table.focusGroup | typeof table.transcript | typeof table.code | typeof table.coding | typeof table.membership) =>
		db.select({ n: sql<number>`count(*)` }).from(t).where(eq(t.studyId, studyId)).get()?.n ?? 0;
	return {
		vignettes: countOf(table.vignette),
		waves: countOf(table.wave),
		municipalities: countOf(table.municipality),
		focusGroups: countOf(table.focusGroup),
		transcripts: countOf(table.transcript),
		codes: countOf(table.code),
		codings: countOf(table.coding),
		members: countOf(table.membership)
	};
}
