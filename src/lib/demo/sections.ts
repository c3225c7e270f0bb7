// The shape of one vignette discussion in each wave. 2024: reactions, shared inquiry into what is
// known and missing, peer consultation, context-dependent next steps, a converging summary.
// 2002: a round of individual standpoints, individual choices of measures, little uptake.

import type { Rng } from './prng';
import type { StepKey } from './types';
import type { Speaker, TranscriptWriter } from './writer';

type Pool = readonly (readonly [string, number])[];

function addons(rng: Rng, pool: Pool, weights: Pool): string[] {
	const n = Number(rng.weighted(weights));
	const out: string[] = [];
	const usable = pool.filter(([, w]) => w > 0);
	for (let i = 0; i < n && usable.length > 0; i++) {
		const choice = rng.weighted(usable);
		if (!out.includes(choice)) out.push(choice);
	}
	return out;
}

const MANY: Pool = [
	['1', 0.15],
	['2', 0.35],
	['3', 0.35],
	['4', 0.15]
];
const FEW: Pool = [
	['0', 0.35],
	['1', 0.45],
	['2', 0.2]
];
const SOME_2002: Pool = [
	['0', 0.35],
	['1', 0.45],
	['2', 0.2]
];

const STEP_GROUP_2024: Record<StepKey, string> = {
	luk: 'ind.luk',
	bfu: 'ind.bfu',
	tidlig: 'ind.tidlig',
	fambeh: 'ind.fambeh',
	sikring: 'ind.sikring',
	specialteam: 'ind.specialteam',
	netvaerk: 'ind.netvaerk',
	anbringelse: 'ind.anbringelse',
	uafklaret: 'ind.uafklaret'
};

const STEP_GROUP_2002: Record<StepKey, string[]> = {
	luk: ['ind.luk'],
	bfu: ['ind.bfu02'],
	tidlig: ['ind.tidlig02'],
	fambeh: ['ind.fambeh02'],
	sikring: ['ind.sikring'],
	specialteam: ['ind.specialteam'],
	netvaerk: ['ind.netvaerk'],
	anbringelse: ['ind.anbringelse02'],
	uafklaret: ['ind.uafklaret02']
};

