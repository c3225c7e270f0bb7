// Keeps tests/study-routes.ts honest: every study page and every action in the code is listed.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { studyRoutes } from '../study-routes';

const root = join(process.cwd(), 'src/routes/studies/[studyId]');

function serverFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return serverFiles(full);
		return name === '+page.server.ts' || name === '+server.ts' ? [full] : [];
	});
}

function routePath(file: string): string {
	const dir = relative(root, file).split(sep).slice(0, -1).join('/');
	return dir ? `/${dir}` : '';
}

function actionNames(source: string): string[] {
	const block = source.split('export const actions')[1];
	if (!block) return [];
	return [...block.matchAll(/^\t(\w+): async/gm)].map((m) => m[1]);
}

describe('study route table', () => {
	const files = serverFiles(root);

	it('lists every study page', () => {
		const inCode = files.map(routePath).sort();
		const inTable = studyRoutes.map((r) => r.path).sort();
		expect(inTable).toEqual(inCode);
	});

	it('lists every action of every page', () => {
		for (const file of files) {
			const route = studyRoutes.find((r) => r.path === routePath(file));
			expect(Object.keys(route?.actions ?? {}).sort(), routePath(file)).toEqual(actionNames(readFileSync(file, 'utf8')).sort());
		}
	});

	it('calls the authorization helper in every load and action', () => {
		for (const file of files) {
			const source = readFileSync(file, 'utf8');
			const handlers = (source.match(/require(StudyRole|Adjudicator)\(/g) ?? []).length;
			const endpoints = (source.match(/export (const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g) ?? []).length;
			const expected = (source.includes('export const load') ? 1 : 0) + actionNames(source).length + endpoints;
			expect(handlers, routePath(file)).toBeGreaterThanOrEqual(expected);
		}
	});
});
