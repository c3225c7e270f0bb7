// Components read the current locale through context, so server renders of concurrent
// requests never share it.
import { getContext, setContext } from 'svelte';
import { translate, formatNumber, formatDateTime, formatDate, type Locale, type MessageKey, type Params } from './index';

const KEY = Symbol('i18n');

export interface I18n {
	readonly locale: Locale;
	t: (key: MessageKey, params?: Params) => string;
	number: (value: number, digits?: number) => string;
	dateTime: (value: Date | number) => string;
	date: (value: Date | number | string) => string;
}

export function setI18n(getLocale: () => Locale): I18n {
	const i18n: I18n = {
		get locale() {
			return getLocale();
		},
		t: (key, params) => translate(getLocale(), key, params),
		number: (value, digits) => formatNumber(getLocale(), value, digits),
		dateTime: (value) => formatDateTime(getLocale(), value),
		date: (value) => formatDate(getLocale(), value)
	};
	setContext(KEY, i18n);
	return i18n;
}

export function useI18n(): I18n {
	const i18n = getContext<I18n | undefined>(KEY);
	if (!i18n) throw new Error('useI18n() called outside the root layout');
	return i18n;
}
