import type { Rule, RuleFinding } from '../rule';

export const entityUnknown: Rule = {
  code: 'entity/unknown',
  defaultSeverity: 'information',
  description: 'A person introduced by a title whom the registry does not know yet.',
  check({ mentions, article }) {
    const out: RuleFinding[] = [];
    const seen = new Set<string>();
    for (const m of mentions) {
      if (m.type !== 'person' || m.entityId !== null || m.role === 'author' || m.fullName || seen.has(m.key)) continue;
      // Only people the article introduces with a title and a full name: a bare capitalised
      // run, or `ông Khải` alone, is too weak to file.
      if (!m.title || !/[\s.]/.test(m.text.trim())) continue;
      seen.add(m.key);
      out.push({
        message: `'${m.text}' (${m.title.text}) is not in the entity registry.`,
        start: m.start,
        end: m.end,
        data: { name: m.text, title: m.title.text, date: article.date, type: 'person' },
      });
    }
    return out;
  },
};
