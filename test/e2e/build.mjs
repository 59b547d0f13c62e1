// Compiles the e2e suite (test/e2e/suite/*.ts) to test/e2e/out/suite/*.js (CommonJS, not bundled:
// `vscode` comes from the extension host, `mocha` from the repository's node_modules).
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const srcDir = path.join(here, 'suite');
const outDir = path.join(here, 'out', 'suite');

export async function buildSuite() {
  fs.rmSync(outDir, { recursive: true, force: true });
  const entryPoints = fs.readdirSync(srcDir).filter((f) => f.endsWith('.ts')).map((f) => path.join(srcDir, f));
  await build({
    entryPoints,
    outdir: outDir,
    bundle: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return path.join(outDir, 'index.js');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`built ${path.relative(process.cwd(), await buildSuite())}`);
}
