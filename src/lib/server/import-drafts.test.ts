import { beforeEach, describe, expect, it } from 'vitest';
import type { ParsedTranscript } from '../transcripts';
import { clearDrafts, consumeDraft, createDraft, discardDraft, draftStats, DRAFT_TTL_MS, DRAFTS_MAX_BYTES, getDraft } from './import-drafts';

function parsed(chars = 10): ParsedTranscript {
	return {
		format: 'text',
		text: 'x'.repeat(chars),
		turns: [{ index: 0, speaker: 'Sara', start: 0, end: chars }],
		sections: [],
		speakers: [{ label: 'Sara', turns: 1, words: 1 }],
		warnings: []
	};
}

const base = { userId: 'u1', studyId: 's1', target: { kind: 'focus_group' as const, focusGroupId: 'g', waveId: 'w' }, filename: 'a.txt' };

describe('import drafts', () => {
	beforeEach(() => clearDrafts());

	it('belong to one user in one study, with an unguessable id', () => {
		const d = createDraft({ ...base, parsed: parsed() });
		expect(d.id).toMatch(/^[a-z0-9]{32}$/);
		expect(getDraft(d.id, 'u1', 's1')?.parsed.text).toBe('xxxxxxxxxx');
		expect(getDraft(d.id, 'u2', 's1')).toBeUndefined();
		expect(getDraft(d.id, 'u1', 's2')).toBeUndefined();
		expect(getDraft('forged', 'u1', 's1')).toBeUndefined();
		expect(discardDraft(d.id, 'u2', 's1')).toBe(false);
		expect(discardDraft(d.id, 'u1', 's1')).toBe(true);
		expect(getDraft(d.id, 'u1', 's1')).toBeUndefined();
	});

	it('expire after an hour', () => {
		const now = 1_000_000;
		const d = createDraft({ ...base, parsed: parsed() }, now);
		expect(getDraft(d.id, 'u1', 's1', now + DRAFT_TTL_MS - 1)).toBeDefined();
		expect(getDraft(d.id, 'u1', 's1', now + DRAFT_TTL_MS)).toBeUndefined();
		expect(draftStats()).toEqual({ count: 0, bytes: 0 });
	});

	it('are bounded in total size: the oldest go first', () => {
		const big = Math.floor(DRAFTS_MAX_BYTES / 2 / 2) - 10_000; // ~ a quarter of the bound in UTF-16 chars
		const a = createDraft({ ...base, parsed: parsed(big) });
		const b = createDraft({ ...base, parsed: parsed(big) });
		const c = createDraft({ ...base, parsed: parsed(big) });
		expect(getDraft(a.id, 'u1', 's1')).toBeUndefined();
		expect(getDraft(b.id, 'u1', 's1')).toBeDefined();
		expect(getDraft(c.id, 'u1', 's1')).toBeDefined();
		expect(draftStats().bytes).toBeLessThanOrEqual(DRAFTS_MAX_BYTES);
	});

	it('are consumed once: a second save returns the first result without saving again', () => {
		const d = createDraft({ ...base, parsed: parsed() });
		let saves = 0;
		const save = () => ({ transcriptId: `t${++saves}`, versionId: 'v' });
		expect(consumeDraft(d, save)).toEqual({ result: { transcriptId: 't1', versionId: 'v' }, again: false });
		expect(consumeDraft(getDraft(d.id, 'u1', 's1')!, save)).toEqual({ result: { transcriptId: 't1', versionId: 'v' }, again: true });
		expect(saves).toBe(1);
		expect(draftStats().bytes).toBe(0);
	});

	it('stay usable when saving fails', () => {
		const d = createDraft({ ...base, parsed: parsed() });
		expect(() =>
			consumeDraft(d, () => {
				throw new Error('refused');
			})
		).toThrow('refused');
		expect(getDraft(d.id, 'u1', 's1')?.saved).toBeUndefined();
		expect(getDraft(d.id, 'u1', 's1')?.parsed.turns).toHaveLength(1);
	});
});
