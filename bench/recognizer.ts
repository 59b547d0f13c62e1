// Throughput of one article's analysis on one thread, in MB/s of UTF-8 text: the recognizer
// alone, then the whole summary (parse, rules, recognizer, fingerprint) that a scan and a
// keystroke pay for. Text: the real articles and the VLSP news (tags stripped), one document
// at a time, as the engine sees them.
//
//   npx esbuild bench/recognizer.ts --bundle --platform=node --outfile=bench/.recognizer.js && NER_NO_MAIN=1 node bench/.recognizer.js [--rounds 3] [--only recognize]
// (--only LABEL: the runs whose label starts with LABEL, for a CPU profile of one of them)
// (bundled as the extension ships; tsx runs slower)

import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultConfig } from '../server/src/core/config/corpusConfig';
import { loadRegistry } from '../server/src/core/entities/registry';
import { recognizeEntities } from '../server/src/core/entities/recognize';
import { summarizeArticle } from '../server/src/core/summary/articleSummary';
import { readBuiltinRegistrySources } from '../server/src/node/registryFiles';
import { stripTags } from './ner';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1] || 3) || 3;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] ?? '' : '';
const shared = path.resolve(__dirname, '..', '..', 'shared');

function documents(): string[] {
  const out: string[] = [];
  // As the engine has them: decoded from the file's bytes, one flat string each (a string
  // built by concatenation stays a rope V8 reads more slowly).
  const asRead = (text: string) => Buffer.from(text, 'utf8').toString('utf8');
  const walk = (d: string) => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) out.push(fs.readFileSync(p, 'utf8'));
      else if (e.name.endsWith('.muc')) out.push(asRead(` date 2018-01-01 Tin\n\n${stripTags(fs.readFileSync(p, 'utf8')).text}`));
    }
  };
  walk(path.join(shared, 'corpus'));
  walk(path.join(shared, 'data', 'vlsp2018-tagged'));
  return out;
}

function main(): void {
  const docs = documents();
  if (!docs.length) {
    console.log(`(no text: ${shared} is not there)`);
    return;
  }
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d, 'utf8'), 0);
  const { registry } = loadRegistry(readBuiltinRegistrySources());
  registry.gazetteer();
  const config = defaultConfig();
  console.log(`${docs.length} documents, ${(bytes / 1e6).toFixed(1)} MB`);
  const run = (label: string, fn: (d: string) => void) => {
    if (!label.startsWith(only)) return;
    for (const d of docs.slice(0, 200)) fn(d); // warm up
    let best = Infinity;
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      for (const d of docs) fn(d);
      best = Math.min(best, performance.now() - t0);
    }
    console.log(`  ${label.padEnd(34)} ${best.toFixed(0).padStart(6)} ms  ${(bytes / 1e6 / (best / 1000)).toFixed(1).padStart(6)} MB/s`);
  };
  let sink = 0;
  run('recognizeEntities', (d) => (sink += recognizeEntities(d, registry).length));
  run('summarizeArticle (everything)', (d) => (sink += summarizeArticle(d, { path: '/c/001_0000000000000001.txt', config, today: '2026-11-28', registry }).length));
  if (sink < 0) console.log(sink);
}

main();
