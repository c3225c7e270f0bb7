import { describe, expect, it } from 'vitest';
import { parseTextTranscript } from '../transcripts/index';
import { buildDemo } from './generate';
import {
	DEFAULT_CONCERN_SCALE,
	DEFAULT_NEXT_STEPS,
	DEMO_CODE_KEYS,
	DEMO_SEED,
	STEP_CODES,
	countDemoWords,
	generateDemoStudy,
	splitDemoTranscript,
	summary,
	type DemoStudy
} from './index';
import { LEVEL_ADJ, LEVEL_FELT } from './phrases';
import { Rng } from './prng';

const { study: demo, turns: truth } = buildDemo();
const KEYS = ['kira', 'ung-mor', 'lukket-to-gange', 'freja-fravaer', 'jonas-konflikter', 'noah-og-ida'];
const FORBIDDEN_NAMES = [
	'Sara', 'Karen', 'Lars', 'Juna', 'Rebekka', 'Trine', 'Sandra', 'Line', 'Mille', 'Fie', 'Susan', 'Mona', 'Erik', 'Carmen',
	'Kira', 'Louise', 'Birthe', 'Thomas', 'Sofie', 'Ella', 'Mikkel', 'Anja', 'Freja', 'Hanne', 'Oliver', 'Jonas', 'Pernille',
	'Kenneth', 'Noah', 'Ida', 'Dennis', 'Jeanette'
];

const groups = (wave: '2002' | '2024') => demo.focusGroups.filter((f) => f.wave === wave);
const sd = (xs: number[]) => {
	const m = xs.reduce((a, b) => a + b, 0) / xs.length;
	return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length);
};

/** Concern levels named in a text, longest phrase first, whole words only. */
function levelsNamed(text: string): Set<number> {
	// Level-0 wording in a subordinate clause: 'at den ikke er (rigtig) bekymrende'.
	const reordered = LEVEL_ADJ[0].map((p) => ({ p: p.replace(/^ikke /, 'ikke er '), level: 0 }));
	const phrases = [...LEVEL_ADJ, ...LEVEL_FELT]
		.flatMap((list, i) => list.map((p) => ({ p, level: i % 5 })))
		.concat(reordered)
		.sort((a, b) => b.p.length - a.p.length);
	const taken: boolean[] = new Array(text.length).fill(false);
	const found = new Set<number>();
	const lower = text.toLowerCase();
	for (const { p, level } of phrases) {
		for (let i = lower.indexOf(p); i >= 0; i = lower.indexOf(p, i + 1)) {
			const before = i === 0 ? ' ' : lower[i - 1];
			const after = lower[i + p.length] ?? ' ';
			if (/\p{L}/u.test(before) || /\p{L}/u.test(after)) continue;
			if (taken.slice(i, i + p.length).some(Boolean)) continue;
			for (let k = i; k < i + p.length; k++) taken[k] = true;
			found.add(level);
		}
	}
	return found;
}

describe('prng', () => {
	it('is deterministic and uniform enough', () => {
		const a = new Rng(42);
		const b = new Rng(42);
		const xs = Array.from({ length: 1000 }, () => a.next());
		expect(xs).toEqual(Array.from({ length: 1000 }, () => b.next()));
		const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
		expect(mean).toBeGreaterThan(0.45);
		expect(mean).toBeLessThan(0.55);
		expect(new Rng(43).next()).not.toBe(new Rng(42).next());
	});
});

describe('determinism', () => {
	it('gives byte-identical output for the same seed and different output for another', () => {
		const json = JSON.stringify(demo);
		expect(JSON.stringify(generateDemoStudy())).toBe(json);
		expect(JSON.stringify(generateDemoStudy(DEMO_SEED))).toBe(json);
		const other = JSON.stringify(generateDemoStudy(DEMO_SEED + 1));
		expect(other).not.toBe(json);
		expect(JSON.stringify(generateDemoStudy(DEMO_SEED + 1))).toBe(other);
	});
});

