// Walks every study route (tests/study-routes.ts) as an outsider, a student, a coder and a lead:
// outsiders get 404 for every page and action, members below the required role get 403.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { studyRoutes } from '../study-routes';
import { createStudyViaApi, postForm, registerViaApi, uniqueName } from './helpers';
import type { Role } from '../../src/lib/server/db/schema';

const RANK: Record<Role, number> = { student: 0, coder: 1, lead: 2 };

test('every study page and action checks the role', async ({ browser }) => {
	test.setTimeout(120_000);
	const lead = await (await browser.newContext()).newPage();
	await registerViaApi(lead, uniqueName('lead'));
	const studyId = await createStudyViaApi(lead, 'Adgangstest');

	const members: Record<Role | 'outsider', APIRequestContext> = { lead: lead.request } as never;
	for (const role of ['coder', 'student'] as const) {
		const page = await (await browser.newContext()).newPage();
		const name = uniqueName(role);
		await registerViaApi(page, name);
		const added = await postForm(lead.request, `/studies/${studyId}/members?/add`, { username: name, role });
		expect(added.status()).toBe(200);
		members[role] = page.request;
	}
	const outsider = await (await browser.newContext()).newPage();
	await registerViaApi(outsider, uniqueName('outsider'));
	members.outsider = outsider.request;

	const base = `/studies/${studyId}`;
	for (const route of studyRoutes) {
		for (const who of ['outsider', 'student', 'coder', 'lead'] as const) {
			const expected = who === 'outsider' ? 404 : RANK[who] >= RANK[route.load] ? 200 : 403;
			const response = await members[who].get(base + route.path, { maxRedirects: 0 });
			expect(response.status(), `GET ${route.path || '/'} as ${who}`).toBe(expected);
			for (const [action, minimum] of Object.entries(route.actions)) {
				// Only refusals are checked here: a permitted empty post would be a real (invalid) edit.
				if (who !== 'outsider' && RANK[who] >= RANK[minimum]) continue;
				const post = await postForm(members[who], `${base}${route.path}?/${action}`, {});
				expect(post.status(), `POST ${route.path || '/'}?/${action} as ${who}`).toBe(who === 'outsider' ? 404 : 403);
			}
		}
	}
});
