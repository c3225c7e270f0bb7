// Joining a class session with its short code (or the link that carries it): a logged-in user
// becomes a student of the session's study (a member keeps their role) and goes to the session;
// someone without an account registers here as a student, or logs in and comes back.
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { findSessionByCode, joinSession, joinThrottle } from '$lib/server/teaching';
import { registerUser } from '$lib/server/users';
import { createSession, generateSessionToken, setSessionTokenCookie } from '$lib/server/auth/session';
import { field, guard } from '$lib/server/forms';
import { UserError } from '$lib/server/errors';
import { normaliseJoinCode } from '$lib/teaching';

function sessionPath(target: { studyId: string; sessionId: string }): string {
	return `/studies/${target.studyId}/teaching/sessions/${target.sessionId}`;
}

/** Looks a code up, counting a wrong code against the address (throttled like logins). */
function lookUp(code: string, address: string) {
	const throttle = joinThrottle(address);
	const wait = throttle.waitMs();
	if (wait > 0) throw new UserError('error.join_too_many_attempts', { minutes: Math.ceil(wait / 60_000) }, 429);
	const session = findSessionByCode(getDb(), code);
	if (!session) {
		throttle.failed();
		throw new UserError(normaliseJoinCode(code) ? 'error.join_code_unknown' : 'error.join_code_shape', {}, 404);
	}
	if (session.status !== 'open') throw new UserError('error.session_closed', {}, 410);
	return session;
}

export const load: PageServerLoad = (event) => {
	const raw = (event.url.searchParams.get('code') ?? '').slice(0, 40);
	if (!raw.trim()) return { code: '', session: null, problem: null, loggedIn: !!event.locals.user };
	try {
		const session = lookUp(raw, event.getClientAddress());
		return {
			code: session.joinCode,
			session: { title: session.title, studyName: session.studyName },
			problem: null,
			loggedIn: !!event.locals.user
		};
	} catch (err) {
		if (!(err instanceof UserError)) throw err;
		return { code: raw, session: null, problem: { error: err.code, params: err.params }, loggedIn: !!event.locals.user };
	}
};

export const actions: Actions = {
	join: async (event) => {
		const user = event.locals.user;
		const data = await event.request.formData();
		const code = String(data.get('code') ?? '').slice(0, 40);
		if (!user) redirect(303, `/login?next=${encodeURIComponent(`/join?code=${code}`)}`);
		let target = '';
		const result = await guard(() => {
			lookUp(code, event.getClientAddress());
			target = sessionPath(joinSession(getDb(), user.id, code));
		}, data);
		if (result) return result;
		redirect(303, target);
	},
	register: async (event) => {
		if (event.locals.user) return fail(400, { error: 'error.join_already_logged_in' as const, params: {} });
		const data = await event.request.formData();
		const db = getDb();
		let target = '';
		const result = await guard(async () => {
			const code = field(data, 'code', 40);
			const username = field(data, 'username', 64);
			const password = field(data, 'password', 300);
			if (password !== field(data, 'confirm', 300)) throw new UserError('error.password_mismatch');
			lookUp(code, event.getClientAddress());
			let joined: { studyId: string; sessionId: string } | null = null;
			// The code works as a class invitation: the account and the membership are made together.
			const user = await registerUser(db, { username, password }, (tx, created) => {
				joined = joinSession(tx, created.id, code);
			});
			const token = generateSessionToken();
			const session = createSession(db, token, user.id);
			setSessionTokenCookie(event.cookies, event.url, token, session.expiresAt);
			target = sessionPath(joined!);
		}, data);
		if (result) return result;
		redirect(303, target);
	}
};
