import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { findInvitation, redeemInvitation } from '$lib/server/members';
import { getMembership } from '$lib/server/studies';
import { guard } from '$lib/server/forms';
import { requireUser } from '$lib/server/authz';

export const load: PageServerLoad = ({ params, locals }) => {
	const db = getDb();
	const { state, invitation } = findInvitation(db, params.token);
	const member = invitation && locals.user ? getMembership(db, invitation.studyId, locals.user.id) : undefined;
	return {
		token: params.token,
		state,
		// The study's name only behind a valid link: a dead link reveals nothing.
		studyName: state === 'valid' ? invitation!.studyName : null,
		role: state === 'valid' ? invitation!.role : null,
		alreadyMemberOf: member ? invitation!.studyId : null
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		let studyId = '';
		const result = await guard(() => {
			studyId = redeemInvitation(getDb(), event.params.token, user.id);
		});
		if (result) return result;
		redirect(303, `/studies/${studyId}`);
	}
};
