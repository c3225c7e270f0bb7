// Writes one focus-group transcript turn by turn from the template library, remembering the
// codes and character span of every sentence group it writes (the 'true' coding).

import type { VignetteCase } from './cases';
import type { MunicipalityProfile } from './municipalities';
import { LEVEL_ADJ, LEVEL_FELT, OPENERS, TEMPLATES, group as templateGroup, type Template } from './phrases';
import { CASE_REMARKS } from './remarks';
import type { Rng } from './prng';
import { STEP_CODES, STEP_KEYS, type ParticipantRole, type StepKey, type WaveKey } from './types';

export interface Speaker {
	name: string;
	role: ParticipantRole;
}

/** A speaker's stance on the vignette under discussion. */
export interface Stance {
	level: number;
	steps: StepKey[];
}

export interface TrueSpan {
	code: string;
	start: number;
	end: number;
}

export interface BuiltTurn {
	speaker: string;
	vignette: string;
	/** Paragraphs as written in the transcript. */
	paragraphs: string[];
	/** Codes per sentence group; offsets within the first paragraph or the whole utterance. */
	spans: TrueSpan[];
	/** Whether a span covers the whole utterance (coded as a whole turn). */
	wholeCodes: string[];
}

interface Segment {
	text: string;
	codes: string[];
}

export interface SectionContext {
	wave: WaveKey;
	vignette: VignetteCase;
	municipality: MunicipalityProfile;
	groupLevel: number;
	groupSteps: StepKey[];
	stances: Map<string, Stance>;
}

/** The concrete offer the group has in mind for each supportive step, fixed per section. */
type Chosen = Record<'tidlig' | 'fambeh' | 'special' | 'netvaerk', string>;

const MAX_TEMPLATE_USES = 2;
/** Upper bound on turns in one vignette section (interviewer turns included). */
export const SECTION_MAX_TURNS = 25;

export class TranscriptWriter {
	readonly turns: BuiltTurn[] = [];
	private usedSentences = new Set<string>();
	private templateUse = new Map<string, number>();
	private slotUse = new Map<string, number>();
	private lastSpeaker: string | null = null;
	private lastParticipant: string | null = null;
	private sectionTurns = new Map<string, number>();
	private sectionCount = 0;
	/** Turns the section still needs for essential moves; optional turns leave room for them. */
	reserve = 0;
	ctx!: SectionContext;
	private chosen!: Chosen;

	constructor(
		readonly rng: Rng,
		readonly participants: Speaker[]
	) {}

	startSection(ctx: SectionContext): void {
		this.ctx = ctx;
		this.lastSpeaker = null;
		this.lastParticipant = null;
		this.sectionTurns = new Map(this.participants.map((p) => [p.name, 0]));
		this.sectionCount = 0;
		this.reserve = 0;
		const v = ctx.vignette;
		this.chosen = {
			tidlig: this.rng.pick(v.tidlig),
			fambeh: this.rng.pick(v.fambeh),
			special: this.rng.pick(v.special),
			netvaerk: this.rng.pick(v.netvaerk)
		};
	}

	private hasRoom(essential: boolean): boolean {
		return essential || this.sectionCount + this.reserve < SECTION_MAX_TURNS;
	}

	get previousSpeaker(): string | null {
		return this.lastSpeaker;
	}

	get leader(): Speaker | undefined {
		return this.participants.find((p) => p.role === 'faglig_leder');
	}

	stance(name: string): Stance {
		const s = this.ctx.stances.get(name);
		if (!s) throw new Error(`No stance for ${name}`);
		return s;
	}

	/** A participant other than the previous speaker, favouring those who have spoken least. */
	nextSpeaker(exclude: string[] = []): Speaker {
		const pool = this.participants.filter((p) => p.name !== this.lastSpeaker && !exclude.includes(p.name));
		const candidates = pool.length > 0 ? pool : this.participants;
		const weighted = candidates.map((p) => [p, 1 / (1 + (this.sectionTurns.get(p.name) ?? 0)) ** 1.5] as const);
		return this.rng.weighted(weighted);
	}

	// ---------- slots ----------

