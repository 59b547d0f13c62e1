// corpus-lens import: an export corrected by an annotator (a name added, a spelling tied to a
// registry entry) comes back as registry entries, shown as a diff first, then written, and
// the corpus then recognises the names.

import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../../support/sharedCorpus';

const cli = path.join(repoRoot, 'dist', 'cli.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CORPUS_LENS_TODAY: '2026-11-28' } });
// The person is in a second registry file: the entries go to the first one.
const PEOPLE = 'entities:\n  - id: tran-van-b\n    type: person\n    name: Trần Văn Bình\n';
const REGISTRY = '# Our additions\nentities:\n  - id: ubnd-xa-a\n    type: organization\n    name: UBND xã An Phú\n';
const ARTICLE = ' date 2026-03-01 Tin\n\nÔng Trần Văn Bình gặp bà Đỗ Thị Hoa 🙂. Sau đó Tran Van Binh về.\n';

describe('corpus-lens import (dist/cli.js)', function () {
  this.timeout(60_000);
  let dir: string;
  let corpus: string;
  before(() => {
    if (!fs.existsSync(cli)) execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'ignore' });
  });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-import-'));
    corpus = path.join(dir, 'corpus');
    fs.mkdirSync(corpus);
    fs.writeFileSync(path.join(corpus, 'corpus-lens.yaml'), 'registry: [entities.yaml, people.yaml]\n');
    fs.writeFileSync(path.join(corpus, 'entities.yaml'), REGISTRY);
    fs.writeFileSync(path.join(corpus, 'people.yaml'), PEOPLE);
    fs.writeFileSync(path.join(corpus, '001_00000000000000a1.txt'), ARTICLE);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const format of ['jsonl', 'brat'] as const) {
    it(`${format}: shows the entries a corrected export adds, writes them on --write, and the corpus knows the names`, () => {
      const out = path.join(dir, 'out');
      assert.equal(run(['export', '--format', format, '--out', out, corpus], dir).status, 0);
      // The annotator marks the woman and ties the unaccented spelling to the registry entry.
      const hoa = ARTICLE.indexOf('Đỗ Thị Hoa');
      const binh = ARTICLE.indexOf('Tran Van Binh');
      const offset = ARTICLE.indexOf('Tin');
      const cp = (utf16: number) => [...ARTICLE.slice(offset, utf16)].length;
      if (format === 'jsonl') {
        const file = path.join(out, 'articles.jsonl');
        const line = JSON.parse(fs.readFileSync(file, 'utf8'));
        line.spans.push({ start: cp(hoa), end: cp(hoa) + 10, label: 'PER', text: 'Đỗ Thị Hoa', entity: null });
        line.spans.push({ start: cp(binh), end: cp(binh) + 13, label: 'PER', text: 'Tran Van Binh', entity: 'tran-van-b' });
        fs.writeFileSync(file, JSON.stringify(line) + '\n');
      } else {
        const file = path.join(out, '001_00000000000000a1.ann');
        fs.appendFileSync(file, `T90\tPER ${cp(hoa)} ${cp(hoa) + 10}\tĐỗ Thị Hoa\nT91\tPER ${cp(binh)} ${cp(binh) + 13}\tTran Van Binh\n#90\tAnnotatorNotes T91\tcorpus-lens:tran-van-b\n`);
      }
      const target = format === 'jsonl' ? path.join(out, 'articles.jsonl') : out;
      const dry = run(['import', '--format', format, '--corpus', corpus, target], dir);
      assert.equal(dry.status, 0, dry.stderr);
      assert.match(dry.stdout, /^\+  - id: do-thi-hoa\n\+    type: person\n\+    name: Đỗ Thị Hoa$/m);
      assert.match(dry.stdout, /^\+  - id: tran-van-b\n\+    type: person\n\+    name: Trần Văn Bình\n\+    aliases: \[ Tran Van Binh \]$/m);
      assert.match(dry.stderr, /1 new entries, 1 entries with new aliases/);
      assert.match(dry.stderr, /Nothing written: run again with --write/);
      assert.equal(fs.readFileSync(path.join(corpus, 'entities.yaml'), 'utf8'), REGISTRY, 'a dry run writes nothing');

      assert.equal(run(['import', '--format', format, '--write', '--corpus', corpus, target], dir).status, 0);
      const written = fs.readFileSync(path.join(corpus, 'entities.yaml'), 'utf8');
      assert.ok(written.startsWith(REGISTRY), 'the file before the new entries is kept');
      const mentions = JSON.parse(run(['entities', '--json', corpus], dir).stdout).documents[0].mentions as Array<{ text: string; entity: string | null }>;
      assert.deepEqual(mentions.filter((m) => m.entity).map((m) => [m.text, m.entity]), [['Trần Văn Bình', 'tran-van-b'], ['Đỗ Thị Hoa', 'do-thi-hoa'], ['Tran Van Binh', 'tran-van-b']]);
      // Imported again: nothing left to add.
      const again = run(['import', '--format', format, '--corpus', corpus, target], dir);
      assert.equal(again.stdout, '');
      assert.match(again.stderr, /0 new entries, 0 entries with new aliases/);
    });
  }

  it('writes into entities: [], refuses a registry it cannot add to, and writes through a link keeping the mode', () => {
    const jsonl = path.join(dir, 'new.jsonl');
    fs.writeFileSync(jsonl, JSON.stringify({ text: 'Bà Đỗ Thị Hoa nói.', entities: [[3, 13, 'PER']] }) + '\n');
    // A registry already broken (an unclosed list): nothing appended to it, the entries shown.
    const broken = 'entities:\n  - id: a\n    type: person\n    name: [A\n';
    fs.writeFileSync(path.join(corpus, 'entities.yaml'), broken);
    const refused = run(['import', '--format', 'jsonl', '--write', '--corpus', corpus, jsonl], dir);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /cannot be appended/);
    assert.match(refused.stdout, /name: Đỗ Thị Hoa/);
    assert.equal(fs.readFileSync(path.join(corpus, 'entities.yaml'), 'utf8'), broken);
    // `entities: []` is written into.
    fs.writeFileSync(path.join(corpus, 'entities.yaml'), 'entities: []\n');
    assert.equal(run(['import', '--format', 'jsonl', '--write', '--corpus', corpus, jsonl], dir).status, 0);
    assert.equal(fs.readFileSync(path.join(corpus, 'entities.yaml'), 'utf8'), 'entities:\n  - id: do-thi-hoa\n    type: person\n    name: Đỗ Thị Hoa\n');
    // entities.yaml a link to a shared file of mode 0640: written through, mode kept.
    const shared = path.join(dir, 'shared.yaml');
    fs.writeFileSync(shared, REGISTRY, { mode: 0o640 });
    fs.rmSync(path.join(corpus, 'entities.yaml'));
    fs.symlinkSync(shared, path.join(corpus, 'entities.yaml'));
    assert.equal(run(['import', '--format', 'jsonl', '--write', '--corpus', corpus, jsonl], dir).status, 0);
    assert.ok(fs.lstatSync(path.join(corpus, 'entities.yaml')).isSymbolicLink());
    assert.match(fs.readFileSync(shared, 'utf8'), /name: Đỗ Thị Hoa/);
    assert.equal(fs.statSync(shared).mode & 0o777, 0o640);
  });

  it('says what is wrong with an annotation file', () => {
    const bad = path.join(dir, 'bad.jsonl');
    fs.writeFileSync(bad, '{"text": "ab", "entities": [[0, 9, "PER"]]}\n');
    const r = run(['import', '--format', 'jsonl', '--corpus', corpus, bad], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /bad\.jsonl:1: end 9 is not a place in the text/);
  });
});
