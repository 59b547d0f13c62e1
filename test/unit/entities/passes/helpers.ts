// Pass tests: a sentence → the mentions a pass (with the passes it builds on) finds in it,
// written `type: text`, with ` (nested)`, ` (dateline)`, ` (author)` or ` [title]` where they
// apply, in the order of the text. The registry is a small one of its own, with the built-in
// lexicon (server/data/lexicon).

import { loadRegistry } from '../../../../server/src/core/entities/registry';
import { runPasses } from '../../../../server/src/core/entities/recognize';
import type { Pass } from '../../../../server/src/core/entities/passes/index';
import type { RecognizeOptions } from '../../../../server/src/core/entities/passes/claims';
import type { EntityMention } from '../../../../server/src/core/entities/types';
import { readBuiltinLexiconSources } from '../../../../server/src/node/registryFiles';

const ENTITIES = `entities:
  - { id: viet-nam, type: place, kind: country, iso: VN, name: Việt Nam }
  - { id: nga, type: place, kind: country, iso: RU, name: Nga, aliases: [Liên bang Nga] }
  - { id: ha-noi, type: place, kind: city, name: Hà Nội }
  - { id: chau-a, type: place, kind: region, name: châu Á }
  - { id: ho-chi-minh, type: person, name: Hồ Chí Minh }
  - { id: vladimir-putin, type: person, name: Vladimir Putin, aliases: [V.Putin, Putin] }
  - { id: dang-cong-san-viet-nam, type: organization, name: Đảng Cộng sản Việt Nam }
  - { id: sector-dau-khi, type: sector, name: dầu khí }
  - { id: sector-ngan-hang, type: sector, name: ngân hàng }
`;

export const { registry, problems } = loadRegistry([...readBuiltinLexiconSources(), { path: '/test/entities.yaml', text: ENTITIES, builtin: false }]);

export function describeMention(m: EntityMention): string {
  let s = `${m.type}: ${m.text}`;
  if (m.nested) s += ' (nested)';
  if (m.role) s += ` (${m.role})`;
  if (m.title) s += ` [${m.title.text}]`;
  return s;
}

/** The mentions `passes` find in `text`. */
export function spans(text: string, passes: readonly Pass[], options?: RecognizeOptions): string[] {
  return runPasses(text, registry, passes, options).map(describeMention);
}

/** The mentions themselves (for keys, entity ids and sources). */
export function mentions(text: string, passes: readonly Pass[], options?: RecognizeOptions): EntityMention[] {
  return runPasses(text, registry, passes, options);
}
