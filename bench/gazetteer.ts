// Gazetteer throughput against baselines, in MB/s of UTF-8 text.
//
//   npx tsx bench/gazetteer.ts [--mb 64] [--synthetic 100000]
// (tsx runs it slower than the esbuild bundle the extension ships; for figures comparable to
// production: npx esbuild bench/gazetteer.ts --bundle --platform=node --outfile=bench/.gz.js &&
// NER_NO_MAIN=1 node bench/.gz.js)
//
// Text: the shared corpus and the VLSP news (tags stripped) repeated to --mb megabytes.
// Patterns: the built-in registry (+ ICU country names), plus --synthetic generated
// Vietnamese-shaped names to show the cost of a big registry.
// Baselines in the same run: a bare charCodeAt loop (the floor of any scan in V8) and a
// RegExp alternation of the same patterns (the approach the gazetteer replaces).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Gazetteer, type GazetteerPattern } from '../server/src/core/entities/gazetteer';
import { loadRegistry } from '../server/src/core/entities/registry';
import { readBuiltinRegistrySources } from '../server/src/node/registryFiles';
import { stripTags } from './ner';

const args = process.argv.slice(2);
const opt = (name: string, def: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const targetMb = opt('--mb', 64);
const synthetic = opt('--synthetic', 100000);

const repoRoot = path.resolve(__dirname, '..');
const shared = path.resolve(repoRoot, '..', 'shared');

function sampleText(): string {
  const parts: string[] = [];
  const walk = (d: string) => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) parts.push(fs.readFileSync(p, 'utf8'));
      else if (e.name.endsWith('.muc')) parts.push(stripTags(fs.readFileSync(p, 'utf8')).text);
    }
  };
  walk(path.join(shared, 'corpus'));
  walk(path.join(shared, 'data', 'vlsp2018-tagged'));
  if (parts.length === 0) parts.push('Bộ trưởng Ngoại giao Lê Hoài Trung gặp Tổng thống Vladimir Putin tại Điện Kremlin về hợp tác khoa học - công nghệ.\n');
  const one = parts.join('\n\n');
  const bytes = Buffer.byteLength(one, 'utf8');
  return one.repeat(Math.max(1, Math.ceil((targetMb * 1e6) / bytes)));
}

function syntheticNames(n: number): GazetteerPattern[] {
  const fam = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
  const mid = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Xuân', 'Hoài', 'Thu', 'Kim', 'Anh', 'Công'];
  const giv = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hằng', 'Hòa', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Phong', 'Quang', 'Sơn', 'Tâm', 'Thảo', 'Trung', 'Tú', 'Tuấn', 'Việt', 'Yến'];
  const out: GazetteerPattern[] = [];
  let k = 0;
  for (const f of fam) for (const m of mid) for (const m2 of ['', ...mid]) for (const g of giv) {
    if (out.length >= n) return out;
    out.push({ text: [f, m, m2, g].filter(Boolean).join(' '), entityId: `syn-${k++}`, type: 'person', caseSensitive: true });
  }
  return out;
}

function time<T>(label: string, bytes: number, fn: () => T, repeat = 3): { mbps: number; result: T } {
  let best = Infinity;
  let result!: T;
  fn(); // warm up
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    result = fn();
    best = Math.min(best, performance.now() - t0);
  }
  const mbps = bytes / 1e6 / (best / 1000);
  console.log(`  ${label.padEnd(46)} ${best.toFixed(0).padStart(6)} ms  ${mbps.toFixed(0).padStart(6)} MB/s`);
  return { mbps, result };
}

function main() {
  const text = sampleText();
  const bytes = Buffer.byteLength(text, 'utf8');
  const { registry } = loadRegistry(readBuiltinRegistrySources());
  const registryPatterns = [...registry.patterns()];
  console.log(`text: ${(bytes / 1e6).toFixed(1)} MB UTF-8 (${(text.length / 1e6).toFixed(1)}M UTF-16 units)`);

  console.log(`\nbaseline`);
  time('charCodeAt loop (sum of code units)', bytes, () => {
    let s = 0;
    for (let i = 0; i < text.length; i++) s = (s + text.charCodeAt(i)) | 0;
    return s;
  });

  for (const [label, patterns] of [
    [`registry (${registryPatterns.length} surface forms)`, registryPatterns],
    [`registry + ${synthetic} synthetic names`, [...registryPatterns, ...syntheticNames(synthetic)]],
  ] as const) {
    const t0 = performance.now();
    const g = Gazetteer.build(patterns);
    console.log(`\n${label}: built in ${(performance.now() - t0).toFixed(0)} ms`);
    const r = time('gazetteer.scan', bytes, () => g.scan(text).length);
    console.log(`  ${r.result} matches`);
  }

  // The RegExp alternation is far slower: measure it on a slice and scale.
  const slice = text.slice(0, Math.min(text.length, 4_000_000));
  const sliceBytes = Buffer.byteLength(slice, 'utf8');
  const escaped = registryPatterns
    .map((p) => p.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  console.log(`\nRegExp alternation of the registry (${escaped.length} alternatives), on ${(sliceBytes / 1e6).toFixed(1)} MB`);
  time('RegExp.exec loop', sliceBytes, () => {
    let n = 0;
    re.lastIndex = 0;
    while (re.exec(slice)) n++;
    return n;
  }, 1);
}

main();
