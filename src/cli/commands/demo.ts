// `npm run demo [-- --owner USERNAME] [--seed N]`: creates the fictional demo study in the database
// at DATABASE_PATH (default data/vignet.db), led by the instance admin or the named user.
import { resolve } from 'node:path';
import { createDb, DEFAULT_DATABASE_PATH } from '../../lib/server/db/client';
import { createDemoStudy, requireOwner } from '../../lib/server/demo';
import { UserError } from '../../lib/server/errors';

function fail(message: string, code = 2): number {
	process.stderr.write(`vignet demo: ${message}\n`);
	return code;
}

export async function run(args: string[]): Promise<number> {
	let owner: string | undefined;
	let seed: number | undefined;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--owner') owner = args[++i];
		else if (arg === '--seed') seed = Number(args[++i]);
		else return fail(`unknown option '${arg}' (options: --owner USERNAME, --seed N)`);
	}
	if (args.includes('--owner') && !owner) return fail('--owner needs a username');
	if (seed !== undefined && !Number.isInteger(seed)) return fail('--seed needs a whole number');
	const path = resolve(process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
	const db = createDb(path);
	try {
		const lead = requireOwner(db, owner);
		const started = performance.now();
		const { studyId, counts } = createDemoStudy(db, lead.id, seed);
		const ms = Math.round(performance.now() - started);
		process.stdout.write(
			`Created the demo study ${studyId} in ${path} (${ms} ms), led by ${lead.username}:\n` +
				`  ${counts.focusGroups} focus groups, ${counts.turns} turns, ${counts.words} words,\n` +
				`  ${counts.codings['coder-a'] + counts.codings['coder-b']} codings by two fictional coders, ${counts.groupAssessments} group assessments.\n` +
				`All of it is fictional. Open it at /studies/${studyId}\n`
		);
		return 0;
	} catch (err) {
		if (err instanceof UserError && err.code === 'error.demo_no_owner') {
			return fail(
				owner
					? `there is no user named '${owner}'`
					: 'this instance has no account yet: start Vignet (npm start), register the first account (it becomes the admin), then run npm run demo again',
				1
			);
		}
		throw err;
	} finally {
		db.$client.close();
	}
}
