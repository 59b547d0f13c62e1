// Go to definition, find references and document highlights for entities.

import type { DocumentHighlight, Location } from 'vscode-languageserver';
import type { EntityTarget } from './entityLookup';
import type { Locator } from './locator';
import type { LineIndex } from '../core/text/lineIndex';
import { pagesWithin } from './pagedAnswer';

/** The registry entry (a corpus's entities.yaml, or the built-in file). */
export function entityDefinition(target: EntityTarget, locator: Locator): Location[] {
  const e = target.entity;
  if (!e) return [];
  const loc = locator.location(e.definition.path, e.nameRange.start, e.nameRange.end);
  return loc ? [loc] : [];
}

/** A location's JSON besides its URI: `{"uri":"","range":{"start":{"line":…}}}` (all Latin-1). */
const LOCATION_BYTES = 80;

/** Every mention of the entity in every article of the corpus, open or not, a page at a
 *  time (the registry entry first when asked for): large answers stream. */
export function* entityReferencePages(target: EntityTarget, locator: Locator, includeDeclaration: boolean, pageSize = 1000): Generator<Location[]> {
  if (includeDeclaration && target.entity) yield entityDefinition(target, locator);
  for (const mentions of target.entities.index.mentionPages(target.entityKey, pageSize)) {
    const out: Location[] = [];
    let doc: string | undefined;
    let at: ReturnType<Locator['inDocument']> = () => undefined;
    for (const m of mentions) {
      if (m.docKey !== doc) at = locator.inDocument((doc = m.docKey));
      const loc = at(m.start, m.end);
      if (loc) out.push(loc);
    }
    yield* pagesWithin(out, (loc) => loc.uri.length + LOCATION_BYTES);
  }
}

/** The other mentions of the same entity in this article. */
export function entityHighlights(target: EntityTarget, docKey: string, lines: LineIndex): DocumentHighlight[] {
  return target.entities.index
    .documentMentions(docKey)
    .filter((m) => m.entityKey === target.entityKey)
    .map((m) => ({ range: { start: lines.positionAt(m.start), end: lines.positionAt(m.end) }, kind: 1 }));
}
