// Scores the entity recognizer on the VLSP-2018 tagged news (research data kept outside the repo).
//
//   npm run bench:ner               train and dev
//   npm run bench:ner -- --dev      dev only (--train: train only)
//   npm run bench:ner -- --dev --errors 40 --type person   more misses for one type
//
// Gold: <ENAMEX TYPE="…"> tags (nested ones too) stripped from the text; PERSON → person,
// LOCATION → place, ORGANIZATION → organization, MISCELLANEOUS ignored. A gold mention is
// found when a predicted mention of the same type overlaps it; a prediction is a false
// alarm when it overlaps no gold mention of its type. Sectors and events are not scored.
// A capitalised-words baseline is scored in the same run for reference.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadRegistry } from '../server/src/core/entities/registry';
import { recognizeEntities } from '../server/src/core/entities/recognize';
import type { EntityType } from '../server/src/core/entities/types';
import { readBuiltinRegistrySources } from '../server/src/node/registryFiles';

type Scored = 'person' | 'place' | 'organization';
const SCORED: Scored[] = ['person', 'place', 'organization'];
const GOLD_TYPES: Record<string, Scored | undefined> = { PERSON: 'person', LOCATION: 'place', ORGANIZATION: 'organization' };

interface Span {
  start: number;
  end: number;
  type: Scored;
}

interface Doc {
  file: string;
  text: string;
  gold: Span[];
}

const repoRoot = path.resolve(__dirname, '..');
const dataRoot = path.resolve(repoRoot, '..', 'shared', 'data', 'vlsp2018-tagged');

export function stripTags(tagged: string): { text: string; gold: Span[] } {
  const re = /<ENAMEX\s+TYPE="([A-Z]+)"\s*>|<\/ENAMEX>/g;
  let text = '';
  let last = 0;
  const stack: Array<{ type: string; start: number }> = [];
  const gold: Span[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(tagged))) {
    text += tagged.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[1]) stack.push({ type: m[1], start: text.length });
    else {
      const open = stack.pop();
      const type = open ? GOLD_TYPES[open.type] : undefined;
      if (open && type) {
        // Gold spans exclude surrounding spaces the annotators left inside tags.
        let s = open.start;
        let e = text.length;
        while (s < e && /\s/.test(text[s])) s++;
        while (e > s && /\s/.test(text[e - 1])) e--;
        if (e > s) gold.push({ start: s, end: e, type });
      }
    }
  }
  text += tagged.slice(last);
  return { text: text.normalize('NFC') === text ? text : text, gold };
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out.sort();
}

function loadDocs(subset: string): Doc[] {
  return listFiles(path.join(dataRoot, subset)).map((file) => {
    const { text, gold } = stripTags(fs.readFileSync(file, 'utf8'));
    return { file, text, gold };
  });
}

/** Every maximal run of capitalised words (not a lone sentence-initial word): the reference baseline. */
function baseline(text: string): Span[] {
  const out: Span[] = [];
  const re = /\p{Lu}[\p{L}\p{M}\d]*(?:[ -]\p{Lu}[\p{L}\p{M}\d]*)*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    const sentenceStart = m.index === 0 || /(?:[.!?:"“]\s*|\n\s*)$/.test(before);
    const words = m[0].split(/[ -]/).length;
    if (sentenceStart && words === 1) continue;
    // Shape only: one word → place, two to four → person, more → organisation.
    const type: Scored = words === 1 ? 'place' : words <= 4 ? 'person' : 'organization';
    out.push({ start: m.index, end: m.index + m[0].length, type });
  }
  return out;
}

interface Tally {
  gold: number;
  found: number;
  pred: number;
  correct: number;
  misses: Map<string, number>;
  falseAlarms: Map<string, number>;
}

function newTally(): Tally {
  return { gold: 0, found: 0, pred: 0, correct: 0, misses: new Map(), falseAlarms: new Map() };
}

function score(docs: Doc[], predict: (text: string) => Span[]): Record<Scored, Tally> {
  const t = { person: newTally(), place: newTally(), organization: newTally() };
  for (const doc of docs) {
    const pred = predict(doc.text);
    for (const type of SCORED) {
      const g = doc.gold.filter((x) => x.type === type);
      const p = pred.filter((x) => x.type === type);
      const tally = t[type];
      tally.gold += g.length;
      tally.pred += p.length;
      for (const x of g) {
        if (p.some((y) => y.start < x.end && x.start < y.end)) tally.found++;
        else bump(tally.misses, doc.text.slice(x.start, x.end));
      }
      for (const y of p) {
        if (g.some((x) => y.start < x.end && x.start < y.end)) tally.correct++;
        else bump(tally.falseAlarms, doc.text.slice(y.start, y.end));
      }
    }
  }
  return t;
}

function bump(m: Map<string, number>, k: string) {
  m.set(k, (m.get(k) ?? 0) + 1);
}

function prf(t: { gold: number; found: number; pred: number; correct: number }) {
  const p = t.pred ? t.correct / t.pred : 0;
  const r = t.gold ? t.found / t.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f };
}

