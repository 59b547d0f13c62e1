// Compiles the e2e suite (test/e2e/suite/*.ts) to test/e2e/out/suite/*.js (CommonJS, not bundled:
// `vscode` comes from the extension host, `mocha` from the repository's node_modules), and the
// package smoke suite (test/e2e/smoke, its helpers bundled in: it runs from another folder).
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const srcDir = path.join(here, 'suite');
const outDir = path.join(here, 'out', 'suite');

export function buildSuite() {
  return compile(fs.readdirSync(srcDir).filter((f) => f.endsWith('.ts')).map((f) => path.join(srcDir, f)), outDir, false);
}

export function buildSmoke() {
  return compile(['index.ts', 'smoke.test.ts'].map((f) => path.join(here, 'smoke', f)), path.join(here, 'out', 'smoke'), true);
}

async function compile(entryPoints, out, bundle) {
  fs.rmSync(out, { recursive: true, force: true });
  await build({
    entryPoints,
    outdir: out,
    bundle,
    ...(bundle ? { external: ['vscode', 'mocha'] } : {}),
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return path.join(out, 'index.js');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`built ${path.relative(process.cwd(), await buildSuite())}`);
}
