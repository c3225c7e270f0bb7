// The message catalogue: every UI string, in Danish (default) and English, side by side.
// Areas live in ./catalogue/*.ts and merge into one typed catalogue here.
import { common } from './catalogue/common';
import { auth } from './catalogue/auth';
import { studies } from './catalogue/studies';
import { errors } from './catalogue/errors';
import { codebook } from './catalogue/codebook';
import { coding } from './catalogue/coding';
import { charts } from './catalogue/charts';
import { material } from './catalogue/material';
import { vignettes } from './catalogue/vignettes';
import { transcripts } from './catalogue/transcripts';
import { teaching } from './catalogue/teaching';
import { analysis } from './catalogue/analysis';
import { reliability } from './catalogue/reliability';
import { consistency } from './catalogue/consistency';

export type Locale = 'da' | 'en';
export const locales: readonly Locale[] = ['da', 'en'];
export const DEFAULT_LOCALE: Locale = 'da';
export const LOCALE_COOKIE = 'vignet-locale';
export type Entry = { da: string; en: string };

export const catalogue = { ...common, ...auth, ...studies, ...errors, ...vignettes, ...material, ...coding, ...charts, ...transcripts, ...codebook, ...teaching, ...reliability, ...analysis, ...consistency } satisfies Record<string, Entry>;
export type MessageKey = keyof typeof catalogue;
export type Params = Record<string, string | number>;

export function isLocale(value: unknown): value is Locale {
	return value === 'da' || value === 'en';
}

export function isMessageKey(value: unknown): value is MessageKey {
	return typeof value === 'string' && Object.hasOwn(catalogue, value);
}

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
	const entry: Entry | undefined = catalogue[key];
	if (!entry) return key;
	let text = entry[locale];
	if (params) {
		for (const [name, value] of Object.entries(params)) {
			const shown = typeof value === 'number' ? formatNumber(locale, value) : value;
			text = text.replaceAll(`{${name}}`, shown);
		}
	}
	return text;
}

export function formatNumber(locale: Locale, value: number, digits?: number): string {
	return new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB', digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function formatDateTime(locale: Locale, value: Date | number): string {
	return new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(value);
}

export function formatDate(locale: Locale, value: Date | number | string): string {
	const date = typeof value === 'string' ? new Date(value) : value;
	return new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'medium' }).format(date);
}

/** Picks the locale from a cookie, then the browser's Accept-Language, then Danish. */
export function negotiateLocale(cookieValue: string | undefined, acceptLanguage: string | null): Locale {
	if (isLocale(cookieValue)) return cookieValue;
	for (const part of (acceptLanguage ?? '').split(',')) {
		const tag = part.split(';')[0].trim().toLowerCase();
		if (tag.startsWith('da')) return 'da';
		if (tag.startsWith('en')) return 'en';
	}
	return DEFAULT_LOCALE;
}