	private pickFresh(slot: string, items: readonly string[], taken: Set<string>): string {
		const free = items.filter((i) => !taken.has(i));
		const pool = free.length > 0 ? free : items;
		let best = Infinity;
		for (const i of pool) best = Math.min(best, this.slotUse.get(`${slot}|${i}`) ?? 0);
		const choice = this.rng.pick(pool.filter((i) => (this.slotUse.get(`${slot}|${i}`) ?? 0) === best));
		this.slotUse.set(`${slot}|${choice}`, best + 1);
		taken.add(choice);
		return choice;
	}

	/** Verb phrase for a list of steps ('lave en børnefaglig undersøgelse og inddrage far'). */
	stepsPhrase(steps: StepKey[], taken: Set<string> = new Set()): string {
		const c = this.ctx.vignette;
		const w = this.ctx.wave;
		const phrase = (s: StepKey): string => {
			const pick = (xs: string[]) => this.pickFresh(`vp-${s}`, xs, taken);
			switch (s) {
				case 'luk':
					return pick(['lukke sagen', 'lukke den igen']);
				case 'bfu':
					return w === '2002'
						? pick(['lave en § 50-undersøgelse', 'starte en § 50-undersøgelse'])
						: pick([
								'lave en børnefaglig undersøgelse',
								'sætte en børnefaglig undersøgelse i gang',
								'få gang i en børnefaglig undersøgelse'
							]);
				case 'tidlig': {
					const t = this.chosen.tidlig;
					return w === '2002' ? `tilbyde ${t}` : pick([`sætte ${t} i gang sideløbende`, `tilbyde ${t} med det samme`]);
				}
				case 'fambeh':
					return w === '2002'
						? pick(['bevilge familiebehandling', 'sætte familiebehandling i gang'])
						: pick(['tilbyde familiebehandling', `tilbyde ${this.chosen.fambeh}`]);
				case 'sikring':
					return w === '2002'
						? `få ${c.hende} væk derfra med det samme`
						: pick([`sikre ${c.hende} med det samme`, 'lave en akut sikkerhedsplan']);
				case 'specialteam':
					return w === '2002'
						? `få en børnepsykolog til at se på ${c.hende}`
						: this.rng.chance(0.5)
							? `have ${this.chosen.special} med`
							: `koble ${this.chosen.special} på`;
				case 'netvaerk': {
					const n = w === '2002' ? this.pickFresh('netvaerk', c.netvaerk, taken) : this.chosen.netvaerk;
					return w === '2002' ? `tale med ${n}` : pick([`inddrage ${n}`, `holde et netværksmøde med ${n}`]);
				}
				case 'anbringelse':
					return w === '2002'
						? pick([`anbringe ${c.hende} uden for hjemmet`, 'gå efter en anbringelse'])
						: 'indstille til en anbringelse, hvis undersøgelsen peger den vej';
				case 'uafklaret':
					return w === '2002'
						? pick(['se tiden an', 'vente og se'])
						: pick(['vente med at vælge en indsats, til vi ved mere', 'lade undersøgelsen vise, hvilken indsats der skal til']);
			}
		};
		const order: StepKey[] = ['sikring', ...STEP_KEYS.filter((s) => s !== 'sikring' && s !== 'uafklaret'), 'uafklaret'];
		const parts = order.filter((s) => steps.includes(s)).map(phrase);
		if (parts.length <= 1) return parts.join('');
		return `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}`;
	}

