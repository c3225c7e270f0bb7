import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createDb } from '../../src/lib/server/db/client';
import { backup } from '../../src/cli/backup';
import * as table from '../../src/lib/server/db/schema';

describe('online backup', () => {
	it('copies a database that is open and being written, and refuses to overwrite', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'vignet-backup-'));
		try {
			const source = join(dir, 'live.db');
			const db = createDb(source);
			for (let i = 0; i < 200; i++) db.insert(table.user).values({ id: `u${i}`, username: `user${i}`, passwordHash: 'x' }).run();
			// The server keeps its connection open (WAL) while the backup runs.
			const { pages } = await backup(source, join(dir, 'copy.db'));
			expect(pages).toBeGreaterThan(0);
			db.insert(table.user).values({ id: 'late', username: 'late', passwordHash: 'x' }).run();
			const copy = new Database(join(dir, 'copy.db'), { readonly: true });
			expect((copy.prepare('select count(*) n from user').get() as { n: number }).n).toBe(200);
			expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
			copy.close();
			await expect(backup(source, join(dir, 'copy.db'))).rejects.toThrow(/exists already/);
			db.$client.close();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
