// Go to definition, find references and document highlights for entities.

import type { DocumentHighlight, Location } from 'vscode-languageserver';
import type { EntityTarget } from './entityLookup';
import type { Locator } from './locator';
import type { LineIndex } from '../core/text/lineIndex';

/** The registry entry (a corpus's entities.yaml, or the built-in file). */
export function entityDefinition(target: EntityTarget, locator: Locator): Location[] {
  const e = target.entity;
  if (!e) return [];
  const loc = locator.location(e.definition.path, e.nameRange.start, e.nameRange.end);
  return loc ? [loc] : [];
}

/** Every mention of the entity in every article of the corpus, open or not; plus its entry. */
export function entityReferences(target: EntityTarget, locator: Locator, includeDeclaration: boolean): Location[] {
  const out: Location[] = [];
  if (includeDeclaration && target.entity) out.push(...entityDefinition(target, locator));
  for (const m of target.entities.index.mentionsOf(target.entityKey)) {
    const loc = locator.location(m.docKey, m.start, m.end);
    if (loc) out.push(loc);
  }
  return out;
}

/** The other mentions of the same entity in this article. */
export function entityHighlights(target: EntityTarget, docKey: string, lines: LineIndex): DocumentHighlight[] {
  return target.entities.index
    .documentMentions(docKey)
    .filter((m) => m.entityKey === target.entityKey)
    .map((m) => ({ range: { start: lines.positionAt(m.start), end: lines.positionAt(m.end) }, kind: 1 }));
}
