import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { loadWorkspace } from '$lib/server/workspace';
import { createCoding, deleteCoding, setTranscriptUnblinded, updateCoding } from '$lib/server/codings';
import { addMemo, deleteMemo } from '$lib/server/memos';
import { acceptSuggestion, dismissSuggestion, listSuggestions } from '$lib/server/suggestions';
import { field, guard, intField, versionField } from '$lib/server/forms';

const MAX_OFFSET = 50_000_000;

export const load: PageServerLoad = (event) => {
	const { db, study, user, role } = requireStudyRole(event, 'coder');
	const version = Number(event.url.searchParams.get('version')) || undefined;
	const workspace = loadWorkspace(db, study.id, event.params.transcriptId, { userId: user.id, role }, { studyBlind: study.blind, version });
	// Keyword suggestions only when asked for (?suggestions=sentence|turn); never stored as codings.
	const unit = event.url.searchParams.get('suggestions');
	const suggestionUnit = unit === 'sentence' || unit === 'turn' ? unit : null;
	const suggestions = suggestionUnit
		? listSuggestions(db, study.id, workspace.version.id, { userId: user.id, role }, { unit: suggestionUnit })
		: [];
	return { workspace, suggestions, suggestionUnit, me: user.id };
};

function optionalOffset(data: FormData, name: string): number | undefined {
	return data.get(name) === null || data.get(name) === '' ? undefined : intField(data, name, 0, MAX_OFFSET);
}

function suggestionRef(data: FormData) {
	return {
		versionId: field(data, 'versionId', 64),
		codeId: field(data, 'codeId', 64),
		start: intField(data, 'start', 0, MAX_OFFSET),
		end: intField(data, 'end', 0, MAX_OFFSET)
	};
}

export const actions: Actions = {
	create: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'coder');
		const data = await event.request.formData();
		return guard(() => {
			const coding = createCoding(db, user.id, study.id, {
				versionId: field(data, 'versionId', 64),
				codeId: field(data, 'codeId', 64),
				start: intField(data, 'start', 0, MAX_OFFSET),
				end: intField(data, 'end', 0, MAX_OFFSET),
				memo: field(data, 'memo', 5000)
			});
			return { coding };
		});
	},
	update: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'coder');
		const data = await event.request.formData();
		return guard(() => {
			const memo = data.get('memo');
			const coding = updateCoding(db, user.id, study.id, field(data, 'codingId', 64), versionField(data), {
				codeId: field(data, 'codeId', 64) || undefined,
				start: optionalOffset(data, 'start'),
				end: optionalOffset(data, 'end'),
				memo: memo === null ? undefined : field(data, 'memo', 5000)
			});
			return { coding };
		});
	},
	delete: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'coder');
		const data = await event.request.formData();
		return guard(() => {
			const deleted = deleteCoding(db, user.id, study.id, field(data, 'codingId', 64), versionField(data));
			return { deleted };
		});
	},
	memo: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'coder');
		const data = await event.request.formData();
		return guard(() => {
			addMemo(db, user.id, study.id, { kind: 'transcript', id: event.params.transcriptId }, field(data, 'text', 20000));
			return { memoAdded: true };
		}, data);
	},
	deleteMemo: async (event) => {
		const { db, study, user, role } = requireStudyRole(event, 'coder');
		const data = await event.request.formData();
		return guard(() => {
			deleteMemo(db, user.id, study.id, field(data, 'memoId', 64), role === 'lead');
			return { memoDeleted: true };
		});
	},
	acceptSuggestion: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'coder');
		const data = await event.request.formData();
		return guard(() => ({ coding: acceptSuggestion(db, user.id, study.id, suggestionRef(data)) }));
	},
	dismissSuggestion: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'coder');
		const data = await event.request.formData();
		return guard(() => {
			dismissSuggestion(db, user.id, study.id, suggestionRef(data));
			return { dismissed: true };
		});
	},
	unblind: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			setTranscriptUnblinded(db, user.id, study.id, event.params.transcriptId, data.get('unblinded') === 'true');
			return { saved: true };
		});
	}
};
