import { describe, expect, it } from 'vitest';
import { JOIN_ALPHABET, generateJoinCode, normaliseJoinCode, uniqueJoinCode } from './joincode';
import { classConsistency, concernDistribution, placeAnswer, stepCounts } from './distribution';
import { buildSnapshot, mapOffset, nameEdits } from './snapshot';
import { exerciseFeedback, mergeSpans } from './feedback';
import { unitizedAlpha } from '$lib/agreement';

describe('join codes', () => {
	it('uses six characters without look-alikes', () => {
		for (const ch of '0O1IL') expect(JOIN_ALPHABET).not.toContain(ch);
		for (let i = 0; i < 200; i++) {
			const code = generateJoinCode();
			expect(code).toMatch(/^[A-Z2-9]{6}$/);
			for (const ch of code) expect(JOIN_ALPHABET).toContain(ch);
		}
	});

	it('reads typed codes case-insensitively and ignores spaces and dashes', () => {
		expect(normaliseJoinCode(' abc-d23 ')).toBe('ABCD23');
		expect(normaliseJoinCode('ABCD2')).toBeNull();
		expect(normaliseJoinCode('ABCD20')).toBeNull();
		expect(normaliseJoinCode('ABCDO2')).toBeNull();
		expect(normaliseJoinCode('ABCDEFG')).toBeNull();
	});

	it('draws again when a code is taken', () => {
		// A fixed source: first all-zero bytes (AAAAAA), then all-one bytes (BBBBBB).
		let call = 0;
		const source = (n: number) => new Uint8Array(n).fill(call++ === 0 ? 0 : 1);
		const code = uniqueJoinCode((c) => c === 'AAAAAA', source);
		expect(code).toBe('BBBBBB');
		expect(() => uniqueJoinCode(() => true, undefined, 3)).toThrow();
	});

	it('skips bytes that would bias the alphabet', () => {
		const bytes = [255, 250, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
		expect(generateJoinCode((n) => Uint8Array.from(bytes.slice(0, n)))).toBe('ABCDEF');
	});
});

describe('class distribution and consistency', () => {
	it('counts answers per level, ignoring values off the scale', () => {
		const d = concernDistribution([1, 2, 2, 3, 7, -1], 5);
		expect(d.counts).toEqual([0, 1, 2, 1, 0]);
		expect(d.n).toBe(4);
		expect(d.shares).toEqual([0, 0.25, 0.5, 0.25, 0]);
	});

	it('computes r_wg and modal share by hand', () => {
		// mean 2; squared deviations 1, 0, 0, 1 → s² = 2/3; σ²_EU = (5² − 1)/12 = 2; r_wg = 1 − (2/3)/2 = 2/3.
		const c = classConsistency([1, 2, 2, 3], 5);
		expect(c.rwg).toBeCloseTo(2 / 3, 12);
		expect(c.modalShare).toBe(0.5);
		expect(c.modes).toEqual([2]);
		expect(c.mean).toBe(2);
		// Wide spread: 0, 4 → s² = 8 > 2 → truncated at 0.
		expect(classConsistency([0, 4], 5).rwg).toBe(0);
		// One answer: r_wg undefined, modal share 1.
		expect(classConsistency([3], 5)).toMatchObject({ rwg: null, modalShare: 1, n: 1 });
		expect(classConsistency([], 5)).toMatchObject({ rwg: null, modalShare: null, n: 0 });
	});

	it('counts steps and places an answer among the groups', () => {
		expect(stepCounts([['bfu', 'bfu', 'x'], ['bfu', 'fambeh'], []], ['bfu', 'fambeh', 'luk'])).toEqual({ bfu: 2, fambeh: 1, luk: 0 });
		const place = placeAnswer(2, { class: concernDistribution([2, 2, 3], 5), w2024: concernDistribution([2, 3, 3, 4], 5) });
		expect(place).toEqual({ class: { same: 2, n: 3 }, w2024: { same: 1, n: 4 } });
	});
});

describe('excerpt snapshot', () => {
	// Turns joined by a blank line, as stored.
	const turns = ['Jeg tænker Karen har ret.', 'Ja, Mona, men Aarhus Kommune gør det anderledes.', 'Tak til jer begge.'];
	const text = turns.join('\n\n');
	const offsets: { start: number; end: number }[] = [];
	let pos = 0;
	for (const t of turns) {
		offsets.push({ start: pos, end: pos + t.length });
		pos += t.length + 2;
	}

	it('replaces whole names only, keeping a possessive s', () => {
		const edits = nameEdits('Karen og Karens kat, ikke Karenina', [{ name: 'karen', replacement: 'Lotte' }]);
		expect(edits.map((e) => [e.from, e.to])).toEqual([
			[0, 5],
			[9, 14]
		]);
		expect(mapOffset(7, [{ from: 0, to: 5, replacement: 'Li' }], 'start')).toBe(4);
		expect(mapOffset(2, [{ from: 0, to: 5, replacement: 'Li' }], 'end')).toBe(2);
		expect(mapOffset(2, [{ from: 0, to: 5, replacement: 'Li' }], 'start')).toBe(0);
	});

	it('applies pseudonyms, then names by roles, and clips and moves the reference', () => {
		const reference = [
			// Starts in turn 1 and runs into turn 2: clipped to the chosen turns 2–3.
			{ codeId: 'A', start: offsets[0].start + 4, end: offsets[1].start + 9 },
			// Covers "Mona, men Aarhus Kommune": its ends move with the replacements.
			{ codeId: 'B', start: offsets[1].start + 4, end: offsets[1].start + 28 },
			// Entirely in turn 1: dropped.
			{ codeId: 'C', start: offsets[0].start, end: offsets[0].end }
		];
		const snap = buildSnapshot({
			text,
			turns: [
				{ ...offsets[1], role: 'raadgiver' },
				{ ...offsets[2], role: 'interviewer' }
			],
			codings: reference,
			pseudonyms: [{ name: 'Mona Jensen', replacement: 'X' }, { name: 'Mona', replacement: 'Sofie' }],
			names: [
				{ name: 'Sofie', replacement: '[Rådgiver]' },
				{ name: 'Aarhus Kommune', replacement: '[kommunen]' }
			]
		});
		expect(snap.text).toBe('Ja, [Rådgiver], men [kommunen] gør det anderledes.\n\nTak til jer begge.');
		expect(snap.text).not.toMatch(/Mona|Sofie|Aarhus/);
		expect(snap.turns).toEqual([
			{ role: 'raadgiver', start: 0, end: 'Ja, [Rådgiver], men [kommunen] gør det anderledes.'.length },
			{ role: 'interviewer', start: snap.text.indexOf('Tak'), end: snap.text.length }
		]);
		expect(snap.reference).toEqual([
			{ codeId: 'A', start: 0, end: 'Ja, [Rådgiver],'.length },
			{ codeId: 'B', start: 4, end: 'Ja, [Rådgiver], men [kommunen]'.length }
		]);
		expect(snap.text.slice(snap.reference[1].start, snap.reference[1].end)).toBe('[Rådgiver], men [kommunen]');
	});
});

describe('exercise feedback', () => {
	// One excerpt of 30 characters with three turns.
	const excerpt = { id: 'e1', length: 30, turns: [{ start: 0, end: 10 }, { start: 12, end: 20 }, { start: 22, end: 30 }] };
	const reference = [
		{ excerptId: 'e1', codeId: 'A', start: 0, end: 10 },
		{ excerptId: 'e1', codeId: 'A', start: 22, end: 30 }
	];

	it('gives κ = α = 1 for identical codings', () => {
		const f = exerciseFeedback({ excerpts: [excerpt], codeIds: ['A'], reference, student: reference });
		expect(f.codes[0]).toMatchObject({ kappa: 1, alpha: 1, agreed: 2, missed: 0, added: 0 });
	});

	it('computes κ on turns by hand and α on spans with the engine', () => {
		const student = [
			{ excerptId: 'e1', codeId: 'A', start: 2, end: 10 },
			{ excerptId: 'e1', codeId: 'A', start: 12, end: 20 },
			// Another code not in play is ignored.
			{ excerptId: 'e1', codeId: 'Z', start: 0, end: 5 }
		];
		const f = exerciseFeedback({ excerpts: [excerpt], codeIds: ['A', 'B'], reference, student });
		const a = f.codes.find((c) => c.codeId === 'A')!;
		// Turns: reference 1,0,1; student 1,1,0 → p_o = 1/3, p_e = (2/3)(2/3) + (1/3)(1/3) = 5/9, κ = (1/3 − 5/9)/(4/9) = −0.5.
		expect(a.kappa).toBeCloseTo(-0.5, 12);
		expect(a).toMatchObject({ turnsReference: 2, turnsStudent: 2, turnsBoth: 1, agreed: 1, missed: 1, added: 1 });
		const engine = unitizedAlpha({
			begin: 0,
			length: 30,
			coders: ['reference', 'student'],
			units: [
				{ coder: 'reference', category: 'A', begin: 0, length: 10 },
				{ coder: 'reference', category: 'A', begin: 22, length: 8 },
				{ coder: 'student', category: 'A', begin: 2, length: 8 },
				{ coder: 'student', category: 'A', begin: 12, length: 8 }
			]
		});
		expect(a.alpha).toBeCloseTo(engine.categories.A.value!, 12);
		expect(a.alpha!).toBeLessThan(0.5);
		expect(f.agreed).toEqual([{ excerptId: 'e1', codeId: 'A', start: 0, end: 10, studentStart: 2, studentEnd: 10 }]);
		expect(f.missed).toEqual([{ excerptId: 'e1', codeId: 'A', start: 22, end: 30 }]);
		expect(f.added).toEqual([{ excerptId: 'e1', codeId: 'A', start: 12, end: 20 }]);
		// A code nobody used: both measures undefined, with a reason.
		const b = f.codes.find((c) => c.codeId === 'B')!;
		expect(b).toMatchObject({ kappa: null, alpha: null, agreed: 0, missed: 0, added: 0 });
		expect(b.kappaReason).toBeTruthy();
	});

	it('lays several excerpts end to end and merges a coder’s overlapping spans', () => {
		expect(mergeSpans([{ start: 5, end: 9 }, { start: 0, end: 6 }, { start: 12, end: 14 }])).toEqual([
			{ start: 0, end: 9 },
			{ start: 12, end: 14 }
		]);
		const e2 = { id: 'e2', length: 10, turns: [{ start: 0, end: 10 }] };
		const student = [
			...reference,
			{ excerptId: 'e1', codeId: 'A', start: 0, end: 5 },
			{ excerptId: 'e2', codeId: 'A', start: 0, end: 10 }
		];
		const f = exerciseFeedback({ excerpts: [excerpt, e2], codeIds: ['A'], reference, student });
		expect(f.turns).toBe(4);
		expect(f.codes[0]).toMatchObject({ turnsReference: 2, turnsStudent: 3, added: 1, missed: 0 });
		expect(f.added[0].excerptId).toBe('e2');
	});
});
