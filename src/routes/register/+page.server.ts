import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { countHumanUsers, registerUser } from '$lib/server/users';
import { isRegistrationOpen } from '$lib/server/instance';
import { findInvitation, redeemInvitation } from '$lib/server/members';
import { createSession, generateSessionToken, setSessionTokenCookie } from '$lib/server/auth/session';
import { field, guard } from '$lib/server/forms';
import { UserError } from '$lib/server/errors';

function describeInvitation(token: string | null) {
	if (!token) return null;
	const { state, invitation } = findInvitation(getDb(), token);
	return { token, state, studyName: state === 'valid' ? invitation?.studyName : null, role: state === 'valid' ? invitation?.role : null };
}

export const load: PageServerLoad = ({ locals, url }) => {
	const invite = describeInvitation(url.searchParams.get('invite'));
	if (locals.user) redirect(303, invite ? `/invite/${invite.token}` : '/');
	const db = getDb();
	return { invite, registrationOpen: isRegistrationOpen(db) || countHumanUsers(db) === 0, firstUser: countHumanUsers(db) === 0 };
};

export const actions: Actions = {
	default: async (event) => {
		const data = await event.request.formData();
		const db = getDb();
		let target = '/';
		const result = await guard(async () => {
			const username = field(data, 'username', 64);
			const password = field(data, 'password', 300);
			const confirm = field(data, 'confirm', 300);
			const inviteToken = field(data, 'invite', 64) || null;
			if (password !== confirm) throw new UserError('error.password_mismatch');
			let studyId: string | null = null;
			const user = await registerUser(
				db,
				{ username, password },
				inviteToken
					? (tx, created) => {
							studyId = redeemInvitation(tx, inviteToken, created.id);
						}
					: undefined
			);
			const token = generateSessionToken();
			const session = createSession(db, token, user.id);
			setSessionTokenCookie(event.cookies, event.url, token, session.expiresAt);
			target = studyId ? `/studies/${studyId}` : '/';
		}, data);
		if (result) return result;
		redirect(303, target);
	}
};
