import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { field, guard, intField, optionalIntField } from '$lib/server/forms';
import { getVignette, parseQuestionLines, parseThemes, updateVignette, VIGNETTE_NOTE_MAX } from '$lib/server/vignettes';
import { MAX_TITLE_CHARS, MAX_VERSION_CHARS, QUESTION_DIMENSIONS } from '$lib/vignettes';

export const load: PageServerLoad = (event) => {
	const { db, study } = requireStudyRole(event, 'lead');
	const vignette = getVignette(db, study.id, event.params.vignetteId);
	if (!vignette) error(404, { message: 'not_found' });
	return { vignette: { id: vignette.id, key: vignette.key, revision: vignette.revision, content: vignette.content } };
};

export const actions: Actions = {
	save: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		const result = await guard(() => {
			const questions = Object.fromEntries(
				QUESTION_DIMENSIONS.map((d) => [d, parseQuestionLines(field(data, `questions_${d}`, 30_000))])
			) as Record<(typeof QUESTION_DIMENSIONS)[number], string[]>;
			return updateVignette(
				db,
				user.id,
				study.id,
				event.params.vignetteId,
				intField(data, 'revision', 1, 1_000_000_000),
				{
					title: field(data, 'title', MAX_TITLE_CHARS),
					childAge: optionalIntField(data, 'childAge', 0, 25),
					themes: parseThemes(field(data, 'themes', 3000)),
					fictional: data.get('fictional') === 'on',
					text2002: field(data, 'text2002', MAX_VERSION_CHARS),
					text2024: field(data, 'text2024', MAX_VERSION_CHARS),
					questions,
					summary: field(data, 'summary', 1000),
					source: field(data, 'source', 1000)
				},
				field(data, 'note', VIGNETTE_NOTE_MAX)
			);
		}, data);
		if ('revision' in result) redirect(303, `/studies/${study.id}/vignettes/${event.params.vignetteId}?saved=${result.changed ? result.revision : 'none'}`);
		return result;
	}
};
