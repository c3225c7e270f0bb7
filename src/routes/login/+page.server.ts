import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { authenticate } from '$lib/server/users';
import { isRegistrationOpen } from '$lib/server/instance';
import { createSession, generateSessionToken, setSessionTokenCookie } from '$lib/server/auth/session';
import { loginThrottle } from '$lib/server/auth/throttle';
import { safeNext } from '$lib/server/navigation';

export const load: PageServerLoad = ({ locals, url }) => {
	const next = safeNext(url.searchParams.get('next'));
	if (locals.user) redirect(303, next);
	return { next, registrationOpen: isRegistrationOpen(getDb()) };
};

export const actions: Actions = {
	default: async (event) => {
		const data = await event.request.formData();
		const username = String(data.get('username') ?? '').slice(0, 64);
		const password = String(data.get('password') ?? '').slice(0, 300);
		const next = safeNext(String(data.get('next') ?? '/'));
		const throttle = loginThrottle(username, event.getClientAddress());
		const wait = throttle.waitMs();
		if (wait > 0) {
			return fail(429, { error: 'error.too_many_attempts' as const, params: { minutes: Math.ceil(wait / 60_000) }, values: { username } });
		}
		if (!username || !password) {
			return fail(400, { error: 'error.login_missing' as const, params: {}, values: { username } });
		}
		const db = getDb();
		const user = await authenticate(db, username, password);
		if (!user) {
			throttle.failed();
			return fail(400, { error: 'error.login_failed' as const, params: {}, values: { username } });
		}
		throttle.succeeded();
		const token = generateSessionToken();
		const session = createSession(db, token, user.id);
		setSessionTokenCookie(event.cookies, event.url, token, session.expiresAt);
		redirect(303, next);
	}
};
