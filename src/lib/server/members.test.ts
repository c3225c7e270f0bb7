import { describe, expect, it } from 'vitest';
import { testDb } from '../../../tests/unit/test-db';
import { registerUser } from './users';
import { createStudy, getMembership } from './studies';
import { addMemberByUsername, changeRole, createInvitation, findInvitation, redeemInvitation, removeMember } from './members';
import { listAudit } from './audit';
import { UserError } from './errors';
import { decideStudyAccess, roleAtLeast } from './authz';

function code(fn: () => unknown): string | undefined {
	try {
		fn();
	} catch (e) {
		if (e instanceof UserError) return e.code;
		throw e;
	}
	return undefined;
}

async function setup() {
	const db = testDb();
	const lead = await registerUser(db, { username: 'lead', password: 'password-1' });
	const other = await registerUser(db, { username: 'other', password: 'password-1' });
	const studyId = createStudy(db, lead.id, { name: 'Tærskler', description: '' });
	return { db, lead, other, studyId };
}

describe('study membership', () => {
	it('makes the creator lead and records it in the audit log', async () => {
		const { db, lead, studyId } = await setup();
		expect(getMembership(db, studyId, lead.id)?.role).toBe('lead');
		const entries = listAudit(db, studyId);
		expect(entries.map((e) => `${e.entity}:${e.action}`)).toEqual(['membership:create', 'study:create']);
		expect(entries[1].username).toBe('lead');
	});

	it('adds an existing user by name, refuses unknown names and duplicates', async () => {
		const { db, lead, other, studyId } = await setup();
		addMemberByUsername(db, lead.id, studyId, 'OTHER', 'coder');
		expect(getMembership(db, studyId, other.id)?.role).toBe('coder');
		expect(code(() => addMemberByUsername(db, lead.id, studyId, 'other', 'coder'))).toBe('error.already_member');
		expect(code(() => addMemberByUsername(db, lead.id, studyId, 'ghost', 'coder'))).toBe('error.user_not_found');
	});

	it('always keeps one lead', async () => {
		const { db, lead, other, studyId } = await setup();
		expect(code(() => changeRole(db, lead.id, studyId, lead.id, 'coder'))).toBe('error.last_lead');
		expect(code(() => removeMember(db, lead.id, studyId, lead.id))).toBe('error.last_lead');
		addMemberByUsername(db, lead.id, studyId, 'other', 'lead');
		changeRole(db, lead.id, studyId, lead.id, 'coder');
		expect(getMembership(db, studyId, lead.id)?.role).toBe('coder');
		expect(code(() => removeMember(db, lead.id, studyId, other.id))).toBe('error.last_lead');
	});

	it('redeems an invitation up to its number of uses', async () => {
		const { db, lead, other, studyId } = await setup();
		const third = await registerUser(db, { username: 'third', password: 'password-1' });
		const { token } = createInvitation(db, lead.id, studyId, { role: 'student', maxUses: 1, days: 7 });
		expect(findInvitation(db, token).state).toBe('valid');
		expect(redeemInvitation(db, token, other.id)).toBe(studyId);
		expect(getMembership(db, studyId, other.id)?.role).toBe('student');
		expect(findInvitation(db, token).state).toBe('used_up');
		expect(code(() => redeemInvitation(db, token, third.id))).toBe('error.invitation_used_up');
		expect(getMembership(db, studyId, third.id)).toBeUndefined();
	});

	it('refuses expired and unknown invitations', async () => {
		const { db, lead, other, studyId } = await setup();
		const now = Date.now();
		const { token } = createInvitation(db, lead.id, studyId, { role: 'coder', maxUses: 5, days: 1 }, now);
		expect(findInvitation(db, token, now + 2 * 86_400_000).state).toBe('expired');
		expect(code(() => redeemInvitation(db, token, other.id, now + 2 * 86_400_000))).toBe('error.invitation_expired');
		expect(findInvitation(db, 'a'.repeat(32)).state).toBe('unknown');
		expect(findInvitation(db, '../../etc').state).toBe('unknown');
	});

	it('registers a new person through an invitation in one transaction', async () => {
		const { db, lead, studyId } = await setup();
		const { token } = createInvitation(db, lead.id, studyId, { role: 'coder', maxUses: 1, days: 7 });
		let joined = '';
		const created = await registerUser(db, { username: 'newbie', password: 'password-1' }, (tx, u) => {
			joined = redeemInvitation(tx, token, u.id);
		});
		expect(joined).toBe(studyId);
		expect(getMembership(db, studyId, created.id)?.role).toBe('coder');
		// A used-up link makes the whole registration fail: no account is left behind.
		await expect(
			registerUser(db, { username: 'second-newbie', password: 'password-1' }, (tx, u) => {
				redeemInvitation(tx, token, u.id);
			})
		).rejects.toBeInstanceOf(UserError);
		expect(await import('./users').then((m) => m.findUserByUsername(db, 'second-newbie'))).toBeUndefined();
	});
});

describe('authorization decision', () => {
	it('gives 404 to non-members and to students beyond teaching material, 403 to coders on lead actions', () => {
		expect(decideStudyAccess(undefined, 'student')).toBe('not_found');
		expect(decideStudyAccess('student', 'coder')).toBe('not_found');
		expect(decideStudyAccess('student', 'lead')).toBe('not_found');
		expect(decideStudyAccess('student', 'student')).toBe('ok');
		expect(decideStudyAccess('coder', 'lead')).toBe('forbidden');
		expect(decideStudyAccess('coder', 'coder')).toBe('ok');
		expect(decideStudyAccess('lead', 'student')).toBe('ok');
		expect(roleAtLeast('lead', 'coder')).toBe(true);
		expect(roleAtLeast('student', 'lead')).toBe(false);
	});
});
