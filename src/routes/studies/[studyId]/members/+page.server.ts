import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import {
	addMemberByUsername,
	changeRole,
	createInvitation,
	isRole,
	listInvitations,
	listMembers,
	removeMember,
	revokeInvitation,
	setAdjudicator
} from '$lib/server/members';
import { field, guard, intField } from '$lib/server/forms';
import { UserError } from '$lib/server/errors';
import type { Role } from '$lib/server/db/schema';

function roleField(data: FormData): Role {
	const role = field(data, 'role', 20);
	if (!isRole(role)) throw new UserError('error.invalid_role');
	return role;
}

export const load: PageServerLoad = (event) => {
	const { db, study, user } = requireStudyRole(event, 'lead');
	return { members: listMembers(db, study.id), invitations: listInvitations(db, study.id), me: user.id };
};

export const actions: Actions = {
	add: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			addMemberByUsername(db, user.id, study.id, field(data, 'username', 64), roleField(data));
			return { added: true };
		}, data);
	},
	role: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			changeRole(db, user.id, study.id, field(data, 'userId', 64), roleField(data));
			return { saved: true };
		});
	},
	remove: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			removeMember(db, user.id, study.id, field(data, 'userId', 64));
			return { removed: true };
		});
	},
	invite: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			const { token } = createInvitation(db, user.id, study.id, {
				role: roleField(data),
				maxUses: intField(data, 'maxUses', 1, 500),
				days: intField(data, 'days', 1, 90),
				note: field(data, 'note', 1000)
			});
			return { inviteLink: `${event.url.origin}/invite/${token}` };
		}, data);
	},
	adjudicator: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			setAdjudicator(db, user.id, study.id, field(data, 'userId', 64), data.get('adjudicator') === 'true');
			return { saved: true };
		});
	},
	revoke: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			revokeInvitation(db, user.id, study.id, field(data, 'invitationId', 64));
			return { revoked: true };
		});
	}
};
