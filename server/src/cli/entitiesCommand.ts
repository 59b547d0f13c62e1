// `corpus-lens entities [--json] PATH…`: the entities of articles, from the built-in
// registry plus a corpus's entities.yaml (next to its corpus-lens.yaml).

import { MAX_ARTICLE_FILE_BYTES, readRegularFile } from '../node/readRegularFile';
import { decodeArticle } from '../core/corpus/decodeArticle';
import { recognizeEntities } from '../core/entities/recognize';
import type { EntityType, RegistryProblem } from '../core/entities/types';
import { EntityIndex } from '../core/index/entityIndex';
import { RegistryLoader } from '../node/registryFiles';
import { collectArticles } from './collectArticles';
import { parseHeader } from '../core/corpus/header';

interface JsonMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  entity: string | null;
}

const TYPE_ORDER: EntityType[] = ['person', 'organization', 'place', 'sector', 'event'];
const TYPE_PLURAL: Record<EntityType, string> = { person: 'People', organization: 'Organisations', place: 'Places', sector: 'Sectors', event: 'Events' };

export async function entitiesCommand(args: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  let json = false;
  const paths: string[] = [];
  for (const a of args) {
    if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') {
      out.write('Usage: corpus-lens entities [--json] PATH…\n');
      return 0;
    } else if (a.startsWith('-')) {
      err.write(`corpus-lens: unknown option ${a}\nUsage: corpus-lens entities [--json] PATH…\n`);
      return 2;
    } else paths.push(a);
  }
  if (paths.length === 0) {
    err.write('corpus-lens: entities needs at least one file or folder\nUsage: corpus-lens entities [--json] PATH…\n');
    return 2;
  }

  // The same files `check` reads: a folder's corpus-lens.yaml decides which are articles.
  let files;
  try {
    files = (await collectArticles(paths)).filter((f) => f.kind === 'article');
  } catch (e) {
    err.write(`corpus-lens: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const registries = new RegistryLoader();
  const problems: RegistryProblem[] = [];
  const seenProblem = new Set<string>();

  const documents: Array<{ path: string; mentions: JsonMention[] }> = [];
  const index = new EntityIndex();
  const names = new Map<string, string>();
  let skipped = 0;
  for (const f of files) {
    const read = await readRegularFile(f.path, { maxBytes: MAX_ARTICLE_FILE_BYTES });
    const decoded = read.ok ? decodeArticle(read.bytes) : { ok: false as const, reason: read.reason };
    if (!decoded.ok) {
      err.write(`corpus-lens: ${f.display}: skipped (${decoded.reason})\n`);
      skipped++;
      continue;
    }
    const loaded = await registries.forCorpus(f.corpus.root, f.corpus.config);
    for (const p of loaded.problems) {
      const key = `${p.path}:${p.start}:${p.code}`;
      if (!seenProblem.has(key)) problems.push(p), seenProblem.add(key);
    }
    const registry = loaded.registry;
    const mentions = recognizeEntities(decoded.text, registry);
    documents.push({ path: f.display, mentions: mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.type, entity: m.entityId })) });
    if (!json) {
      const header = parseHeader(decoded.text);
      index.setDocument(f.path, mentions, { date: header.kind === 'valid' ? header.iso : undefined });
      for (const m of mentions) if (m.entityId && !names.has(m.key)) names.set(m.key, registry.get(m.entityId)?.name ?? m.text);
    }
  }
  for (const p of problems) err.write(`${p.path}:${p.start}: ${p.severity} ${p.code} ${p.message}\n`);

  if (json) {
    out.write(JSON.stringify({ documents }) + '\n');
    return 0;
  }

  const rows = index.entityKeys();
  for (const type of TYPE_ORDER) {
    const ofType = rows.filter((r) => r.type === type).sort((a, b) => b.mentions - a.mentions || b.documents - a.documents || a.entityKey.localeCompare(b.entityKey));
    if (ofType.length === 0) continue;
    out.write(`\n${TYPE_PLURAL[type]} (${ofType.length})\n`);
    const labels = ofType.map((r) => {
      const name = names.get(r.entityKey) ?? index.stats(r.entityKey, 0)?.displayName ?? r.entityKey;
      return r.entityKey.startsWith('unknown:') ? `${name}  (not in registry)` : `${name}  [${r.entityKey}]`;
    });
    const width = Math.min(60, labels.reduce((w, l) => Math.max(w, l.length), 0));
    out.write(`  ${'entity'.padEnd(width)}  mentions  articles\n`);
    ofType.forEach((r, i) => out.write(`  ${labels[i].padEnd(width)}  ${String(r.mentions).padStart(8)}  ${String(r.documents).padStart(8)}\n`));
  }
  out.write(`\n${documents.length} article${documents.length === 1 ? '' : 's'}, ${index.mentionCount} mentions of ${rows.length} entities${skipped ? `, ${skipped} skipped` : ''}\n`);
  return 0;
}