describe('study structure', () => {
	it('declares itself fictional and lists the six vignettes and two waves', () => {
		expect(demo.study.name).toMatch(/fiktive data/);
		expect(demo.study.description).toMatch(/[Ff]iktiv/);
		expect(demo.vignetteKeys).toEqual(KEYS);
		expect(demo.waves.map((w) => [w.key, w.year, w.sourceKind])).toEqual([
			['2002', 2002, 'transcripts'],
			['2024', 2024, 'transcripts']
		]);
		expect(DEFAULT_CONCERN_SCALE).toHaveLength(5);
		expect(DEFAULT_NEXT_STEPS.map((s) => s.key)).toEqual(Object.keys(STEP_CODES));
	});

	it('has 7 groups in 2024 discussing all six vignettes and 11 in 2002 discussing 3–6', () => {
		const g24 = groups('2024');
		const g02 = groups('2002');
		expect(g24.map((g) => g.municipality)).toEqual(['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7']);
		for (const g of g24) expect([...g.vignettes].sort()).toEqual([...KEYS].sort());
		expect(g02).toHaveLength(11);
		const codes02 = g02.map((g) => g.municipality);
		expect(new Set(codes02).size).toBe(11);
		expect(codes02.filter((c) => ['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7'].includes(c))).toHaveLength(5);
		for (const g of g02) {
			expect(g.vignettes.length).toBeGreaterThanOrEqual(3);
			expect(g.vignettes.length).toBeLessThanOrEqual(6);
			for (const v of g.vignettes) expect(KEYS).toContain(v);
		}
		const known = new Set(demo.municipalities.map((m) => m.code));
		for (const g of demo.focusGroups) {
			expect(known.has(g.municipality)).toBe(true);
			expect(g.date).toMatch(new RegExp(`^${g.wave}-\\d\\d-\\d\\d$`));
		}
	});

	it('has 3–5 participants plus one interviewer, with unique fictional names', () => {
		let total2024 = 0;
		for (const g of demo.focusGroups) {
			const people = g.participants.filter((p) => p.role !== 'interviewer');
			const interviewers = g.participants.filter((p) => p.role === 'interviewer');
			expect(people.length).toBeGreaterThanOrEqual(3);
			expect(people.length).toBeLessThanOrEqual(5);
			expect(interviewers).toEqual([{ pseudonym: 'Interviewer', role: 'interviewer', yearsExperience: null }]);
			expect(new Set(g.participants.map((p) => p.pseudonym)).size).toBe(g.participants.length);
			for (const p of people) expect(FORBIDDEN_NAMES).not.toContain(p.pseudonym);
			if (g.wave === '2024') total2024 += people.length;
		}
		expect(total2024).toBe(30);
	});
});

describe('transcripts', () => {
	it('follow the import format: headings name the group vignettes, speakers are participants', () => {
		for (const g of demo.focusGroups) {
			const { sections, turns } = splitDemoTranscript(g.transcript.text);
			expect(sections).toEqual(g.vignettes);
			expect(g.transcript.text.startsWith(`## Vignet: ${g.vignettes[0]}\n\n`)).toBe(true);
			const names = new Set(g.participants.map((p) => p.pseudonym));
			for (const t of turns) {
				expect(names.has(t.speaker)).toBe(true);
				expect(t.utterance.trim().length).toBeGreaterThan(0);
				expect(t.utterance).not.toMatch(/[:{}]/);
			}
			for (const v of g.vignettes) {
				const n = turns.filter((t) => t.vignette === v).length;
				expect(n).toBeGreaterThanOrEqual(8);
				expect(n).toBeLessThanOrEqual(25);
			}
			// Nobody (interviewer included) takes two turns in a row.
			for (let i = 1; i < turns.length; i++) expect(turns[i].speaker).not.toBe(turns[i - 1].speaker);
		}
	});

	it('parse identically with the app transcript importer', () => {
		for (const g of demo.focusGroups) {
			const mine = splitDemoTranscript(g.transcript.text);
			const parsed = parseTextTranscript(g.transcript.text, 'text');
			expect(parsed.ok).toBe(true);
			if (!parsed.ok) continue;
			const t = parsed.value;
			expect(t.turns.map((x) => x.speaker)).toEqual(mine.turns.map((x) => x.speaker));
			expect(t.turns.map((x) => t.text.slice(x.start, x.end))).toEqual(mine.turns.map((x) => x.paragraphs.join('\n')));
			expect(t.sections.map((s) => s.label)).toEqual(g.vignettes);
		}
	});

	it('never repeats an utterance or a sentence within a transcript', () => {
		for (const g of demo.focusGroups) {
			const { turns } = splitDemoTranscript(g.transcript.text);
			const utterances = turns.map((t) => t.utterance);
			expect(new Set(utterances).size).toBe(utterances.length);
			const sentences = turns
				.filter((t) => t.speaker !== 'Interviewer')
				.flatMap((t) => t.utterance.split(/(?<=[.?!])\s+/))
				.map((s) => s.replace('[…]', '').trim())
				.filter((s) => s.length > 0);
			expect(new Set(sentences).size).toBe(sentences.length);
		}
	});

	it('have a reasonable size', () => {
		for (const g of demo.focusGroups) {
			const words = splitDemoTranscript(g.transcript.text).turns.reduce((n, t) => n + countDemoWords(t.utterance), 0);
			if (g.wave === '2024') {
				expect(words).toBeGreaterThanOrEqual(3000);
				expect(words).toBeLessThanOrEqual(9000);
			} else {
				expect(words).toBeGreaterThanOrEqual(300);
				expect(words).toBeLessThanOrEqual(5000);
			}
		}
	});

	it('keep each vignette section about its own case', () => {
		const names: Record<string, RegExp> = {
			kira: /Kira/,
			'ung-mor': /Sofie|Ella/,
			'lukket-to-gange': /Mikkel/,
			'freja-fravaer': /Freja/,
			'jonas-konflikter': /Jonas/,
			'noah-og-ida': /Noah|Ida/
		};
		for (const g of demo.focusGroups) {
			const { turns } = splitDemoTranscript(g.transcript.text);
			for (const v of g.vignettes) {
				const text = turns.filter((t) => t.vignette === v).map((t) => t.utterance).join(' ');
				expect(text).toMatch(names[v]);
				for (const [other, re] of Object.entries(names)) if (other !== v && other !== 'noah-og-ida') expect(text).not.toMatch(re);
			}
		}
	});
});

