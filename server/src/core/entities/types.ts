// Plain data of the entity layer: registry entries, problems, mentions.

import type { Severity } from '../diagnostic';

export type EntityType = 'person' | 'organization' | 'place' | 'sector' | 'event';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'sector', 'event'];

export type PlaceKind = 'country' | 'province' | 'city' | 'region' | 'sea' | 'other';
export const PLACE_KINDS: readonly PlaceKind[] = ['country', 'province', 'city', 'region', 'sea', 'other'];

/** Where something is written: a registry file and UTF-16 offsets into its text. */
export interface SourceRange {
  path: string;
  start: number;
  end: number;
}

export interface TitleEntry {
  title: string;
  organization?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** Where the entry is written (for the registry checks' positions). */
  range?: SourceRange;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  /** Other surface forms (the name itself is not repeated here). */
  aliases: string[];
  description?: string;
  english?: string;
  /** person: ISO 3166 alpha-2. */
  nationality?: string;
  titles: TitleEntry[];
  /** place */
  kind?: PlaceKind;
  iso?: string;
  /** sector / place / organization: id of the parent entity. */
  parent?: string;
  /** organization: ISO 3166 alpha-2. */
  country?: string;
  /** event */
  date?: string;
  from?: string;
  to?: string;
  /** True when every definition of it comes from the built-in knowledge base. */
  builtin: boolean;
  /** The YAML entry that defines it last (go-to-definition lands here). */
  definition: SourceRange;
  /** The `name` value of that entry. */
  nameRange: SourceRange;
  /** Earlier entries with the same id that this one overrides (built-in ones, usually). */
  overrides: SourceRange[];
  /** Where each alias is written (same order as `aliases`; absent for derived aliases). */
  aliasRanges: Array<SourceRange | undefined>;
}

export type RegistryProblemCode =
  | 'registry/overlapping-office'
  | 'registry/undated-title'
  | 'registry/unknown-field'
  | 'registry/duplicate-id'
  | 'registry/duplicate-alias'
  | 'registry/invalid-date'
  | 'registry/invalid-entry'
  | 'registry/syntax'
  | 'registry/unreadable';

export interface RegistryProblem {
  path: string;
  start: number;
  end: number;
  message: string;
  severity: Severity;
  code: RegistryProblemCode;
}

export interface RegistrySource {
  path: string;
  text: string;
  builtin: boolean;
  /** Why the file could not be read (a FIFO, a device, too large); its text is then empty. */
  unreadable?: string;
  /** The text's document as the build wrote it (yamlTree.ts, JSON), for a built-in file:
   *  rebuilt instead of parsed. */
  tree?: string;
}

export interface Span {
  start: number;
  end: number;
}

export type MentionRole = 'author' | 'dateline';

export interface EntityMention {
  start: number;
  end: number;
  /** The text as it stands in the article. */
  text: string;
  type: EntityType;
  /** Registry id, or null for a mention the recognizer found by shape or context. */
  entityId: string | null;
  /**
   * Stable key of what the mention refers to: the registry id, or for an unknown entity
   * `unknown:<type>:<search key of its full name>` (short forms get their full name's key).
   */
  key: string;
  /** The title or role word that introduced a person (`Thứ trưởng`, `Đại sứ`). */
  title?: Span & { text: string };
  role?: MentionRole;
  /** The full name a short form (`Lavrov`, `ông Trung`) stands for, when discovered in the article. */
  fullName?: string;
  /** True when the mention lies inside a longer one (a country inside an organisation name). */
  nested?: boolean;
  /** How it was found (`icu`: ICU's country names; `gazetteer`: the lexicon's world cities). */
  source: 'registry' | 'title' | 'shape' | 'head' | 'short-form' | 'byline' | 'dateline' | 'icu' | 'gazetteer' | 'acronym' | 'capitalised';
}
