// The compact summary printed by `vignet consistency`, and JSON that keeps the order of Map keys.
import type { ConsistencyResult } from './analyse';

export type OrderedJson = null | boolean | number | string | OrderedJson[] | Map<string, OrderedJson> | { [key: string]: OrderedJson };

/**
 * `{ waves: { <wave>: { concernAlpha, stepAlpha: { <step>: α }, vignettes: { <v>: { rwg, modalShare, giniSimpson } } } },
 *    comparison: { from, to, concernAlphaDelta, ci: [low, high] | null } | null }`, waves in order of first appearance.
 * Maps are used because a plain object would reorder integer-like keys such as "2024" and "2002".
 */
export function cliSummary(result: ConsistencyResult): Map<string, OrderedJson> {
	const waves = new Map<string, OrderedJson>();
	for (const w of result.waves) {
		const stepAlpha = new Map<string, OrderedJson>();
		for (const s of result.steps) stepAlpha.set(s, w.stepAlpha[s]?.value ?? null);
		const vignettes = new Map<string, OrderedJson>();
		for (const v of w.perVignette)
			vignettes.set(v.vignette, { rwg: v.rwg.value, modalShare: v.modal.value, giniSimpson: v.steps.giniSimpson.value });
		waves.set(
			w.wave,
			new Map<string, OrderedJson>([
				['concernAlpha', w.concernAlpha.value],
				['stepAlpha', stepAlpha],
				['vignettes', vignettes]
			])
		);
	}
	const c = result.comparison;
	const comparison: OrderedJson =
		c === null
			? null
			: new Map<string, OrderedJson>([
					['from', c.from],
					['to', c.to],
					['concernAlphaDelta', c.concernAlpha.delta.value],
					['ci', c.concernAlpha.ci]
				]);
	return new Map<string, OrderedJson>([
		['waves', waves],
		['comparison', comparison]
	]);
}

/** Like JSON.stringify(value, null, indent) but Maps become objects in insertion order. */
export function toOrderedJson(value: OrderedJson, indent = 2): string {
	const pad = (depth: number) => ' '.repeat(indent * depth);
	const nl = indent > 0 ? '\n' : '';
	const sep = indent > 0 ? ': ' : ':';
	const write = (v: OrderedJson, depth: number): string => {
		if (v === null || typeof v === 'boolean' || typeof v === 'string') return JSON.stringify(v);
		if (typeof v === 'number') return Number.isFinite(v) ? JSON.stringify(v) : 'null';
		if (Array.isArray(v)) {
			if (v.length === 0) return '[]';
			return `[${nl}${v.map((x) => pad(depth + 1) + write(x, depth + 1)).join(`,${nl}`)}${nl}${pad(depth)}]`;
		}
		const entries = v instanceof Map ? [...v.entries()] : Object.entries(v);
		if (entries.length === 0) return '{}';
		return `{${nl}${entries.map(([k, x]) => `${pad(depth + 1)}${JSON.stringify(k)}${sep}${write(x, depth + 1)}`).join(`,${nl}`)}${nl}${pad(depth)}}`;
	};
	return write(value, 0);
}
