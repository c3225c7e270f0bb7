// Deterministic generator of the fictional demo study: same seed, byte-identical output.

import { VIGNETTE_CASES, caseByKey, type VignetteCase } from './cases';
import { simulateCodings } from './coders';
import { MUNICIPALITIES, type MunicipalityProfile } from './municipalities';
import { NAMES_2002, NAMES_2024 } from './names';
import { LEVEL_ADJ } from './phrases';
import { Rng } from './prng';
import { writeSection2002, writeSection2024 } from './sections';
import {
	DEFAULT_CONCERN_SCALE,
	DEFAULT_NEXT_STEPS,
	STEP_KEYS,
	type Agreement,
	type Concern,
	type DemoCoding,
	type DemoFocusGroup,
	type DemoGroupAssessment,
	type DemoIndividualAssessment,
	type DemoParticipant,
	type DemoStudy,
	type StepKey,
	type WaveKey
} from './types';
import { TranscriptWriter, capitalise, type BuiltTurn, type Speaker, type Stance } from './writer';

export const DEMO_SEED = 20240917;

export const DEMO_VIGNETTE_KEYS: readonly string[] = VIGNETTE_CASES.map((c) => c.key);

interface GroupPlan {
	key: string;
	wave: WaveKey;
	municipality: MunicipalityProfile;
	date: string;
	participants: DemoParticipant[];
	vignettes: string[];
}

interface VignetteOutcome {
	level: number;
	steps: StepKey[];
	stances: Map<string, Stance>;
	agreement: Agreement;
	anchor: string;
}

const sortSteps = (steps: Iterable<StepKey>): StepKey[] =>
	STEP_KEYS.filter((s) => [...steps].includes(s));

function isoDate(year: number, firstMonth: number, lastMonth: number, rng: Rng): string {
	for (;;) {
		const month = rng.int(firstMonth, lastMonth);
		const day = rng.int(1, 28);
		const d = new Date(Date.UTC(year, month - 1, day));
		const wd = d.getUTCDay();
		if (wd !== 0 && wd !== 6) return d.toISOString().slice(0, 10);
	}
}

function experience(rng: Rng, wave: WaveKey, role: 'raadgiver' | 'faglig_leder'): number | null {
	if (wave === '2002' && rng.chance(0.3)) return null;
	if (role === 'faglig_leder') return rng.int(8, 24);
	// Many newly trained caseworkers today (COWI: 56 % with 0–3 years).
	const band = rng.weighted(
		wave === '2024'
			? ([[0, 0.5], [1, 0.3], [2, 0.2]] as const)
			: ([[0, 0.25], [1, 0.4], [2, 0.35]] as const)
	);
	return band === 0 ? rng.int(0, 3) : band === 1 ? rng.int(4, 9) : rng.int(10, 26);
}

function planGroups(rng: Rng): GroupPlan[] {
	const plans: GroupPlan[] = [];
	const names = { '2024': rng.shuffle(NAMES_2024), '2002': rng.shuffle(NAMES_2002) };
	const nextName = (wave: WaveKey) => {
		const n = names[wave].shift();
		if (!n) throw new Error(`Ran out of pseudonyms for ${wave}`);
		return n;
	};
	const keys = VIGNETTE_CASES.map((c) => c.key);

	// 2002: 11 municipalities, each discussing 3–6 of the six kept vignettes; every vignette by ≥ 5 groups.
	const m2002 = MUNICIPALITIES.filter((m) => m.in2002);
	let subsets: string[][];
	do {
		subsets = m2002.map(() => {
			const n = rng.weighted([[3, 0.25], [4, 0.3], [5, 0.25], [6, 0.2]] as const);
			const chosen = new Set(rng.sample(keys, n));
			return keys.filter((k) => chosen.has(k));
		});
	} while (keys.some((k) => subsets.filter((s) => s.includes(k)).length < 5));
	m2002.forEach((m, i) => {
		const size = rng.int(3, 5);
		const hasLead = rng.chance(0.35);
		const participants: DemoParticipant[] = [];
		for (let p = 0; p < size; p++) {
			const role = hasLead && p === size - 1 ? 'faglig_leder' : 'raadgiver';
			participants.push({ pseudonym: nextName('2002'), role, yearsExperience: experience(rng, '2002', role) });
		}
		participants.push({ pseudonym: 'Interviewer', role: 'interviewer', yearsExperience: null });
		plans.push({
			key: `2002-${m.code}`,
			wave: '2002',
			municipality: m,
			date: isoDate(2002, 1, 5, rng),
			participants,
			vignettes: subsets[i]
		});
	});

	// 2024: 7 municipalities, 30 participants in all, all six vignettes in varying order.
	const m2024 = MUNICIPALITIES.filter((m) => m.in2024);
	const sizes = rng.shuffle([5, 5, 4, 4, 4, 4, 4]);
	const leads = new Set(rng.sample(m2024.map((m) => m.code), 5));
	m2024.forEach((m, i) => {
		const participants: DemoParticipant[] = [];
		for (let p = 0; p < sizes[i]; p++) {
			const role = leads.has(m.code) && p === 0 ? 'faglig_leder' : 'raadgiver';
			participants.push({ pseudonym: nextName('2024'), role, yearsExperience: experience(rng, '2024', role) });
		}
		participants.push({ pseudonym: 'Interviewer', role: 'interviewer', yearsExperience: null });
		const order = rng.chance(0.6) ? ['kira', ...rng.shuffle(keys.filter((k) => k !== 'kira'))] : rng.shuffle(keys);
		plans.push({
			key: `2024-${m.code}`,
			wave: '2024',
			municipality: m,
			date: isoDate(2024, 2, 6, rng),
			participants,
			vignettes: order
		});
	});
	return plans;
}

