#!/usr/bin/env node
// Runs the e2e suite (test/e2e/suite) inside code-server's extension host with headless Debian
// Chromium as the window, then a Playwright check of the UI (squiggle, hover, Problems panel),
// then the suite's *.vi.test files in a window whose display language is Vietnamese,
// then a smoke run of the package: `npm run package` makes corpus-lens.vsix, code-server
// --install-extension puts it into a fresh extensions folder, and test/e2e/smoke runs against
// that installed copy in a fresh code-server (the repository is not loaded as an extension).
// See /work/shared/E2E.md (or docs in the README) for why this is how VS Code runs here.
//
//   npm run test:e2e                    suite + UI check + package smoke run
//   npm run test:e2e -- --no-ui         without the UI check (--no-smoke: without the smoke run)
//   npm run test:e2e -- --ui-only       UI check only (--smoke-only: the smoke run only)
// Env: CI=true makes a machine that cannot run it fail (otherwise it says it skipped);
//      CORPUS_LENS_E2E_CACHE (default ${XDG_CACHE_HOME:-~/.cache}/corpus-lens-e2e);
//      CORPUS_LENS_E2E_TIMEOUT_S (whole suite, default 300); CORPUS_LENS_E2E_KEEP=1 keeps the run dir.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { format } from 'node:util';
import zlib from 'node:zlib';
import { buildSmoke } from './build.mjs';
import { banner, buildAll, copyWorkspace, isCI, makeRunDir } from './lib/common.mjs';
import {
  CHROMIUM,
  ProvisionError,
  cleanEnv,
  e2eDir,
  ensureCodeServer,
  ensureNode24,
  ensureSystemPackages,
  ensureTooling,
  repoRoot,
} from './lib/provision.mjs';
import { runUiCheck } from './ui/uiCheck.mjs';

const args = new Set(process.argv.slice(2));
const only = ['--ui-only', '--smoke-only'].find((a) => args.has(a));
const wantSuite = !only;
const wantUi = (!only || only === '--ui-only') && !args.has('--no-ui');
const wantSmoke = (!only || only === '--smoke-only') && !args.has('--no-smoke');
const VSIX_LIMIT = 2 * 1024 * 1024;
const SUITE_TIMEOUT_MS = Number(process.env.CORPUS_LENS_E2E_TIMEOUT_S ?? 300) * 1000;
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

// Known noise from an offline code-server / Chromium (E2E.md): not errors.
const NOISE = [
  /ENOTFOUND open-vsx\.org/,
  /open-vsx\.org/,
  /Timed out waiting for authentication provider 'github'/,
  /unexpected operator/,
  /update\.code\.visualstudio\.com|marketplace\.visualstudio\.com/,
];
const isNoise = (s) => NOISE.some((re) => re.test(s));
// Workbench chatter forwarded with the extension host's console: not the suite's output.
const CHATTER = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^\[reconnection-grace-time\]/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^\[AgentHost/,
  /^\[AccountPolicyGate\]/,
  /^\[lifecycle\] Long running operations during shutdown/,
  /^\[text file model\] handleSaveError.*Canceled/, // unsaved fixture edits when the window shuts down
];
const isChatter = (s) => CHATTER.some((re) => re.test(s));

function log(msg) {
  process.stderr.write(`[e2e] ${msg}\n`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpOk(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode !== undefined && res.statusCode < 500);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => {
      req.destroy();
      resolve(false);
    });
  });
}

