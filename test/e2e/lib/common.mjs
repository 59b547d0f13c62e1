// Shared by the e2e runners: building the extension and the suite, the throw-away workspace.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSuite } from '../build.mjs';
import { e2eDir, repoRoot } from './provision.mjs';

export const isCI = () => /^(1|true|yes)$/i.test(process.env.CI ?? '');

export function banner(msg) {
  const line = '='.repeat(Math.min(100, Math.max(40, msg.length + 4)));
  process.stderr.write(`\n${line}\n  ${msg}\n${line}\n\n`);
}

/** Builds dist/ (the extension and server) and test/e2e/out (the suite); returns the suite entry. */
export async function buildAll() {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`extension build failed (node scripts/build.mjs exited ${r.status})`);
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) throw new Error('dist/extension.js missing after the build');
  return buildSuite();
}

/** A fresh temporary folder for one run, holding a copy of the fixture workspace. */
export function makeRunDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-e2e-'));
  return dir;
}

export function copyWorkspace(runDir, name = 'workspace') {
  const dst = path.join(runDir, name);
  fs.cpSync(path.join(e2eDir, 'fixtures', 'workspace'), dst, { recursive: true });
  return dst;
}
