// Interpretation bands as stable keys (the UI translates them).

export type LandisKochBand = 'poor' | 'slight' | 'fair' | 'moderate' | 'substantial' | 'almost_perfect';
export type KrippendorffBand = 'reliable' | 'tentative' | 'unreliable';
export type FleissBand = 'poor' | 'fair_to_good' | 'excellent';

/** Landis & Koch (1977): <0 poor, ≤.20 slight, ≤.40 fair, ≤.60 moderate, ≤.80 substantial, else almost perfect. */
export function landisKoch(value: number | null): LandisKochBand | null {
	if (value === null || !Number.isFinite(value)) return null;
	if (value < 0) return 'poor';
	if (value <= 0.2) return 'slight';
	if (value <= 0.4) return 'fair';
	if (value <= 0.6) return 'moderate';
	if (value <= 0.8) return 'substantial';
	return 'almost_perfect';
}

/** Krippendorff (2004/2019): α ≥ .800 reliable; .667 ≤ α < .800 tentative conclusions only; below, discard. */
export function krippendorffBand(value: number | null): KrippendorffBand | null {
	if (value === null || !Number.isFinite(value)) return null;
	if (value >= 0.8) return 'reliable';
	if (value >= 0.667) return 'tentative';
	return 'unreliable';
}

/** Fleiss (1981): <.40 poor, .40–.75 fair to good, >.75 excellent. */
export function fleissBand(value: number | null): FleissBand | null {
	if (value === null || !Number.isFinite(value)) return null;
	if (value < 0.4) return 'poor';
	if (value <= 0.75) return 'fair_to_good';
	return 'excellent';
}
