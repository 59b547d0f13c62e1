// Finding the entity under the cursor, in an article or in a registry file.

import type { Entity } from '../core/entities/types';
import type { DocumentMention } from '../core/index/entityIndex';
import type { CorpusEntities, CorpusWorkspace } from '../workspace/corpusWorkspace';

export interface EntityTarget {
  entities: CorpusEntities;
  entityKey: string;
  entity?: Entity;
  /** The mention under the cursor, when the cursor is in an article. */
  mention?: DocumentMention;
}

/** The mention at an offset: the innermost one (a place nested in an organisation name wins). */
export function mentionAt(mentions: DocumentMention[], offset: number): DocumentMention | undefined {
  let best: DocumentMention | undefined;
  for (const m of mentions) {
    if (m.start > offset) break;
    if (offset <= m.end && (!best || m.end - m.start < best.end - best.start)) best = m;
  }
  return best;
}

export function entityTargetAt(workspace: CorpusWorkspace, file: string, offset: number): EntityTarget | undefined {
  const entities = workspace.entitiesOf(file);
  if (!entities) return undefined;
  if (entities.files.has(file)) {
    const entity = entities.registry.entityAt(file, offset);
    return entity ? { entities, entityKey: entity.id, entity } : undefined;
  }
  const mention = mentionAt(entities.index.documentMentions(file), offset);
  if (!mention) return undefined;
  return { entities, entityKey: mention.entityKey, entity: entities.registry.get(mention.entityKey), mention };
}

/** The name to show for an entity key: the registry's, or the form most often seen. */
export function displayName(entities: CorpusEntities, key: string): string {
  return entities.registry.get(key)?.name ?? entities.index.stats(key, 0)?.displayName ?? key.replace(/^unknown:[a-z]+:/, '');
}
