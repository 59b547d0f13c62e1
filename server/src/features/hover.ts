import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { Entity, EntityType } from '../core/entities/types';
import type { CorpusEntities } from '../workspace/corpusWorkspace';
import { displayName, type EntityTarget } from './entityLookup';
import { titleTimeline } from './titleTimeline';

const typeLabel: Record<EntityType, string> = {
  person: 'person',
  organization: 'organisation',
  place: 'place',
  sector: 'sector',
  event: 'event',
};

const regionNames = (() => {
  try {
    return new Intl.DisplayNames(['vi'], { type: 'region' });
  } catch {
    return undefined;
  }
})();

function country(iso?: string): string | undefined {
  if (!iso) return undefined;
  try {
    return regionNames?.of(iso) ?? iso;
  } catch {
    return iso;
  }
}

const esc = (s: string) => s.replace(/[\\`*_{}[\]<>()#+!|]/g, (c) => '\\' + c);
const span = (a?: string, b?: string) => (a || b ? `${a ?? '…'} – ${b ?? (a ? 'nay' : '…')}` : '');

/** The card shown on hover: who or what it is (registry), and how the corpus speaks of it (index). */
export function entityHover(target: EntityTarget): Hover {
  const { entities, entityKey, entity } = target;
  const stats = entities.index.stats(entityKey, 5);
  const type = entity?.type ?? stats?.type ?? target.mention?.type ?? 'person';
  const lines: string[] = [];
  const name = entity?.name ?? stats?.displayName ?? displayName(entities, entityKey);
  const facts = [typeLabel[type]];
  if (entity?.nationality) facts.push(country(entity.nationality)!);
  if (entity?.kind) facts.push(entity.kind);
  if (entity?.english) facts.push(`*${esc(entity.english)}*`);
  if (!entity) facts.push('not in the registry');
  lines.push(`**${esc(name)}** · ${facts.join(' · ')}`);
  if (entity?.description) lines.push('', esc(entity.description));
  // The counts come first: a hover is short, and they answer "how much is this one in the news".
  if (stats) {
    const dates = stats.firstDate ? ` · first ${stats.firstDate}, last ${stats.lastDate}` : '';
    lines.push('', `**${stats.mentions} mention${stats.mentions === 1 ? '' : 's'} in ${stats.documents} article${stats.documents === 1 ? '' : 's'}**${dates}`);
  } else {
    lines.push('', 'Not mentioned in any article of the corpus.');
  }
  // One timeline: what the registry says the person held, and what the articles call them, by month.
  const observed = entities.index.titleMonths(entityKey);
  const rows = titleTimeline(entity?.titles ?? [], observed);
  if (rows.length) {
    lines.push('', '**Titles over time**', '', '| when | title | source |', '|---|---|---|');
    for (const r of rows.slice(0, 10)) {
      const when = r.from || r.to ? (r.from === r.to ? r.from : `${r.from || '…'} – ${r.to === 'now' ? 'nay' : r.to || '…'}`) : 'no date';
      lines.push(`| ${when} | ${esc(r.title)} | ${r.source === 'registry' ? 'registry' : `articles, ${r.count}×`} |`);
    }
    if (rows.length > 10) lines.push('', `…and ${rows.length - 10} more`);
  }
  if (entity) lines.push(...registryFacts(entities, entity));
  const seen = stats?.aliasesSeen.filter((a) => a !== name) ?? [];
  if (seen.length) lines.push('', `**Written as** ${seen.slice(0, 8).map((a) => `\`${a}\``).join(', ')}`);
  if (stats && stats.coMentioned.length) {
    const label = type === 'person' ? 'Mentioned most with' : 'Most co-mentioned';
    lines.push('', `${label}: ${stats.coMentioned.map((c) => `${esc(displayName(entities, c.entityKey))} (${c.count})`).join(', ')}`);
  }
  const contents: MarkupContent = { kind: 'markdown', value: lines.join('\n') };
  return { contents };
}

function registryFacts(entities: CorpusEntities, e: Entity): string[] {
  const out: string[] = [];
  if (e.parent) out.push('', `**Part of** ${esc(entities.registry.get(e.parent)?.name ?? e.parent)}`);
  const children = entities.registry.children(e.id);
  if (children.length && e.type === 'sector') out.push('', `**Includes** ${children.map((c) => esc(c.name)).join(', ')}`);
  if (e.aliases.length) out.push('', `**Also** ${e.aliases.slice(0, 10).map((a) => `\`${a}\``).join(', ')}`);
  if (e.type === 'event' && (e.date || e.from)) out.push('', `**When** ${e.date ?? span(e.from, e.to)}`);
  if (e.country) out.push('', `**Country** ${country(e.country)}`);
  return out;
}
