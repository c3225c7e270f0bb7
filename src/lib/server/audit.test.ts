import { describe, expect, it } from 'vitest';
import { compact } from './audit';

describe('audit compaction', () => {
	it('keeps only changed fields of an update', () => {
		const result = compact({ name: 'A', description: 'same' }, { name: 'B', description: 'same' });
		expect(result).toEqual({ before: { name: 'A' }, after: { name: 'B' } });
	});

	it('shortens long texts', () => {
		const result = compact(null, { text: 'x'.repeat(1000) });
		expect(String((result.after as { text: string }).text)).toMatch(/^x{200}… \(1000 chars\)$/);
	});
});
