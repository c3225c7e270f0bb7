// `npm run bench`: runs every module in scripts/bench/ and prints its figures.
// Figures are printed, never asserted: speed targets are read by people, not by tests.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv.slice(2);
const files = readdirSync(dir)
	.filter((f) => f.endsWith('.ts'))
	.filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
	.sort();

console.log(`Vignet benchmarks — node ${process.version}, ${new Date().toISOString()}`);
for (const file of files) {
	const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run: () => Promise<void> };
	console.log(`\n== ${file.replace(/\.ts$/, '')}`);
	await mod.run();
}
