#!/usr/bin/env -S npx tsx
// The `vignet` command line: `npm run --silent vignet -- <command> [args]`.
// Each command lives in ./commands/<name>.ts and exports `run(args): Promise<number>` (the exit code).

type Command = { describe: string; load: () => Promise<{ run(args: string[]): Promise<number> }> };

const commands: Record<string, Command> = {
	agreement: {
		describe: 'agreement FILE.csv [--level nominal|ordinal|interval|ratio] [--weights none|linear|quadratic]',
		load: () => import('./commands/agreement')
	},
	unitized: {
		describe: 'unitized FILE.csv --begin B --length L',
		load: () => import('./commands/unitized')
	},
	consistency: {
		describe: 'consistency FILE.csv',
		load: () => import('./commands/consistency')
	},
	demo: {
		describe: 'demo [--database PATH]   create the fictional demo study',
		load: () => import('./commands/demo')
	}
};

function usage(): string {
	return ['usage: vignet <command> [options]', '', 'commands:', ...Object.values(commands).map((c) => `  ${c.describe}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
	const [name, ...args] = argv;
	if (!name || name === '--help' || name === '-h') {
		process.stdout.write(usage() + '\n');
		return name ? 0 : 2;
	}
	const command = commands[name];
	if (!command) {
		process.stderr.write(`vignet: unknown command '${name}'\n${usage()}\n`);
		return 2;
	}
	const mod = await command.load();
	return mod.run(args);
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(err: unknown) => {
		process.stderr.write(`vignet: ${err instanceof Error ? err.message : String(err)}\n`);
		process.exitCode = 1;
	}
);
