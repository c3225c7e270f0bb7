// Walks every study route (tests/study-routes.ts) as an outsider, a student, a coder and a lead, in
// the demo study (so every dynamic route has a real id): outsiders get 404 for every page and
// action, students get 404 for everything beyond the teaching material, coders get 403 for what
// only leads may do, and members at or above the required role get the page.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { studyRoutes } from '../study-routes';
import { ADMIN } from './global-setup';
import { createDemoStudy, postForm, registerViaApi, uniqueName } from './helpers';
import type { Role } from '../../src/lib/server/db/schema';

const RANK: Record<Role, number> = { student: 0, coder: 1, lead: 2 };
const ID = '([a-z2-7]{16})';

// Where a real id for each kind of dynamic segment is found: the first matching link on a list page.
// 'draft' ids live in server memory, so any well-formed id stands in (the role check comes first).
const SAMPLES: Record<string, { list: string; pattern: RegExp } | { fixed: string }> = {
	vignette: { list: '/vignettes', pattern: new RegExp(`/vignettes/${ID}"`) },
	transcript: { list: '/coding', pattern: new RegExp(`/coding/${ID}"`) },
	focusGroup: { list: '/transcripts/groups', pattern: new RegExp(`/transcripts/groups/${ID}"`) },
	draft: { fixed: 'aaaaaaaaaaaaaaaa' },
	classSession: { list: '/teaching/sessions', pattern: new RegExp(`/teaching/sessions/${ID}"`) },
	excerpt: { list: '/teaching/excerpts', pattern: new RegExp(`/teaching/excerpts/${ID}"`) },
	exercise: { list: '/teaching/exercises', pattern: new RegExp(`/teaching/exercises/${ID}"`) }
};

/** Teaching objects the demo doesn't have: a class session, a published excerpt and an exercise. */
async function createTeachingSamples(lead: APIRequestContext, base: string) {
	const firstId = async (list: string, pattern: RegExp) => pattern.exec(await (await lead.get(base + list)).text())![1];
	const vignetteId = await firstId('/vignettes', new RegExp(`/vignettes/${ID}"`));
	expect((await postForm(lead, `${base}/teaching/sessions?/create`, { title: 'Adgang', vignetteId })).status()).toBe(303);
	const transcriptId = await firstId('/coding', new RegExp(`/coding/${ID}"`));
	const published = await postForm(lead, `${base}/teaching/excerpts?/publish`, { transcriptId, firstTurn: '1', lastTurn: '3', title: 'Adgang', vignetteId: '', referenceCoderId: '' });
	expect(published.status()).toBe(303);
	const excerptId = published.headers()['location'].split('/').pop()!;
	const codeId = await firstId('/teaching/exercises', /name="codeId" value="([a-z2-7]{16})"/);
	expect((await postForm(lead, `${base}/teaching/exercises?/create`, { title: 'Adgang', instructions: '', excerptId, codeId })).status()).toBe(303);
}

test('every study page and action checks the role', async ({ browser }) => {
	test.setTimeout(240_000);
	// The admin creates the demo study and leads it.
	const lead = await (await browser.newContext()).newPage();
	const base = await createDemoStudy(lead, ADMIN);

	const members: Record<Role | 'outsider', APIRequestContext> = { lead: lead.request } as never;
	for (const role of ['coder', 'student'] as const) {
		const page = await (await browser.newContext()).newPage();
		const name = uniqueName(role);
		await registerViaApi(page, name);
		const added = await postForm(lead.request, `${base}/members?/add`, { username: name, role });
		expect(added.status()).toBe(200);
		members[role] = page.request;
	}
	await createTeachingSamples(lead.request, base);
	const outsider = await (await browser.newContext()).newPage();
	await registerViaApi(outsider, uniqueName('outsider'));
	members.outsider = outsider.request;

	const sampleIds = new Map<string, string>();
	async function resolve(path: string, sample?: string): Promise<string> {
		if (!sample) return path;
		if (!sampleIds.has(sample)) {
			const source = SAMPLES[sample];
			expect(source, `no sample source for '${sample}'`).toBeDefined();
			if ('fixed' in source) sampleIds.set(sample, source.fixed);
			else {
				const html = await (await lead.request.get(base + source.list)).text();
				const match = source.pattern.exec(html);
				expect(match, `no ${sample} link on ${source.list}`).not.toBeNull();
				sampleIds.set(sample, match![1]);
			}
		}
		return path.replace(/\[[A-Za-z]+\]/g, sampleIds.get(sample)!);
	}

	for (const route of studyRoutes) {
		const path = base + (await resolve(route.path, route.sample));
		for (const who of ['outsider', 'student', 'coder', 'lead'] as const) {
			const refusal = who === 'outsider' || who === 'student' ? 404 : 403;
			const expected = who !== 'outsider' && RANK[who] >= RANK[route.load] ? 200 : refusal;
			const response = await members[who].get(path, { maxRedirects: 0 });
			expect(response.status(), `GET ${route.path || '/'} as ${who}`).toBe(expected);
			for (const [action, minimum] of Object.entries(route.actions)) {
				// Only refusals are checked here: a permitted empty post would be a real (invalid) edit.
				if (who !== 'outsider' && RANK[who] >= RANK[minimum]) continue;
				const post = await postForm(members[who], `${path}?/${action}`, {});
				expect(post.status(), `POST ${route.path || '/'}?/${action} as ${who}`).toBe(refusal);
			}
		}
	}
});