describe('codings', () => {
	it('reference existing participant turns, known codes and valid offsets', () => {
		const byGroup = new Map(demo.focusGroups.map((g) => [g.key, splitDemoTranscript(g.transcript.text).turns]));
		const known = new Set<string>(DEMO_CODE_KEYS);
		let spans = 0;
		for (const c of demo.codings) {
			const turns = byGroup.get(c.focusGroup);
			expect(turns).toBeDefined();
			const turn = turns![c.turnIndex];
			expect(turn).toBeDefined();
			expect(turn.speaker).not.toBe('Interviewer');
			expect(known.has(c.codeKey)).toBe(true);
			expect(c.start === undefined).toBe(c.end === undefined);
			if (c.start !== undefined && c.end !== undefined) {
				spans++;
				// Sub-spans stay in the first paragraph, so they mean the same whichever paragraph separator is used.
				expect(c.start).toBeGreaterThanOrEqual(0);
				expect(c.end).toBeGreaterThan(c.start);
				expect(c.end).toBeLessThanOrEqual(turn.paragraphs[0].length);
				const s = turn.utterance.slice(c.start, c.end);
				expect(s).toBe(s.trim());
			}
		}
		expect(spans).toBeGreaterThan(demo.codings.length * 0.2);
		expect(spans).toBeLessThan(demo.codings.length * 0.8);
	});

	it('give realistic agreement between the two coders', () => {
		const units: { a: Set<string>; b: Set<string> }[] = [];
		const index = new Map<string, Set<string>>();
		for (const c of demo.codings) {
			const k = `${c.focusGroup}|${c.turnIndex}|${c.coder}`;
			index.set(k, (index.get(k) ?? new Set()).add(c.codeKey));
		}
		for (const g of demo.focusGroups) {
			splitDemoTranscript(g.transcript.text).turns.forEach((t) => {
				if (t.speaker === 'Interviewer') return;
				units.push({
					a: index.get(`${g.key}|${t.index}|coder-a`) ?? new Set(),
					b: index.get(`${g.key}|${t.index}|coder-b`) ?? new Set()
				});
			});
		}
		const kappas: number[] = [];
		for (const code of DEMO_CODE_KEYS) {
			let n11 = 0;
			let n10 = 0;
			let n01 = 0;
			for (const u of units) {
				const x = u.a.has(code);
				const y = u.b.has(code);
				if (x && y) n11++;
				else if (x) n10++;
				else if (y) n01++;
			}
			if (n11 + n10 < 25) continue;
			const n = units.length;
			const po = (n - n10 - n01) / n;
			const pa = (n11 + n10) / n;
			const pb = (n11 + n01) / n;
			const pe = pa * pb + (1 - pa) * (1 - pb);
			kappas.push((po - pe) / (1 - pe));
		}
		expect(kappas.length).toBeGreaterThan(20);
		for (const k of kappas) {
			// Per code κ varies with difficulty and sample size; no code is perfect or near chance.
			expect(k).toBeGreaterThan(0.45);
			expect(k).toBeLessThan(0.97);
		}
		const mean = kappas.reduce((a, b) => a + b, 0) / kappas.length;
		expect(mean).toBeGreaterThan(0.6);
		expect(mean).toBeLessThan(0.85);
	});
});

