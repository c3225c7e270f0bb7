// Two simulated coders. Each mostly applies the true code of every sentence group, misses some
// (more often for interpretive codes), sometimes picks a neighbouring code instead, adds a few false
// positives and marks sub-spans with slightly different boundaries, which gives realistic
// inter-coder agreement (κ roughly 0.6–0.85 per code).

import type { Rng } from './prng';
import type { CoderKey, DemoCoding } from './types';
import type { BuiltTurn } from './writer';

interface CoderProfile {
	recall: number;
	substitute: number;
	falsePositive: number;
	wholeTurn: number;
	jitter: boolean;
}

const CODERS: Record<CoderKey, CoderProfile> = {
	'coder-a': { recall: 0.91, substitute: 0.35, falsePositive: 0.03, wholeTurn: 0.35, jitter: false },
	'coder-b': { recall: 0.86, substitute: 0.45, falsePositive: 0.05, wholeTurn: 0.45, jitter: true }
};

/** How much harder than average a code is to apply consistently. */
const DIFFICULTY: Record<string, number> = {
	'VUR.ENIG': 0.04,
	'VUR.UENIG': 0.05,
	'VUR.HANDLE': 0.09,
	'VUR.SIKKERHED': 0.06,
	'VUR.META': 0.1,
	'SPA.VI': 0.14,
	'SPA.FLERE-ØJNE': 0.09,
	'SPA.UDFORDRER': 0.12,
	'SPA.KONVERGENS': 0.08,
	'SPA.RÅD': 0.05,
	'SPA.ANSVAR': 0.06,
	'SPA.LEDELSESINFO': 0.1,
	'SPA.INDIVIDUEL': 0.08,
	'VID.ERFARING': 0.1,
	'VID.INDFORSTÅET': 0.12,
	'VID.UDFORDRER': 0.12,
	'VID.MANGLER': 0.05,
	'VID.BARN': 0.04,
	'VID.RESSOURCER': 0.06,
	'VID.LOV': 0.05,
	'IND.TIDLIG': 0.05,
	'IND.UAFKLARET': 0.08,
	'IND.KONTEKST': 0.12,
	'IND.SPREDNING': 0.12
};

/** Codes a coder may plausibly choose instead (or add by mistake). */
const CONFUSABLE: Record<string, string[]> = {
	'VUR.BEK': [],
	'VUR.HANDLE': ['IND.BFU'],
	'VUR.SIKKERHED': ['IND.SIKRING'],
	'VUR.ENIG': [],
	'VUR.UENIG': ['SPA.UDFORDRER', 'IND.SPREDNING'],
	'VUR.META': ['VID.ERFARING'],
	'SPA.GRUPPEMØDE': ['SPA.RÅD'],
	'SPA.RÅD': ['SPA.GRUPPEMØDE'],
	'SPA.FLERE-ØJNE': ['SPA.GRUPPEMØDE', 'SPA.VI'],
	'SPA.VI': [],
	'SPA.UDFORDRER': ['VUR.UENIG'],
	'SPA.KONVERGENS': ['VUR.ENIG', 'SPA.VI'],
	'SPA.ANSVAR': ['SPA.LEDELSESINFO', 'IND.KONTEKST'],
	'SPA.LEDELSESINFO': ['SPA.ANSVAR'],
	'SPA.INDIVIDUEL': [],
	'VID.ERFARING': [],
	'VID.MANGLER': ['VID.UDFORDRER'],
	'VID.UDFORDRER': ['VID.MANGLER'],
	'VID.BARN': ['VID.MANGLER'],
	'VID.VÆRKTØJ': ['VID.ERFARING'],
	'VID.RESSOURCER': ['IND.NETVÆRK'],
	'VID.INDFORSTÅET': ['VID.ERFARING'],
	'VID.LOV': [],
	'IND.BFU': [],
	'IND.TIDLIG': ['IND.FAMBEH'],
	'IND.FAMBEH': ['IND.TIDLIG'],
	'IND.SIKRING': [],
	'IND.NETVÆRK': ['VID.RESSOURCER'],
	'IND.KONTEKST': [],
	'IND.SPREDNING': ['VUR.UENIG'],
	'IND.UAFKLARET': ['VID.MANGLER']
};

