import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireStudyRole } from '$lib/server/authz';
import { exportVignetteFile, revisionFromQuery } from '$lib/server/vignettes';

/** The vignette as a Markdown file (`?revision=N` for an older revision). */
export const GET: RequestHandler = (event) => {
	const { db, study } = requireStudyRole(event, 'student');
	const revision = revisionFromQuery(event.url);
	const file = exportVignetteFile(db, study.id, event.params.vignetteId, revision);
	if (!file) error(404, { message: 'not_found' });
	const filename = revision === undefined ? file.filename : file.filename.replace(/\.md$/, `-r${revision}.md`);
	return new Response(file.text, {
		headers: {
			'content-type': 'text/markdown; charset=utf-8',
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'private, no-store'
		}
	});
};
