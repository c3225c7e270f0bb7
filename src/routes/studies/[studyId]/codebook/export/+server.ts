// Downloads the study's codebook in the JSON exchange format (see $lib/codebook/json.ts).
import type { RequestHandler } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { exportCodebook } from '$lib/server/codebook';

/** An ASCII file-name part from a study name: »Tærskler 2024« → taerskler-2024. */
function slug(name: string): string {
	const ascii = name
		.toLowerCase()
		.replaceAll('æ', 'ae')
		.replaceAll('ø', 'oe')
		.replaceAll('å', 'aa')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return ascii || 'study';
}

export const GET: RequestHandler = (event) => {
	const { db, study } = requireStudyRole(event, 'coder');
	const body = JSON.stringify(exportCodebook(db, study.id), null, 2) + '\n';
	return new Response(body, {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="codebook-${slug(study.name)}.json"`,
			'cache-control': 'no-store'
		}
	});
};
