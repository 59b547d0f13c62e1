// A person introduced with a title the registry says they did not hold on the article's date
// (`Chủ tịch nước Nguyễn Phú Trọng` in an article of 2026), and a header date that the titles of
// several people agree against. Precision first: no alarm when the title is marked as past or
// acting, when the sentence speaks of another time, or when the registry has no dates for it.

import type { Fix } from '../../diagnostic';
import type { Entity, EntityMention, TitleEntry } from '../../entities/types';
import { describeTitle, heldDuring, interval, isDated, isMarkedPast, titlesNamed } from '../../entities/titleTimeline';
import { findDateMentions, type DateMention } from '../../dates/dateMention';
import type { Rule, RuleContext, RuleFinding } from '../rule';
import { translator, type Language } from '../../i18n';


export interface StaleTitle {
  mention: EntityMention & { title: NonNullable<EntityMention['title']> };
  entity: Entity;
  /** The registry entries the written title names. */
  named: TitleEntry[];
  /** What the person held on the date, per the registry. */
  held: TitleEntry[];
  date: string;
}

/** People whose written title does not fit the article's date. */
export function staleTitles(ctx: RuleContext): StaleTitle[] {
  const date = ctx.article.date;
  const registry = ctx.registry;
  if (!date || !registry) return [];
  const out: StaleTitle[] = [];
  for (const m of ctx.mentions) {
    if (m.type !== 'person' || !m.entityId || !m.title || m.title.text.trim() === '') continue;
    const entity = registry.get(m.entityId);
    if (!entity) continue;
    const named = titlesNamed(entity, m.title.text);
    // No knowledge, no alarm: the registry must date every entry the title can name.
    if (!named.length || !named.every(isDated)) continue;
    if (named.some((t) => heldDuring(t, date))) continue;
    if (isMarkedPast(ctx.text, m.title.start, m.title.text)) continue;
    // A sentence about another time judges the title by its own dates.
    const periods = sentencePeriods(ctx.text, m.title.start);
    if (periods.some((p) => named.some((t) => heldDuring(t, p.from, p.to)))) continue;
    const held = entity.titles.filter((t) => isDated(t) && heldDuring(t, date));
    out.push({ mention: m as StaleTitle['mention'], entity, named, held, date });
  }
  return out;
}

/** The periods the dates of the sentence around `at` name with a year of their own. */
function sentencePeriods(text: string, at: number): Array<{ from: string; to: string }> {
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1])) start--;
  let end = at;
  while (end < text.length && !/[.!?\n]/.test(text[end])) end++;
  const out: Array<{ from: string; to: string }> = [];
  for (const d of findDateMentions(text, start, end)) {
    const p = periodOf(d);
    if (p) out.push(p);
  }
  return out;
}

function periodOf(d: DateMention): { from: string; to: string } | undefined {
  if (d.year === undefined) return undefined;
  const y = String(d.year);
  const pad = (n: number) => String(n).padStart(2, '0');
  const endY = String(d.endYear ?? d.year);
  if (d.kind === 'year' || d.kind === 'year-range') return { from: `${y}-01-01`, to: `${endY}-12-31` };
  if (d.kind === 'quarter' && d.quarter) return { from: `${y}-${pad(d.quarter * 3 - 2)}-01`, to: `${y}-${pad(d.quarter * 3)}-31` };
  if (d.month === undefined) return { from: `${y}-01-01`, to: `${y}-12-31` };
  if (d.kind === 'month' || d.day === undefined) return { from: `${y}-${pad(d.month)}-01`, to: `${y}-${pad(d.month)}-31` };
  return { from: `${y}-${pad(d.month)}-${pad(d.day)}`, to: `${endY}-${pad(d.endMonth ?? d.month)}-${pad(d.endDay ?? d.day)}` };
}

function message(s: StaleTitle, language: Language): string {
  const tr = translator(language);
  const after = s.named.every((t) => { const i = interval(t); return i.to !== undefined && i.to < s.date; });
  const was = after ? 'entity.staleTitle.noLonger' : s.named.every((t) => { const i = interval(t); return i.from !== undefined && i.from > s.date; }) ? 'entity.staleTitle.notYet' : 'entity.staleTitle.not';
  const describe = (t: TitleEntry) => describeTitle(t, language);
  const named = s.named.map(describe).join('; ');
  const held = s.held.length ? tr('entity.staleTitle.held', { titles: s.held.map(describe).join('; ') }) : tr('entity.staleTitle.noneHeld');
  return tr(was, { date: s.date, name: s.entity.name, title: s.mention.title.text, named, held });
}

