import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { isLocale, LOCALE_COOKIE } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { setUserLocale } from '$lib/server/users';
import { safeNext } from '$lib/server/navigation';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ request, cookies, locals, url }) => {
		const data = await request.formData();
		const locale = data.get('locale');
		const back = data.get('back');
		if (isLocale(locale)) {
			cookies.set(LOCALE_COOKIE, locale, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', maxAge: 60 * 60 * 24 * 365 });
			if (locals.user) setUserLocale(getDb(), locals.user.id, locale);
		}
		redirect(303, safeNext(typeof back === 'string' ? back : '/'));
	}
};