describe('assessments', () => {
	it('cover every focus group × discussed vignette and every participant', () => {
		for (const g of demo.focusGroups) {
			for (const v of g.vignettes) {
				const ga = demo.groupAssessments.filter((a) => a.focusGroup === g.key && a.vignette === v);
				expect(ga).toHaveLength(1);
				expect(ga[0].justification.length).toBeGreaterThan(30);
				const people = g.participants.filter((p) => p.role !== 'interviewer').map((p) => p.pseudonym);
				const ia = demo.individualAssessments.filter((a) => a.focusGroup === g.key && a.vignette === v);
				expect(ia.map((a) => a.participant).sort()).toEqual([...people].sort());
			}
		}
		expect(demo.groupAssessments).toHaveLength(demo.focusGroups.reduce((n, g) => n + g.vignettes.length, 0));
	});

	it('match the transcripts: steps are voiced as IND codes and the concern words match the levels', () => {
		for (const g of demo.focusGroups) {
			const turns = truth.get(g.key)!;
			for (const a of demo.groupAssessments.filter((x) => x.focusGroup === g.key)) {
				const section = turns.filter((t) => t.vignette === a.vignette);
				const codes = new Set(section.flatMap((t) => [...t.wholeCodes, ...t.spans.map((s) => s.code)]));
				for (const step of a.steps) expect(codes.has(STEP_CODES[step])).toBe(true);
				const individual = demo.individualAssessments.filter((x) => x.focusGroup === g.key && x.vignette === a.vignette);
				const allowedSteps = new Set([...a.steps, ...individual.flatMap((x) => x.steps)].map((s) => STEP_CODES[s]));
				for (const c of codes) {
					if (c.startsWith('IND.') && c !== 'IND.KONTEKST' && c !== 'IND.SPREDNING') expect(allowedSteps.has(c)).toBe(true);
				}
				// Levels named in VUR.BEK passages: the group's level is named, and nothing outside the members' levels.
				const named = new Set<number>();
				for (const t of section) {
					const text = t.paragraphs.join('\n\n');
					if (t.wholeCodes.includes('VUR.BEK')) for (const l of levelsNamed(text)) named.add(l);
					for (const s of t.spans) if (s.code === 'VUR.BEK') for (const l of levelsNamed(text.slice(s.start, s.end))) named.add(l);
				}
				const levels = new Set(individual.map((x) => x.concern as number));
				expect(named.has(a.concern)).toBe(true);
				for (const l of named) expect(levels.has(l)).toBe(true);
			}
		}
	});

	it('show the 2002 → 2024 pattern: spread concern in 2002, uniform in 2024', () => {
		for (const v of KEYS) {
			const c02 = demo.groupAssessments.filter((a) => a.vignette === v && a.focusGroup.startsWith('2002')).map((a) => a.concern);
			const c24 = demo.groupAssessments.filter((a) => a.vignette === v && a.focusGroup.startsWith('2024')).map((a) => a.concern);
			expect(c02.length).toBeGreaterThanOrEqual(5);
			expect(c24).toHaveLength(7);
			expect(sd(c02)).toBeGreaterThan(sd(c24));
			expect(Math.max(...c02) - Math.min(...c02)).toBeGreaterThanOrEqual(3);
			expect(Math.max(...c24) - Math.min(...c24)).toBeLessThanOrEqual(1);
			expect(Math.min(...c24)).toBeGreaterThanOrEqual(2);
		}
	});

	it('show investigation or acute help in every 2024 group, scattered measures in 2002', () => {
		const a24 = demo.groupAssessments.filter((a) => a.focusGroup.startsWith('2024'));
		const a02 = demo.groupAssessments.filter((a) => a.focusGroup.startsWith('2002'));
		for (const a of a24) expect(a.steps.includes('bfu') || a.steps.includes('sikring')).toBe(true);
		expect(a02.filter((a) => a.steps.includes('bfu')).length).toBeLessThan(a02.length * 0.7);
		expect(a02.some((a) => a.steps.includes('luk'))).toBe(true);
		// 2024 interventions beyond the investigation differ between municipalities.
		const extras = new Set(a24.map((a) => a.steps.filter((s) => s !== 'bfu' && s !== 'sikring').join('+')));
		expect(extras.size).toBeGreaterThan(4);
		const yes = (xs: typeof a24) => xs.filter((a) => a.agreement === 'yes').length / xs.length;
		expect(yes(a24)).toBeGreaterThan(0.8);
		expect(yes(a02)).toBeLessThan(0.3);
	});

	it('keep individual assessments closer to the group in 2024 than in 2002', () => {
		const dev = (wave: string) => {
			const xs = demo.individualAssessments.filter((i) => i.focusGroup.startsWith(wave));
			return (
				xs.reduce((n, i) => {
					const g = demo.groupAssessments.find((a) => a.focusGroup === i.focusGroup && a.vignette === i.vignette)!;
					return n + Math.abs(g.concern - i.concern);
				}, 0) / xs.length
			);
		};
		expect(dev('2024')).toBeLessThan(0.3);
		expect(dev('2002')).toBeGreaterThan(2 * dev('2024'));
	});

	it('code more peer consultation in 2024 and tacit knowledge only in 2002', () => {
		const share = (wave: string, pred: (code: string) => boolean) => {
			const cs = demo.codings.filter((c) => c.focusGroup.startsWith(wave));
			return cs.filter((c) => pred(c.codeKey)).length / cs.length;
		};
		const spa = (c: string) => c.startsWith('SPA.');
		const collective = (c: string) => c.startsWith('SPA.') && c !== 'SPA.INDIVIDUEL';
		expect(share('2024', spa)).toBeGreaterThan(share('2002', spa));
		expect(share('2024', collective)).toBeGreaterThan(4 * share('2002', collective));
		expect(share('2024', (c) => c === 'VID.BARN')).toBeGreaterThan(share('2002', (c) => c === 'VID.BARN'));
		const trueCodes = (wave: string) =>
			new Set(
				demo.focusGroups
					.filter((g) => g.wave === wave)
					.flatMap((g) => truth.get(g.key)!.flatMap((t) => [...t.wholeCodes, ...t.spans.map((s) => s.code)]))
			);
		expect(trueCodes('2024').has('VID.INDFORSTÅET')).toBe(false);
		expect(trueCodes('2024').has('SPA.INDIVIDUEL')).toBe(false);
		expect(trueCodes('2002').has('VID.INDFORSTÅET')).toBe(true);
		for (const c of ['SPA.GRUPPEMØDE', 'SPA.FLERE-ØJNE', 'SPA.VI', 'VID.BARN', 'VID.VÆRKTØJ', 'VID.MANGLER', 'IND.KONTEKST']) {
			expect(trueCodes('2024').has(c)).toBe(true);
		}
	});
});

