import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { changePassword } from '$lib/server/users';
import { createSession, generateSessionToken, setSessionTokenCookie } from '$lib/server/auth/session';
import { requireUser } from '$lib/server/authz';
import { field, guard } from '$lib/server/forms';
import { UserError } from '$lib/server/errors';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	return { username: user.username };
};

export const actions: Actions = {
	password: async (event) => {
		const user = requireUser(event);
		const data = await event.request.formData();
		return guard(async () => {
			const current = field(data, 'current', 300);
			const next = field(data, 'password', 300);
			if (next !== field(data, 'confirm', 300)) throw new UserError('error.password_mismatch');
			const db = getDb();
			// Ends every session of the user, this one included; this browser gets a fresh one.
			await changePassword(db, user.id, current, next);
			const token = generateSessionToken();
			const session = createSession(db, token, user.id);
			setSessionTokenCookie(event.cookies, event.url, token, session.expiresAt);
			return { passwordChanged: true };
		});
	}
};
