// How long the server's start-up scan takes per article, against a baseline measured in the
// same run: reading the same files and searching them for the registry's names with one
// RegExp per name family (roughly what a text search tool does). Not a test.
//
//   npx tsx bench/scan.ts [articles=2000]

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeArticle } from '../server/src/core/analyzeArticle';
import { loadRegistry } from '../server/src/core/entities/registry';
import { EntityIndex } from '../server/src/core/index/entityIndex';
import { CorpusChecks } from '../server/src/core/corpus/corpusChecks';
import { readBuiltinRegistrySources } from '../server/src/node/registryFiles';

const count = Number(process.argv[2] ?? 2000);
const samples = path.resolve(__dirname, '..', 'samples', 'corpus');
const templates = fs
  .readdirSync(samples)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => fs.readFileSync(path.join(samples, f), 'utf8'));

// Synthetic corpus: the sample articles, shuffled into longer texts, each one distinct.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-bench-'));
let bytes = 0;
for (let i = 0; i < count; i++) {
  const body = Array.from({ length: 6 }, (_, k) => templates[(i * 7 + k * 3) % templates.length].split('\n').slice(2).join('\n')).join('\n\n');
  const text = ` date 2026-0${1 + (i % 9)}-1${i % 10} Bài số ${i}\n\n${body}\nMã bài ${i}.\n`;
  const name = `${String(i).padStart(6, '0')}_${(0x1000000000000000n + BigInt(i) * 7919n).toString(16).slice(0, 16)}.txt`;
  fs.writeFileSync(path.join(dir, name), text);
  bytes += Buffer.byteLength(text);
}
const files = fs.readdirSync(dir).map((f) => path.join(dir, f));
const { registry } = loadRegistry(readBuiltinRegistrySources());
const names = registry.all().flatMap((e) => [e.name, ...e.aliases]).filter((n) => /^\p{Lu}/u.test(n));

function time(label: string, fn: () => void): number {
  fn(); // warm-up
  const t = performance.now();
  fn();
  const ms = performance.now() - t;
  console.log(`${label.padEnd(46)} ${ms.toFixed(0).padStart(7)} ms  ${((bytes / 1048576) / (ms / 1000)).toFixed(1).padStart(6)} MB/s`);
  return ms;
}

console.log(`${count} articles, ${(bytes / 1048576).toFixed(1)} MB, registry of ${registry.size} entities\n`);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const chunks: RegExp[] = [];
for (let i = 0; i < names.length; i += 200) chunks.push(new RegExp(names.slice(i, i + 200).map(escape).join('|'), 'gu'));
const baseline = time('baseline: read + search names (RegExp)', () => {
  let hits = 0;
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    for (const re of chunks) hits += text.match(re)?.length ?? 0;
  }
  if (hits === 0) throw new Error('baseline found nothing');
});
const rules = time('read + rules only', () => {
  for (const f of files) analyzeArticle(fs.readFileSync(f, 'utf8'), { today: '2026-11-23' });
});
const full = time('read + rules + entities + index + corpus checks', () => {
  const index = new EntityIndex();
  const checks = new CorpusChecks();
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    const a = analyzeArticle(text, { today: '2026-11-23', registry });
    index.setDocument(f, a.mentions, { date: a.article.date });
    checks.set(f, text);
  }
});
const one = fs.readFileSync(files[0], 'utf8');
const t = performance.now();
for (let i = 0; i < 50; i++) analyzeArticle(one + ' ', { today: '2026-11-23', registry });
const perEdit = (performance.now() - t) / 50;

console.log(`\nrules only: ${(rules / baseline).toFixed(2)}× the baseline; full scan: ${(full / baseline).toFixed(2)}× the baseline`);
console.log(`re-analysing one ${(Buffer.byteLength(one) / 1024).toFixed(1)} KB article on an edit: ${perEdit.toFixed(1)} ms`);
fs.rmSync(dir, { recursive: true, force: true });
