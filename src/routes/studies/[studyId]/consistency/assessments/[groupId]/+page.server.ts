import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { field, guard, versionField } from '$lib/server/forms';
import { UserError } from '$lib/server/errors';
import { getFocusGroup } from '$lib/server/material';
import {
	AGREEMENTS,
	JUSTIFICATION_MAX,
	confirmGroupAssessment,
	deleteGroupAssessment,
	ensureNextSteps,
	getConcernScale,
	getGroupAssessment,
	listIndividualAssessments,
	passagesByIds,
	proposeAssessment,
	saveGroupAssessment,
	sectionPassages,
	type Agreement
} from '$lib/server/assessments';
import { CONSENSUS_USER_ID } from '$lib/server/users';

const CANDIDATES_MAX = 200;

function chosenVignette(url: URL, group: { vignettes: { vignetteId: string }[] }): string | null {
	const asked = url.searchParams.get('vignette');
	if (asked && group.vignettes.some((v) => v.vignetteId === asked)) return asked;
	return group.vignettes[0]?.vignetteId ?? null;
}

export const load: PageServerLoad = (event) => {
	const { db, study, user, role } = requireStudyRole(event, 'coder');
	const group = getFocusGroup(db, study.id, event.params.groupId);
	if (!group) error(404, { message: 'not_found' });
	const vignetteId = chosenVignette(event.url, group);
	const steps = ensureNextSteps(db, user.id, study.id).map((s) => ({ key: s.key, label: s.label }));
	const levels = getConcernScale(db, study.id).labels;
	if (!vignetteId) return { group, vignetteId, steps, levels, assessment: null, proposal: null, individual: {} as Record<string, number | null>, passages: [], passageSource: 'none' as const };

	const assessment = getGroupAssessment(db, study.id, group.id, vignetteId) ?? null;
	const proposal = proposeAssessment(db, study.id, group.id, vignetteId);
	const consensus = sectionPassages(db, study.id, group.id, vignetteId, { coderId: CONSENSUS_USER_ID, limit: CANDIDATES_MAX });
	const candidates = consensus.length
		? consensus
		: sectionPassages(db, study.id, group.id, vignetteId, { viewer: { userId: user.id, role }, studyBlind: study.blind, limit: CANDIDATES_MAX });
	const linked = assessment ? passagesByIds(db, study.id, group.id, vignetteId, assessment.passages) : [];
	const seen = new Set(candidates.map((c) => c.codingId));
	const passages = [...linked.filter((p) => !seen.has(p.codingId)), ...candidates].map((p) => ({
		codingId: p.codingId,
		codeKey: p.codeKey,
		codeName: p.codeName,
		color: p.color,
		coderName: p.coderId === CONSENSUS_USER_ID ? null : p.coderName,
		speaker: p.speaker,
		text: p.text.length > 400 ? `${p.text.slice(0, 397)}…` : p.text,
		transcriptId: p.transcriptId
	}));
	const individual: Record<string, number | null> = Object.fromEntries(
		listIndividualAssessments(db, study.id, group.id)
			.filter((r) => r.vignetteId === vignetteId)
			.map((r) => [r.participantId, r.concern])
	);
	return {
		group,
		vignetteId,
		steps,
		levels,
		assessment,
		proposal,
		individual,
		passages,
		passageSource: consensus.length ? ('consensus' as const) : candidates.length ? ('coders' as const) : ('none' as const)
	};
};

function optionalLevel(data: FormData, name: string): number | null {
	const raw = field(data, name, 10).trim();
	if (raw === '') return null;
	const n = Number(raw);
	if (!Number.isInteger(n)) throw new UserError('error.invalid_field', { field: 'concern' });
	return n;
}

function strings(data: FormData, name: string, max: number): string[] {
	const values = data.getAll(name);
	if (values.length > max) throw new UserError('error.invalid_field', { field: name });
	return values.map((v) => {
		if (typeof v !== 'string' || v.length > 64) throw new UserError('error.invalid_field', { field: name });
		return v;
	});
}

export const actions: Actions = {
	save: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'coder');
		const data = await event.request.formData();
		return guard(() => {
			const vignetteId = field(data, 'vignetteId', 64);
			const versionRaw = field(data, 'version', 20).trim();
			const agreement = field(data, 'agreement', 10);
			if (agreement && !(AGREEMENTS as readonly string[]).includes(agreement)) throw new UserError('error.invalid_field', { field: 'agreement' });
			let individual: Record<string, number | null> | undefined;
			if (field(data, 'individualShown', 2) === '1') {
				individual = {};
				for (const [name] of data.entries())
					if (name.startsWith('individual.')) {
						const participantId = name.slice('individual.'.length);
						if (participantId.length > 64) throw new UserError('error.invalid_field', { field: 'individual' });
						individual[participantId] = optionalLevel(data, name);
					}
			}
			saveGroupAssessment(db, user.id, study.id, versionRaw === '' ? null : versionField(data), {
				focusGroupId: event.params.groupId,
				vignetteId,
				concern: optionalLevel(data, 'concern'),
				steps: strings(data, 'steps', 100),
				agreement: (agreement || null) as Agreement | null,
				justification: field(data, 'justification', JUSTIFICATION_MAX + 100),
				reported: data.get('reported') === 'on',
				passages: strings(data, 'passages', 500),
				individual
			});
			return { saved: true };
		}, data);
	},
	confirm: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'coder');
		const data = await event.request.formData();
		return guard(() => {
			confirmGroupAssessment(db, user.id, study.id, field(data, 'id', 64), versionField(data));
			return { confirmed: true };
		});
	},
	delete: async (event) => {
		const { db, study, user } = requireStudyRole(event, 'lead');
		const data = await event.request.formData();
		return guard(() => {
			deleteGroupAssessment(db, user.id, study.id, field(data, 'id', 64), versionField(data));
			return { deleted: true };
		});
	}
};
