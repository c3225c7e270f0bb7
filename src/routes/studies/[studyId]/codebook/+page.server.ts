import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { field, guard, intField, versionField } from '$lib/server/forms';
import { UserError } from '$lib/server/errors';
import {
	addCodeMemo,
	CODE_MEMO_MAX,
	createCode,
	deleteCode,
	getCode,
	importCodebook,
	installBuiltinCodebook,
	listCodeMemos,
	listCodes,
	mergeCodes,
	moveCode,
	updateCode
} from '$lib/server/codebook';
import { BUILTIN_CODEBOOK, countCodes, isPole, LIMITS, parseCodebookText, parseKeywordLines, type CodeFields } from '$lib/codebook';


function codeFields(data: FormData): CodeFields {
	const pole = field(data, 'pole', 10).trim();
	if (pole !== '' && !isPole(pole)) throw new UserError('error.codebook_invalid_pole', { field: 'pole', value: pole });
	return {
		key: field(data, 'key', LIMITS.key + 20),
		name: field(data, 'name', LIMITS.name + 20),
		definition: field(data, 'definition', LIMITS.definition),
		inclusion: field(data, 'inclusion', LIMITS.inclusion),
		exclusion: field(data, 'exclusion', LIMITS.exclusion),
		example: field(data, 'example', LIMITS.example),
		color: field(data, 'color', 20),
		shortcut: field(data, 'shortcut', 10),
		pole: pole === '' ? null : pole,
		keywords: parseKeywordLines(field(data, 'keywords', LIMITS.keywords * (LIMITS.keyword + 2)))
	};
}

function idField(data: FormData, name: string): string {
	const value = field(data, name, 64).trim();
	if (!value) throw new UserError('error.field_required', { field: name });
	return value;
}

/** '' (or absent) means the top level. */
function parentField(data: FormData, name = 'parentId'): string | null {
	const value = field(data, name, 64).trim();
	return value === '' ? null : value;
}

export const load: PageServerLoad = (event) => {
	const { db, study, role } = requireStudyRole(event, 'coder');
	const codes = listCodes(db, study.id);
	const requested = event.url.searchParams.get('code');
	return {
		codes,
		memos: listCodeMemos(db, study.id),
		selectedId: requested && codes.some((c) => c.id === requested) ? requested : null,
		canEdit: role === 'lead',
		builtinCount: countCodes(BUILTIN_CODEBOOK.codes),
		memoMax: CODE_MEMO_MAX
	};
};

export const actions: Actions = {
	install: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		return guard(() => {
			installBuiltinCodebook(db, user.id, study.id);
			return { installed: true };
		});
	},
	import: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(async () => {
			const file = data.get('file');
			if (!(file instanceof File) || file.size === 0) throw new UserError('error.codebook_file_missing');
			if (file.size > LIMITS.fileBytes) throw new UserError('error.codebook_file_too_large', { max: LIMITS.fileBytes / 1024 / 1024 }, 413);
			const mode = field(data, 'mode', 20) === 'add' ? 'add' : 'replace-empty';
			let text: string;
			try {
				text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
			} catch {
				throw new UserError('error.codebook_encoding', {}, 415);
			}
			const parsed = parseCodebookText(text);
			if (!parsed.ok) return fail(400, { error: 'error.codebook_invalid' as const, params: { count: parsed.errors.length }, problems: parsed.errors });
			const { created } = importCodebook(db, user.id, study.id, parsed.codebook, mode);
			return { imported: created };
		});
	},
	create: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		let id = '';
		const result = await guard(() => {
			id = createCode(db, user.id, study.id, { ...codeFields(data), parentId: parentField(data) });
		}, data);
		if (result) return result;
		redirect(303, `/studies/${study.id}/codebook?code=${id}`);
	},
	update: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			updateCode(db, user.id, study.id, idField(data, 'codeId'), versionField(data), codeFields(data));
			return { saved: true };
		}, data);
	},
	move: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			const position = intField(data, 'position', 1, LIMITS.codes) - 1;
			moveCode(db, user.id, study.id, idField(data, 'codeId'), parentField(data), position, versionField(data));
			return { moved: true };
		}, data);
	},
	shift: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			const codeId = idField(data, 'codeId');
			const direction = field(data, 'direction', 10);
			if (direction !== 'up' && direction !== 'down') throw new UserError('error.invalid_field', { field: 'direction' });
			const code = getCode(db, study.id, codeId);
			if (!code) throw new UserError('error.code_not_found', {}, 404);
			const siblings = listCodes(db, study.id).filter((c) => c.parentId === code.parentId);
			const index = siblings.findIndex((c) => c.id === codeId);
			const to = direction === 'up' ? index - 1 : index + 1;
			if (to >= 0 && to < siblings.length)
				moveCode(db, user.id, study.id, codeId, code.parentId, to, versionField(data));
			return { moved: true };
		});
	},
	merge: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			const { movedCodings, collapsedCodings } = mergeCodes(db, user.id, study.id, idField(data, 'codeId'), idField(data, 'targetId'));
			return { merged: { moved: movedCodings, collapsed: collapsedCodings } };
		}, data);
	},
	delete: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			deleteCode(db, user.id, study.id, idField(data, 'codeId'), versionField(data));
			return { deleted: true };
		});
	},
	memo: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'coder');
		const data = await event.request.formData();
		return guard(() => {
			addCodeMemo(db, user.id, study.id, idField(data, 'codeId'), field(data, 'memo', CODE_MEMO_MAX + 100));
			return { memoAdded: true };
		}, data);
	}
};
