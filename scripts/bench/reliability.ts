// Reliability page computation on a demo-sized study (in memory): per unit of analysis, all transcripts,
// all codes, the two demo coders. Target: well under 1,000 ms server-side.
import { createDb } from '../../src/lib/server/db/client';
import * as table from '../../src/lib/server/db/schema';
import { createDemoStudy } from '../../src/lib/server/demo';
import { computeReliability, defaultCoders, listReliabilityCoders, UNITS } from '../../src/lib/server/reliability';
import { listDisagreements } from '../../src/lib/server/adjudication';

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

export async function run() {
	const db = createDb(':memory:');
	db.insert(table.user).values({ id: 'bench-owner', username: 'bench-owner', passwordHash: null }).run();
	const { studyId, counts } = createDemoStudy(db, 'bench-owner');
	const coders = defaultCoders(listReliabilityCoders(db, studyId));
	console.log(`demo study: ${JSON.stringify(counts)}`);
	for (const unit of UNITS) {
		for (const replicates of unit === "turns" ? [0, 200, 1000] : [0]) {
			const times: number[] = [];
			let rows = 0;
			for (let r = 0; r < 6; r++) {
				const t0 = performance.now();
				const res = computeReliability(db, studyId, { coderIds: coders, unit, replicates });
				if (r > 0) times.push(performance.now() - t0);
				rows = res.rows.length;
			}
			console.log(
				`computeReliability ${unit.padEnd(10)} ${unit === 'turns' ? `(${replicates} bootstrap replicates) ` : ''}${rows} rows  median ${median(times).toFixed(1)} ms  (max ${Math.max(...times).toFixed(1)}; target well under 1,000 ms)`
			);
		}
	}
	for (const unit of ['turns', 'segments'] as const) {
		const times: number[] = [];
		let n = 0;
		for (let r = 0; r < 6; r++) {
			const t0 = performance.now();
			const res = listDisagreements(db, studyId, { coderIds: [coders[0], coders[1]], unit, viewer: { userId: 'bench-owner', role: 'lead' }, studyBlind: true });
			if (r > 0) times.push(performance.now() - t0);
			n = res.total;
		}
		console.log(`listDisagreements ${unit.padEnd(8)} all transcripts, all codes: ${n} disagreements  median ${median(times).toFixed(1)} ms`);
	}
	db.$client.close();
}
