import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { Entity, EntityType } from '../core/entities/types';
import type { CorpusEntities } from '../workspace/corpusWorkspace';
import { displayName, type EntityTarget } from './entityLookup';
import { titleTimeline } from './titleTimeline';
import { translator, type MessageKey, type Translate } from '../core/i18n';

const typeLabel = {
  person: 'type.person',
  organization: 'type.organization',
  place: 'type.place',
  sector: 'type.sector',
  event: 'type.event',
} as const satisfies Record<EntityType, MessageKey>;

/** Made at the first hover that names a country: loading the names takes a start-up 15 ms. */
let regionNames: Intl.DisplayNames | null | undefined;

function country(iso?: string): string | undefined {
  if (!iso) return undefined;
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['vi'], { type: 'region' });
    } catch {
      regionNames = null;
    }
  }
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
  const t = translator(entities.language);
  const stats = entities.index.stats(entityKey, 5);
  const type = entity?.type ?? stats?.type ?? target.mention?.type ?? 'person';
  const lines: string[] = [];
  const name = entity?.name ?? stats?.displayName ?? displayName(entities, entityKey);
  const facts = [t(typeLabel[type])];
  if (entity?.nationality) facts.push(country(entity.nationality)!);
  if (entity?.kind) facts.push(entity.kind);
  if (entity?.english) facts.push(`*${esc(entity.english)}*`);
  if (!entity) facts.push(t('hover.notInRegistry'));
  lines.push(`**${esc(name)}** · ${facts.join(' · ')}`);
  if (entity?.description) lines.push('', esc(entity.description));
  // The counts come first: a hover is short, and they answer "how much is this one in the news".
  if (stats) {
    const dates = stats.firstDate ? t('hover.firstLast', { first: stats.firstDate, last: stats.lastDate ?? stats.firstDate }) : '';
    lines.push('', t('hover.mentions', { mentions: stats.mentions, articles: stats.documents, dates }));
  } else {
    lines.push('', t('hover.notMentioned'));
  }
  // One timeline: what the registry says the person held, and what the articles call them, by month.
  const observed = entities.index.titleMonths(entityKey);
  const rows = titleTimeline(entity?.titles ?? [], observed);
  if (rows.length) {
    lines.push('', t('hover.titles'), '', t('hover.titlesHead'), '|---|---|---|');
    for (const r of rows.slice(0, 10)) {
      const when = r.from || r.to ? (r.from === r.to ? r.from : `${r.from || '…'} – ${r.to === 'now' ? 'nay' : r.to || '…'}`) : t('hover.noDate');
      lines.push(`| ${when} | ${esc(r.title)} | ${r.source === 'registry' ? t('hover.source.registry') : t('hover.source.articles', { count: r.count ?? 0 })} |`);
    }
    if (rows.length > 10) lines.push('', t('hover.more', { count: rows.length - 10 }));
  }
  if (entity) lines.push(...registryFacts(entities, entity, t));
  const seen = stats?.aliasesSeen.filter((a) => a !== name) ?? [];
  if (seen.length) lines.push('', t('hover.writtenAs', { forms: seen.slice(0, 8).map((a) => `\`${a}\``).join(', ') }));
  if (stats && stats.coMentioned.length) {
    const list = stats.coMentioned.map((c) => `${esc(displayName(entities, c.entityKey))} (${c.count})`).join(', ');
    lines.push('', type === 'person' ? t('hover.mentionedWith', { list }) : t('hover.coMentioned', { list }));
  }
  const contents: MarkupContent = { kind: 'markdown', value: lines.join('\n') };
  return { contents };
}

function registryFacts(entities: CorpusEntities, e: Entity, t: Translate): string[] {
  const out: string[] = [];
  if (e.parent) out.push('', t('hover.partOf', { name: esc(entities.registry.get(e.parent)?.name ?? e.parent) }));
  const children = entities.registry.children(e.id);
  if (children.length && e.type === 'sector') out.push('', t('hover.includes', { names: children.map((c) => esc(c.name)).join(', ') }));
  if (e.aliases.length) out.push('', t('hover.also', { names: e.aliases.slice(0, 10).map((a) => `\`${a}\``).join(', ') }));
  if (e.type === 'event' && (e.date || e.from)) out.push('', t('hover.when', { when: e.date ?? span(e.from, e.to) }));
  if (e.country) out.push('', t('hover.country', { country: country(e.country) ?? e.country }));
  return out;
}
