// Opens a database file, applies the migrations and returns the drizzle handle.
// Used by the server, the command line and tests (':memory:').
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';

/** The open database with its driver handle (for backups and pragmas). */
export type RootDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** What server modules take: the root handle or a transaction, so calls compose inside one transaction. */
export type Db = BaseSQLiteDatabase<'sync', Database.RunResult, typeof schema>;

export const DEFAULT_DATABASE_PATH = 'data/vignet.db';

export function createDb(filename: string, migrationsFolder = resolve('migrations')): RootDb {
	if (filename !== ':memory:') mkdirSync(dirname(resolve(filename)), { recursive: true });
	const sqlite = new Database(filename);
	sqlite.pragma('journal_mode = WAL'); // readers don't block the writer
	sqlite.pragma('synchronous = NORMAL'); // safe with WAL
	sqlite.pragma('busy_timeout = 5000');
	// Off while migrating: a table rebuild inside the migrator's transaction would otherwise
	// fire ON DELETE CASCADE and silently empty child tables (drizzle-orm #4938, #5782).
	sqlite.pragma('foreign_keys = OFF');
	const db = drizzle(sqlite, { schema }) as RootDb;
	migrate(db, { migrationsFolder });
	const violations = sqlite.pragma('foreign_key_check') as unknown[];
	if (violations.length > 0) {
		sqlite.close();
		throw new Error(`Database ${filename}: ${violations.length} foreign-key violations after migration`);
	}
	sqlite.pragma('foreign_keys = ON');
	return db;
}
