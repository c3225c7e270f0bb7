import type { SessionUser } from '$lib/server/auth/session';
import type { Session } from '$lib/server/db/schema';
import type { Locale } from '$lib/i18n';

declare global {
	namespace App {
		interface Locals {
			user: SessionUser | null;
			session: Session | null;
			locale: Locale;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
