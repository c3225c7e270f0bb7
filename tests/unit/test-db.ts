// An in-memory database with the real migrations, for server-module tests.
import { createDb } from '../../src/lib/server/db/client';

export function testDb() {
	return createDb(':memory:');
}
