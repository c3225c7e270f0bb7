// Keyness for the page and its CSV: the sets to choose from, the defaults (latest wave against the
// earliest), and the comparison itself.
import type { Db } from '$lib/server/db/client';
import type { Viewer } from '$lib/server/codings';
import { UserError } from '$lib/server/errors';
import { keynessChoices, studyKeyness, type KeynessReport } from '$lib/server/textindex';
import type { MessageKey, Params } from '$lib/i18n';
import { readKeynessParams } from '../params.server';

export function runKeyness(db: Db, studyId: string, viewer: Viewer, studyBlind: boolean, url: URL) {
	const params = readKeynessParams(url);
	const choices = keynessChoices(db, studyId, viewer, studyBlind);
	const waves = choices.filter((c) => c.kind === 'wave');
	if (!params.a && waves.length) params.a = waves[waves.length - 1].value;
	if (!params.b) params.b = waves.length > 1 ? waves[0].value : 'rest';
	let report: KeynessReport | null = null;
	let problem: { error: MessageKey; params: Params } | null = null;
	if (params.a) {
		try {
			report = studyKeyness(db, studyId, viewer, studyBlind, params);
		} catch (e) {
			if (!(e instanceof UserError)) throw e;
			problem = { error: e.code, params: e.params };
		}
	}
	return { params, choices, report, problem };
}
