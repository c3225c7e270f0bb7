// The reliability table behind the current choices, as CSV (UTF-8 with BOM; dot decimals for any spreadsheet locale).
import type { RequestHandler } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { toCsv } from '$lib/csv';
import type { Coef } from '$lib/server/reliability';
import { runAnalysis } from '../analysis.server';

const num = (x: number | null | undefined, digits = 4) => (x === null || x === undefined ? '' : x.toFixed(digits));
const val = (c: Coef | null) => (c ? num(c.value) : '');
const why = (c: Coef | null) => (c && c.value === null ? (c.code ?? '') : '');

export const GET: RequestHandler = (event) => {
	const { db, study } = requireStudyRole(event, 'coder');
	const { result } = runAnalysis(db, study.id, event.url);
	const header = [
		'unit',
		'row',
		'code',
		'name',
		'coders',
		'n_units',
		'prevalence',
		'percent_agreement',
		'krippendorff_alpha',
		'alpha_ci_low',
		'alpha_ci_high',
		'alpha_band',
		'kappa',
		'kappa_kind',
		'kappa_band',
		'gwet_ac1',
		'agreements',
		'only_first',
		'only_second',
		'undefined_reason',
		'bootstrap_replicates',
		'seed',
		'threshold',
		'min_share'
	];
	const coders = result.coders.map((c) => c.name).join(' ');
	const rows = result.rows.map((r) => [
		result.unit,
		r.kind,
		r.key,
		r.name,
		coders,
		r.units === null ? '' : String(r.units),
		num(r.prevalence),
		num(r.percent),
		val(r.alpha),
		r.ci ? num(r.ci[0]) : '',
		r.ci ? num(r.ci[1]) : '',
		r.alphaBand ?? '',
		val(r.kappa),
		r.kappaKind ?? '',
		r.kappaBand ?? '',
		val(r.ac1),
		r.segments ? String(r.segments.agreements) : '',
		r.segments ? String(r.segments.onlyFirst) : '',
		r.segments ? String(r.segments.onlySecond) : '',
		why(r.alpha) || why(r.kappa),
		String(result.replicates),
		String(result.seed),
		result.unit === 'segments' ? String(result.threshold) : '',
		result.unit === 'turns' ? String(result.minShare) : ''
	]);
	return new Response('\ufeff' + toCsv([header, ...rows]), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="reliability-${result.unit}.csv"`
		}
	});
};
