// The message catalogue is one namespace assembled from several files: no key may be defined twice
// (a later file would silently win), and every entry needs both languages.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { catalogue, translate } from './index';

const dir = join(process.cwd(), 'src/lib/i18n/catalogue');

describe('message catalogue', () => {
	it('defines every key once across the area files, and all files are registered', async () => {
		const seen = new Map<string, string>();
		const duplicates: string[] = [];
		let total = 0;
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
			const mod = (await import(join(dir, file))) as Record<string, Record<string, unknown>>;
			for (const area of Object.values(mod)) {
				for (const key of Object.keys(area)) {
					total++;
					if (seen.has(key)) duplicates.push(`${key} (${seen.get(key)} and ${file})`);
					seen.set(key, file);
				}
			}
		}
		expect(duplicates).toEqual([]);
		expect(Object.keys(catalogue).length).toBe(total);
	});

	it('has Danish and English text for every entry', () => {
		const missing = Object.entries(catalogue)
			.filter(([, entry]) => !entry.da.trim() || !entry.en.trim())
			.map(([key]) => key);
		expect(missing).toEqual([]);
	});

	it('fills parameters and formats numbers by locale', () => {
		expect(translate('da', 'account.signed_in_as', { username: 'anna' })).toBe('Logget ind som anna.');
		expect(translate('en', 'error.too_many_attempts', { minutes: 2 })).toContain('Wait 2 minute');
		expect(translate('da', 'coding.count', { n: 1234 })).toContain('1.234');
	});
});
