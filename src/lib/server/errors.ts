import type { MessageKey, Params } from '$lib/i18n';

/**
 * A problem the user can fix (bad input, a stale edit, a rule such as "a study keeps one lead").
 * Routes turn it into `fail(status, { error, params })`; the page shows the catalogue message.
 */
export class UserError extends Error {
	constructor(
		public readonly code: MessageKey,
		public readonly params: Params = {},
		public readonly status: 400 | 403 | 404 | 409 | 410 | 413 | 415 | 429 = 400
	) {
		super(code);
	}
}
