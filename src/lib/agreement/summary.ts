// One call that computes every coefficient for a units × coders matrix (used by the CLI and the app).
import { alphaFromEncoded, type AlphaResult } from './alpha';
import { encodeRatings, type EncodedRatings } from './encode';
import { brennanPrediger, fleissKappa, gwetAC, percentAgreement, ratingCounts, type FleissResult, type GwetResult, type MultiCoefficient } from './multi';
import { cohenKappa, crossTable, scottPi, type ChanceCorrected, type KappaResult } from './pairwise';
import type { Level, RawValue } from './types';

export type SummaryOptions = { level?: Level; weights?: 'none' | 'linear' | 'quadratic' };

export type AgreementSummary = {
	units: number;
	coders: number;
	level: Level;
	categories: (string | number)[];
	percentAgreement: number | null;
	alpha: AlphaResult;
	fleiss: FleissResult;
	gwetAC1: GwetResult;
	brennanPrediger: MultiCoefficient;
	/** Only with exactly two coders; weighted by category position when `weights` is linear/quadratic. */
	cohen?: KappaResult;
	scottPi?: ChanceCorrected;
};

export function summarizeEncoded(enc: EncodedRatings, options: SummaryOptions = {}): AgreementSummary {
	const level = options.level ?? 'nominal';
	const rc = ratingCounts(enc);
	const out: AgreementSummary = {
		units: enc.units,
		coders: enc.coders,
		level,
		categories: enc.categories,
		percentAgreement: percentAgreement(rc),
		alpha: alphaFromEncoded(enc, level),
		fleiss: fleissKappa(rc),
		gwetAC1: gwetAC(rc),
		brennanPrediger: brennanPrediger(rc)
	};
	if (enc.coders === 2) {
		const q = enc.categories.length;
		const a = new Int32Array(enc.units);
		const b = new Int32Array(enc.units);
		for (let u = 0; u < enc.units; u++) {
			a[u] = enc.codes[2 * u];
			b[u] = enc.codes[2 * u + 1];
		}
		const t = crossTable(a, b, q);
		out.cohen = cohenKappa(t, { weights: options.weights ?? 'none' });
		out.scottPi = scottPi(t);
	}
	return out;
}

export function summarizeAgreement(data: ReadonlyArray<ReadonlyArray<RawValue>>, options: SummaryOptions = {}): AgreementSummary {
	return summarizeEncoded(encodeRatings(data, options.level ?? 'nominal'), options);
}
