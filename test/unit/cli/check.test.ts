import { strict as assert } from 'node:assert';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot, hasSharedCorpus, sharedCorpus } from '../../support/sharedCorpus';

const cli = path.join(repoRoot, 'dist', 'cli.js');
const run = (args: string[], cwd = repoRoot) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CORPUS_LENS_TODAY: '2026-11-23' } });

describe('corpus-lens check (dist/cli.js)', () => {
  before(function () {
    if (!fs.existsSync(cli)) execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'ignore' });
  });

  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-check-'));
    fs.writeFileSync(path.join(dir, '001_0123456789abcdef.txt'), ' date 2026-02-25 Tiêu đề\n\nChiều 24/2, hai bên gặp nhau.\n');
    fs.writeFileSync(path.join(dir, '002_0123456789abcdee.txt'), 'date: 2026-02-25 Tiêu đề\n\nNgày 31/2 là ngày không có.\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints path:line:col severity code message and a summary, exit 1 on errors', () => {
    const r = run(['check', dir]);
    assert.equal(r.status, 1, r.stderr);
    const file = path.join(dir, '002_0123456789abcdee.txt');
    assert.match(r.stdout, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:1 error header/malformed `, 'm'));
    assert.match(r.stdout, /002_0123456789abcdee\.txt:3:6 error date\/impossible '31\/2' is not a date/);
    assert.match(r.stdout, /2 articles checked \(1 clean\): 2 errors, 0 warnings/);
  });

  it('shows the files of a folder given relatively as paths under that folder', () => {
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.renameSync(path.join(dir, '002_0123456789abcdee.txt'), path.join(dir, 'sub', '002_0123456789abcdee.txt'));
    for (const given of ['.', 'sub', './sub/']) {
      const r = run(['check', given], dir);
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stdout, /^sub\/002_0123456789abcdee\.txt:1:1 error header\/malformed /m, `check ${given}`);
    }
  });

  it('exits 0 when there is no error', () => {
    fs.rmSync(path.join(dir, '002_0123456789abcdee.txt'));
    const r = run(['check', dir]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  it('prints exactly the documented JSON', () => {
    const r = run(['check', '--format', 'json', '002_0123456789abcdee.txt'], dir);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(json), ['files', 'summary']);
    assert.deepEqual(json.summary, { files: 1, errors: 2, warnings: 0 });
    assert.equal(json.files[0].path, '002_0123456789abcdee.txt');
    assert.deepEqual(json.files[0].diagnostics[0], {
      code: 'header/malformed',
      severity: 'error',
      message: json.files[0].diagnostics[0].message,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } },
    });
    assert.deepEqual(Object.keys(json.files[0].diagnostics[0]), ['code', 'severity', 'message', 'range']);
  });

  it('follows corpus-lens.yaml: severities and include globs', () => {
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'rules:\n  date/impossible: off\n  header/malformed: warning\nexclude:\n  - "notes/**"\n');
    fs.mkdirSync(path.join(dir, 'notes'));
    fs.writeFileSync(path.join(dir, 'notes', 'todo.txt'), 'not an article');
    const r = run(['check', '--format', 'json', dir]);
    const json = JSON.parse(r.stdout);
    assert.equal(r.status, 0);
    assert.deepEqual(json.summary, { files: 2, errors: 0, warnings: 1 });
  });

  it('reports a binary or non-UTF-8 file instead of crashing', () => {
    fs.writeFileSync(path.join(dir, '003_0123456789abcded.txt'), Buffer.from([0x64, 0x61, 0xff, 0xfe, 0x00, 0x01]));
    const r = run(['check', '--format', 'json', dir]);
    const json = JSON.parse(r.stdout);
    const f = json.files.find((x: { path: string }) => x.path.endsWith('003_0123456789abcded.txt'));
    assert.equal(f.diagnostics[0].code, 'file/unreadable');
  });

  it("reports every blank line of ' \\n' × 200,000 instead of overflowing the stack", function () {
    // Before: `diagnostics.push(...all)` with 200,000 findings threw 'Maximum call stack size
    // exceeded' and the command ended with status 2 and no report.
    this.timeout(60_000);
    fs.writeFileSync(path.join(dir, '001_0123456789abcdef.txt'), ' \n'.repeat(200_000));
    const r = spawnSync(process.execPath, [cli, 'check', dir], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, CORPUS_LENS_TODAY: '2026-11-23' } });
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /2 articles checked \(0 clean\): 3 errors, 200000 warnings/);
  });

  it('finishes at once with an include glob that made picomatch backtrack exponentially', () => {
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'include:\n  - "**/*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b.txt"\n');
    fs.writeFileSync(path.join(dir, `${'a'.repeat(40)}.txt`), ' date 2026-02-25 T\n\nA.\n');
    fs.writeFileSync(path.join(dir, `${'a'.repeat(40)}b.txt`), ' date 2026-02-25 T\n\nA.\n');
    const r = spawnSync(process.execPath, [cli, 'check', dir], { encoding: 'utf8', timeout: 10_000, env: { ...process.env, CORPUS_LENS_TODAY: '2026-11-23' } });
    assert.equal(r.signal, null, 'killed after 10 s: the glob hung the command');
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /a{40}b\.txt:1:1 warning file\/name /);
    assert.match(r.stdout, /^1 article checked/m);
  });

  describe('special files', function () {
    this.timeout(30_000);
    // Each of these blocked `check` forever (a FIFO) or read 1.15 GB (/dev/urandom) before.
    const runFor = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 10_000, env: { ...process.env, CORPUS_LENS_TODAY: '2026-11-23' } });

    it('reports a FIFO named like an article as unreadable, in a folder or by name', () => {
      const fifo = path.join(dir, '003_0123456789abcdef.txt');
      execFileSync('mkfifo', [fifo]);
      for (const target of [dir, fifo]) {
        const r = runFor(['check', target]);
        assert.equal(r.signal, null, 'killed after 10 s: check blocked on the FIFO');
        assert.match(r.stdout, /003_0123456789abcdef\.txt:1:1 error file\/unreadable Skipped: it is a named pipe \(FIFO\), not a regular file\./);
      }
    });

    it('reports a FIFO named corpus-lens.yaml and checks the articles with the defaults', () => {
      execFileSync('mkfifo', [path.join(dir, 'corpus-lens.yaml')]);
      const r = runFor(['check', dir]);
      assert.equal(r.signal, null, 'killed after 10 s: check blocked on the FIFO');
      assert.match(r.stdout, /corpus-lens\.yaml:1:1 error config\/invalid corpus-lens\.yaml cannot be read: it is a named pipe \(FIFO\), not a regular file; the default settings apply/);
      assert.match(r.stdout, /2 articles checked/);
    });

    it('reports registry files that are a FIFO or a device instead of reading them', () => {
      execFileSync('mkfifo', [path.join(dir, 'entities.yaml')]);
      const fifo = runFor(['entities', dir]);
      assert.equal(fifo.signal, null, 'killed after 10 s: entities blocked on the FIFO');
      assert.match(fifo.stderr + fifo.stdout, /entities\.yaml:\d+: error registry\/unreadable this registry file cannot be read: it is a named pipe \(FIFO\)/);
      assert.equal(runFor(['check', dir]).signal, null);
      fs.rmSync(path.join(dir, 'entities.yaml'));
      // Outside the corpus folder: refused before any read.
      fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'registry: [/dev/urandom]\n');
      const outside = runFor(['check', dir]);
      assert.equal(outside.signal, null, 'killed after 10 s: check read /dev/urandom');
      assert.match(outside.stdout, /corpus-lens\.yaml:1:12 error config\/invalid '\/dev\/urandom' lies outside the corpus folder/);
      // Inside it, but a link to a device: refused when read.
      fs.symlinkSync('/dev/urandom', path.join(dir, 'random.yaml'));
      fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'registry: [random.yaml]\n');
      const device = runFor(['entities', dir]);
      assert.equal(device.signal, null, 'killed after 10 s: entities read /dev/urandom');
      assert.match(device.stderr + device.stdout, /random\.yaml:\d+: error registry\/unreadable this registry file cannot be read: it is a character device/);
    });
  });

  it('says what is wrong with bad arguments', () => {
    const r = run(['check', '--format', 'xml', dir]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--format must be text or json/);
    assert.match(run(['check', path.join(dir, 'nope')]).stderr, /no such file or folder/);
  });

  it('judges the real corpus: 000 clean, 002 and 004 without header', function () {
    if (!hasSharedCorpus) this.skip();
    const json = JSON.parse(run(['check', '--format', 'json', sharedCorpus]).stdout);
    const codes = Object.fromEntries(json.files.map((f: { path: string; diagnostics: Array<{ code: string }> }) => [path.basename(f.path).slice(0, 3), f.diagnostics.map((d) => d.code).filter((c) => c.startsWith('header/'))]));
    assert.deepEqual(codes, { '000': [], '002': ['header/missing'], '004': ['header/missing'] });
  });

  it("prints the problems of the corpus's entities.yaml too", () => {
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'rules: {}\n');
    fs.writeFileSync(path.join(dir, 'entities.yaml'), 'entities:\n  - id: a\n    type: person\n    name: Nguyễn Văn A\n    colour: red\n');
    const r = run(['check', '.'], dir);
    assert.match(r.stdout, /^entities\.yaml:5:5 warning registry\/unknown-field /m);
  });

  it('says so, with exit status 2, when a folder holds no article (an include glob that matches nothing)', () => {
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'include:\n  - "**/*.text"\n');
    const r = run(['check', '.'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /\.: no articles there \(check the include and exclude globs/);
  });

  it('stops quietly when the reader of its output goes away (entities DIR | head)', async () => {
    for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(dir, `${String(i + 10).padStart(3, '0')}_${(0x1000000000000000n + BigInt(i)).toString(16)}.txt`), ` date 2026-02-25 Tin\n\n${'Tại Hà Nội và Đà Nẵng, dầu khí và giáo dục. '.repeat(20)}\n`);
    const child = spawn(process.execPath, [cli, 'entities', '--json', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stderr, /EPIPE|Error/);
  });

  it('does not read an article that is a link to a file outside the corpus folder', () => {
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'rules: {}\n');
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-outside-'));
    try {
      fs.writeFileSync(path.join(outside, 'passwd'), 'root:x:0:0:root:/root:/bin/bash\n');
      fs.symlinkSync(path.join(outside, 'passwd'), path.join(dir, '003_0123456789abcded.txt'));
      const r = run(['check', '--format', 'json', '.'], dir);
      const file = JSON.parse(r.stdout).files.find((f: { path: string }) => f.path.endsWith('003_0123456789abcded.txt'));
      assert.deepEqual(file.diagnostics.map((d: { code: string }) => d.code), ['file/unreadable']);
      assert.match(file.diagnostics[0].message, /a link to a file outside the corpus folder/);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('lists a file\'s first 1,000 problems one by one and counts the rest, in the totals too', () => {
    fs.rmSync(path.join(dir, '002_0123456789abcdee.txt'));
    // 1,500 lines ending in a space: a text/whitespace warning each, and the header's none.
    const lines = 1500;
    fs.writeFileSync(path.join(dir, '001_0123456789abcdef.txt'), ' date 2026-02-25 Tiêu đề\n\n' + Array.from({ length: lines }, (_, i) => `Dòng ${i}. \n`).join(''));
    const text = run(['check', dir]);
    assert.equal(text.status, 0, text.stderr);
    const listed = text.stdout.split('\n').filter((l) => / warning text\/whitespace /.test(l));
    assert.equal(listed.length, 1001);
    assert.match(listed[1000], new RegExp(`:${2 + 1000 + 1}:\\d+ warning text/whitespace ${lines - 1000} more text/whitespace problems from here on`));
    assert.match(text.stdout, new RegExp(`1 article checked \\(0 clean\\): 0 errors, ${lines} warnings`));
    const json = JSON.parse(run(['check', '--format', 'json', dir]).stdout);
    assert.deepEqual(json.summary, { files: 1, errors: 0, warnings: lines });
    const d = json.files[0].diagnostics;
    assert.equal(d.length, 1001);
    assert.deepEqual([d[999].count, d[1000].count], [undefined, lines - 1000]);
    assert.deepEqual(d[1000].range.start, { line: 2 + 1000, character: `Dòng 1000.`.length });
  });
});
