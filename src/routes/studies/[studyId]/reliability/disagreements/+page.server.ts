import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { mayAdjudicate, requireAdjudicator, requireStudyRole } from '$lib/server/authz';
import { field, guard, intField } from '$lib/server/forms';
import { UserError } from '$lib/server/errors';
import { listCodes } from '$lib/server/codebook';
import { defaultCoders, listReliabilityCoders, listStudyTranscripts } from '$lib/server/reliability';
import { acceptAgreements, decide, listDisagreements, undoDecision, NOTE_MAX, type Decision, type PassageMode } from '$lib/server/adjudication';
import type { Db } from '$lib/server/db/client';

const PAGE_LIMIT = 100;
const id = (v: string | null) => (v && v.length <= 64 ? v : '');

function readScope(db: Db, studyId: string, params: URLSearchParams) {
	const coders = listReliabilityCoders(db, studyId);
	const known = new Set(coders.map((c) => c.id));
	const fallback = defaultCoders(coders);
	const a = known.has(id(params.get('a'))) ? id(params.get('a')) : (fallback[0] ?? '');
	const b = known.has(id(params.get('b'))) ? id(params.get('b')) : (fallback.find((c) => c !== a) ?? '');
	const unit: PassageMode = params.get('unit') === 'segments' ? 'segments' : 'turns';
	const status = params.get('status');
	const threshold = Number(params.get('threshold'));
	return {
		coders,
		a,
		b,
		unit,
		transcriptId: id(params.get('transcript')),
		codeId: id(params.get('code')),
		status: (status === 'open' || status === 'decided' ? status : 'all') as 'open' | 'decided' | 'all',
		threshold: Number.isFinite(threshold) && threshold >= 1 && threshold <= 100 ? Math.round(threshold) : 90
	};
}

export const load: PageServerLoad = (event) => {
	const access = requireStudyRole(event, 'coder');
	const { db, study, user, role } = access;
	const scope = readScope(db, study.id, event.url.searchParams);
	const ready = scope.a && scope.b && scope.a !== scope.b;
	const result = ready
		? listDisagreements(db, study.id, {
				coderIds: [scope.a, scope.b],
				unit: scope.unit,
				transcriptId: scope.transcriptId || undefined,
				codeId: scope.codeId || undefined,
				threshold: scope.threshold / 100,
				status: scope.status,
				viewer: { userId: user.id, role },
				// An adjudicator must see both coders' versions, like a lead.
				studyBlind: mayAdjudicate(access) ? false : study.blind,
				limit: PAGE_LIMIT
			})
		: null;
	return {
		scope: { a: scope.a, b: scope.b, unit: scope.unit, transcriptId: scope.transcriptId, codeId: scope.codeId, status: scope.status, threshold: scope.threshold },
		coders: scope.coders,
		result,
		limit: PAGE_LIMIT,
		canDecide: mayAdjudicate(access),
		blindNote: !mayAdjudicate(access) && study.blind,
		noteMax: NOTE_MAX,
		choices: {
			transcripts: listStudyTranscripts(db, study.id).map((t) => ({ id: t.id, title: t.title })),
			codes: listCodes(db, study.id).map((c) => ({ id: c.id, key: c.key, name: c.name, depth: c.depth, isDimension: c.parentId === null }))
		}
	};
};

/** The scope posted with bulk actions: the same fields as the GET form. */
function postedScope(data: FormData) {
	const params = new URLSearchParams();
	for (const name of ['a', 'b', 'unit', 'transcript', 'code', 'threshold']) params.set(name, field(data, name, 64));
	return params;
}

function pair(data: FormData): [string, string] {
	const a = field(data, 'a', 64);
	const b = field(data, 'b', 64);
	if (!a || !b || a === b) throw new UserError('error.reliability_same_coders');
	return [a, b];
}

export const actions: Actions = {
	decide: async (event) => {
		const { db, study, user } = requireAdjudicator(event);
		const data = await event.request.formData();
		return guard(() => {
			// The buttons send `pick` (accept-0, accept-1, merge, reject); the recode form sends `decision`.
			const pick = field(data, 'pick', 16);
			const decision = (pick.startsWith('accept-') ? 'accept' : pick || field(data, 'decision', 16)) as Decision;
			const source = pick.startsWith('accept-') ? pick.slice(7) : field(data, 'source', 2);
			const recodeCode = field(data, 'recodeCode', 64);
			const result = decide(db, user.id, study.id, {
				versionId: field(data, 'versionId', 64),
				codeId: field(data, 'codeId', 64),
				start: intField(data, 'start', 0, 1e9),
				end: intField(data, 'end', 0, 1e9),
				coderIds: pair(data),
				decision,
				source: source === '0' ? 0 : source === '1' ? 1 : undefined,
				recode: decision === 'recode' && recodeCode ? { codeId: recodeCode, start: intField(data, 'recodeStart', 0, 1e9), end: intField(data, 'recodeEnd', 0, 1e9) } : undefined,
				note: field(data, 'note', NOTE_MAX)
			});
			return { decided: result.id };
		}, data);
	},
	undo: async (event) => {
		const { db, study, user } = requireAdjudicator(event);
		const data = await event.request.formData();
		return guard(() => {
			undoDecision(db, user.id, study.id, field(data, 'adjudicationId', 64));
			return { undone: true };
		}, data);
	},
	acceptAgreed: async (event) => {
		const { db, study, user, role } = requireAdjudicator(event);
		const data = await event.request.formData();
		return guard(() => {
			const scope = readScope(db, study.id, postedScope(data));
			if (!scope.a || !scope.b || scope.a !== field(data, 'a', 64) || scope.b !== field(data, 'b', 64)) return fail(400, { error: 'error.reliability_same_coders' as const, params: {} });
			const accepted = acceptAgreements(db, user.id, study.id, {
				coderIds: [scope.a, scope.b],
				unit: scope.unit,
				transcriptId: scope.transcriptId || undefined,
				codeId: scope.codeId || undefined,
				threshold: scope.threshold / 100,
				viewer: { userId: user.id, role },
				studyBlind: false
			});
			return { accepted };
		}, data);
	}
};
