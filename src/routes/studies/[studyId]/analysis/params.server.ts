// Reading the analysis pages' GET parameters (shared by each page and its CSV endpoint), and the
// filter choices. Unknown or overlong values are ignored rather than trusted.
import type { Db } from '$lib/server/db/client';
import { listCodes } from '$lib/server/codebook';
import { listMunicipalities, listWaves } from '$lib/server/material';
import { listVignettes } from '$lib/server/vignettes';
import { GROUP_BYS, KWIC_SORTS, type CorpusFilters, type GroupBy, type TermOptions } from '$lib/server/textindex';
import type { KwicSort } from '$lib/nlp';

const ROLES = ['raadgiver', 'faglig_leder', 'interviewer', 'other'];
export const QUERY_MAX = 200;

function param(url: URL, name: string, max = 64): string {
	const v = url.searchParams.get(name) ?? '';
	return v.length <= max ? v : '';
}

function oneOf<T extends string>(value: string, options: readonly T[], fallback: T): T {
	return (options as readonly string[]).includes(value) ? (value as T) : fallback;
}

function intParam(url: URL, name: string, min: number, max: number, fallback: number): number {
	const n = Number(param(url, name, 6));
	return url.searchParams.has(name) && Number.isInteger(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

export function readKwicParams(url: URL) {
	const filters: CorpusFilters = {};
	for (const name of ['waveId', 'municipalityId', 'vignetteId', 'codeId'] as const) {
		const v = param(url, name);
		if (v) filters[name] = v;
	}
	const role = param(url, 'role');
	if (ROLES.includes(role)) filters.role = role;
	const rawQuery = url.searchParams.get('q') ?? '';
	return {
		q: rawQuery.slice(0, QUERY_MAX),
		tooLong: rawQuery.length > QUERY_MAX,
		match: oneOf(param(url, 'match'), ['word', 'stem'] as const, 'word'),
		sort: oneOf<KwicSort>(param(url, 'sort'), KWIC_SORTS, 'position'),
		filters
	};
}

/** Frequencies and keyness share these options. */
export function readTermOptions(url: URL, defaults: { minLength: number }): TermOptions {
	const submitted = url.searchParams.has('unit');
	return {
		by: oneOf(param(url, 'unit'), ['word', 'stem'] as const, 'word'),
		stopwords: param(url, 'stopwords') === 'on',
		// A checkbox sends nothing when unticked; the default (ticked) applies only before the form is used.
		skipInterviewer: submitted ? param(url, 'skipInterviewer') === 'on' : true,
		minLength: intParam(url, 'minLength', 1, 30, defaults.minLength)
	};
}

export function readFrequencyParams(url: URL) {
	return {
		groupBy: oneOf<GroupBy>(param(url, 'by'), GROUP_BYS, 'wave'),
		top: intParam(url, 'top', 5, 200, 25),
		chart: param(url, 'chart'),
		...readTermOptions(url, { minLength: 3 })
	};
}

export function readKeynessParams(url: URL) {
	return {
		a: param(url, 'a', 80),
		b: param(url, 'b', 80),
		top: intParam(url, 'top', 5, 200, 30),
		minCount: intParam(url, 'minCount', 1, 1000, 5),
		...readTermOptions(url, { minLength: 2 })
	};
}

export function readUnit(url: URL): 'sentence' | 'turn' {
	return oneOf(param(url, 'unit'), ['sentence', 'turn'] as const, 'sentence');
}

export function filterChoices(db: Db, studyId: string) {
	return {
		codes: listCodes(db, studyId).map((c) => ({ id: c.id, key: c.key, name: c.name, depth: c.depth, isDimension: c.parentId === null })),
		waves: listWaves(db, studyId).map((w) => ({ id: w.id, label: w.label, year: w.year })),
		municipalities: listMunicipalities(db, studyId, { includeRealNames: false }).map((m) => ({ id: m.id, code: m.code })),
		vignettes: listVignettes(db, studyId).map((v) => ({ id: v.id, title: v.title }))
	};
}

export function csvResponse(body: string, filename: string): Response {
	return new Response('\ufeff' + body, {
		headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"` }
	});
}

/** A number for CSV: a plain decimal point, fixed digits. */
export function csvNumber(n: number | null, digits = 4): string {
	return n === null || !Number.isFinite(n) ? '' : String(Number(n.toFixed(digits)));
}
