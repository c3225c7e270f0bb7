import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { getDb } from '$lib/server/db';
import {
	SESSION_COOKIE,
	deleteSessionTokenCookie,
	setSessionTokenCookie,
	validateSessionToken
} from '$lib/server/auth/session';
import { negotiateLocale, isLocale, LOCALE_COOKIE } from '$lib/i18n';

// Open the database (and apply migrations) when the server starts, not on the first request.
export const init: ServerInit = () => {
	getDb();
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
	// Kit's CSP covers pages; other responses (CSV downloads, errors) get a strict one here.
	if (!response.headers.has('Content-Security-Policy')) {
		response.headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
	}
	return response;
};

const authentication: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.user = null;
	event.locals.session = null;
	if (token) {
		const { session, user } = validateSessionToken(getDb(), token);
		if (session) {
			setSessionTokenCookie(event.cookies, event.url, token, session.expiresAt);
			event.locals.user = user;
			event.locals.session = session;
		} else {
			deleteSessionTokenCookie(event.cookies, event.url);
		}
	}
	return resolve(event);
};

const locale: Handle = async ({ event, resolve }) => {
	const fromUser = event.locals.user?.locale;
	event.locals.locale = isLocale(fromUser)
		? fromUser
		: negotiateLocale(event.cookies.get(LOCALE_COOKIE), event.request.headers.get('accept-language'));
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
};

export const handle = sequence(securityHeaders, authentication, locale);

// Never show stack traces or SQL: log on the server, return a plain message.
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status >= 500) console.error(`[${event.request.method} ${event.url.pathname}]`, error);
	return { message: status >= 500 ? 'internal_error' : message };
};
