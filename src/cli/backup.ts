// `npm run backup -- <file>`: a consistent copy of the database while the server runs,
// using SQLite's online backup API (readers and the writer carry on meanwhile).
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export async function backup(source: string, target: string): Promise<{ pages: number }> {
	if (!existsSync(source)) throw new Error(`no database at ${source}`);
	if (existsSync(target)) throw new Error(`${target} exists already; choose a new file name`);
	const db = new Database(source, { readonly: true, fileMustExist: true });
	try {
		db.pragma('busy_timeout = 5000');
		const result = await db.backup(target);
		return { pages: result.totalPages };
	} finally {
		db.close();
	}
}

async function main(args: string[]): Promise<number> {
	const target = args[0];
	if (!target || args.length > 1 || target.startsWith('-')) {
		process.stderr.write('usage: npm run backup -- <file>\n(the database is DATABASE_PATH, default data/vignet.db)\n');
		return 2;
	}
	const source = resolve(process.env.DATABASE_PATH || 'data/vignet.db');
	try {
		const { pages } = await backup(source, resolve(target));
		process.stdout.write(`backup of ${source} written to ${resolve(target)} (${pages} pages)\n`);
		return 0;
	} catch (err) {
		process.stderr.write(`backup failed: ${err instanceof Error ? err.message : String(err)}\n`);
		return 1;
	}
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
	main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
