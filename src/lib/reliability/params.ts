// GET parameters of the reliability pages (a plain form, so everything works without JavaScript).
// Unknown or malformed values fall back to defaults; ids are only length-checked here (the server
// module ignores ids that are not the study's).

export type UnitParam = 'turns' | 'characters' | 'segments';
export const REPLICATE_CHOICES = [0, 200, 1000] as const;
export const DEFAULT_REPLICATES = 200;

export interface ReliabilityParams {
	unit: UnitParam;
	transcriptIds: string[];
	waveId: string;
	coderIds: string[];
	codeIds: string[];
	includeInterviewer: boolean;
	/** Percent of a turn (0–100); 0 = one character. */
	share: number;
	/** Percent overlap (1–100). */
	threshold: number;
	replicates: number;
}

const id = (v: string) => v.length > 0 && v.length <= 64;

function percent(raw: string | null, min: number, max: number, fallback: number): number {
	if (raw === null || raw.trim() === '') return fallback;
	const n = Number(raw.replace(',', '.'));
	return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.round(n))) : fallback;
}

export function readReliabilityParams(url: URL): ReliabilityParams {
	const p = url.searchParams;
	const unit = p.get('unit');
	const reps = Number(p.get('reps'));
	return {
		unit: unit === 'characters' || unit === 'segments' ? unit : 'turns',
		transcriptIds: p.getAll('t').filter(id).slice(0, 500),
		waveId: (p.get('wave') ?? '').slice(0, 64),
		coderIds: [...new Set(p.getAll('c').filter(id))].slice(0, 20),
		codeIds: p.getAll('k').filter(id).slice(0, 500),
		includeInterviewer: p.get('interviewer') === '1',
		share: percent(p.get('share'), 0, 100, 0),
		threshold: percent(p.get('threshold'), 1, 100, 90),
		replicates: p.has('reps') && (REPLICATE_CHOICES as readonly number[]).includes(reps) ? reps : DEFAULT_REPLICATES
	};
}

/** The query string for the same analysis (CSV link, links between pages). */
export function reliabilityQuery(p: ReliabilityParams): string {
	const q = new URLSearchParams();
	q.set('unit', p.unit);
	for (const t of p.transcriptIds) q.append('t', t);
	if (p.waveId) q.set('wave', p.waveId);
	for (const c of p.coderIds) q.append('c', c);
	for (const k of p.codeIds) q.append('k', k);
	if (p.includeInterviewer) q.set('interviewer', '1');
	if (p.share) q.set('share', String(p.share));
	if (p.threshold !== 90) q.set('threshold', String(p.threshold));
	q.set('reps', String(p.replicates));
	return q.toString();
}
