// Starts the production server (adapter-node's build/) with Vignet's defaults:
// port 3000, database under ./data/, ORIGIN matching the port so form posts pass Kit's origin check.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Migrations are read relative to the working directory.
process.chdir(root);
process.env.PORT ||= '3000';
process.env.ORIGIN ||= `http://localhost:${process.env.PORT}`;
process.env.DATABASE_PATH ||= 'data/vignet.db';
// Uploads (transcripts, .docx) are limited in the app; let the server accept up to that size.
process.env.BODY_SIZE_LIMIT ||= '25M';

const buildDir = process.env.VIGNET_BUILD_DIR || 'build';
if (!existsSync(join(root, buildDir, 'index.js'))) {
	console.error('No build found. Run `npm run build` first (or `npm start`, which builds).');
	process.exit(1);
}
console.log(`Vignet: database ${process.env.DATABASE_PATH}, listening on ${process.env.ORIGIN}`);
await import(join(root, buildDir, 'index.js'));
