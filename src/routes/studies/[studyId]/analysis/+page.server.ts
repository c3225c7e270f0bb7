import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { field, guard } from '$lib/server/forms';
import { UserError } from '$lib/server/errors';
import { CODE_HITS_MAX, codeHits, parseHitRef, searchStudy, type KwicResult } from '$lib/server/textindex';
import type { MessageKey, Params } from '$lib/i18n';
import { filterChoices, QUERY_MAX, readKwicParams } from './params.server';

/** Rows shown on the page (the CSV has all that were built). */
const PAGE_ROWS = 500;

export const load: PageServerLoad = (event) => {
	const { db, study, user, role } = requireStudyRole(event, 'coder');
	const params = readKwicParams(event.url);
	let result: KwicResult | null = null;
	let problem: { error: MessageKey; params: Params } | null = null;
	if (params.tooLong) problem = { error: 'error.field_too_long', params: { field: 'query', max: QUERY_MAX } };
	else if (event.url.searchParams.has('q')) {
		try {
			result = searchStudy(db, study.id, { userId: user.id, role }, study.blind, { ...params, query: params.q });
		} catch (e) {
			if (!(e instanceof UserError)) throw e;
			problem = { error: e.code, params: e.params };
		}
	}
	return {
		params,
		problem,
		result: result && { total: result.total, truncated: result.truncated, built: result.rows.length, mode: result.mode, rows: result.rows.slice(0, PAGE_ROWS) },
		pageRows: PAGE_ROWS,
		search: event.url.search,
		choices: filterChoices(db, study.id)
	};
};

export const actions: Actions = {
	code: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'coder');
		const data = await event.request.formData();
		return guard(() => {
			const codeId = field(data, 'codeId', 64);
			const unit = field(data, 'unit', 10);
			if (unit !== 'sentence' && unit !== 'turn') throw new UserError('error.invalid_field', { field: 'unit' });
			const raw = data.getAll('hit');
			if (raw.length > CODE_HITS_MAX) throw new UserError('error.analysis_too_many_hits', { max: CODE_HITS_MAX });
			const hits = raw.map((v) => {
				const ref = typeof v === 'string' ? parseHitRef(v) : null;
				if (!ref) throw new UserError('error.invalid_field', { field: 'hit' });
				return ref;
			});
			const outcomes = codeHits(db, user.id, study.id, { codeId, unit, hits });
			return {
				coded: {
					created: outcomes.filter((o) => o.status === 'created').length,
					duplicates: outcomes.filter((o) => o.status === 'duplicate').length,
					status: Object.fromEntries(outcomes.map((o) => [`${o.versionId}:${o.start}:${o.end}`, o.status]))
				}
			};
		}, data);
	}
};