async function waitForServer(url, proc, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`code-server exited early with ${proc.exitCode}`);
    if (await httpOk(url)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs / 1000} s`);
}

function writeJson(file, data) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
}

/** The environment of a code-server process: everything it writes stays in runDir. */
function serverEnv(node, runDir, tooling, extraEnv = {}) {
  const env = {
    ...cleanEnv(),
    PATH: `${node.binDir}${path.delimiter}${process.env.PATH}`,
    XDG_CONFIG_HOME: path.join(runDir, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(runDir, 'xdg', 'data'),
    XDG_CACHE_HOME: path.join(runDir, 'xdg', 'cache'),
    XDG_STATE_HOME: path.join(runDir, 'xdg', 'state'),
    TMPDIR: path.join(runDir, 'tmp'),
    // Read by the grammar test in the extension host (it inherits this environment).
    CORPUS_LENS_E2E_TEXTMATE_MODULES: tooling.nodeModules,
    ...extraEnv,
  };
  for (const k of ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'XDG_STATE_HOME', 'TMPDIR']) fs.mkdirSync(env[k], { recursive: true });
  delete env.VSCODE_IPC_HOOK_CLI;
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

async function startCodeServer({ node, codeServer, runDir, tooling, extraEnv }) {
  const port = await freePort();
  const userDataDir = path.join(runDir, 'user-data');
  const extensionsDir = path.join(runDir, 'extensions');
  const configFile = path.join(runDir, 'code-server.yaml');
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
  writeJson(path.join(userDataDir, 'User', 'settings.json'), {
    'workbench.startupEditor': 'none',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'security.workspace.trust.enabled': false,
    'chat.disableAIFeatures': true,
    'editor.hover.delay': 100,
    'editor.inlayHints.enabled': 'on',
    'git.enabled': false,
    'window.restoreWindows': 'none',
    'files.hotExit': 'off',
  });
  const env = serverEnv(node, runDir, tooling, extraEnv);
  const serverArgs = [
    codeServer.entry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--vscode-option', 'enable-smoke-test-driver',
    '--reconnection-grace-time', '5',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--config', configFile,
  ];
  const logFile = path.join(runDir, 'code-server.log');
  const out = fs.openSync(logFile, 'a');
  // Own process group (detached) so that its watchers and extension hosts die with it.
  const proc = spawn(node.node, serverArgs, { env, cwd: runDir, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  /** Stops the server's process group; resolves when the server has exited (SIGKILL after 3 s). */
  const kill = () => {
    if (proc.pid && proc.exitCode === null && proc.signalCode === null) {
      try {
        process.kill(-proc.pid, 'SIGTERM');
      } catch {}
      const t = setTimeout(() => {
        try {
          process.kill(-proc.pid, 'SIGKILL');
        } catch {}
      }, 3000);
      t.unref();
      // SIGKILL cannot be refused: the exit event comes.
      return exited;
    }
    return Promise.resolve();
  };
  const origin = `http://127.0.0.1:${port}`;
  await waitForServer(`${origin}/healthz`, proc, 60_000);
  log(`code-server ${origin} ready (${elapsed()})`);
  return { port, origin, proc, kill, logFile };
}

export function workbenchUrl(server, folder, payload) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const entries = [['extensionDevelopmentPath', remote(payload.extensionDevelopmentPath)]];
  if (payload.extensionTestsPath) entries.push(['extensionTestsPath', remote(payload.extensionTestsPath)]);
  entries.push(['skipWelcome', 'true']);
  return `${server.origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(entries))}`;
}

function printServerLog(file, onlyTail = 80) {
  try {
    const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l && !isNoise(l));
    process.stderr.write(`---- code-server log (last ${onlyTail} lines, noise filtered): ${file}\n`);
    process.stderr.write(lines.slice(-onlyTail).join('\n') + '\n----\n');
  } catch {}
}

// Mocha's summary lines seen in the suite output, for the closing "N passed, N failed" line.
const counts = { passing: 0, failing: 0, pending: 0 };

async function runSuite({ browser, server, suiteEntry, workspace, screenshotsDir, extensionDevelopmentPath = repoRoot, name = 'suite' }) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  let settle;
  const exited = new Promise((resolve) => (settle = resolve));
  await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
    // The arguments of console.log in the extension host: mocha's spec reporter uses format strings.
    const list = Array.isArray(logArgs) ? logArgs : [logArgs];
    const text = format(...list.map((a) => (a !== null && typeof a === 'object' ? JSON.stringify(a) : a)));
    if (isNoise(text) || isChatter(text)) return;
    for (const m of text.matchAll(/^\s*(\d+) (passing|failing|pending)\b/gm)) counts[m[2]] += Number(m[1]);
    (type === 'error' ? process.stderr : process.stdout).write(text.endsWith('\n') ? text : text + '\n');
  });
  await page.exposeFunction('codeAutomationExit', (code) => settle({ code: Number(code) }));
  page.on('pageerror', (e) => { if (!isNoise(String(e))) log(`page error: ${e}`); });
  const url = workbenchUrl(server, workspace, {
    extensionDevelopmentPath,
    extensionTestsPath: path.dirname(suiteEntry),
  });
  log(`opening workbench with the ${name} payload (${elapsed()})`);
  await page.goto(url);
  const timer = new Promise((resolve) => {
    const t = setTimeout(() => resolve({ timeout: true }), SUITE_TIMEOUT_MS);
    t.unref();
  });
  const result = await Promise.race([exited, timer]);
  if (result.timeout) {
    const shot = path.join(screenshotsDir, `${name}-timeout.png`);
    await page.screenshot({ path: shot }).catch(() => {});
    await context.close().catch(() => {});
    throw new Error(`TIMEOUT: the e2e ${name} did not finish within ${SUITE_TIMEOUT_MS / 1000} s (screenshot: ${shot})`);
  }
  await context.close().catch(() => {});
  return result.code;
}

