// Installs, on first use, what the code-server e2e runner needs, and caches it outside the
// repository (never in the extension's node_modules):
//   <cache>/node-<v>/            Node 24 from the npm `node` package (code-server needs Node 24)
//   <cache>/code-server-<v>-node-<v>/   code-server from npm, native modules built against Node 24
//   <cache>/tooling-<hash>/      test/e2e/tooling (playwright-core, vscode-textmate, …) via `npm ci`
// <cache> = $CORPUS_LENS_E2E_CACHE or ${XDG_CACHE_HOME:-$HOME/.cache}/corpus-lens-e2e.
// Each entry is built in a temporary folder and renamed into place when complete, so an
// interrupted install is never mistaken for a finished one.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const SYSTEM_PACKAGES = ['chromium', 'libkrb5-dev'];
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const here = path.dirname(fileURLToPath(import.meta.url));
export const e2eDir = path.resolve(here, '..');
export const repoRoot = path.resolve(e2eDir, '..', '..');

export function cacheRoot() {
  if (process.env.CORPUS_LENS_E2E_CACHE) return path.resolve(process.env.CORPUS_LENS_E2E_CACHE);
  const xdg = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(xdg, 'corpus-lens-e2e');
}

export class ProvisionError extends Error {}

function log(msg) {
  process.stderr.write(`[e2e setup] ${msg}\n`);
}

function run(cmd, args, opts = {}) {
  const started = Date.now();
  log(`$ ${cmd} ${args.join(' ')}${opts.cwd ? `   (in ${opts.cwd})` : ''}`);
  const res = spawnSync(cmd, args, {
    stdio: opts.quiet ? 'pipe' : ['ignore', 'inherit', 'inherit'],
    encoding: 'utf8',
    timeout: 20 * 60 * 1000, // an install that hangs must not eat CI's budget silently
    killSignal: 'SIGKILL',
    ...opts,
  });
  if (res.error) throw new ProvisionError(`${cmd} ${args.join(' ')} failed: ${res.error.message}`);
  if (res.status !== 0) {
    const out = opts.quiet ? `\n${res.stdout ?? ''}${res.stderr ?? ''}` : '';
    throw new ProvisionError(`${cmd} ${args.join(' ')} exited with ${res.status ?? res.signal}${out}`);
  }
  log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return res;
}

