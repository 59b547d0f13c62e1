// Bundles the client, the language server and the CLI with esbuild.
//   node scripts/build.mjs               development: readable bundles with source maps
//   node scripts/build.mjs --production  the package (vsce's vscode:prepublish, npm's prepack):
//                                        minified, no source maps (CORPUS_LENS_PRODUCTION=1 too)
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Folders of the core that make no summary (the indexes, exports and search read them): a
 *  change there keeps the cache. Nothing else in the core imports them. */
const NOT_ANALYSIS = new Set(['server/src/core/index', 'server/src/core/export', 'server/src/core/search']);

/** A hash of the core's source, less the folders in `skip`: summaries cached by another build
 *  (the analyser's hash) and an index saved by another build (the whole core's) are not reused. */
function coreSourceHash(skip = new Set()) {
  const hash = createHash('sha1');
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && skip.has(p.split(path.sep).join('/'))) continue;
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) hash.update(p).update(fs.readFileSync(p));
    }
  };
  walk('server/src/core');
  return hash.digest('hex').slice(0, 12);
}

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production') || /^(1|true|yes)$/i.test(process.env.CORPUS_LENS_PRODUCTION ?? '');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  keepNames: production, // function names stay readable in a minified stack trace
  logLevel: 'warning',
  define: { __ANALYZER_SOURCE_HASH__: JSON.stringify(coreSourceHash(NOT_ANALYSIS)), __CORE_SOURCE_HASH__: JSON.stringify(coreSourceHash()) },
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The server's process starts at dist/server.js, which loads the server itself with V8's code cache.
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/serverMain.js' },
  { entryPoints: ['server/src/serverEntry.ts'], outfile: 'dist/server.js' },
  // The command's process starts at dist/cli.js, which loads the command line (dist/cliMain.js) on its thread or on one of its own.
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cliMain.js' },
  { entryPoints: ['server/src/cliEntry.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The summary pool's threads (server and CLI start it from dist/).
  { entryPoints: ['server/src/ingest/summaryWorker.ts'], outfile: 'dist/summaryWorker.js' },
];

// The webviews' pages (concordance, timeline): scripts for the browser, Chart.js bundled in (a
// webview loads nothing from the network), and their stylesheets; dist/webview is the only
// folder the webviews may load from.
const webview = { bundle: true, platform: 'browser', format: 'iife', target: 'es2022', minify: true, sourcemap: !production, logLevel: 'warning' };
const webviewEntries = ['concordance', 'timeline'].flatMap((name) => [
  { entryPoints: [`client/webview/${name}.ts`], outfile: `dist/webview/${name}.js` },
  { entryPoints: [`client/webview/${name}.css`], outfile: `dist/webview/${name}.css` },
]);

const all = [...entries, ...webviewEntries];
await Promise.all([...entries.map((e) => build({ ...common, ...e })), ...webviewEntries.map((e) => build({ ...webview, ...e }))]);
// A development build's maps would outlive a production build beside it: remove them.
if (production) for (const e of all) fs.rmSync(`${e.outfile}.map`, { force: true });
// The built-in registry's documents as trees (dist/builtin-yaml.json), which a process rebuilds
// instead of parsing the YAML (server/src/node/builtinTrees.ts): written by the same code that
// reads them, bundled beside the bundles for the moment it runs.
const writer = 'dist/.writeBuiltinTrees.cjs';
await build({ ...common, sourcemap: false, minify: false, entryPoints: ['scripts/writeBuiltinTrees.ts'], outfile: writer });
try {
  execFileSync(process.execPath, [writer], { stdio: 'inherit' });
} finally {
  fs.rmSync(writer, { force: true });
}
if (!watch) console.log(`built${production ? ' (production: minified, no source maps)' : ''} ${all.map((e) => e.outfile).join(', ')}`);
