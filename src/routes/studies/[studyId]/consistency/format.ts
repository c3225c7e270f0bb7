// Small helpers shared by the consistency pages: measure formatting and the heat-map palette.
import type { I18n } from '$lib/i18n/context.svelte';
import { isMessageKey, type MessageKey } from '$lib/i18n';

type MaybeMeasure = { value: number | null; reason?: string } | null | undefined;

/** A measure with two (or `digits`) decimals, or '—' when undefined. */
export function fmt(i18n: I18n, m: MaybeMeasure | number | null, digits = 2): string {
	const value = typeof m === 'number' ? m : m === null || m === undefined ? null : m.value;
	return value === null || !Number.isFinite(value) ? '—' : i18n.number(value, digits);
}

/** Why a measure is undefined, in words (empty when it is defined). */
export function why(i18n: I18n, m: MaybeMeasure): string {
	if (!m || m.value !== null || !m.reason) return '';
	const key = `consistency.reason.${m.reason}`;
	return isMessageKey(key) ? i18n.t(key) : m.reason;
}

export function ci(i18n: I18n, interval: [number, number] | null | undefined, digits = 2): string {
	return interval ? `[${i18n.number(interval[0], digits)}; ${i18n.number(interval[1], digits)}]` : '—';
}

export function pct(i18n: I18n, share: number | null | undefined): string {
	return share === null || share === undefined || !Number.isFinite(share) ? '—' : `${i18n.number(Math.round(share * 1000) / 10, 1)} %`;
}

/** Caution texts for a list of cautions from the library. */
export function cautionText(i18n: I18n, c: { code: string; params: Record<string, number | string> }): string {
	const key = `consistency.caution.${c.code}`;
	const params = { ...c.params };
	if (typeof params.missingShare === 'number') params.missingShare = Math.round(params.missingShare * 100);
	if (typeof params.maximum === 'number' && params.maximum < 1) params.maximum = Math.round(params.maximum * 100);
	return isMessageKey(key) ? i18n.t(key as MessageKey, params) : c.code;
}

const LOW = [244, 241, 232];
const HIGH = [165, 0, 38];

/** Background and text colour for level `level` of `levels` (pale → deep red). */
export function levelColour(level: number, levels: number): { bg: string; fg: string } {
	const t = levels <= 1 ? 1 : level / (levels - 1);
	const c = LOW.map((lo, i) => Math.round(lo + (HIGH[i] - lo) * t));
	return { bg: `rgb(${c.join(' ')})`, fg: t > 0.5 ? '#fff' : '#1f2328' };
}

/** A qualitative palette for steps and dimensions (colour-blind friendly, Okabe–Ito + extras). */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#F0E442', '#000000', '#999999', '#7F3C8D', '#11A579', '#3969AC'];