export function writeSection2024(w: TranscriptWriter, metaBudget: { left: number }): void {
	const { rng, ctx } = w;
	const level = ctx.groupLevel;
	const total = rng.int(21, 26);
	const poolA: Pool = [
		['recap', 2],
		['barn', 2],
		['ressourcer', 1],
		['mangler', 1],
		['erfaring24', 1],
		['sikkerhed', level >= 4 ? 2.5 : 0.3]
	];
	const poolB: Pool = [
		['mangler', 2],
		['barn', 2],
		['ressourcer', 1],
		['erfaring24', 1],
		['udfordrer', 1],
		['recap', 1],
		['vi', 0.5],
		['flereoejne', 0.5]
	];
	const poolC: Pool = [
		['flereoejne', 1],
		['vi', 1],
		['erfaring24', 1],
		['raad', 1],
		['gruppemoede', 1]
	];
	const poolD: Pool = [
		['handle', 1],
		['mangler', 1],
		['barn', 1],
		['vi', 1],
		['gruppemoede', 0.5],
		['kontekst', 0.6]
	];
	const start = w.turns.length;
	const used = () => w.turns.length - start;

	w.interviewerTurn('i.open', true);
	const stepMoves = rng.shuffle(ctx.groupSteps.filter((s) => s !== 'bfu' && s !== 'sikring'));
	const hasSikring = ctx.groupSteps.includes('sikring');
	// bfu, the other steps, sikring, the closing turn and a spare for an interviewer prompt.
	w.reserve = 1 + stepMoves.length + (hasSikring ? 1 : 0) + 1 + 1;

	// A: first reactions; anyone who sees it differently from the group says so early.
	const deviators = w.participants.filter((p) => w.stance(p.name).level !== level);
	const others = rng.shuffle(w.participants.filter((p) => !deviators.includes(p)));
	const openers = [...others.slice(0, 1), ...deviators, ...others.slice(1)].slice(0, Math.max(2, Math.min(3, deviators.length + 1)));
	const nA = Math.max(openers.length, rng.int(2, 3));
	for (let i = 0; i < nA && i < w.participants.length; i++) {
		const sp = openers[i] ?? w.nextSpeaker();
		w.participantTurn(sp, 'bek', addons(rng, poolA, MANY), { filler: i === 0 && rng.chance(0.3) });
	}
	if (deviators.length > 0 || rng.chance(0.35)) {
		w.participantTurn(w.nextSpeaker(), ['uenig24', 'spaUdfordrer'], addons(rng, poolB, FEW));
	} else {
		w.participantTurn(w.nextSpeaker(), 'enig', addons(rng, poolA, FEW));
	}
	if (rng.chance(0.45)) w.participantTurn(w.nextSpeaker(), 'enig', addons(rng, poolA, FEW));

	// Budget for the middle phases.
	const dSteps = ctx.groupSteps.length + 1;
	const rest = Math.max(4, total - used() - dSteps - 4);
	const nB = Math.max(2, Math.ceil(rest * 0.55));
	const nC = Math.max(2, rest - nB);

	// B: knowledge.
	if (rng.chance(0.55)) w.interviewerTurn('i.vid');
	const movesB: [string, number][] = [
		['mangler', 3],
		['udfordrer', 2],
		['barn', 3],
		['ressourcer', 2],
		['vaerktoej', ctx.municipality.toolHeavy ? 4 : 1],
		['erfaring24', 2],
		['spaUdfordrer', 1],
		['uenig24', 0.8],
		['lov24', 0.4]
	];
	let metaDone = false;
	for (let i = 0; i < nB; i++) {
		let move = rng.weighted(movesB);
		if (!metaDone && metaBudget.left > 0 && rng.chance(0.22)) {
			if (rng.chance(0.5)) w.interviewerTurn('i.meta');
			move = 'meta';
			metaDone = true;
			metaBudget.left--;
		}
		const sp = w.nextSpeaker();
		w.participantTurn(sp, [move, 'mangler', 'barn'], addons(rng, poolB, MANY));
		if (rng.chance(0.1)) {
			w.interviewerTurn('i.why');
			w.participantTurn(sp, ['flereoejne', 'barn', 'mangler'], addons(rng, poolB, FEW));
		}
	}

	// C: peer consultation.
	if (rng.chance(0.5)) w.interviewerTurn('i.spa');
	const movesC: [string, number][] = [
		['gruppemoede', 4],
		['flereoejne', 3],
		['vi', 2],
		['raad', 2],
		['konvergensMid', 1],
		['ledelsesinfo', ctx.municipality.managementInfo ? 3 : 0],
		['ansvar', 1.5]
	];
	for (let i = 0; i < nC; i++) {
		const move = rng.weighted(movesC.filter(([, wt]) => wt > 0));
		w.participantTurn(w.nextSpeaker(), [move, 'flereoejne', 'vi', 'gruppemoede'], addons(rng, poolC, MANY));
	}

	// D: next steps; every group step gets voiced at least once.
	if (rng.chance(0.75)) w.interviewerTurn('i.ind');
	if (rng.chance(0.6)) w.participantTurn(w.nextSpeaker(), 'handle', addons(rng, poolD, FEW));
	const hasExtras = ctx.groupSteps.some((s) => s !== 'bfu' && s !== 'sikring' && s !== 'uafklaret');
	const essential = (move: string, extra: string[]) => {
		w.participantTurn(w.nextSpeaker(), move, extra, { essential: true });
		w.reserve--;
	};
	if (hasSikring) essential('ind.sikring', addons(rng, poolD, FEW));
	essential('ind.bfu', addons(rng, poolD, FEW));
	for (const s of stepMoves) essential(STEP_GROUP_2024[s], hasExtras && rng.chance(0.4) ? ['kontekst'] : addons(rng, poolD, FEW));
	if (rng.chance(hasExtras ? 0.8 : 0.4)) w.participantTurn(w.nextSpeaker(), 'kontekst', addons(rng, poolD, FEW));
	if (ctx.groupSteps.length > 2 && rng.chance(0.35)) {
		w.participantTurn(w.nextSpeaker(), 'ansvar', ctx.municipality.managementInfo && rng.chance(0.5) ? ['ledelsesinfo'] : []);
	}

	// Closing summary by the team lead when there is one, else anyone.
	const lead = w.leader;
	const closer = lead && lead.name !== w.previousSpeaker && rng.chance(0.6) ? lead : w.nextSpeaker();
	w.participantTurn(closer, 'konvergensSlut', rng.chance(0.3) ? ['vi'] : [], { essential: true });
}

