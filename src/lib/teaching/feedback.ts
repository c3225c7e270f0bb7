// Feedback on a practice-coding exercise: the student's codings against the reference (the
// consensus codings in the excerpts). Per code: Cohen's κ on turns (a turn counts as coded when a
// coding touches it) and Krippendorff's unitized α on the character spans, both from the agreement
// engine; and passage by passage what the student missed, added, and where both agree.
import { binaryAgreement, unitizedAlpha, landisKoch, type LandisKochBand } from '$lib/agreement';

export interface FeedbackSpan {
	excerptId: string;
	codeId: string;
	start: number;
	end: number;
}

export interface FeedbackExcerpt {
	id: string;
	/** Length of the excerpt's text. */
	length: number;
	turns: readonly { start: number; end: number }[];
}

export interface Passage {
	excerptId: string;
	codeId: string;
	start: number;
	end: number;
	/** For 'agreed': the student's span(s) overlapping the reference, as one covering range. */
	studentStart?: number;
	studentEnd?: number;
}

export interface CodeFeedback {
	codeId: string;
	/** Cohen's κ over all turns of the exercise; null when undefined (reason given). */
	kappa: number | null;
	kappaReason: string | null;
	kappaBand: LandisKochBand | null;
	/** Unitized α over the characters of all excerpts; null when undefined. */
	alpha: number | null;
	alphaReason: string | null;
	/** Turns coded by the reference / the student / both. */
	turnsReference: number;
	turnsStudent: number;
	turnsBoth: number;
	agreed: number;
	missed: number;
	added: number;
}

export interface ExerciseFeedback {
	codes: CodeFeedback[];
	agreed: Passage[];
	missed: Passage[];
	added: Passage[];
	/** Turns in the exercise (the units of κ). */
	turns: number;
}

/** Overlapping or touching spans merged, sorted (unitized α wants one coder's units disjoint). */
export function mergeSpans(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
	const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
	const out: { start: number; end: number }[] = [];
	for (const s of sorted) {
		const last = out[out.length - 1];
		if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
		else out.push({ start: s.start, end: s.end });
	}
	return out;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
	return a.start < b.end && b.start < a.end;
}

export function exerciseFeedback(input: {
	excerpts: readonly FeedbackExcerpt[];
	codeIds: readonly string[];
	reference: readonly FeedbackSpan[];
	student: readonly FeedbackSpan[];
}): ExerciseFeedback {
	const inPlay = new Set(input.codeIds);
	const known = new Map(input.excerpts.map((e) => [e.id, e]));
	const keep = (s: FeedbackSpan) => inPlay.has(s.codeId) && known.has(s.excerptId) && s.end > s.start;
	const reference = input.reference.filter(keep);
	const student = input.student.filter(keep);

	// Units for κ: every turn of every excerpt, numbered through; the continuum for α: the excerpts end to end.
	const turnBase = new Map<string, number>();
	const charBase = new Map<string, number>();
	let turns = 0;
	let chars = 0;
	for (const e of input.excerpts) {
		turnBase.set(e.id, turns);
		charBase.set(e.id, chars);
		turns += e.turns.length;
		chars += e.length;
	}

	function turnVector(spans: readonly FeedbackSpan[]): Uint8Array {
		const v = new Uint8Array(turns);
		for (const s of spans) {
			const e = known.get(s.excerptId)!;
			const base = turnBase.get(e.id)!;
			e.turns.forEach((t, i) => {
				if (overlaps(t, s)) v[base + i] = 1;
			});
		}
		return v;
	}

	const agreed: Passage[] = [];
	const missed: Passage[] = [];
	const added: Passage[] = [];
	const codes: CodeFeedback[] = [];

	for (const codeId of input.codeIds) {
		const ref = reference.filter((s) => s.codeId === codeId);
		const stu = student.filter((s) => s.codeId === codeId);

		const refTurns = turnVector(ref);
		const stuTurns = turnVector(stu);
		let kappa: number | null = null;
		let kappaReason: string | null = 'no_turns';
		let turnsReference = 0;
		let turnsStudent = 0;
		let turnsBoth = 0;
		for (let i = 0; i < turns; i++) {
			turnsReference += refTurns[i];
			turnsStudent += stuTurns[i];
			turnsBoth += refTurns[i] & stuTurns[i];
		}
		if (turns > 0) {
			const [result] = binaryAgreement(turns, [{ key: codeId, coders: [refTurns, stuTurns] }]);
			const k = result.cohenKappa;
			kappa = k && k.value !== null ? k.value : null;
			kappaReason = k && k.value === null ? k.code : null;
		}

		// Unitized α over the excerpts laid end to end; each coder's units merged first.
		let alpha: number | null = null;
		let alphaReason: string | null = 'no_units';
		const units: { coder: string; category: string; begin: number; length: number }[] = [];
		for (const [coder, spans] of [['reference', ref], ['student', stu]] as const) {
			for (const e of input.excerpts) {
				const base = charBase.get(e.id)!;
				for (const m of mergeSpans(spans.filter((s) => s.excerptId === e.id))) {
					const start = Math.max(0, m.start);
					const end = Math.min(e.length, m.end);
					if (end > start) units.push({ coder, category: codeId, begin: base + start, length: end - start });
				}
			}
		}
		if (chars > 0 && units.length > 0) {
			const result = unitizedAlpha({ begin: 0, length: chars, units, coders: ['reference', 'student'] });
			const c = result.categories[codeId];
			alpha = c && c.value !== null ? c.value : null;
			alphaReason = c && c.value === null ? (c.code ?? 'undefined') : null;
		}

		// Passages: a reference span is agreed when a student span of the same code overlaps it, else missed;
		// a student span that overlaps no reference span is added.
		let nAgreed = 0;
		let nMissed = 0;
		let nAdded = 0;
		for (const r of ref) {
			const hits = stu.filter((s) => s.excerptId === r.excerptId && overlaps(s, r));
			const passage: Passage = { excerptId: r.excerptId, codeId, start: r.start, end: r.end };
			if (hits.length > 0) {
				passage.studentStart = Math.min(...hits.map((h) => h.start));
				passage.studentEnd = Math.max(...hits.map((h) => h.end));
				agreed.push(passage);
				nAgreed++;
			} else {
				missed.push(passage);
				nMissed++;
			}
		}
		for (const s of stu) {
			if (ref.some((r) => r.excerptId === s.excerptId && overlaps(s, r))) continue;
			added.push({ excerptId: s.excerptId, codeId, start: s.start, end: s.end });
			nAdded++;
		}

		codes.push({
			codeId,
			kappa,
			kappaReason,
			kappaBand: landisKoch(kappa),
			alpha,
			alphaReason,
			turnsReference,
			turnsStudent,
			turnsBoth,
			agreed: nAgreed,
			missed: nMissed,
			added: nAdded
		});
	}
	const order = new Map(input.excerpts.map((e, i) => [e.id, i]));
	const byPlace = (a: Passage, b: Passage) => order.get(a.excerptId)! - order.get(b.excerptId)! || a.start - b.start || a.end - b.end;
	return { codes, agreed: agreed.sort(byPlace), missed: missed.sort(byPlace), added: added.sort(byPlace), turns };
}
