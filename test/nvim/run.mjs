#!/usr/bin/env node
// Headless Neovim check of the language server (npm run test:nvim): builds dist/, copies the e2e
// fixture workspace to a temporary folder and runs check.lua in `nvim --headless`.
// Without nvim: fails when CI=true, otherwise says plainly that it skipped.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const isCI = /^(1|true|yes)$/i.test(process.env.CI ?? '');
const TIMEOUT_MS = Number(process.env.CORPUS_LENS_NVIM_TOTAL_TIMEOUT_MS ?? 120_000);

const nvim = process.env.NVIM_BIN || 'nvim';
const probe = spawnSync(nvim, ['--version'], { encoding: 'utf8' });
if (probe.error || probe.status !== 0) {
  const why = `Neovim not found (${nvim}); install it with: bash test/e2e/install-system-deps.sh neovim`;
  if (isCI) {
    console.error(`test:nvim FAILED: ${why}`);
    process.exit(1);
  }
  console.error(`test:nvim SKIPPED (not CI): ${why}`);
  process.exit(0);
}
console.log(`using ${probe.stdout.split('\n')[0]}`);

const build = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('test:nvim FAILED: the build failed');
  process.exit(1);
}

const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-nvim-'));
const workspace = path.join(runDir, 'workspace');
fs.cpSync(path.join(repoRoot, 'test', 'e2e', 'fixtures', 'workspace'), workspace, { recursive: true });

const started = Date.now();
const child = spawn(nvim, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(here, 'check.lua')}`], {
  cwd: workspace,
  env: {
    ...process.env,
    CORPUS_LENS_NODE: process.execPath,
    CORPUS_LENS_SERVER: path.join(repoRoot, 'dist', 'server.js'),
    CORPUS_LENS_WORKSPACE: workspace,
    XDG_STATE_HOME: path.join(runDir, 'state'), // keeps nvim's LSP log out of the home folder
    XDG_CACHE_HOME: path.join(runDir, 'cache'),
    XDG_DATA_HOME: path.join(runDir, 'data'),
    XDG_CONFIG_HOME: path.join(runDir, 'config'),
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
child.stdout.on('data', (d) => { output += d; process.stdout.write(d); });
child.stderr.on('data', (d) => { output += d; process.stderr.write(d); });
const timer = setTimeout(() => {
  console.error(`test:nvim FAILED: TIMEOUT after ${TIMEOUT_MS / 1000} s`);
  child.kill('SIGKILL');
}, TIMEOUT_MS);
child.on('exit', (code, signal) => {
  clearTimeout(timer);
  fs.rmSync(runDir, { recursive: true, force: true });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  const closing = /^\d+ passed, \d+ failed$/m.test(output);
  if (code === 0 && closing) {
    console.log(`test:nvim passed in ${secs} s`);
    process.exit(0);
  }
  console.error(`test:nvim FAILED (nvim exit ${code ?? signal}${closing ? '' : ', no result line'}) after ${secs} s`);
  process.exit(1);
});