	private render(tpl: Template, speaker: Speaker): Segment | null {
		const c = this.ctx.vignette;
		const m = this.ctx.municipality;
		const st = this.ctx.stances.get(speaker.name);
		const level = st?.level ?? this.ctx.groupLevel;
		const taken = new Set<string>();
		const codes = [...tpl.codes];
		const value = (slot: string): string | null => {
			switch (slot) {
				case 'å':
					return this.rng.weighted(OPENERS);
				case 'barn':
				case 'barnGen':
				case 'barnet':
				case 'hun':
				case 'hende':
				case 'hendes':
				case 'alder':
				case 'voksne':
				case 'institution':
				case 'beskrivelse':
					return c[slot];
				case 'tidlig':
				case 'fambeh':
				case 'special':
					return this.ctx.wave === '2024' ? this.chosen[slot] : this.pickFresh(`${c.key}|${slot}`, c[slot], taken);
				case 'netvaerk':
					return this.ctx.wave === '2024' && tpl.codes.includes('IND.NETVÆRK')
						? this.chosen.netvaerk
						: this.pickFresh(`${c.key}|${slot}`, c[slot], taken);
				case 'fakta':
				case 'faktaNP':
				case 'mangler':
				case 'tidligere':
				case 'barnPersp':
				case 'sikring':
				case 'problemNP':
					return this.pickFresh(`${c.key}|${slot}`, c[slot], taken);
				case 'ressource':
					return this.pickFresh(`${c.key}|ressource`, c.ressourcer, taken);
				case 'navn': {
					const others = this.participants.filter((p) => p.name !== speaker.name);
					if (others.length === 0) return null;
					const prev = this.lastParticipant && this.lastParticipant !== speaker.name ? this.lastParticipant : null;
					return prev ?? this.rng.pick(others).name;
				}
				case 'leder': {
					if (speaker.role === 'faglig_leder') return 'vores afdelingsleder';
					return this.leader?.name ?? 'vores faglige leder';
				}
				case 'værktøj':
					return m.tool || null;
				case 'beslutter':
					return m.decider;
				case 'lokalt':
					return m.local.length ? this.pickFresh(`${m.code}|local`, m.local, taken) : null;
				case 'økonomi':
					return m.economy.length ? this.pickFresh(`${m.code}|economy`, m.economy, taken) : null;
				case 'bek':
					return this.pickFresh(`bek${level}`, LEVEL_ADJ[level], taken);
				case 'følt':
					return this.pickFresh(`felt${level}`, LEVEL_FELT[level], taken);
				case 'gbek':
					return this.pickFresh(`bek${this.ctx.groupLevel}`, LEVEL_ADJ[this.ctx.groupLevel], taken);
				case 'skridt':
					for (const s of this.ctx.groupSteps) codes.push(STEP_CODES[s]);
					return this.stepsPhrase(this.ctx.groupSteps, taken);
				case 'skridtI': {
					const steps = st?.steps ?? this.ctx.groupSteps;
					for (const s of steps) codes.push(STEP_CODES[s]);
					return this.stepsPhrase(steps, taken);
				}
				default:
					throw new Error(`Unknown template slot {${slot}} in ${tpl.id}`);
			}
		};
		let failed = false;
		const text = tpl.text.replace(/\{([^}]+)\}/g, (_, raw: string) => {
			const lower = raw[0].toLowerCase() + raw.slice(1);
			const capital = raw !== lower && raw !== 'å';
			const v = value(capital ? lower : raw);
			if (v === null) {
				failed = true;
				return '';
			}
			return capital ? capitalise(v) : v;
		});
		if (failed) return null;
		// Subordinate clauses put 'ikke' before the verb ('at den ikke er bekymrende').
		const fixed = text.trim().replace(/\b(at|når|fordi|hvis) (den|det) er ikke\b/g, '$1 $2 ikke er');
		return { text: capitalise(fixed), codes: [...new Set(codes)] };
	}

	/** Renders a fresh sentence group from the template group, or null when it is used up. */
	segment(groupName: string, speaker: Speaker): Segment | null {
		const base = TEMPLATES[groupName];
		if (!base) throw new Error(`Unknown template group ${groupName}`);
		// A group 'x24' holds wording that only fits today's vocabulary; it joins 'x' in 2024.
		const modern = this.ctx.wave === '2024' ? (TEMPLATES[`${groupName}24`] ?? []) : [];
		const group = [...base, ...modern, ...caseRemarks(this.ctx.vignette.key, groupName, base[0].codes)];
		const level = this.ctx.stances.get(speaker.name)?.level ?? this.ctx.groupLevel;
		const usable = group.filter(
			(t) =>
				(t.wave === 'both' || t.wave === this.ctx.wave) &&
				level >= t.min &&
				level <= t.max &&
				(!t.talk || this.ctx.vignette.canTalk) &&
				(this.templateUse.get(t.id) ?? 0) < (t.text.includes('{') ? MAX_TEMPLATE_USES : 1)
		);
		// Least-used templates first, random within a tier.
		const tiers = new Map<number, Template[]>();
		for (const t of usable) {
			const n = this.templateUse.get(t.id) ?? 0;
			tiers.set(n, [...(tiers.get(n) ?? []), t]);
		}
		for (const n of [...tiers.keys()].sort((a, b) => a - b)) {
			for (const t of this.rng.shuffle(tiers.get(n)!)) {
				const seg = this.render(t, speaker);
				if (!seg) continue;
				const sentences = splitSentences(seg.text);
				if (sentences.some((s) => this.usedSentences.has(s))) continue;
				for (const s of sentences) this.usedSentences.add(s);
				this.templateUse.set(t.id, n + 1);
				return seg;
			}
		}
		return null;
	}

	hasTemplates(wave: WaveKey, groupName: string): boolean {
		return (TEMPLATES[groupName] ?? []).some((t) => t.wave === 'both' || t.wave === wave);
	}

	/** Writes a participant turn: optional filler, the primary move, then add-ons. */
	participantTurn(
		speaker: Speaker,
		primary: string | string[],
		addons: string[] = [],
		options: { filler?: boolean; essential?: boolean } = {}
	): boolean {
		const essential = options.essential ?? false;
		if (!this.hasRoom(essential)) return false;
		const segs: Segment[] = [];
		const primaries = Array.isArray(primary) ? primary : [primary];
		let main: Segment | null = null;
		for (const p of primaries) {
			main = this.segment(p, speaker);
			if (main) break;
		}
		if (!main) return false;
		// Nobody speaks twice in a row: the interviewer invites the speaker to go on.
		if (speaker.name === this.lastSpeaker) {
			if (!this.interviewerTurn('i.cont', essential)) this.interviewerTurn('i.why', essential);
		}
		if (options.filler) {
			const f = this.segment('fill', speaker);
			if (f) segs.push(f);
		}
		segs.push(main);
		const seen = new Set(primaries);
		for (const a of addons) {
			if (seen.has(a)) continue;
			seen.add(a);
			const s = this.segment(a, speaker);
			if (s) segs.push(s);
		}
		this.pushTurn(speaker.name, segs);
		this.lastParticipant = speaker.name;
		this.sectionTurns.set(speaker.name, (this.sectionTurns.get(speaker.name) ?? 0) + 1);
		return true;
	}

	interviewerTurn(groupName: string, essential = false): boolean {
		if (this.lastSpeaker === 'Interviewer' || !this.hasRoom(essential)) return false;
		const seg = this.segment(groupName, { name: 'Interviewer', role: 'interviewer' });
		if (!seg) return false;
		this.pushTurn('Interviewer', [{ text: seg.text, codes: [] }]);
		return true;
	}

	private pushTurn(speaker: string, segs: Segment[]): void {
		// Occasionally mark an omission between sentence groups, or split the turn in two paragraphs.
		const joiners: string[] = segs.map((_, i) =>
			i === 0 ? '' : this.rng.chance(0.05) ? ' […] ' : ' '
		);
		const splitAt = segs.length >= 3 && this.rng.chance(0.18) ? this.rng.int(1, segs.length - 1) : -1;
		const paragraphs: string[] = [];
		let current = '';
		const spans: TrueSpan[] = [];
		const wholeCodes: string[] = [];
		let inFirst = true;
		segs.forEach((seg, i) => {
			if (i === splitAt) {
				paragraphs.push(current);
				current = '';
				inFirst = false;
			} else {
				current += joiners[i];
			}
			const start = current.length;
			current += seg.text;
			const end = current.length;
			for (const code of seg.codes) {
				if (segs.length === 1) wholeCodes.push(code);
				else if (inFirst) spans.push({ code, start, end });
				// Later paragraphs: the coder sees the code but codes it on the whole turn.
				else wholeCodes.push(code);
			}
		});
		paragraphs.push(current);
		this.turns.push({
			speaker,
			vignette: this.ctx.vignette.key,
			paragraphs,
			spans,
			wholeCodes: [...new Set(wholeCodes)]
		});
		this.lastSpeaker = speaker;
		this.sectionCount++;
	}
}

const remarkCache = new Map<string, Template[]>();

function caseRemarks(caseKey: string, groupName: string, codes: string[]): Template[] {
	const key = `${caseKey}|${groupName}`;
	let out = remarkCache.get(key);
	if (!out) {
		out = templateGroup(`${caseKey}:${groupName}`, codes, '2024', CASE_REMARKS[caseKey]?.[groupName] ?? []);
		remarkCache.set(key, out);
	}
	return out;
}

export function capitalise(s: string): string {
	return s.length === 0 ? s : s[0].toLocaleUpperCase('da') + s.slice(1);
}

function splitSentences(text: string): string[] {
	return text
		.split(/(?<=[.?!])\s+/)
		.map((s) => s.trim())
		.filter((s) => s.length > 0);
}
