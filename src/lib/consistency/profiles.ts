// Dimension profiles per municipality and wave, and how far apart municipalities' profiles are (JSD).
import { jensenShannon, mean } from './stats';
import { ConsistencyError, type Measure, type UndefinedReason } from './types';
import type { DimensionCounts } from './types';

export type Profile = {
	wave: string;
	municipality: string;
	/** All codes counted over the dimensions. */
	total: number;
	/** Share per dimension (every dimension of the study, zeros included); null when total is 0. */
	shares: Record<string, number> | null;
	/** Share per pole (e.g. '2002' vs '2024'); null when no pole counts were given or they sum to 0. */
	poleShares: Record<string, number> | null;
	/** Set when the profile is left out of the divergences. */
	excluded?: UndefinedReason;
};

export type ProfilePair = { a: string; b: string; jsd: Measure };

export type WaveProfiles = {
	wave: string;
	profiles: Profile[];
	/** Jensen–Shannon divergence (base 2, 0 = identical, 1 = disjoint) for each pair of included municipalities. */
	pairs: ProfilePair[];
	/** Mean pairwise JSD; null with 'too_few_profiles' when fewer than two municipalities have codes. */
	meanJsd: Measure;
};

function shares(counts: Readonly<Record<string, number>>, keys: readonly string[]): { total: number; shares: Record<string, number> | null } {
	let total = 0;
	for (const k of keys) total += counts[k] ?? 0;
	if (total === 0) return { total, shares: null };
	const out: Record<string, number> = {};
	for (const k of keys) out[k] = (counts[k] ?? 0) / total;
	return { total, shares: out };
}

function checkCounts(row: DimensionCounts, field: 'dimensions' | 'poles'): void {
	for (const [k, x] of Object.entries(row[field] ?? {}))
		if (!Number.isFinite(x) || x < 0)
			throw new ConsistencyError('invalid_count', `${row.wave}/${row.municipality}: count for ${k} must be finite and non-negative, got ${x}`, {
				wave: row.wave,
				municipality: row.municipality,
				key: k,
				value: x
			});
}

/**
 * Profiles of one wave. `dimensions` fixes the keys (default: every dimension seen in `rows`), so a dimension
 * never coded in one municipality still shows as a zero share.
 */
export function waveProfiles(wave: string, rows: readonly DimensionCounts[], dimensions?: readonly string[]): WaveProfiles {
	const keys = dimensions ?? [...new Set(rows.flatMap((r) => Object.keys(r.dimensions)))];
	const seen = new Set<string>();
	const profiles: Profile[] = [];
	for (const r of rows) {
		if (r.wave !== wave) continue;
		checkCounts(r, 'dimensions');
		checkCounts(r, 'poles');
		if (seen.has(r.municipality))
			throw new ConsistencyError('duplicate_profile', `two dimension profiles for wave ${wave}, municipality ${r.municipality}`, {
				wave,
				municipality: r.municipality
			});
		seen.add(r.municipality);
		const s = shares(r.dimensions, keys);
		const poles = r.poles ? shares(r.poles, Object.keys(r.poles)).shares : null;
		profiles.push({
			wave,
			municipality: r.municipality,
			total: s.total,
			shares: s.shares,
			poleShares: poles,
			...(s.total === 0 ? { excluded: 'no_codes' as const } : {})
		});
	}
	const included = profiles.filter((p) => p.shares !== null);
	const pairs: ProfilePair[] = [];
	for (let i = 0; i < included.length; i++)
		for (let j = i + 1; j < included.length; j++)
			pairs.push({ a: included[i].municipality, b: included[j].municipality, jsd: jensenShannon(included[i].shares!, included[j].shares!) });
	const meanJsd: Measure =
		pairs.length === 0 ? { value: null, reason: 'too_few_profiles' } : mean(pairs.map((p) => p.jsd.value as number));
	return { wave, profiles, pairs, meanJsd };
}
