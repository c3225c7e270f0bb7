// The one connection of the running server. Never opened while `vite build` analyses modules.
import { building } from '$app/environment';
import { env } from '$env/dynamic/private';
import { createDb, DEFAULT_DATABASE_PATH, type RootDb } from './client';

let instance: RootDb | undefined;

export function getDb(): RootDb {
	if (building) throw new Error('The database is not available at build time');
	instance ??= createDb(env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
	return instance;
}

export type { Db, RootDb } from './client';
