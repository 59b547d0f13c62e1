// corpus-lens export on the sample corpus, the real articles and a corpus written here: every
// format read back gives the same names over the same text as the index holds
// (`entities --json`), with offsets that survive characters outside the BMP.

import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readBrat } from '../../../server/src/core/export/brat';
import { alignTokens, readConll, spansOfTags } from '../../../server/src/core/export/conll';
import { exportTextStart } from '../../../server/src/core/export/exportDocument';
import { readJsonlLine } from '../../../server/src/core/export/jsonl';
import { hasSharedCorpus, repoRoot, sharedCorpus } from '../../support/sharedCorpus';

const cli = path.join(repoRoot, 'dist', 'cli.js');
const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, CORPUS_LENS_TODAY: '2026-11-28' } });
type Span = [number, number, string, string]; // start, end (UTF-16, article text), label, surface
const LABEL: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };

/** What the index holds, from `entities --json`: outer names of the labelled types, in article offsets. */
function indexed(corpus: string, nested: 'outer' | 'all'): Map<string, Span[]> {
  const r = run(['entities', '--json', corpus]);
  assert.equal(r.status, 0, r.stderr);
  const out = new Map<string, Span[]>();
  for (const d of JSON.parse(r.stdout).documents as Array<{ path: string; mentions: Array<{ start: number; end: number; text: string; type: string }> }>) {
    const spans = d.mentions.filter((m) => LABEL[m.type]).sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: typeof spans = [];
    for (const m of spans) if (nested === 'all' || !kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
    out.set(path.basename(d.path), kept.map((m) => [m.start, m.end, LABEL[m.type], m.text]));
  }
  return out;
}

/** The exported text starts at the title: back to article offsets. */
function inArticle(article: string, text: string, spans: Array<[number, number, string]>): Span[] {
  const offset = article.length - text.length;
  assert.equal(article.slice(offset), text, 'the text is the article from its title on');
  return spans.map(([s, e, l]) => [s + offset, e + offset, l, article.slice(s + offset, e + offset)]);
}

function exportAndReadBack(corpus: string, format: 'jsonl' | 'conll' | 'brat', extra: string[] = []): Map<string, Span[]> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `corpus-lens-export-${format}-`));
  try {
    const r = run(['export', '--format', format, '--out', out, ...extra, corpus]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, new RegExp(`Exported \\d+ articles? with \\d+ names as ${format}`));
    const read = new Map<string, Span[]>();
    const articleOf = (p: string) => fs.readFileSync(path.join(corpus, p), 'utf8');
    if (format === 'jsonl') {
      fs.readFileSync(path.join(out, 'articles.jsonl'), 'utf8').trimEnd().split('\n').forEach((line, i) => {
        const d = readJsonlLine(line, `articles.jsonl:${i + 1}`);
        const article = articleOf(d.path);
        for (const s of d.spans) assert.equal(s.text, d.text.slice(s.start, s.end));
        read.set(path.basename(d.path), inArticle(article, d.text, d.spans.map((s) => [s.start, s.end, s.label])));
      });
    } else if (format === 'brat') {
      for (const f of fs.readdirSync(out).filter((x) => x.endsWith('.ann'))) {
        const txt = fs.readFileSync(path.join(out, f.replace(/\.ann$/, '.txt')), 'utf8');
        const d = readBrat(txt, fs.readFileSync(path.join(out, f), 'utf8'), f);
        read.set(f.replace(/\.ann$/, '.txt'), inArticle(articleOf(f.replace(/\.ann$/, '.txt')), txt, d.spans.map((s) => [s.start, s.end, s.label])));
      }
      assert.match(fs.readFileSync(path.join(out, 'annotation.conf'), 'utf8'), /^\[entities\]\nPER\nORG\nLOC\n/);
    } else {
      const docs = readConll(fs.readFileSync(path.join(out, 'articles.conll'), 'utf8'), 'articles.conll');
      const names = fs.readFileSync(path.join(out, 'documents.tsv'), 'utf8').trimEnd().split('\n').slice(1).map((l) => l.split('\t')[1]);
      assert.equal(docs.length, names.length, 'one -DOCSTART- per article named in documents.tsv');
      docs.forEach((d, i) => {
        const article = articleOf(names[i]);
        const offset = exportTextStart(article);
        const tokens = alignTokens(article.slice(offset), d.tokens);
        assert.ok(tokens, `${names[i]}: every token is in the text, in order`);
        read.set(names[i], inArticle(article, article.slice(offset), spansOfTags(d.tags).map(([a, b, l]) => [tokens[a].start, tokens[b - 1].end, l])));
      });
    }
    return read;
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

describe('corpus-lens export (dist/cli.js)', function () {
  this.timeout(60_000);
  before(() => {
    if (!fs.existsSync(cli)) execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'ignore' });
  });

  const corpora: Array<[string, () => string]> = [
    ['the sample corpus', () => path.join(repoRoot, 'samples', 'corpus')],
    ['the real articles', () => sharedCorpus],
  ];
  for (const [name, dir] of corpora) {
    for (const format of ['jsonl', 'conll', 'brat'] as const) {
      it(`${format}: reads back to the index's names on ${name}`, function () {
        if (name === 'the real articles' && !hasSharedCorpus) {
          console.log(`      (skipped: ${sharedCorpus} is not there, so the real articles cannot be read)`);
          this.skip();
        }
        const expected = indexed(dir(), format === 'brat' ? 'all' : 'outer');
        const got = exportAndReadBack(dir(), format);
        assert.ok([...expected.values()].some((s) => s.length > 0), 'the corpus has names');
        assert.deepEqual([...got.keys()].sort(), [...expected.keys()].sort());
        for (const [file, spans] of expected) {
          assert.deepEqual(got.get(file), spans, file);
        }
      });
    }
  }

  it('keeps offsets right past characters outside the BMP, in every format', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-export-bmp-'));
    try {
      fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'rules: {}\n');
      fs.writeFileSync(path.join(dir, 'entities.yaml'), 'entities:\n  - id: tran-van-b\n    type: person\n    name: Trần Văn Bình\n');
      const article = ' date 2026-03-01 Tin 𝕏\n\nSáng nay 🙂🙂, ông Trần Văn Bình tới Hà Nội 𝕏.\n';
      fs.writeFileSync(path.join(dir, '001_00000000000000a1.txt'), article);
      const name = (s: string) => [article.indexOf(s), article.indexOf(s) + s.length];
      const expected = [[...name('Trần Văn Bình'), 'PER', 'Trần Văn Bình'], [...name('Hà Nội'), 'LOC', 'Hà Nội']];
      for (const format of ['jsonl', 'conll', 'brat'] as const) assert.deepEqual(exportAndReadBack(dir, format).get('001_00000000000000a1.txt'), expected, format);
      // Python's view of the JSONL: code points.
      const out = path.join(dir, '..', path.basename(dir) + '-out');
      assert.equal(run(['export', '--format', 'jsonl', '--out', out, dir]).status, 0);
      const line = JSON.parse(fs.readFileSync(path.join(out, 'articles.jsonl'), 'utf8'));
      const [s, e] = line.entities[0];
      assert.equal([...line.text].slice(s, e).join(''), 'Trần Văn Bình');
      fs.rmSync(out, { recursive: true, force: true });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("speaks the corpus's language", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-export-vi-'));
    try {
      fs.mkdirSync(path.join(dir, 'c'));
      fs.writeFileSync(path.join(dir, 'c', 'corpus-lens.yaml'), 'language: vi\n');
      fs.writeFileSync(path.join(dir, 'c', '001_00000000000000a1.txt'), ' date 2026-03-01 Tin\n\nÔng Vladimir Putin tới Hà Nội.\n');
      const r = run(['export', '--format', 'jsonl', '--out', path.join(dir, 'out'), path.join(dir, 'c')]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /^Đã xuất 1 bài báo với 2 tên riêng dạng jsonl vào .* trong [\d.]+ giây\n$/);
      const refused = run(['export', '--format', 'brat', '--out', path.join(dir, 'c', 'brat'), path.join(dir, 'c')]);
      assert.match(refused.stderr, /nằm trong kho ngữ liệu/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('entities --json marks a name inside a longer one as nested', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-nested-'));
    try {
      fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'rules: {}\n');
      fs.writeFileSync(path.join(dir, 'entities.yaml'), 'entities:\n  - id: ubnd-hn\n    type: organization\n    name: UBND Hà Nội\n');
      fs.writeFileSync(path.join(dir, '001_00000000000000a1.txt'), ' date 2026-03-01 Tin\n\nUBND Hà Nội họp. Hà Nội mưa.\n');
      const r = run(['entities', '--json', dir]);
      const mentions = JSON.parse(r.stdout).documents[0].mentions as Array<{ text: string; nested?: boolean }>;
      assert.deepEqual(mentions.map((m) => [m.text, m.nested ?? false]), [['UBND Hà Nội', false], ['Hà Nội', true], ['Hà Nội', false]]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses what cannot be right, saying why, and never touches the articles', () => {
    const corpus = path.join(repoRoot, 'samples', 'corpus');
    const before = fs.readdirSync(corpus).map((f) => [f, fs.statSync(path.join(corpus, f)).mtimeMs]);
    const inside = run(['export', '--format', 'brat', '--out', path.join(corpus, 'brat'), corpus]);
    assert.equal(inside.status, 2);
    assert.match(inside.stderr, /inside the corpus .*brat's \.txt files would become articles of it/);
    assert.match(run(['export', '--format', 'conll', '--nested', 'all', '--out', os.tmpdir(), corpus]).stderr, /CoNLL has one tag per token/);
    // A folder that holds corpora: brat's files would land on their articles.
    const holder = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-holder-'));
    try {
      for (const c of ['c1', 'c2']) {
        fs.mkdirSync(path.join(holder, c));
        fs.writeFileSync(path.join(holder, c, 'corpus-lens.yaml'), 'rules: {}\n');
        fs.writeFileSync(path.join(holder, c, '001_00000000000000a1.txt'), ' date 2026-03-01 Tin\n\nHà Nội.\n');
      }
      const r = run(['export', '--format', 'brat', '--out', holder, path.join(holder, 'c1'), path.join(holder, 'c2')]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /holds the corpus/);
      assert.equal(fs.readFileSync(path.join(holder, 'c1', '001_00000000000000a1.txt'), 'utf8'), ' date 2026-03-01 Tin\n\nHà Nội.\n');
    } finally {
      fs.rmSync(holder, { recursive: true, force: true });
    }
    assert.match(run(['export', '--format', 'spacy', '--out', os.tmpdir(), corpus]).stderr, /--format is jsonl, conll or brat, not 'spacy'/);
    assert.match(run(['export', '--format', 'jsonl', corpus]).stderr, /export needs --out DIR/);
    assert.deepEqual(fs.readdirSync(corpus).map((f) => [f, fs.statSync(path.join(corpus, f)).mtimeMs]), before);
  });
});
