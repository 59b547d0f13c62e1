// The npm package works without the repository: `npm pack` of this folder, installed into a fresh
// project outside it, runs `npx corpus-lens` on a corpus of its own. The tarball holds the
// bundles, the built-in registry and the extension's assets (package.json "files"), never the
// sources, tests or benchmarks.
//
// It packs the dist/ that is there (`npm test` builds it first; built here if missing) with
// --ignore-scripts, so the test never rewrites dist/ (the prepack script would minify it).
// Runtime dependencies declared in package.json come from the npm cache (--prefer-offline),
// else from the registry.
import { strict as assert } from 'node:assert';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..');
const NO_HEADER = '001_0123456789abcdef.txt';
const ARTICLES = 200; // enough for the CLI to analyse on worker threads (dist/summaryWorker.js)

/** The environment of a child npm: none of the outer `npm run`'s settings, no repository bins on PATH. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) {
    if (/^npm_/i.test(k) && !/^npm_config_(cache|registry|userconfig|globalconfig|proxy|https_proxy|noproxy|strict_ssl|cafile)$/i.test(k)) delete env[k];
  }
  for (const k of ['INIT_CWD', 'NODE_OPTIONS']) delete env[k];
  env.PATH = (env.PATH ?? '')
    .split(path.delimiter)
    .filter((p) => !p.includes(`node_modules${path.sep}.bin`))
    .join(path.delimiter);
  return { ...env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
}

function run(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd, env: childEnv(), encoding: 'utf8', timeout: 90_000 });
  if (r.error) throw r.error;
  return r;
}

const show = (r: SpawnSyncReturns<string>) => `exit ${r.status}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;

describe('the npm package (npm pack, installed elsewhere)', function () {
  this.timeout(120_000);
  let tmp: string;
  let files: string[];
  let project: string;
  let corpus: string;

  before(function () {
    for (const f of ['dist/cli.js', 'dist/cliMain.js', 'dist/summaryWorker.js']) {
      if (!fs.existsSync(path.join(repoRoot, f))) {
        const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, encoding: 'utf8' });
        assert.equal(b.status, 0, `build failed:\n${b.stdout}${b.stderr}`);
        break;
      }
    }
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-pack-'));
    const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], repoRoot);
    assert.equal(pack.status, 0, `npm pack failed:\n${show(pack)}`);
    const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    files = info.files.map((f) => f.path).sort();
    const tarball = path.join(tmp, info.filename);
    assert.ok(fs.existsSync(tarball), `no tarball at ${tarball}`);

    project = path.join(tmp, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'uses-corpus-lens', version: '1.0.0', private: true }) + '\n');
    const install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', tarball], project);
    assert.equal(install.status, 0, `npm install of the tarball failed:\n${show(install)}`);

    // A corpus of its own: one article without a header among articles that are clean.
    corpus = path.join(tmp, 'corpus');
    fs.mkdirSync(corpus);
    fs.writeFileSync(
      path.join(corpus, NO_HEADER),
      'Chiều 24/2, tại Moskva, Tổng thống Vladimir Putin tiếp Bộ trưởng Ngoại giao Lê Hoài Trung.\n\nHai bên trao đổi về hợp tác kinh tế và giáo dục.\n',
    );
    for (let i = 2; i <= ARTICLES; i++) {
      const name = `${String(i).padStart(3, '0')}_${(i * 7919).toString(16).padStart(16, '0')}.txt`;
      const text = ` date 2025-01-${String((i % 28) + 1).padStart(2, '0')} Bài số ${i}\n\nNgày ${i}, tại Hà Nội, ${i * 13} người dự hội nghị về giáo dục.\n`;
      fs.writeFileSync(path.join(corpus, name), text);
    }
  });

  after(function () {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('holds the bundles, the built-in registry and the assets, and no sources, maps, tests or benchmarks', function () {
    for (const f of ['dist/cli.js', 'dist/cliMain.js', 'dist/summaryWorker.js', 'dist/server.js', 'dist/serverMain.js', 'dist/extension.js', 'dist/builtin-yaml.json', 'server/data/people.yaml', 'server/data/places.yaml', 'docs/rules.md', 'README.md', 'LICENSE', 'CHANGELOG.md', 'package.json']) {
      assert.ok(files.includes(f), `${f} missing from the tarball:\n  ${files.join('\n  ')}`);
    }
    const stray = files.filter((f) => /\.(ts|map)$/.test(f) || /^(test|bench|client|server\/src|samples|scripts|\.ci|\.github|node_modules)\//.test(f));
    assert.deepEqual(stray, [], 'the tarball holds sources, maps, tests or benchmarks');
  });

  it('runs `npx corpus-lens check` from the installed package: the missing header, exit status 1', function () {
    const bin = fs.realpathSync(path.join(project, 'node_modules', '.bin', 'corpus-lens'));
    assert.equal(bin, fs.realpathSync(path.join(project, 'node_modules', 'corpus-lens', 'dist', 'cli.js')));
    const r = run('npx', ['--no', 'corpus-lens', 'check', '--jobs', '2', corpus], project);
    assert.equal(r.status, 1, `expected exit status 1 (an error found):\n${show(r)}`);
    const problems = r.stdout.split('\n').filter((l) => / (error|warning|information|hint) /.test(l));
    assert.deepEqual(problems, [`${path.join(corpus, NO_HEADER)}:1:1 error header/missing Article has no header: the first line should be \`date YYYY-MM-DD Title\`.`], show(r));
    assert.match(r.stdout, new RegExp(`^${ARTICLES} articles checked \\(${ARTICLES - 1} clean\\): 1 error, 0 warnings`, 'm'), show(r));
    // Analysed on worker threads: a missing dist/summaryWorker.js would be said on stderr.
    assert.equal(r.stderr.trim(), '', show(r));
  });

  it('finds the entities of the built-in registry (server/data in the package)', function () {
    const r = run('npx', ['--no', 'corpus-lens', 'entities', '--json', path.join(corpus, NO_HEADER)], project);
    assert.equal(r.status, 0, show(r));
    const doc = JSON.parse(r.stdout) as { documents: { mentions: { text: string; entity: string | null }[] }[] };
    const known = doc.documents[0].mentions.filter((m) => m.entity).map((m) => `${m.text}=${m.entity}`);
    assert.deepEqual(known, ['Moskva=moskva', 'Vladimir Putin=vladimir-putin', 'Lê Hoài Trung=le-hoai-trung', 'kinh tế=sector-kinh-te', 'giáo dục=sector-giao-duc'], show(r));
  });

  it('runs `npx corpus-lens stats` on a thread of its own (dist/cliMain.js in the package), with its exit statuses', function () {
    const r = run('npx', ['--no', 'corpus-lens', 'stats', '--json', '--jobs', '2', corpus], project);
    assert.equal(r.status, 0, show(r));
    const s = JSON.parse(r.stdout) as { articles: number; problems: { error: number }; jobs: number };
    assert.deepEqual([s.articles, s.problems.error, s.jobs], [ARTICLES, 1, 2], show(r));
    assert.equal(r.stderr.trim(), '', show(r));
    const bad = run('npx', ['--no', 'corpus-lens', 'stats', '--jobs', 'many', corpus], project);
    assert.equal(bad.status, 2, show(bad));
    assert.match(bad.stderr, /^corpus-lens: .*--jobs/m, show(bad));
  });
});