/** 2002 group levels per vignette: spread over the whole range, both ends always present. */
function levels2002(rng: Rng, plans: GroupPlan[]): Map<string, number> {
	const out = new Map<string, number>();
	for (const c of VIGNETTE_CASES) {
		const groups = plans.filter((p) => p.wave === '2002' && p.vignettes.includes(c.key));
		const [lo, hi] = c.range2002;
		const levels = [lo, hi, ...groups.slice(2).map(() => rng.int(lo, hi))];
		rng.shuffle(levels).forEach((lvl, i) => out.set(`${groups[i].key}|${c.key}`, lvl));
	}
	return out;
}

function steps2002(rng: Rng, c: VignetteCase, level: number): StepKey[] {
	const base: Record<number, [StepKey, number][]> = {
		0: [['luk', 3], ['uafklaret', 2]],
		1: [['luk', 2], ['uafklaret', 1.5], ['tidlig', 2], ['fambeh', 1.5]],
		2: [['bfu', 2], ['tidlig', 2], ['fambeh', 2], ['netvaerk', 1], ['uafklaret', 0.5], ['specialteam', 0.5]],
		3: [['bfu', 2], ['fambeh', 2], ['anbringelse', 1], ['tidlig', 1], ['netvaerk', 1], ['specialteam', 0.5]],
		4: [['anbringelse', 3], ['sikring', 2], ['bfu', 1]]
	};
	const weighted = base[level].map(([s, w]) => [s, c.options2002.includes(s) ? w * 1.5 : w * 0.4] as const);
	const first = rng.weighted(weighted);
	if (first === 'luk' || first === 'uafklaret' || rng.chance(0.6)) return [first];
	const second = rng.weighted(weighted.filter(([s]) => s !== first && s !== 'luk' && s !== 'uafklaret'));
	return sortSteps([first, second]);
}

function outcome2024(rng: Rng, c: VignetteCase, plan: GroupPlan): VignetteOutcome {
	const { primary, secondary, pSecondary } = c.band2024;
	const level = rng.chance(pSecondary) ? secondary : primary;
	const steps = new Set<StepKey>(['bfu']);
	if (level >= 4) steps.add('sikring');
	const offers = plan.municipality.offers;
	const nExtra = rng.weighted([[0, 0.2], [1, 0.45], [2, 0.35]] as const);
	const extras = rng.sample(offers, Math.min(nExtra, offers.length));
	if (extras.length === 0) steps.add('uafklaret');
	for (const e of extras) steps.add(e);
	const groupSteps = sortSteps(steps);
	const stances = new Map<string, Stance>();
	const speakers = plan.participants.filter((p) => p.role !== 'interviewer');
	for (const p of speakers) {
		const own = rng.chance(0.85) ? level : level === primary ? secondary : primary;
		let mine = [...groupSteps];
		if (extras.length > 0 && rng.chance(0.2)) {
			const dropped = rng.pick(extras);
			mine = mine.filter((s) => s !== dropped);
		}
		stances.set(p.pseudonym, { level: own, steps: sortSteps(mine) });
	}
	const anchor = speakers.find((p) => stances.get(p.pseudonym)!.level === level) ?? speakers[0];
	stances.get(anchor.pseudonym)!.level = level;
	// One dissenter who comes round is still agreement; more than one is partial.
	const deviating = speakers.filter((p) => stances.get(p.pseudonym)!.level !== level).length;
	const agreement: Agreement = deviating <= 1 ? 'yes' : 'partly';
	return { level, steps: groupSteps, stances, agreement, anchor: anchor.pseudonym };
}

