import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import {
	getClassSession,
	listMyAnswers,
	orHttpError,
	saveClassAnswer,
	sessionReasonings,
	sessionResults,
	setSessionRevealed,
	setSessionStatus,
	stepOptions
} from '$lib/server/teaching';
import { getVignette } from '$lib/server/vignettes';
import { translate } from '$lib/i18n';
import { field, guard, intField, optionalIntField } from '$lib/server/forms';
import { UserError } from '$lib/server/errors';

export const load: PageServerLoad = (event) => {
	const { db, study, user, role } = requireStudyRole(event, 'student');
	const session = orHttpError(() => getClassSession(db, study.id, event.params.sessionId));
	const teacher = role === 'lead';
	const classLabel = translate(event.locals.locale, 'teaching.the_class');
	const base = {
		session: { id: session.id, title: session.title, status: session.status, revealed: session.revealed, version: session.version },
		teacher,
		scale: study.concernScale,
		steps: stepOptions(db, study.id)
	};
	if (teacher) {
		return {
			...base,
			joinCode: session.joinCode,
			joinUrl: `${event.url.origin}/join?code=${session.joinCode}`,
			results: sessionResults(db, study.id, session, classLabel),
			reasonings: sessionReasonings(db, session.id),
			vignettes: [],
			answers: []
		};
	}
	const vignettes = session.vignetteIds
		.map((id) => getVignette(db, study.id, id))
		.filter((v) => !!v)
		.map((v) => ({ id: v.id, title: v.content.title, text2002: v.content.text2002, text2024: v.content.text2024 }));
	return {
		...base,
		joinCode: null,
		joinUrl: null,
		// A student sees the picture only after the reveal, and only as distributions.
		results: session.revealed ? sessionResults(db, study.id, session, classLabel) : [],
		reasonings: [],
		vignettes,
		answers: listMyAnswers(db, session.id, user.id).map((a) => ({
			vignetteId: a.vignetteId,
			concern: a.concern,
			steps: a.steps,
			reasoning: a.reasoning,
			version: a.version
		}))
	};
};

export const actions: Actions = {
	answer: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'student');
		const data = await event.request.formData();
		return guard(() => {
			const concern = field(data, 'concern', 4).trim();
			if (concern === '') throw new UserError('error.answer_concern_required');
			const steps = data.getAll('steps').map((s) => (typeof s === 'string' ? s.slice(0, 64) : ''));
			if (steps.length > 50) throw new UserError('error.invalid_field', { field: 'steps' });
			const vignetteId = field(data, 'vignetteId', 64);
			saveClassAnswer(db, user.id, study.id, event.params.sessionId, {
				vignetteId,
				concern: intField(data, 'concern', 0, 20),
				steps,
				reasoning: field(data, 'reasoning', 4000),
				expectedVersion: optionalIntField(data, 'version', 1, 1_000_000)
			});
			return { saved: vignetteId };
		}, data);
	},
	status: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			const status = field(data, 'status', 10);
			setSessionStatus(db, user.id, study.id, event.params.sessionId, intField(data, 'version', 1, 1_000_000), status as 'open' | 'closed');
			return { changed: true };
		});
	},
	reveal: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			setSessionRevealed(db, user.id, study.id, event.params.sessionId, intField(data, 'version', 1, 1_000_000), field(data, 'revealed', 5) === 'true');
			return { changed: true };
		});
	}
};