export function writeSection2002(w: TranscriptWriter, anchor: Speaker): void {
	const { rng } = w;
	const poolA: Pool = [
		['indforstaaet', 2],
		['erfaring02', 1.5],
		['recap', 1],
		['mangler', 0.3],
		['barn', 0.2]
	];
	const poolB: Pool = [
		['indforstaaet', 1],
		['erfaring02', 1],
		['individuelPlain', 0.7],
		['raad02', 0.2],
		['kontekst02', 0.2]
	];

	w.interviewerTurn('i.open', true);
	// The second round (one turn each), the closing turn and spares for interviewer prompts.
	w.reserve = w.participants.length + 1 + 2;
	const round1 = rng.shuffle(w.participants);
	let prevLevel: number | null = null;
	round1.forEach((sp, i) => {
		w.participantTurn(sp, ['bek02', 'bek'], addons(rng, poolA, SOME_2002), {
			filler: rng.chance(0.15),
			essential: true
		});
		const lvl = w.stance(sp.name).level;
		// Someone who has already given their view contradicts, without taking it further.
		const earlier = round1.slice(0, i).filter((p) => w.stance(p.name).level !== lvl);
		if (prevLevel !== null && lvl !== prevLevel && earlier.length > 0 && rng.chance(0.3)) {
			w.participantTurn(rng.pick(earlier), 'uenig02', rng.chance(0.5) ? ['indforstaaet'] : []);
		}
		prevLevel = lvl;
	});
	if (rng.chance(0.8)) w.interviewerTurn('i.ind');
	for (const sp of rng.shuffle(w.participants)) {
		w.reserve--;
		if (w.participantTurn(sp, 'individuel', addons(rng, poolB, SOME_2002), { essential: true })) continue;
		// Templates used up: voice each of the speaker's steps on its own.
		for (const step of w.stance(sp.name).steps) w.participantTurn(sp, STEP_GROUP_2002[step], [], { essential: true });
	}
	const extras: string[] = ['spredning'];
	if (rng.chance(0.5)) extras.push('spredning');
	if (rng.chance(0.5)) extras.push('uenig02');
	if (rng.chance(0.4)) extras.push('individuelPlain');
	if (rng.chance(0.15)) extras.push('gruppemoede02');
	if (rng.chance(0.15)) extras.push('lov02');
	if (rng.chance(0.25)) extras.push('barn');
	if (rng.chance(0.3)) extras.push('mangler');
	if (rng.chance(0.4)) extras.push('enig');
	if (rng.chance(0.2)) extras.push('raad02');
	for (const move of rng.shuffle(extras)) {
		if (move === 'spredning' && rng.chance(0.5)) w.interviewerTurn('i.enig02');
		w.participantTurn(w.nextSpeaker(), [move, 'indforstaaet', 'erfaring02'], rng.chance(0.3) ? ['indforstaaet'] : []);
	}
	w.participantTurn(anchor, ['slut02', 'bek02', 'bek'], [], { essential: true });
}