// ---- The suite in Vietnamese ----------------------------------------------------------------

/**
 * The suite's *.vi.test files in a new window of the same code-server whose display language is
 * Vietnamese. VS Code takes the display language from argv.json's `locale` (read at each page
 * load) but resolves it only when a language pack for it is installed; the stub pack written here
 * into languagepacks.json (what installing a pack writes) translates nothing of VS Code's own UI,
 * which stays English, yet makes `vscode.env.language` 'vi': the extension then loads
 * package.nls.vi.json and l10n/bundle.l10n.vi.json, and tells its server, as it would with a real
 * Vietnamese language pack. No download: nothing else changes.
 */
async function runViSuite({ browser, server, suiteEntry, runDir, screenshotsDir }) {
  const userDataDir = path.join(runDir, 'user-data');
  const translations = path.join(runDir, 'vi-language-pack', 'main.i18n.json');
  writeJson(translations, { contents: {} });
  writeJson(path.join(userDataDir, 'languagepacks.json'), {
    vi: {
      hash: 'corpus-lens-e2e-vi',
      label: 'Tiếng Việt',
      extensions: [{ extensionIdentifier: { id: 'corpus-lens-tests.vi-display-language' }, version: '0.0.0' }],
      translations: { vscode: translations },
    },
  });
  const argv = path.join(userDataDir, 'User', 'argv.json');
  writeJson(argv, { locale: 'vi' });
  try {
    return await runSuite({ browser, server, suiteEntry, workspace: copyWorkspace(runDir, 'workspace-vi'), screenshotsDir, name: 'suite in Vietnamese' });
  } finally {
    fs.rmSync(argv, { force: true });
  }
}

// ---- The package smoke run ------------------------------------------------------------------

/** The entries of a zip file (the .vsix): name, compression, sizes, where the data starts. */
function zipEntries(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('broken zip central directory');
    const nameLen = buf.readUInt16LE(at + 28), extraLen = buf.readUInt16LE(at + 30), commentLen = buf.readUInt16LE(at + 32);
    entries.push({
      name: buf.toString('utf8', at + 46, at + 46 + nameLen),
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      localHeader: buf.readUInt32LE(at + 42),
    });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function zipRead(buf, entry) {
  const h = entry.localHeader;
  const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  return entry.method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data);
}

