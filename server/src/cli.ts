// The `corpus-lens` command line: the same core as the language server, for scripts and CI.
// Its process starts at cliEntry.ts (dist/cli.js), which loads this (dist/cliMain.js).

import './node/heapGrowth';
import { checkCommand, UsageError } from './cli/checkCommand';
import { fixCommand } from './cli/fixCommand';
import { entitiesCommand } from './cli/entitiesCommand';
import { statsCommand } from './cli/statsCommand';
import { registryCommand } from './cli/registryCommand';
import { exportCommand } from './cli/exportCommand';
import { importCommand } from './cli/importCommand';
import { engineUsage } from './cli/indexArticles';
import { envLanguage } from './cli/language';
import { translator } from './core/i18n';

// The usage text lives in the message catalog (core/i18n: cli.usage), in English and Vietnamese.

/** The usage in the environment's language (vi_VN… in LANG: Vietnamese). */
const usage = () => translator(envLanguage())('cli.usage', { engine: engineUsage(envLanguage()) });

const commands: Record<string, (args: string[]) => Promise<number>> = {
  check: (args) => checkCommand(args),
  fix: (args) => fixCommand(args),
  entities: (args) => entitiesCommand(args),
  stats: (args) => statsCommand(args),
  registry: (args) => registryCommand(args),
  export: (args) => exportCommand(args),
  import: (args) => importCommand(args),
};

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(usage() + '\n');
    return command ? 0 : 2;
  }
  if (command === '--version') {
    process.stdout.write('corpus-lens 0.1.0\n');
    return 0;
  }
  const run = commands[command];
  if (!run) {
    process.stderr.write(`corpus-lens: ${translator(envLanguage())('cli.unknownCommand', { command })}\n\n${usage()}\n`);
    return 2;
  }
  return run(args);
}

// `corpus-lens entities DIR | head`: the reader went away; that is the end, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) process.stderr.write(`corpus-lens: ${err.message}\n\n${usage()}\n`);
    else process.stderr.write(`corpus-lens: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
