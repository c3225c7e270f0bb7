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
	{ path: '/transcripts/waves', load: 'coder', actions: { create: 'lead', update: 'lead', delete: 'lead' } },
	{ path: '/transcripts/municipalities', load: 'coder', actions: { create: 'lead', update: 'lead', delete: 'lead' } },
	{ path: '/transcripts/groups', load: 'coder', actions: { create: 'lead' } },
	{
		path: '/transcripts/groups/[groupId]',
		load: 'coder',
		actions: {
			update: 'lead',
			delete: 'lead',
			addParticipant: 'lead',
			updateParticipant: 'lead',
			removeParticipant: 'lead',
			addVignette: 'lead',
			removeVignette: 'lead',
			moveVignette: 'lead'
		},
		sample: 'focusGroup'
	},
	{ path: '/transcripts/pseudonyms', load: 'lead', actions: { add: 'lead', remove: 'lead' } },
	{ path: '/transcripts/import', load: 'coder', actions: { upload: 'coder' } },
	// Drafts live in server memory; any draft id answers 200 to a coder (a missing draft is a page that says so).
	{ path: '/transcripts/import/[draftId]', load: 'coder', actions: { save: 'coder', discard: 'coder' }, sample: 'draft' },
	{
		path: '/transcripts/[transcriptId]',
		load: 'coder',
		actions: { setSection: 'coder', newSection: 'coder', removeSection: 'coder', newVersion: 'coder' },
		sample: 'transcript'
	},
	{
		path: '/codebook',
		load: 'coder',
		actions: { install: 'lead', import: 'lead', create: 'lead', update: 'lead', move: 'lead', shift: 'lead', merge: 'lead', delete: 'lead', memo: 'coder' }
	},
	{ path: '/codebook/export', load: 'coder', actions: {} },
	{ path: '/coding', load: 'coder', actions: { blind: 'lead' } },
	{
		path: '/coding/[transcriptId]',
		load: 'coder',
		actions: { create: 'coder', update: 'coder', delete: 'coder', memo: 'coder', deleteMemo: 'coder', unblind: 'lead' },
		sample: 'transcript'
	},
	{ path: '/coding/segments', load: 'coder', actions: {} },
	{ path: '/coding/segments.csv', load: 'coder', actions: {} },
	{ path: '/coding/matrix', load: 'coder', actions: {} },
	{ path: '/coding/journal', load: 'coder', actions: { add: 'coder', delete: 'coder' } },
	{ path: '/reliability', load: 'coder', actions: {} },
	{ path: '/consistency', load: 'coder', actions: {} },
	{ path: '/teaching', load: 'student', actions: {} }
];
