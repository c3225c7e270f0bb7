// The demo study goes through the same modules as the pages; this checks that it all composes.
import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { testDb } from '../../../tests/unit/test-db';
import * as table from './db/schema';
import { registerUser } from './users';
import { createDemoStudy, requireOwner } from './demo';
import { listCodedSegments } from './segments';
import { UserError } from './errors';

describe('demo study', () => {
	it('needs an owner', () => {
		expect(() => requireOwner(testDb())).toThrow(UserError);
	});

	it('creates both waves, 18 focus groups, transcripts, codings and assessments', async () => {
		const db = testDb();
		const admin = await registerUser(db, { username: 'admin', password: 'password-1' });
		const { studyId, counts } = createDemoStudy(db, requireOwner(db).id);
		expect(requireOwner(db).id).toBe(admin.id);
		const n = (t: typeof table.transcript | typeof table.focusGroup | typeof table.coding | typeof table.groupAssessment | typeof table.vignette) =>
			db.select({ n: count() }).from(t).where(eq(t.studyId, studyId)).get()!.n;
		expect(n(table.vignette)).toBe(6);
		expect(n(table.focusGroup)).toBe(18);
		expect(n(table.transcript)).toBe(18);
		expect(n(table.coding)).toBe(counts.codings['coder-a'] + counts.codings['coder-b']);
		expect(n(table.groupAssessment)).toBe(counts.groupAssessments);
		const study = db.select().from(table.study).where(eq(table.study.id, studyId)).get();
		expect(study?.isDemo).toBe(true);
		// Every coding lies inside the transcript text, and sections point at vignettes.
		const { segments } = listCodedSegments(db, studyId, { userId: admin.id, role: 'lead' }, true, {});
		expect(segments.length).toBe(n(table.coding));
		expect(segments.every((s) => s.text.length > 0 && s.vignetteId !== null)).toBe(true);
		expect(new Set(segments.map((s) => s.coderName)).size).toBe(2);
	}, 60_000);
});
