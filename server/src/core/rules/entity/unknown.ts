import type { Rule, RuleFinding } from '../rule';
import { personKey } from '../../entities/unknownPeople';
import { translator } from '../../i18n';
import { findingList } from '../findingList';

export const entityUnknown: Rule = {
  code: 'entity/unknown',
  defaultSeverity: 'information',
  description: 'A person introduced by a title whom the registry does not know yet.',
  check({ mentions, article, config, maxFindings }) {
    const out = findingList({ maxFindings });
    const seen = new Set<string>();
    // People corpus-lens.yaml says to leave alone (Review Unknown People → Ignore).
    const ignored = new Set((config.ignoreUnknown ?? []).map(personKey));
    for (const m of mentions) {
      if (m.type !== 'person' || m.entityId !== null || m.role === 'author' || m.fullName || seen.has(m.key)) continue;
      // Only people the article introduces with a title and a full name: a bare capitalised
      // run, or `ông Khải` alone, is too weak to file.
      if (!m.title || !/[\s.]/.test(m.text.trim())) continue;
      if (ignored.size && ignored.has(personKey(m.text))) continue;
      seen.add(m.key);
      out.push({
        message: translator(config.language)('entity.unknown', { name: m.text, title: m.title.text }),
        start: m.start,
        end: m.end,
        // No key for a date the header lacks: the data goes to the client as JSON (and is kept so).
        data: article.date ? { name: m.text, title: m.title.text, date: article.date, type: 'person' } : { name: m.text, title: m.title.text, type: 'person' },
      });
    }
    return out;
  },
};
