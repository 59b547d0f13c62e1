import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../../support/sharedCorpus';

const cli = path.join(repoRoot, 'dist', 'cli.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CORPUS_LENS_TODAY: '2026-11-23' } });

describe('corpus-lens stats (dist/cli.js)', function () {
  this.timeout(30_000);
  before(function () {
    if (!fs.existsSync(cli)) execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'ignore' });
  });
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-stats-'));
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'rules: {}\n');
    // Two places (Hà Nội twice), one malformed header, one impossible date, one binary file.
    fs.writeFileSync(path.join(dir, '001_0123456789abcdef.txt'), ' date 2026-02-25 Tin một\n\nHôm nay trời đẹp ở Hà Nội.\n');
    fs.writeFileSync(path.join(dir, '002_0123456789abcdee.txt'), 'date: 2026-02-25 Tin hai\n\nNgày 31/2 ở Hà Nội.\n');
    fs.writeFileSync(path.join(dir, '003_0123456789abcded.txt'), Buffer.from([0x61, 0, 0x62, 0x0a]));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  /** `stats --json` of the folder, which must succeed. */
  const stats = (...args: string[]) => {
    const r = run(['stats', '--json', ...args, '.'], dir);
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout);
  };

  it('counts articles, mentions by type and problems by severity, and says where time went', () => {
    const r = run(['stats', '--json', '.'], dir);
    assert.equal(r.status, 0, r.stderr);
    const s = JSON.parse(r.stdout);
    assert.equal(s.articles, 3);
    assert.equal(s.unreadable, 1);
    assert.equal(s.mentions.place, 2);
    assert.equal(s.mentions.total, 2);
    assert.equal(s.entities.place, 1);
    assert.equal(s.problems.error, 3, 'header/malformed, date/impossible, the binary file');
    assert.ok(s.timings.totalMs >= s.timings.indexMs && s.timings.indexMs > 0);
    // Three files are analysed on the command's own thread, whatever the cores.
    assert.equal(s.jobs, 0);
    const text = run(['stats', '.'], dir);
    assert.match(text.stdout, /^articles +3 \(1 unreadable\)/m);
    assert.match(text.stdout, /^problems +3 errors/m);
  });

  it('with --cache, analyses only what changed since the last run', () => {
    const cache = ['--cache-location', path.join(dir, '.cache')];
    const first = JSON.parse(run(['stats', '--json', ...cache, '.'], dir).stdout);
    assert.equal(first.analysed, 2);
    const second = JSON.parse(run(['stats', '--json', ...cache, '.'], dir).stdout);
    assert.equal(second.analysed, 0);
    assert.equal(second.fromCache, 2);
    assert.deepEqual({ ...second.mentions, ...second.problems }, { ...first.mentions, ...first.problems });
    fs.appendFileSync(path.join(dir, '001_0123456789abcdef.txt'), 'Ở Hà Nội nữa.\n');
    const third = JSON.parse(run(['stats', '--json', ...cache, '.'], dir).stdout);
    assert.equal(third.analysed, 1);
    assert.equal(third.mentions.place, 3);
  });

  it('with --cache, reads the index of the last run back and applies only what changed on disk since', () => {
    const cache = ['--cache-location', path.join(dir, '.cache')];
    const counts = (s: Record<string, unknown>) => ({ articles: s.articles, unreadable: s.unreadable, mentions: s.mentions, entities: s.entities, problems: s.problems });
    const first = JSON.parse(run(['stats', '--json', ...cache, '.'], dir).stdout);
    assert.equal(first.fromIndex, 0);
    assert.ok(fs.readdirSync(path.join(dir, '.cache')).some((f) => f.startsWith('index-')), 'the index is saved beside the summaries');
    // Touched, not changed: the counts kept by the last run no longer hold, the index does.
    for (const f of ['001_0123456789abcdef.txt', '002_0123456789abcdee.txt']) fs.utimesSync(path.join(dir, f), new Date(), new Date(Date.now() + 5000));
    const second = JSON.parse(run(['stats', '--json', ...cache, '.'], dir).stdout);
    assert.equal(second.countsKept, undefined);
    assert.equal(second.fromIndex, 2, 'both readable articles come with the index');
    assert.deepEqual(counts(second), counts(first));
    // One article gone, one new, one edited: Hà Nội now in the new one and twice in the edited one.
    fs.rmSync(path.join(dir, '002_0123456789abcdee.txt'));
    fs.writeFileSync(path.join(dir, '004_0123456789abcdec.txt'), ' date 2026-02-26 Tin bốn\n\nMột ngày ở Đà Nẵng và Hà Nội.\n');
    fs.appendFileSync(path.join(dir, '001_0123456789abcdef.txt'), 'Ở Hà Nội nữa.\n');
    const third = JSON.parse(run(['stats', '--json', ...cache, '.'], dir).stdout);
    assert.equal(third.fromIndex, 0);
    assert.equal(third.analysed, 2);
    const fresh = JSON.parse(run(['stats', '--json', '.'], dir).stdout);
    assert.deepEqual(counts(third), counts(fresh));
    assert.deepEqual([fresh.articles, fresh.mentions.place, fresh.problems.error], [3, 4, 1], 'Hà Nội 3 times and Đà Nẵng; only the binary file is an error now');
    const fourth = JSON.parse(run(['stats', '--json', ...cache, '.'], dir).stdout);
    assert.equal(fourth.fromIndex, 2);
    assert.deepEqual(counts(fourth), counts(fresh));
    // A part of the corpus neither uses nor replaces the index of the whole.
    const part = JSON.parse(run(['stats', '--json', ...cache, '001_0123456789abcdef.txt'], dir).stdout);
    assert.deepEqual([part.articles, part.fromIndex, part.mentions.place], [1, 0, 2]);
    assert.deepEqual(counts(JSON.parse(run(['stats', '--json', ...cache, '.'], dir).stdout)), counts(fresh));
  });

  it('with --cache, keeps the problem totals with the saved index, and counts again when the severities or an article change', () => {
    const cache = ['--cache-location', path.join(dir, '.cache')];
    const first = stats(...cache);
    assert.equal(first.problemsKept, undefined);
    const second = stats(...cache);
    assert.equal(second.problemsKept, true, 'nothing changed: the totals counted last time');
    assert.deepEqual(second.problems, first.problems);
    assert.deepEqual(first.problems, stats().problems);
    // The malformed header a warning now: the same index, other severities.
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'rules:\n  header/malformed: warning\n');
    const third = stats(...cache);
    assert.equal(third.problemsKept, undefined);
    assert.deepEqual(third.problems, { ...first.problems, error: first.problems.error - 1, warning: first.problems.warning + 1 });
    assert.deepEqual(third.problems, stats().problems);
    assert.equal(stats(...cache).problemsKept, true);
    // A second impossible date in an article.
    fs.appendFileSync(path.join(dir, '002_0123456789abcdee.txt'), 'Rồi ngày 30/2 nữa.\n');
    const fifth = stats(...cache);
    assert.equal(fifth.problemsKept, undefined);
    assert.equal(fifth.problems.error, third.problems.error + 1);
    assert.deepEqual(fifth.problems, stats().problems);
  });

  it('with --cache, gives the counts the last run kept when nothing changed, and counts again when anything did', () => {
    const cache = ['--cache-location', path.join(dir, '.cache')];
    const counts = (s: Record<string, unknown>) => ({ articles: s.articles, unreadable: s.unreadable, bytes: s.bytes, mentions: s.mentions, entities: s.entities, problems: s.problems });
    const stats = (today: string, ...args: string[]) => {
      const r = spawnSync(process.execPath, [cli, 'stats', '--json', ...args, '.'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CORPUS_LENS_TODAY: today } });
      assert.equal(r.status, 0, r.stderr);
      return JSON.parse(r.stdout);
    };
    // An article dated after today: its future-date warning lasts only until that day.
    fs.writeFileSync(path.join(dir, '004_0123456789abcdec.txt'), ' date 2026-12-01 Tin bốn\n\nÔng Lưu Quang Vịnh đến Đà Nẵng.\n');
    const first = stats('2026-11-23', ...cache);
    assert.equal(first.countsKept, undefined);
    const second = stats('2026-11-23', ...cache);
    assert.equal(second.countsKept, true, 'nothing changed');
    assert.deepEqual([second.analysed, second.fromCache], [0, 3]);
    assert.deepEqual(counts(second), counts(first));
    assert.deepEqual(counts(first), counts(stats('2026-11-23')));
    // Another day, after the article's date: the warning is gone, the counts are made again.
    const later = stats('2026-12-05', ...cache);
    assert.equal(later.countsKept, undefined);
    assert.equal(later.problems.warning, first.problems.warning - 1, 'the date is no longer in the future');
    assert.deepEqual(counts(later), counts(stats('2026-12-05')));
    // A registry file the corpus did not have: Lưu Quang Vịnh becomes a known entity.
    assert.equal(stats('2026-12-05', ...cache).countsKept, true);
    fs.writeFileSync(path.join(dir, 'entities.yaml'), 'entities:\n  - id: luu-quang-vinh\n    type: person\n    name: Lưu Quang Vịnh\n');
    const registry = stats('2026-12-05', ...cache);
    assert.equal(registry.countsKept, undefined);
    assert.deepEqual([registry.entities.known, registry.entities.unknown], [later.entities.known + 1, later.entities.unknown - 1]);
    assert.deepEqual(counts(registry), counts(stats('2026-12-05')));
    // A new article, and one gone.
    fs.writeFileSync(path.join(dir, '005_0123456789abcdeb.txt'), ' date 2026-02-27 Tin năm\n\nỞ Huế.\n');
    fs.rmSync(path.join(dir, '002_0123456789abcdee.txt'));
    const moved = stats('2026-12-05', ...cache);
    assert.equal(moved.countsKept, undefined);
    assert.deepEqual(counts(moved), counts(stats('2026-12-05')));
    assert.equal(moved.articles, 4);
    assert.equal(stats('2026-12-05', ...cache).countsKept, true);
    // A damaged file of kept counts is ignored.
    const kept = fs.readdirSync(path.join(dir, '.cache')).filter((f) => f.startsWith('counts-'));
    assert.equal(kept.length, 1);
    fs.writeFileSync(path.join(dir, '.cache', kept[0]), '{"format":1,"key":');
    const damaged = stats('2026-12-05', ...cache);
    assert.equal(damaged.countsKept, undefined);
    assert.deepEqual(counts(damaged), counts(moved));
  });

  it('with --cache, counts again only the problems of the articles a change touched, and the totals match a run without cache', () => {
    const cache = ['--cache-location', path.join(dir, '.cache')];
    const body = (i: number) => Array.from({ length: 40 }, (_, w) => `từ${(i * 7 + w) % 23}`).join(' ') + ` bài ${i}.`;
    for (let i = 4; i <= 9; i++) fs.writeFileSync(path.join(dir, `00${i}_0123456789abcd0${i}.txt`), ` date 2026-02-2${i - 3} Tin ${i}\n\n${body(i)}\n`);
    const first = stats(...cache);
    assert.equal(first.problemsCounted, 8, 'every readable article');
    // One article edited: its problems alone are counted again.
    fs.appendFileSync(path.join(dir, '002_0123456789abcdee.txt'), 'Rồi ngày 30/2 nữa.\n');
    const second = stats(...cache);
    assert.equal(second.problemsCounted, 1);
    assert.deepEqual(second.problems, stats().problems);
    assert.equal(second.problems.error, first.problems.error + 1);
    // A new article with another's body: both are now duplicates, the other one untouched on disk.
    fs.writeFileSync(path.join(dir, '010_0123456789abcd10.txt'), ` date 2026-02-28 Tin 10\n\n${body(5)}\n`);
    const third = stats(...cache);
    assert.equal(third.problemsCounted, 2, 'the new article and the one it duplicates');
    assert.deepEqual(third.problems, stats().problems);
    assert.ok(third.problems.warning + third.problems.information + third.problems.error > second.problems.warning + second.problems.information + second.problems.error, 'the duplicate is reported');
    // The duplicate gone again: the other article's problem goes with it.
    fs.rmSync(path.join(dir, '010_0123456789abcd10.txt'));
    const fourth = stats(...cache);
    assert.deepEqual(fourth.problems, second.problems);
    assert.deepEqual(fourth.problems, stats().problems);
  });

  it('with --cache, leaves the saved index as it was after a change to one article in a hundred, and the next run applies it again', () => {
    const cache = ['--cache-location', path.join(dir, '.cache')];
    const counts = (s: Record<string, unknown>) => ({ articles: s.articles, unreadable: s.unreadable, mentions: s.mentions, entities: s.entities, problems: s.problems });
    const name = (i: number) => `${String(i).padStart(3, '0')}_${(0x1000000000000000n + BigInt(i)).toString(16)}.txt`;
    fs.rmSync(path.join(dir, '003_0123456789abcded.txt'));
    for (let i = 10; i < 200; i++) fs.writeFileSync(path.join(dir, name(i)), ` date 2026-02-25 Tin ${i}\n\nBài ${i} viết ở Huế, ngày ${(i % 28) + 1}/3.\n`);
    stats(...cache);
    const indexFile = fs.readdirSync(path.join(dir, '.cache')).find((f) => f.startsWith('index-'))!;
    const saved = fs.readFileSync(path.join(dir, '.cache', indexFile));
    // One article of 192 gains a place and an impossible date.
    fs.appendFileSync(path.join(dir, name(50)), 'Rồi ngày 31/2 ở Hà Nội.\n');
    const edited = stats(...cache);
    assert.deepEqual([edited.analysed, edited.problemsCounted], [1, 1]);
    assert.deepEqual(counts(edited), counts(stats()));
    assert.ok(saved.equals(fs.readFileSync(path.join(dir, '.cache', indexFile))), 'the index on disk is the one saved before the edit');
    // The next run (an article touched, so that the kept counts do not answer) reads that index
    // back, applies the edited article's summary from the cache again and counts its problems.
    fs.utimesSync(path.join(dir, name(60)), new Date(), new Date(Date.now() + 5000));
    const next = stats(...cache);
    assert.deepEqual([next.analysed, next.fromCache, next.fromIndex, next.problemsCounted], [0, 192, 191, 1]);
    assert.deepEqual(counts(next), counts(edited));
    // Two more edited articles (3 of 192): the index is saved with all three.
    fs.appendFileSync(path.join(dir, name(70)), 'Thêm một câu.\n');
    fs.appendFileSync(path.join(dir, name(80)), 'Thêm một câu.\n');
    const three = stats(...cache);
    assert.ok(!saved.equals(fs.readFileSync(path.join(dir, '.cache', indexFile))), 'saved again');
    fs.utimesSync(path.join(dir, name(60)), new Date(), new Date(Date.now() + 9000));
    const after = stats(...cache);
    assert.deepEqual([after.analysed, after.fromIndex, after.problemsKept], [0, 192, true]);
    assert.deepEqual(counts(after), counts(three));
    assert.deepEqual(counts(after), counts(stats()));
  });

  it('counts a million problems of one file exactly without holding them: a peak like a small corpus\'s', () => {
    // 2 MB of blank lines holding a space: a text/whitespace warning each, a million (the other
    // articles have none). Holding each one took a peak of 1 GB and 16 s.
    const lines = 1_000_000;
    fs.writeFileSync(path.join(dir, '004_0123456789abcdec.txt'), ' \n'.repeat(lines));
    const s = stats();
    assert.equal(s.problems.warning, lines);
    assert.ok(s.maxRssMb < 400, `peak ${s.maxRssMb} MB`);
  });

  it('refuses a bad --jobs value with a usage message', () => {
    const r = run(['stats', '--jobs', 'many', '.'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--jobs takes a whole number/);
  });
});
