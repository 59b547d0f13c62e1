// `corpus-lens entities [--json] PATH…`: the entities of articles, from the built-in
// registry plus a corpus's entities.yaml (next to its corpus-lens.yaml).

import type { EntityType, RegistryProblem } from '../core/entities/types';
import { FLAG_KNOWN, FLAG_NESTED, MENTION_INTS, typeOfFlags, type PackedMentions } from '../core/summary/packedMentions';
import { collectArticles } from './collectArticles';
import { engineUsage, indexArticles, parseEngineOptions } from './indexArticles';
import { translator, type MessageKey } from '../core/i18n';
import { envLanguage, outputLanguage } from './language';

interface JsonMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  entity: string | null;
  /** Inside a longer mention (a place in an organisation's name): consumers with flat conventions drop it. */
  nested?: true;
}

const TYPE_ORDER: EntityType[] = ['person', 'organization', 'place', 'sector', 'event'];
const TYPE_PLURAL = {
  person: 'cli.entities.person',
  organization: 'cli.entities.organization',
  place: 'cli.entities.place',
  sector: 'cli.entities.sector',
  event: 'cli.entities.event',
} as const satisfies Record<EntityType, MessageKey>;

export async function entitiesCommand(args: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  let json = false;
  const paths: string[] = [];
  const env = translator(envLanguage());
  const usage = env('cli.entities.usage');
  let parsed;
  try {
    parsed = parseEngineOptions(args);
  } catch (e) {
    err.write(`corpus-lens: ${e instanceof Error ? e.message : String(e)}\n${usage}\n`);
    return 2;
  }
  for (const a of parsed.rest) {
    if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') {
      out.write(`${usage}\n${engineUsage()}\n`);
      return 0;
    } else if (a.startsWith('-')) {
      err.write(`corpus-lens: ${env('cli.unknownOption', { option: a })}\n${usage}\n`);
      return 2;
    } else paths.push(a);
  }
  if (paths.length === 0) {
    err.write(`corpus-lens: ${env('cli.needsPath', { command: 'entities' })}\n${usage}\n`);
    return 2;
  }

  // The same files `check` reads: a folder's corpus-lens.yaml decides which are articles.
  let items;
  try {
    items = await collectArticles(paths);
  } catch (e) {
    err.write(`corpus-lens: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  // --json: each article's mentions, as JSON text, written in the order the files were given.
  const documents = new Map<string, string>();
  const run = await indexArticles(items, parsed.options, (r) => {
    if (json && r.kind === 'summary') documents.set(r.path, JSON.stringify(jsonMentions(r.summary.mentions)));
  });
  for (const note of run.notes) err.write(`corpus-lens: ${note}\n`);
  const t = translator(outputLanguage(run.corpora.map((g) => g.corpus)));
  const problems: RegistryProblem[] = [];
  const seenProblem = new Set<string>();
  let skipped = 0;
  let articles = 0;
  for (const g of run.corpora) {
    for (const a of g.articles) {
      const reason = g.index.unreadableReason(a.path);
      if (reason) {
        err.write(`corpus-lens: ${translator(g.corpus.config.language)('cli.entities.skipped', { file: a.display, reason })}\n`);
        skipped++;
      } else articles++;
    }
    for (const p of (await g.registry()).problems) {
      const key = `${p.path}:${p.start}:${p.code}`;
      if (!seenProblem.has(key)) problems.push(p), seenProblem.add(key);
    }
  }
  for (const p of problems) err.write(`${p.path}:${p.start}: ${p.severity} ${p.code} ${p.message}\n`);

  if (json) {
    out.write('{"documents":[');
    let first = true;
    for (const g of run.corpora) {
      for (const a of g.articles) {
        const mentions = documents.get(a.path);
        if (mentions === undefined) continue;
        out.write(`${first ? '' : ','}{"path":${JSON.stringify(a.display)},"mentions":${mentions}}`);
        first = false;
      }
    }
    out.write(']}\n');
    return 0;
  }

  // Entities of several corpora are listed together, counted over all of them.
  const rows = new Map<string, { entityKey: string; type: EntityType; mentions: number; documents: number; name: string }>();
  let mentionTotal = 0;
  for (const g of run.corpora) {
    const { registry } = await g.registry();
    mentionTotal += g.index.entities.mentionCount;
    for (const r of g.index.entities.entityKeys()) {
      const row = rows.get(r.entityKey);
      if (row) {
        row.mentions += r.mentions;
        row.documents += r.documents;
        continue;
      }
      const name = registry.get(r.entityKey)?.name ?? g.index.entities.stats(r.entityKey, 0)?.displayName ?? r.entityKey;
      rows.set(r.entityKey, { ...r, name });
    }
  }
  for (const type of TYPE_ORDER) {
    const ofType = [...rows.values()].filter((r) => r.type === type).sort((a, b) => b.mentions - a.mentions || b.documents - a.documents || a.entityKey.localeCompare(b.entityKey));
    if (ofType.length === 0) continue;
    out.write(`\n${t(TYPE_PLURAL[type])} (${ofType.length})\n`);
    const labels = ofType.map((r) => (r.entityKey.startsWith('unknown:') ? `${r.name}  ${t('cli.entities.notInRegistry')}` : `${r.name}  [${r.entityKey}]`));
    const width = Math.min(60, labels.reduce((w, l) => Math.max(w, l.length), 0));
    out.write(`  ${t('cli.entities.head.entity').padEnd(width)}  ${t('cli.entities.head.mentions').padStart(8)}  ${t('cli.entities.head.articles').padStart(8)}\n`);
    ofType.forEach((r, i) => out.write(`  ${labels[i].padEnd(width)}  ${String(r.mentions).padStart(8)}  ${String(r.documents).padStart(8)}\n`));
  }
  out.write(`\n${t('cli.entities.summary', { articles, mentions: mentionTotal, entities: rows.size, skipped: skipped ? t('cli.entities.skippedCount', { count: skipped }) : '' })}\n`);
  return 0;
}

function jsonMentions(p: PackedMentions): JsonMention[] {
  const out: JsonMention[] = [];
  const d = p.data;
  for (let k = 0; k < d.length; k += MENTION_INTS) {
    const known = (d[k + 3] & FLAG_KNOWN) !== 0;
    const m: JsonMention = { start: d[k + 1], end: d[k + 1] + d[k + 2], text: p.strings[d[k + 4]], type: typeOfFlags(d[k + 3]), entity: known ? p.strings[d[k]] : null };
    if (d[k + 3] & FLAG_NESTED) m.nested = true;
    out.push(m);
  }
  return out;
}