describe('other seeds', () => {
	it('keep the format limits and the wave pattern', () => {
		for (const seed of [1, 2, 3, 12345]) {
			const d = generateDemoStudy(seed);
			for (const g of d.focusGroups) {
				const { sections, turns } = splitDemoTranscript(g.transcript.text);
				expect(sections).toEqual(g.vignettes);
				for (const v of g.vignettes) {
					const n = turns.filter((t) => t.vignette === v).length;
					expect(n).toBeGreaterThanOrEqual(8);
					expect(n).toBeLessThanOrEqual(25);
				}
				for (let i = 1; i < turns.length; i++) expect(turns[i].speaker).not.toBe(turns[i - 1].speaker);
				expect(new Set(turns.map((t) => t.utterance)).size).toBe(turns.length);
				if (g.wave === '2024') {
					const words = turns.reduce((n, t) => n + countDemoWords(t.utterance), 0);
					expect(words).toBeGreaterThanOrEqual(3000);
				}
			}
			for (const v of KEYS) {
				const c = (w: string) => d.groupAssessments.filter((a) => a.vignette === v && a.focusGroup.startsWith(w)).map((a) => a.concern);
				expect(sd(c('2002'))).toBeGreaterThan(sd(c('2024')));
			}
		}
	});
});

describe('summary', () => {
	it('counts groups, turns, words and codings per coder', () => {
		const s = summary(demo);
		expect(s.focusGroups).toBe(18);
		expect(s.byWave['2024'].focusGroups).toBe(7);
		expect(s.byWave['2002'].focusGroups).toBe(11);
		expect(s.byWave['2024'].participants).toBe(30);
		const turns = demo.focusGroups.reduce((n, g) => n + truth.get(g.key)!.length, 0);
		expect(s.turns).toBe(turns);
		expect(s.words).toBe(s.byWave['2002'].words + s.byWave['2024'].words);
		expect(s.codings['coder-a'] + s.codings['coder-b']).toBe(demo.codings.length);
		expect(s.codings['coder-a']).toBeGreaterThan(500);
		expect(s.groupAssessments).toBe(demo.groupAssessments.length);
	});

	it('works on another seed too', () => {
		const other: DemoStudy = generateDemoStudy(7);
		expect(summary(other).focusGroups).toBe(18);
	});
});