/** The package as the marketplace gets it: small, minified, no sources, an icon, a README whose pictures resolve. */
function checkVsix(file) {
  const buf = fs.readFileSync(file);
  const entries = zipEntries(buf);
  const names = entries.map((e) => e.name);
  const problems = [];
  if (buf.length >= VSIX_LIMIT) problems.push(`${(buf.length / 1024).toFixed(0)} KB, over the ${VSIX_LIMIT / 1024} KB limit`);
  const manifest = JSON.parse(zipRead(buf, entries.find((e) => e.name === 'extension/package.json')).toString('utf8'));
  // Localised strings, when the repository has them (package.json "files" must list them).
  const nls = fs.readdirSync(repoRoot).filter((f) => /^package\.nls(\..+)?\.json$/.test(f));
  const l10nDir = path.join(repoRoot, 'l10n');
  if (fs.existsSync(l10nDir)) nls.push(...fs.readdirSync(l10nDir).filter((f) => f.endsWith('.json')).map((f) => `l10n/${f}`));
  const required = [
    'extension/readme.md', 'extension/changelog.md', 'extension/LICENSE.txt', `extension/${manifest.icon}`,
    'extension/dist/extension.js', 'extension/dist/server.js', 'extension/dist/summaryWorker.js',
    'extension/dist/webview/concordance.js', 'extension/dist/webview/timeline.js', 'extension/server/data/people.yaml',
    'extension/syntaxes/corpus-article.tmLanguage.json', 'extension/language-configuration.json',
    ...nls.map((f) => `extension/${f}`),
  ];
  for (const r of required) if (!names.includes(r)) problems.push(`missing ${r}`);
  const stray = names.filter((n) => /\.(ts|map|vsix|tgz)$/.test(n) || /^extension\/(test|bench|client|server\/src|samples|scripts|node_modules|\.ci|\.github|\.vscode|docs\/images)\//.test(n));
  if (stray.length) problems.push(`files that do not belong in the package: ${stray.join(', ')}`);
  const extension = zipRead(buf, entries.find((e) => e.name === 'extension/dist/extension.js')).toString('utf8');
  // Minified: long lines (a development bundle averages ~40 characters a line), no map comment.
  if (/sourceMappingURL/.test(extension) || extension.length / extension.split('\n').length < 500) problems.push('dist/extension.js is not a minified bundle without source map');
  const readme = zipRead(buf, entries.find((e) => e.name === 'extension/readme.md')).toString('utf8');
  const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g), ...readme.matchAll(/<img[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const relative = pictures.filter((u) => !/^https:\/\//.test(u));
  if (relative.length) problems.push(`README pictures that will not show on the marketplace: ${relative.join(', ')}`);
  if (problems.length) throw new Error(`${path.basename(file)}:\n  ${problems.join('\n  ')}`);
  return `${(buf.length / 1024).toFixed(0)} KB, ${names.length} files, icon ${manifest.icon}, ${pictures.length} README pictures with absolute links`;
}

function runQuiet(cmd, cmdArgs, opts) {
  const r = spawnSync(cmd, cmdArgs, { encoding: 'utf8', timeout: 5 * 60_000, ...opts });
  if (r.error || r.status !== 0) {
    throw new Error(`${cmd} ${cmdArgs.join(' ')} failed (${r.error?.message ?? `exit ${r.status ?? r.signal}`}):\n${r.stdout ?? ''}${r.stderr ?? ''}`);
  }
  return r;
}

/** `npm run package`, then the development build again so that dist/ stays debuggable. */
function packageVsix() {
  const r = runQuiet('npm', ['run', 'package'], { cwd: repoRoot });
  const done = /DONE\s+Packaged: .*/.exec(r.stdout + r.stderr);
  log(`npm run package: ${done ? done[0].replace(/\s+/g, ' ') : 'done'} (${elapsed()})`);
  runQuiet(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot });
  return path.join(repoRoot, 'corpus-lens.vsix');
}

async function runSmoke({ node, codeServer, tooling, runDir, browser, screenshotsDir }) {
  const smokeDir = path.join(runDir, 'smoke');
  const extensionsDir = path.join(smokeDir, 'extensions');
  const userDataDir = path.join(smokeDir, 'user-data');
  const vsix = packageVsix();
  log(`vsix checked: ${checkVsix(vsix)}`);
  fs.mkdirSync(extensionsDir, { recursive: true });
  const installed = runQuiet(
    node.node,
    [codeServer.entry, '--install-extension', vsix, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir],
    { cwd: smokeDir, env: serverEnv(node, smokeDir, tooling) },
  );
  const line = installed.stdout.split('\n').find((l) => /installed/i.test(l))?.trim() ?? 'done';
  log(`code-server --install-extension into a fresh extensions folder: ${line} (${elapsed()})`);
  // VS Code runs extensionTestsPath only in extension development mode: a do-nothing extension
  // is the development extension, so Corpus Lens itself comes from the extensions folder.
  const harness = path.join(smokeDir, 'harness');
  writeJson(path.join(harness, 'package.json'), {
    name: 'corpus-lens-smoke-harness',
    publisher: 'corpus-lens-tests',
    version: '0.0.0',
    engines: { vscode: '*' },
  });
  const smokeEntry = await buildSmoke();
  const server = await startCodeServer({
    node, codeServer, runDir: smokeDir, tooling,
    extraEnv: { CORPUS_LENS_E2E_SMOKE_EXTENSIONS_DIR: extensionsDir },
  });
  try {
    return await runSuite({
      browser, server, suiteEntry: smokeEntry, workspace: copyWorkspace(smokeDir, 'workspace'), screenshotsDir,
      extensionDevelopmentPath: harness, name: 'package smoke run',
    });
  } catch (e) {
    printServerLog(server.logFile);
    throw e;
  } finally {
    await server.kill();
  }
}

async function main() {
  banner(`Corpus Lens e2e in code-server (${[wantSuite && 'suite', wantUi && 'UI check', wantSmoke && 'package smoke run'].filter(Boolean).join(' + ')})`);
  let node, codeServer, tooling;
  try {
    if (process.platform !== 'linux' || process.arch !== 'x64') throw new ProvisionError(`unsupported platform ${process.platform}-${process.arch} (needs linux-x64)`);
    ensureSystemPackages();
    if (!fs.existsSync(CHROMIUM)) throw new ProvisionError(`no Chromium at ${CHROMIUM}`);
    node = ensureNode24();
    codeServer = ensureCodeServer(node);
    tooling = ensureTooling();
  } catch (e) {
    if (!(e instanceof ProvisionError)) throw e;
    if (isCI()) {
      banner(`FAILED: cannot run the code-server e2e tests on this CI machine: ${e.message}`);
      process.exit(1);
    }
    banner(`SKIPPED (not CI): cannot run the code-server e2e tests here: ${e.message}`);
    process.exit(0);
  }
  log(`tools ready (${elapsed()})`);
  const suiteEntry = await buildAll();
  const runDir = makeRunDir();
  const screenshotsDir = path.join(e2eDir, 'screenshots');
  fs.mkdirSync(screenshotsDir, { recursive: true });
  const require = createRequire(path.join(tooling.nodeModules, 'noop.js'));
  const { chromium } = require('playwright-core');

  let server;
  let browser;
  let failed = false;
  let uiResult; // true passed, false failed, undefined not run
  const cleanup = async () => {
    await browser?.close().catch(() => {});
    await server?.kill();
    if (!process.env.CORPUS_LENS_E2E_KEEP) fs.rmSync(runDir, { recursive: true, force: true });
    else log(`kept run folder ${runDir}`);
  };
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { cleanup().finally(() => process.exit(130)); });
  try {
    if (wantSuite || wantUi) server = await startCodeServer({ node, codeServer, runDir, tooling });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    if (wantSuite) {
      const code = await runSuite({ browser, server, suiteEntry, workspace: copyWorkspace(runDir, 'workspace'), screenshotsDir });
      if (code === 0) log(`suite passed (${elapsed()})`);
      else {
        failed = true;
        banner(`e2e suite FAILED (codeAutomationExit ${code})`);
      }
    }
    if (wantUi) {
      try {
        const ui = await runUiCheck({ browser, server, workspace: copyWorkspace(runDir, 'vn-news'), screenshotsDir, workbenchUrl, repoRoot, log });
        log(`UI check passed (${elapsed()}): ${ui.summary}`);
        uiResult = true;
      } catch (e) {
        failed = true;
        uiResult = false;
        banner(`UI check FAILED: ${e.message}`);
      }
    }
    if (wantSuite) {
      try {
        const code = await runViSuite({ browser, server, suiteEntry, runDir, screenshotsDir });
        if (code === 0) log(`suite in Vietnamese passed (${elapsed()})`);
        else {
          failed = true;
          banner(`e2e suite in Vietnamese FAILED (codeAutomationExit ${code})`);
        }
      } catch (e) {
        failed = true;
        banner(`e2e suite in Vietnamese FAILED: ${e.message}`);
      }
    }
    if (wantSmoke) {
      if (failed && server) printServerLog(server.logFile);
      await server?.kill(); // one code-server at a time
      server = undefined;
      const smokeStarted = Date.now();
      try {
        const code = await runSmoke({ node, codeServer, tooling, runDir, browser, screenshotsDir });
        if (code === 0) log(`package smoke run passed in ${((Date.now() - smokeStarted) / 1000).toFixed(1)} s (${elapsed()})`);
        else {
          failed = true;
          banner(`package smoke run FAILED (codeAutomationExit ${code})`);
        }
      } catch (e) {
        failed = true;
        banner(`package smoke run FAILED: ${e.message}`);
      }
    }
  } catch (e) {
    failed = true;
    banner(`e2e run FAILED: ${e.message}`);
  }
  if (failed && server) printServerLog(server.logFile);
  await cleanup();
  log(`done in ${elapsed()}`);
  const passedN = counts.passing + (uiResult === true ? 1 : 0);
  const failedN = counts.failing + (uiResult === false ? 1 : 0) + (failed && counts.failing === 0 && uiResult !== false ? 1 : 0);
  console.log(`e2e: ${passedN} passed, ${failedN} failed${counts.pending ? `, ${counts.pending} skipped` : ''}`);
  if (!failed && passedN === 0) {
    banner('e2e run FAILED: no test ran');
    process.exit(1);
  }
  if (failed) process.exit(1);
}

main().catch((e) => {
  banner(`e2e run FAILED: ${e?.stack ?? e}`);
  process.exit(1);
});
