// Research texts are shown as text everywhere: no component renders raw HTML.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function svelteFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? svelteFiles(full) : name.endsWith('.svelte') ? [full] : [];
	});
}

describe('rendering', () => {
	it('uses no {@html} anywhere', () => {
		const offenders = svelteFiles(join(process.cwd(), 'src')).filter((f) => readFileSync(f, 'utf8').includes('{@html'));
		expect(offenders).toEqual([]);
	});
});
