// Instance-wide settings, changed by the instance admin.
import { eq } from 'drizzle-orm';
import type { Db } from './db/client';
import * as table from './db/schema';

export function isRegistrationOpen(db: Db): boolean {
	const row = db.select().from(table.instanceSetting).where(eq(table.instanceSetting.key, 'registration_open')).get();
	return row ? row.value === 'true' : true;
}

export function setRegistrationOpen(db: Db, open: boolean): void {
	db.insert(table.instanceSetting)
		.values({ key: 'registration_open', value: String(open) })
		.onConflictDoUpdate({ target: table.instanceSetting.key, set: { value: String(open) } })
		.run();
}
