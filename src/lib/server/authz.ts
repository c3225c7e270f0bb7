// Authorization for everything inside a study. Every load and action of a study route calls
// `requireStudyRole`: a non-member gets 404 (the study's existence is not revealed); a student gets
// 404 for everything beyond the teaching material (research pages don't exist for students); a
// coder gets 403 for what only leads may do.
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Role } from './db/schema';
import { getDb } from './db';
import { getMembership, getStudy } from './studies';
import type { SessionUser } from './auth/session';

const RANK: Record<Role, number> = { student: 0, coder: 1, lead: 2 };

export function roleAtLeast(role: Role, minimum: Role): boolean {
	return RANK[role] >= RANK[minimum];
}

type AnyEvent = Pick<RequestEvent, 'locals' | 'url' | 'params'>;

export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>): SessionUser {
	const user = event.locals.user;
	if (!user) {
		const next = event.url.pathname + event.url.search;
		redirect(303, `/login?next=${encodeURIComponent(next)}`);
	}
	return user;
}

export function requireAdmin(event: Pick<RequestEvent, 'locals' | 'url'>): SessionUser {
	const user = requireUser(event);
	if (!user.isAdmin) error(403, { message: 'forbidden' });
	return user;
}

/** The decision itself, without SvelteKit: used by the helper below and by unit tests. */
export function decideStudyAccess(role: Role | undefined, minimum: Role): 'ok' | 'not_found' | 'forbidden' {
	if (!role) return 'not_found';
	if (roleAtLeast(role, minimum)) return 'ok';
	return role === 'student' ? 'not_found' : 'forbidden';
}

export function requireStudyRole(event: AnyEvent, minimum: Role) {
	const user = requireUser(event);
	const studyId = (event.params as Record<string, string | undefined>).studyId;
	const db = getDb();
	const membership = studyId ? getMembership(db, studyId, user.id) : undefined;
	const decision = decideStudyAccess(membership?.role, minimum);
	if (decision === 'not_found') error(404, { message: 'not_found' });
	if (decision === 'forbidden') error(403, { message: 'forbidden' });
	const study = getStudy(db, studyId!);
	if (!study) error(404, { message: 'not_found' });
	return { db, user, study, role: membership!.role, adjudicator: membership!.adjudicator };
}

/** Adjudicating disagreements into the consensus coding: leads, and coders a lead has named. */
export function requireAdjudicator(event: AnyEvent) {
	const access = requireStudyRole(event, 'coder');
	if (access.role !== 'lead' && !access.adjudicator) error(403, { message: 'forbidden' });
	return access;
}

export function mayAdjudicate(access: { role: Role; adjudicator: boolean }): boolean {
	return access.role === 'lead' || access.adjudicator;
}

export type StudyAccess = ReturnType<typeof requireStudyRole>;