function table(label: string, tallies: Record<Scored, Tally>): string {
  const rows: string[] = [];
  const all = { gold: 0, found: 0, pred: 0, correct: 0 };
  for (const type of SCORED) {
    const t = tallies[type];
    const { p, r, f } = prf(t);
    rows.push(`  ${type.padEnd(13)} ${fmt(p)} ${fmt(r)} ${fmt(f)}   gold ${String(t.gold).padStart(5)}  predicted ${String(t.pred).padStart(5)}`);
    all.gold += t.gold;
    all.found += t.found;
    all.pred += t.pred;
    all.correct += t.correct;
  }
  const { p, r, f } = prf(all);
  rows.push(`  ${'all (micro)'.padEnd(13)} ${fmt(p)} ${fmt(r)} ${fmt(f)}`);
  return `${label}\n  ${'type'.padEnd(13)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)}\n${rows.join('\n')}`;
}

const fmt = (x: number) => x.toFixed(3).padStart(5);

function top(m: Map<string, number>, k: number): string {
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, k)
    .map(([s, c]) => `${c}× ${s}`)
    .join(' · ');
}

function main() {
  const args = process.argv.slice(2);
  const subsets = args.includes('--dev') ? ['dev'] : args.includes('--train') ? ['train-Jan14'] : ['train-Jan14', 'dev'];
  const ei = args.indexOf('--errors');
  const errors = ei >= 0 ? Number(args[ei + 1]) : 25;
  const ti = args.indexOf('--type');
  const onlyType = ti >= 0 ? (args[ti + 1] as Scored) : undefined;
  if (!fs.existsSync(dataRoot)) {
    console.error(`No data at ${dataRoot}: see ../shared/data/README.md`);
    process.exitCode = 1;
    return;
  }
  const { registry, problems } = loadRegistry(readBuiltinRegistrySources());
  console.log(`registry: ${registry.size} entities, ${problems.length} problems`);
  for (const subset of subsets) {
    const docs = loadDocs(subset);
    const chars = docs.reduce((s, d) => s + d.text.length, 0);
    const t0 = performance.now();
    const ours = score(docs, (text) =>
      recognizeEntities(text, registry)
        .filter((m) => (SCORED as EntityType[]).includes(m.type))
        .map((m) => ({ start: m.start, end: m.end, type: m.type as Scored })),
    );
    const ms = performance.now() - t0;
    const base = score(docs, baseline);
    console.log(`\n== ${subset}: ${docs.length} articles, ${(chars / 1e6).toFixed(2)}M chars, recognizer+scoring ${ms.toFixed(0)} ms`);
    console.log(table('capitalised-words baseline', base));
    console.log(table('recognizer', ours));
    for (const type of SCORED) {
      if (onlyType && type !== onlyType) continue;
      console.log(`\n  ${type} — most frequent misses:\n    ${top(ours[type].misses, errors)}`);
      console.log(`  ${type} — most frequent false alarms:\n    ${top(ours[type].falseAlarms, errors)}`);
    }
  }
}

if (require.main === module && !process.env.NER_NO_MAIN) main();