function outcome2002(rng: Rng, c: VignetteCase, plan: GroupPlan, level: number): VignetteOutcome {
	const speakers = plan.participants.filter((p) => p.role !== 'interviewer');
	const stances = new Map<string, Stance>();
	const anchorIndex = rng.int(0, speakers.length - 1);
	speakers.forEach((p, i) => {
		const offset = i === anchorIndex ? 0 : rng.weighted([[0, 0.3], [1, 0.25], [-1, 0.25], [2, 0.1], [-2, 0.1]] as const);
		const own = Math.min(4, Math.max(0, level + offset));
		stances.set(p.pseudonym, { level: own, steps: steps2002(rng, c, own) });
	});
	const anchor = speakers[anchorIndex].pseudonym;
	const counts = new Map<StepKey, number>();
	for (const s of stances.values()) for (const step of s.steps) counts.set(step, (counts.get(step) ?? 0) + 1);
	const groupSteps = new Set<StepKey>(stances.get(anchor)!.steps);
	for (const [step, n] of counts) if (n >= 2) groupSteps.add(step);
	const lv = [...stances.values()].map((s) => s.level);
	const range = Math.max(...lv) - Math.min(...lv);
	const agreement: Agreement = range === 0 ? 'yes' : range === 1 ? 'partly' : 'no';
	return { level, steps: sortSteps(groupSteps), stances, agreement, anchor };
}

const stepLabel = (s: StepKey) => DEFAULT_NEXT_STEPS.find((x) => x.key === s)!.label.toLowerCase();

