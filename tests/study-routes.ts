// Every page of a study, the lowest role that may load it, and its form actions with the
// lowest role that may use each. The authorization e2e test walks this table; a unit test
// checks that it names every study route and action that exists, so new routes must be added.
import type { Role } from '../src/lib/server/db/schema';

export interface StudyRoute {
	/**
	 * Path below /studies/[studyId] as in src/routes ('' is the overview), e.g. '/vignettes/[vignetteId]'.
	 * `load` is the lowest role for GET (a page's load, or a +server.ts GET handler).
	 */
	path: string;
	load: Role;
	actions: Record<string, Role>;
	/** For dynamic segments: how the e2e test finds a real value (see authorization.e2e.ts). */
	sample?: string;
}

export const studyRoutes: StudyRoute[] = [
	{ path: '', load: 'student', actions: { update: 'lead' } },
	{ path: '/members', load: 'lead', actions: { add: 'lead', role: 'lead', remove: 'lead', invite: 'lead', revoke: 'lead' } },
	{ path: '/audit', load: 'lead', actions: {} },
	{ path: '/vignettes', load: 'student', actions: { bundled: 'lead', upload: 'lead' } },
	{ path: '/vignettes/[vignetteId]', load: 'student', actions: {}, sample: 'vignette' },
	{ path: '/vignettes/[vignetteId]/edit', load: 'lead', actions: { save: 'lead' }, sample: 'vignette' },
	{ path: '/vignettes/[vignetteId]/export', load: 'student', actions: {}, sample: 'vignette' },
	{ path: '/transcripts', load: 'coder', actions: {} },
	{
		path: '/codebook',
		load: 'coder',
		actions: { install: 'lead', import: 'lead', create: 'lead', update: 'lead', move: 'lead', shift: 'lead', merge: 'lead', delete: 'lead', memo: 'coder' }
	},
	{ path: '/codebook/export', load: 'coder', actions: {} },
	{ path: '/coding', load: 'coder', actions: {} },
	{ path: '/reliability', load: 'coder', actions: {} },
	{ path: '/consistency', load: 'coder', actions: {} },
	{ path: '/teaching', load: 'student', actions: {} }
];