function fixes(s: StaleTitle, text: string, language: Language): Fix[] {
  const tr = translator(language);
  const out: Fix[] = [];
  const { start, end } = s.mention.title;
  const written = s.mention.title.text;
  const bare = s.named.every((t) => t.title.toLowerCase() === written.trim().toLowerCase());
  for (const t of s.held.slice(0, 2)) {
    const replacement = bare || !t.organization ? t.title : `${t.title} ${t.organization}`;
    out.push({ title: tr('entity.staleTitle.fix.held', { title: replacement }), edits: [{ start, end, newText: replacement }] });
  }
  const ended = s.named.every((t) => t.to !== undefined && interval(t).to! < s.date);
  if (ended) {
    const sentenceStart = start === 0 || /[.!?\n]\s*$/.test(text.slice(Math.max(0, start - 3), start));
    out.push({ title: tr('entity.staleTitle.fix.past', { title: written }), edits: [{ start, end: start, newText: sentenceStart ? 'Nguyên ' : 'nguyên ' }], isPreferred: true });
  }
  return out;
}

export const entityStaleTitle: Rule = {
  code: 'entity/stale-title',
  defaultSeverity: 'warning',
  description: "A person given a title the registry says they did not hold on the article's date.",
  check(ctx) {
    const stale = staleTitles(ctx);
    const out: RuleFinding[] = stale.map((s) => ({
      message: message(s, ctx.config.language),
      start: s.mention.title.start,
      end: s.mention.end,
      fixes: fixes(s, ctx.text, ctx.config.language),
      data: { entity: s.entity.id, title: s.mention.title.text, date: s.date },
    }));
    const hint = stale.length >= 2 && !anyTitleFits(ctx) ? contradiction(ctx, stale) : undefined;
    if (hint) out.push(hint);
    return out;
  },
};

/** True when someone's title in the article fits its header date: then the date is not in doubt. */
function anyTitleFits(ctx: RuleContext): boolean {
  const date = ctx.article.date;
  if (!date || !ctx.registry) return false;
  return ctx.mentions.some((m) => {
    if (m.type !== 'person' || !m.entityId || !m.title) return false;
    const e = ctx.registry!.get(m.entityId);
    const named = e ? titlesNamed(e, m.title.text).filter(isDated) : [];
    return named.some((t) => heldDuring(t, date));
  });
}

/** When two people or more carry titles that fit another period, and that period is the same. */
function contradiction(ctx: RuleContext, stale: StaleTitle[]): RuleFinding | undefined {
  const people = new Map<string, StaleTitle>();
  for (const s of stale) if (!people.has(s.entity.id)) people.set(s.entity.id, s);
  if (people.size < 2) return undefined;
  let windows: Array<{ from?: string; to?: string }> = [{}];
  for (const s of people.values()) {
    const next: Array<{ from?: string; to?: string }> = [];
    for (const w of windows) {
      for (const t of s.named) {
        const i = interval(t);
        const from = max(w.from, i.from);
        const to = min(w.to, i.to);
        if (from === undefined || to === undefined || from <= to) next.push({ from, to });
      }
    }
    windows = next;
    if (!windows.length) return undefined;
  }
  const header = ctx.article.header;
  if (header.kind !== 'valid' || !header.header.date) return undefined;
  const tr = translator(ctx.config.language);
  const span = windows.map((w) => `${w.from?.slice(0, 7) ?? '…'}…${w.to?.slice(0, 7) ?? tr('time.now')}`).join(', ');
  return {
    code: 'date/contradicts-titles',
    severity: 'hint',
    message: tr('date.contradictsTitles', { names: [...people.values()].map((s) => s.entity.name).join(', '), span, date: ctx.article.date! }),
    start: header.header.date.start,
    end: header.header.date.end,
    related: [...people.values()].map((s) => ({ start: s.mention.title.start, end: s.mention.end, message: `${s.mention.title.text} ${s.entity.name}` })),
  };
}

function max(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined ? b : b === undefined ? a : a > b ? a : b;
}
function min(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined ? b : b === undefined ? a : a < b ? a : b;
}