function listDa(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

function justification(rng: Rng, wave: WaveKey, c: VignetteCase, o: VignetteOutcome, m: MunicipalityProfile): string {
	const adj = LEVEL_ADJ[o.level][0];
	const isAdj = o.level === 0 ? 'ikke er bekymrende' : `er ${adj}`;
	const levels = [...o.stances.values()].map((s) => s.level);
	const focus = listDa(rng.sample(c.faktaNP, 2));
	const parts: string[] = [];
	if (wave === '2024') {
		parts.push(
			o.agreement === 'yes' && levels.every((l) => l === o.level)
				? rng.pick([
						`Gruppen vurderede samstemmende sagen som ${adj}.`,
						`Deltagerne var enige om, at sagen ${isAdj}.`,
						`Bred enighed om, at sagen ${isAdj}.`
					])
				: `Gruppen samlede sig om, at sagen ${isAdj}, selv om ${levels.filter((l) => l !== o.level).length === 1 ? 'en deltager' : 'enkelte deltagere'} først vurderede den anderledes.`
		);
		parts.push(`Især ${focus} vejede tungt.`);
		const named = o.steps.filter((s) => s !== 'uafklaret').map(stepLabel);
		parts.push(`Gruppen peger på ${listDa(named)}.`);
		if (o.steps.includes('uafklaret')) parts.push('Konkrete indsatser afventer undersøgelsen.');
		else if (o.steps.some((s) => s !== 'bfu' && s !== 'sikring'))
			parts.push(`Valget af indsats afspejler, hvad kommune ${m.code} selv har til rådighed.`);
	} else {
		if (o.agreement === 'yes') parts.push(`Deltagerne var enige om, at sagen ${isAdj}.`);
		else {
			const lo = DEFAULT_CONCERN_SCALE[Math.min(...levels)].toLowerCase();
			const hi = DEFAULT_CONCERN_SCALE[Math.max(...levels)].toLowerCase();
			parts.push(`Deltagerne vurderede sagen forskelligt, fra ${lo} til ${hi}; gruppens samlede vurdering er ${adj}.`);
		}
		const all = sortSteps(new Set([...o.stances.values()].flatMap((s) => s.steps)));
		parts.push(
			all.length > 1
				? `Der blev peget på forskellige foranstaltninger (${listDa(all.map(stepLabel))}) uden en fælles indstilling.`
				: `Gruppen pegede på ${stepLabel(all[0])}.`
		);
		if (rng.chance(0.5)) parts.push('Vurderingerne blev mest begrundet i egne erfaringer.');
	}
	return capitalise(parts.join(' '));
}

function renderTranscript(turns: BuiltTurn[]): string {
	const out: string[] = [];
	let section: string | null = null;
	for (const t of turns) {
		if (t.vignette !== section) {
			section = t.vignette;
			out.push(`## Vignet: ${section}`);
		}
		out.push(`${t.speaker}: ${t.paragraphs[0]}`, ...t.paragraphs.slice(1));
	}
	return out.join('\n\n') + '\n';
}

export function generateDemoStudy(seed: number = DEMO_SEED): DemoStudy {
	return buildDemo(seed).study;
}

/** The study plus the generator's own record of every turn and its true codes (for tests). */
export function buildDemo(seed: number = DEMO_SEED): { study: DemoStudy; turns: Map<string, BuiltTurn[]> } {
	const rng = new Rng(seed >>> 0);
	const allTurns = new Map<string, BuiltTurn[]>();
	const plans = planGroups(rng.fork('plan'));
	const spread = levels2002(rng.fork('levels2002'), plans);
	const focusGroups: DemoFocusGroup[] = [];
	const codings: DemoCoding[] = [];
	const groupAssessments: DemoGroupAssessment[] = [];
	const individualAssessments: DemoIndividualAssessment[] = [];

	for (const plan of plans) {
		const grng = rng.fork(plan.key);
		const speakers: Speaker[] = plan.participants
			.filter((p) => p.role !== 'interviewer')
			.map((p) => ({ name: p.pseudonym, role: p.role }));
		const writer = new TranscriptWriter(grng.fork('text'), speakers);
		const metaBudget = { left: grng.int(1, 3) };
		for (const key of plan.vignettes) {
			const c = caseByKey(key);
			const o =
				plan.wave === '2024'
					? outcome2024(grng, c, plan)
					: outcome2002(grng, c, plan, spread.get(`${plan.key}|${key}`)!);
			writer.startSection({
				wave: plan.wave,
				vignette: c,
				municipality: plan.municipality,
				groupLevel: o.level,
				groupSteps: o.steps,
				stances: o.stances
			});
			if (plan.wave === '2024') writeSection2024(writer, metaBudget);
			else writeSection2002(writer, speakers.find((s) => s.name === o.anchor)!);
			groupAssessments.push({
				focusGroup: plan.key,
				vignette: key,
				concern: o.level as Concern,
				steps: o.steps,
				agreement: o.agreement,
				justification: justification(grng, plan.wave, c, o, plan.municipality)
			});
			for (const s of speakers) {
				const st = o.stances.get(s.name)!;
				individualAssessments.push({
					focusGroup: plan.key,
					vignette: key,
					participant: s.name,
					concern: st.level as Concern,
					steps: st.steps
				});
			}
		}
		focusGroups.push({
			key: plan.key,
			wave: plan.wave,
			municipality: plan.municipality.code,
			date: plan.date,
			participants: plan.participants,
			vignettes: plan.vignettes,
			transcript: {
				filename: `fokusgruppe_${plan.wave}_${plan.municipality.code}.txt`,
				text: renderTranscript(writer.turns)
			}
		});
		codings.push(...simulateCodings(grng.fork('coders'), plan.key, writer.turns));
		allTurns.set(plan.key, writer.turns);
	}

	const study: DemoStudy = {
		study: {
			name: 'Demo: Tærskler for anbringelse 2002/2024 (fiktive data)',
			description:
				'Fiktiv demonstrationsundersøgelse. Alle kommuner, deltagere, udskrifter, kodninger og vurderinger er opdigtede og ' +
				'automatisk genereret; ingen data stammer fra virkelige fokusgrupper. Designet efterligner en gentagelse af ' +
				'Egelund og Thomsens vignetundersøgelse "Tærskler for anbringelse" (2002) i 2024: seks vignetter, 11 kommuner i 2002 ' +
				'og 7 kommuner i 2024, kodet af to fiktive kodere.'
		},
		vignetteKeys: [...DEMO_VIGNETTE_KEYS],
		waves: [
			{
				key: '2002',
				label: '2002 – Tærskler for anbringelse',
				year: 2002,
				description:
					'Fiktive fokusgrupper med sagsbehandlere i 11 kommuner. Hver gruppe drøftede 3–6 af de seks vignetter, der blev genbrugt i 2024.',
				sourceKind: 'transcripts'
			},
			{
				key: '2024',
				label: '2024 – gentagelsen',
				year: 2024,
				description:
					'Fiktive fokusgrupper med rådgivere og faglige ledere i 7 kommuner. Alle grupper drøftede alle seks vignetter.',
				sourceKind: 'transcripts'
			}
		],
		municipalities: MUNICIPALITIES.map(({ code, sizeClass, region, placementRateBand }) => ({
			code,
			sizeClass,
			region,
			placementRateBand
		})),
		focusGroups,
		codings,
		groupAssessments,
		individualAssessments
	};
	return { study, turns: allTurns };
}