const FALLBACK_FALSE_POSITIVES = ['VUR.ENIG', 'SPA.VI', 'VID.MANGLER'];

/** Word-start and word-end offsets within [from, to) of `text`. */
function wordBounds(text: string, from: number, to: number): { starts: number[]; ends: number[] } {
	const starts: number[] = [];
	const ends: number[] = [];
	const re = /\S+/g;
	const slice = text.slice(from, to);
	for (let m = re.exec(slice); m; m = re.exec(slice)) {
		starts.push(from + m.index);
		ends.push(from + m.index + m[0].length);
	}
	return { starts, ends };
}

function nearestIndex(list: number[], value: number): number {
	let best = 0;
	for (let i = 1; i < list.length; i++) if (Math.abs(list[i] - value) < Math.abs(list[best] - value)) best = i;
	return best;
}

/** Moves a span's edges by a word or two within the first paragraph. */
function jitterSpan(rng: Rng, paragraph: string, start: number, end: number): [number, number] {
	const { starts, ends } = wordBounds(paragraph, 0, paragraph.length);
	if (starts.length === 0) return [start, end];
	const shift = () => rng.weighted([[0, 0.45], [1, 0.2], [-1, 0.2], [2, 0.08], [-2, 0.07]] as const);
	const si = Math.min(Math.max(nearestIndex(starts, start) + shift(), 0), starts.length - 1);
	let ei = Math.min(Math.max(nearestIndex(ends, end) + shift(), 0), ends.length - 1);
	if (ei < si) ei = si;
	return [starts[si], ends[ei]];
}

export function simulateCodings(rng: Rng, focusGroup: string, turns: BuiltTurn[]): DemoCoding[] {
	const out: DemoCoding[] = [];
	for (const coder of ['coder-a', 'coder-b'] as const) {
		const profile = CODERS[coder];
		const crng = rng.fork(coder);
		turns.forEach((turn, turnIndex) => {
			if (turn.speaker === 'Interviewer') return;
			const first = turn.paragraphs[0];
			const truth = new Set([...turn.wholeCodes, ...turn.spans.map((s) => s.code)]);
			const emitted: DemoCoding[] = [];
			const has = (code: string) => emitted.some((c) => c.codeKey === code);
			const emitWhole = (code: string) => {
				if (!has(code)) emitted.push({ focusGroup, coder, turnIndex, codeKey: code });
			};
			const emitSpans = (code: string, spans: { start: number; end: number }[]) => {
				if (has(code)) return;
				for (const s of spans) {
					const [start, end] = profile.jitter ? jitterSpan(crng, first, s.start, s.end) : [s.start, s.end];
					emitted.push({ focusGroup, coder, turnIndex, codeKey: code, start, end });
				}
			};
			for (const code of truth) {
				const spans = turn.spans.filter((s) => s.code === code);
				const whole = turn.wholeCodes.includes(code) || spans.length === 0;
				const recall = profile.recall - (DIFFICULTY[code] ?? 0.02);
				let applied = code;
				if (!crng.chance(recall)) {
					const alternatives = (CONFUSABLE[code] ?? []).filter((c) => !truth.has(c));
					if (alternatives.length === 0 || !crng.chance(profile.substitute)) continue;
					applied = crng.pick(alternatives);
				}
				if (whole || crng.chance(profile.wholeTurn)) emitWhole(applied);
				else emitSpans(applied, spans);
			}
			if (crng.chance(profile.falsePositive)) {
				const near = [...truth].flatMap((c) => CONFUSABLE[c] ?? []);
				const pool = (near.length > 0 ? near : FALLBACK_FALSE_POSITIVES).filter((c) => !truth.has(c));
				if (pool.length > 0) emitWhole(crng.pick(pool));
			}
			out.push(...emitted);
		});
	}
	return out;
}