/** Builds `final` with `build(tmpDir)` unless it already exists (marker file `.complete`). */
function cached(final, build) {
  if (fs.existsSync(path.join(final, '.complete'))) return final;
  fs.mkdirSync(path.dirname(final), { recursive: true });
  const tmp = `${final}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  try {
    build(tmp);
    fs.writeFileSync(path.join(tmp, '.complete'), new Date().toISOString() + '\n');
    if (fs.existsSync(path.join(final, '.complete'))) {
      fs.rmSync(tmp, { recursive: true, force: true }); // another run finished it meanwhile
    } else {
      fs.rmSync(final, { recursive: true, force: true });
      fs.renameSync(tmp, final);
    }
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  return final;
}

// npm 11 blocks dependency install scripts unless allowed; these installs need them
// (the `node` package fetches its platform binary package, code-server builds native modules).
// When the runner itself is started by `npm run`, the environment carries the outer npm's
// npm_config_* / npm_package_* variables; npm reads npm_config_* as its own config, so e.g.
// npm_config_user_agent would say "node/v20" and code-server's postinstall would refuse to run.
export function cleanEnv() {
  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    if (/^npm_/i.test(k) && !/^npm_config_(cache|registry|userconfig|globalconfig|proxy|https_proxy|noproxy|strict_ssl|cafile)$/i.test(k)) delete env[k];
  }
  for (const k of ['NODE', 'INIT_CWD', 'NODE_OPTIONS']) delete env[k];
  return env;
}

const npmEnvAllowingScripts = (extra = {}) => ({
  ...cleanEnv(),
  npm_config_dangerously_allow_all_scripts: 'true',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
  npm_config_update_notifier: 'false',
  ...extra,
});

export function ensureNode24() {
  const dir = cached(path.join(cacheRoot(), `node-${NODE_VERSION}`), (tmp) => {
    log(`installing Node ${NODE_VERSION} from the npm "node" package (first run only)`);
    fs.writeFileSync(path.join(tmp, 'package.json'), JSON.stringify({ private: true, name: 'corpus-lens-e2e-node' }) + '\n');
    run('npm', ['install', '--no-save', '--no-package-lock', `node@${NODE_VERSION}`], { cwd: tmp, env: npmEnvAllowingScripts() });
    const bin = path.join(tmp, 'node_modules', 'node', 'bin', 'node');
    const v = run(bin, ['--version'], { quiet: true }).stdout.trim();
    if (v !== `v${NODE_VERSION}`) throw new ProvisionError(`installed node reports ${v}, expected v${NODE_VERSION}`);
  });
  const pkgDir = path.join(dir, 'node_modules', 'node', 'node_modules', `node-linux-${process.arch}`);
  return {
    dir,
    binDir: path.join(dir, 'node_modules', 'node', 'bin'),
    node: path.join(dir, 'node_modules', 'node', 'bin', 'node'),
    headersDir: pkgDir, // holds include/node: node-gyp builds against it without downloading
  };
}

export function ensureCodeServer(node) {
  const dir = cached(path.join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}-node-${NODE_VERSION}`), (tmp) => {
    log(`installing code-server ${CODE_SERVER_VERSION} (first run only: builds native modules, ~3 min on 2 cores, ~620 MB)`);
    fs.writeFileSync(path.join(tmp, 'package.json'), JSON.stringify({ private: true, name: 'corpus-lens-e2e-code-server' }) + '\n');
    run('npm', ['install', '--no-save', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`], {
      cwd: tmp,
      env: npmEnvAllowingScripts({
        PATH: `${node.binDir}${path.delimiter}${process.env.PATH}`,
        npm_config_nodedir: node.headersDir,
        npm_config_build_from_source: 'true',
      }),
    });
    const entry = path.join(tmp, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
    if (!fs.existsSync(entry)) throw new ProvisionError(`code-server install has no ${entry}`);
    run(node.node, [entry, '--version'], { quiet: true });
  });
  return { dir, entry: path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'), root: path.join(dir, 'node_modules', 'code-server') };
}

export function ensureTooling() {
  const src = path.join(e2eDir, 'tooling');
  const pkg = fs.readFileSync(path.join(src, 'package.json'));
  const lock = fs.readFileSync(path.join(src, 'package-lock.json'));
  const hash = createHash('sha256').update(pkg).update(lock).digest('hex').slice(0, 12);
  const dir = cached(path.join(cacheRoot(), `tooling-${hash}`), (tmp) => {
    log('installing e2e tooling (playwright-core, vscode-textmate, vscode-oniguruma)');
    fs.writeFileSync(path.join(tmp, 'package.json'), pkg);
    fs.writeFileSync(path.join(tmp, 'package-lock.json'), lock);
    run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: tmp, env: cleanEnv() });
  });
  return { dir, nodeModules: path.join(dir, 'node_modules') };
}

function hasDpkg(name) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

/** Installs the Debian packages (chromium, libkrb5-dev) via test/e2e/install-system-deps.sh when missing. */
export function ensureSystemPackages(packages = SYSTEM_PACKAGES) {
  const haveDpkg = spawnSync('dpkg-query', ['--version']).status === 0;
  if (!haveDpkg) {
    if (!fs.existsSync(CHROMIUM)) throw new ProvisionError(`no ${CHROMIUM} and no dpkg/apt-get to install chromium`);
    log('no dpkg here; assuming libkrb5 headers are present');
    return;
  }
  const missing = packages.filter((p) => !hasDpkg(p));
  if (missing.length === 0) return;
  const canApt = spawnSync('apt-get', ['--version']).status === 0 && process.getuid?.() === 0;
  if (!canApt) throw new ProvisionError(`missing Debian packages: ${missing.join(' ')} (install them: sudo bash test/e2e/install-system-deps.sh)`);
  run('bash', [path.join(e2eDir, 'install-system-deps.sh'), ...missing]);
}
