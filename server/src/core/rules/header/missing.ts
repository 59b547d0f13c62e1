import type { Rule, RuleContext } from '../rule';
import { insertHeaderFix, removeLabelFix, type TitleEvidence } from '../../fixes/insertHeader';
import { heldDuring, isDated, titlesNamed } from '../../entities/titleTimeline';
import type { TitleEntry } from '../../entities/types';
import { translator } from '../../i18n';

/** The dated titles the article's people are given, per person: the insert-header fix prefers
 *  a year in which they held them. */
function titleEvidence({ mentions, registry, today }: RuleContext): TitleEvidence | undefined {
  if (!registry) return undefined;
  const perPerson = new Map<string, TitleEntry[]>();
  for (const m of mentions) {
    if (m.type !== 'person' || !m.entityId || !m.title) continue;
    const e = registry.get(m.entityId);
    const named = e ? titlesNamed(e, m.title.text).filter(isDated) : [];
    if (named.length) perPerson.set(m.entityId, [...(perPerson.get(m.entityId) ?? []), ...named]);
  }
  if (!perPerson.size) return undefined;
  const todayYear = Number(today.slice(0, 4));
  const years = new Set<number>();
  for (const list of perPerson.values()) {
    for (const t of list) {
      const from = Number((t.from ?? String(todayYear - 10)).slice(0, 4));
      const to = Math.min(todayYear, Number((t.to ?? String(todayYear)).slice(0, 4)));
      for (let y = Math.max(from, to - 60); y <= to; y++) years.add(y);
    }
  }
  return { years: [...years], heldBy: (iso) => [...perPerson.values()].filter((list) => list.some((t) => heldDuring(t, iso))).length };
}

export const headerMissing: Rule = {
  code: 'header/missing',
  defaultSeverity: 'error',
  description: 'The first line is not a `date YYYY-MM-DD Title` header.',
  check(ctx) {
    const { text, article, today } = ctx;
    if (article.header.kind !== 'missing') return [];
    const line = article.header.firstLine;
    const first = /\S+/u.exec(text.slice(line.start, line.end));
    const start = first ? line.start + first.index : 0;
    const end = first ? start + first[0].length : 0;
    const language = ctx.config.language;
    const fixes = [insertHeaderFix(text, article, today, titleEvidence(ctx), language), removeLabelFix(text, article, today, language)].filter((f) => f !== undefined);
    return [
      {
        message: translator(language)('header.missing'),
        start,
        end,
        fixes,
      },
    ];
  },
};
