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
	{ path: '/members', load: 'lead', actions: { add: 'lead', role: 'lead', adjudicator: 'lead', remove: 'lead', invite: 'lead', revoke: 'lead' } },
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
		actions: { create: 'coder', update: 'coder', delete: 'coder', memo: 'coder', deleteMemo: 'coder', acceptSuggestion: 'coder', dismissSuggestion: 'coder', unblind: 'lead' },
		sample: 'transcript'
	},
	{ path: '/coding/segments', load: 'coder', actions: {} },
	{ path: '/coding/segments.csv', load: 'coder', actions: {} },
	{ path: '/coding/matrix', load: 'coder', actions: {} },
	{ path: '/coding/journal', load: 'coder', actions: { add: 'coder', delete: 'coder' } },
	{ path: '/analysis', load: 'coder', actions: { code: 'coder' } },
	{ path: '/analysis/kwic.csv', load: 'coder', actions: {} },
	{ path: '/analysis/frequencies', load: 'coder', actions: {} },
	{ path: '/analysis/frequencies.csv', load: 'coder', actions: {} },
	{ path: '/analysis/keyness', load: 'coder', actions: {} },
	{ path: '/analysis/keyness.csv', load: 'coder', actions: {} },
	{ path: '/analysis/keywords', load: 'coder', actions: {} },
	{ path: '/analysis/keywords.csv', load: 'coder', actions: {} },
	{ path: '/reliability', load: 'coder', actions: {} },
	{ path: '/reliability/reliability.csv', load: 'coder', actions: {} },
	{ path: '/reliability/disagreements', load: 'coder', actions: { decide: 'lead', undo: 'lead', acceptAgreed: 'lead' } },
	{ path: '/consistency', load: 'coder', actions: {} },
	{ path: '/consistency/assessments', load: 'coder', actions: { propose: 'coder' } },
	{ path: '/consistency/assessments/[groupId]', load: 'coder', actions: { save: 'coder', confirm: 'coder', delete: 'lead' }, sample: 'focusGroup' },
	{ path: '/consistency/assessments.csv', load: 'coder', actions: {} },
	{ path: '/consistency/compare', load: 'coder', actions: {} },
	{ path: '/consistency/settings', load: 'lead', actions: { scale: 'lead', addStep: 'lead', updateStep: 'lead', moveStep: 'lead', removeStep: 'lead' } },
	{ path: '/teaching', load: 'student', actions: {} },
	{ path: '/teaching/sessions', load: 'lead', actions: { create: 'lead' } },
	{ path: '/teaching/sessions/[sessionId]', load: 'student', actions: { answer: 'student', status: 'lead', reveal: 'lead' }, sample: 'classSession' },
	{ path: '/teaching/excerpts', load: 'student', actions: { publish: 'lead' } },
	{ path: '/teaching/excerpts/[excerptId]', load: 'student', actions: { delete: 'lead' }, sample: 'excerpt' },
	{ path: '/teaching/exercises', load: 'student', actions: { create: 'lead' } },
	{ path: '/teaching/exercises/[exerciseId]', load: 'student', actions: { add: 'student', remove: 'student', submit: 'student', status: 'lead' }, sample: 'exercise' },
	{ path: '/teaching/exercises/[exerciseId]/results', load: 'lead', actions: {}, sample: 'exercise' },
	{ path: '/teaching/exercises/[exerciseId]/results.csv', load: 'lead', actions: {}, sample: 'exercise' },
	{ path: '/teaching/pack', load: 'student', actions: {} }
];
