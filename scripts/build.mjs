// Bundles the client, the language server and the CLI with esbuild.
import { build } from 'esbuild';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The summary pool's threads (server and CLI start it from dist/).
  { entryPoints: ['server/src/ingest/summaryWorker.ts'], outfile: 'dist/summaryWorker.js' },
];

await Promise.all(entries.map((e) => build({ ...common, ...e })));
if (!watch) console.log(`built ${entries.map((e) => e.outfile).join(', ')}`);
