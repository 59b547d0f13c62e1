// An article's entity mentions as one Int32Array and a string table: no object per mention,
// so 100,000 summaries cost little to keep, clone across threads and read back from disk.
// Entity keys are strings (registry ids or normalised names), never numbers that depend on
// the order articles were processed in.

import { ENTITY_TYPES, type EntityMention, type EntityType } from '../entities/types';

/** Ints per mention: key, start, length, flags, surface, title (-1: none). */
export const MENTION_INTS = 6;
export const FLAG_NESTED = 1 << 3;
export const FLAG_AUTHOR = 1 << 4;
export const FLAG_KNOWN = 1 << 5;
export const TYPE_MASK = 7;

export interface PackedMentions {
  data: Int32Array;
  /** Keys, surfaces and titles, each written once. */
  strings: string[];
}

export const TYPE_CODE: Record<EntityType, number> = { person: 0, organization: 1, place: 2, sector: 3, event: 4 };

export function packMentions(mentions: readonly EntityMention[]): PackedMentions {
  const data = new Int32Array(mentions.length * MENTION_INTS);
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const intern = (s: string) => {
    let id = ids.get(s);
    if (id === undefined) {
      id = strings.length;
      strings.push(s);
      ids.set(s, id);
    }
    return id;
  };
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const k = i * MENTION_INTS;
    data[k] = intern(m.key);
    data[k + 1] = m.start;
    data[k + 2] = m.end - m.start;
    data[k + 3] = TYPE_CODE[m.type] | (m.nested ? FLAG_NESTED : 0) | (m.role === 'author' ? FLAG_AUTHOR : 0) | (m.entityId ? FLAG_KNOWN : 0);
    data[k + 4] = intern(m.text);
    data[k + 5] = m.title ? intern(m.title.text) : -1;
  }
  return { data, strings };
}

export function mentionCount(p: PackedMentions): number {
  return p.data.length / MENTION_INTS;
}

export function typeOfFlags(flags: number): EntityType {
  return ENTITY_TYPES[flags & TYPE_MASK];
}
