// The `corpus-lens` command line: the same core as the language server, for scripts and CI.

import { checkCommand, UsageError } from './cli/checkCommand';
import { fixCommand } from './cli/fixCommand';
import { entitiesCommand } from './cli/entitiesCommand';
import { statsCommand } from './cli/statsCommand';
import { registryCommand } from './cli/registryCommand';
import { exportCommand } from './cli/exportCommand';
import { importCommand } from './cli/importCommand';
import { ENGINE_USAGE } from './cli/indexArticles';

const USAGE = `Usage: corpus-lens <command> [options] PATH…

Commands:
  check [--format text|json] PATH…   report header, date and hygiene problems
                                     (exit status 1 when there is an error)
  fix [--dry-run] [--rule CODE…] PATH…  apply the safe fixes (NFC, whitespace, image
                                     slugs, trailers, repeated lines); --dry-run
                                     prints a unified diff and writes nothing
  entities [--json] PATH…            people, organisations, places, sectors and
                                     events mentioned, with counts (--json: every
                                     mention with UTF-16 offsets)
  stats [--json] PATH…               counts of articles, mentions, entities and
                                     problems, and how long indexing took
  registry check|suggest PATH…       the registry files' problems; the unknown people
                                     grouped into entries to file (JSON)
  export --format jsonl|conll|brat --out DIR PATH…
                                     the articles with their names labelled, for
                                     annotation and training tools (export --help)
  import --format brat|jsonl [--write] PATH…
                                     corrected annotations back into the registry:
                                     new names and aliases, as a diff (import --help)

Options of check, entities and stats:
${ENGINE_USAGE}

Paths are article files or folders (walked for *.txt, or for the articles a
corpus-lens.yaml in the folder selects).`;

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
    process.stdout.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === '--version') {
    process.stdout.write('corpus-lens 0.1.0\n');
    return 0;
  }
  const run = commands[command];
  if (!run) {
    process.stderr.write(`corpus-lens: unknown command '${command}'\n\n${USAGE}\n`);
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
    if (err instanceof UsageError) process.stderr.write(`corpus-lens: ${err.message}\n\n${USAGE}\n`);
    else process.stderr.write(`corpus-lens: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
