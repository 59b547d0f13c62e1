// The messages Corpus Lens adds to LSP, named and typed once: the server sends them, the client
// (and the tests) receive them through these same names and types. Plain method names, not
// NotificationType objects, so no copy of vscode-jsonrpc has to match another.

import type { WorkspaceEdit } from 'vscode-languageserver-protocol';

export interface IndexReadyParams {
  /** Articles known after the scan (open ones included). */
  articles: number;
  /** The corpus roots found. */
  corpora: string[];
  /** The server's process id (for logs, and for the tests that stop it). */
  pid: number;
}

/** The corpus has been read and indexed; sent after every completed scan. */
export const INDEX_READY = 'corpusLens/indexReady';

/** Positions as LSP has them (lines and UTF-16 columns from 0). */
export interface ProtocolRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export type EntityTypeName = 'person' | 'organization' | 'place' | 'sector' | 'event';
/** The Entities view's top level: the types, with people the registry does not know apart. */
export type EntityGroup = EntityTypeName | 'unknown-person';

/** While indexing, then the corpus in figures (the status bar); sent throttled, and after every scan. */
export const CORPUS_STATUS = 'corpusLens/corpusStatus';
export interface CorpusStatusParams {
  indexing: boolean;
  /** During a scan: files read so far and in all. */
  done?: number;
  total?: number;
  articles: number;
  entities: number;
  mentions: number;
  problems: { errors: number; warnings: number; infos: number; hints: number };
}

/** The groups of the Entities view with their sizes, after an optional filter. */
export const ENTITY_GROUPS = 'corpusLens/entityGroups';
export interface EntityGroupsParams {
  /** Matched on names and surfaces seen, ignoring case and diacritics. */
  filter?: string;
}
export interface EntityGroupInfo {
  group: EntityGroup;
  entities: number;
  mentions: number;
}
export interface EntityGroupsResult {
  groups: EntityGroupInfo[];
}

/** One page of a group's entities. */
export const ENTITIES = 'corpusLens/entities';
export interface EntitiesParams {
  group: EntityGroup;
  filter?: string;
  /** Mentions (most first, the default) or name (alphabetical, diacritics ignored). */
  sort?: 'mentions' | 'name';
  offset?: number;
  /** At most 1,000. */
  limit?: number;
}
export interface EntityItem {
  key: string;
  name: string;
  type: EntityTypeName;
  group: EntityGroup;
  mentions: number;
  articles: number;
}
export interface EntitiesResult {
  items: EntityItem[];
  /** All entities of the group that pass the filter. */
  total: number;
}

/** One page of the articles that mention an entity: newest header date first, undated last. */
export const ENTITY_ARTICLES = 'corpusLens/entityArticles';
export interface EntityArticlesParams {
  key: string;
  offset?: number;
  limit?: number;
}
export interface EntityArticleItem {
  uri: string;
  title?: string;
  date?: string;
  mentions: number;
}
export interface EntityArticlesResult {
  items: EntityArticleItem[];
  total: number;
}

/** The mentions of an entity in one article, with their lines. */
export const ENTITY_MENTIONS = 'corpusLens/entityMentions';
export interface EntityMentionsParams {
  key: string;
  uri: string;
}
export interface MentionLine {
  range: ProtocolRange;
  /** The line, shortened around the mention when long (see `lineStart`). */
  line: string;
  /** Where the mention is in `line` (UTF-16 units). */
  matchStart: number;
  matchEnd: number;
}
export interface EntityMentionsResult {
  items: MentionLine[];
}

/** The entity mentioned at a position (Reveal in Entities view, the concordance of the entity under the cursor). */
export const ENTITY_AT = 'corpusLens/entityAt';
export interface EntityAtParams {
  textDocument: { uri: string };
  position: { line: number; character: number };
}
export type EntityAtResult = EntityItem | null;

/** Key-word-in-context rows of an entity's mentions or of a phrase. With a
 *  `partialResultToken` the rows come as pages (`ConcordanceRow[]`) and the answer holds none. */
export const CONCORDANCE = 'corpusLens/concordance';
export type ConcordanceQuery = { entity: string } | { phrase: string; ignoreDiacritics?: boolean };
export interface ConcordanceParams {
  query: ConcordanceQuery;
  /** Characters of context each side (default 60, at most 300). */
  context?: number;
  /** At most this many rows (default 10,000). */
  limit?: number;
  /** Only articles with a header date in this month (`YYYY-MM`), or `undated` for those without
   *  one (or with one after today, as the timeline counts them). */
  month?: string;
  partialResultToken?: string | number;
  workDoneToken?: string | number;
}
export interface ConcordanceRow {
  uri: string;
  range: ProtocolRange;
  left: string;
  match: string;
  right: string;
  date?: string;
  title?: string;
}
export interface ConcordanceResult {
  rows: ConcordanceRow[];
  /** Matches found (can exceed the rows sent, after `limit`). */
  total: number;
  /** Articles looked at. */
  articles: number;
  /** The query cannot match anything (an empty phrase, an unknown entity): says why. */
  problem?: string;
}

/** Mentions per month of some entities, and the entities most associated with each. */
export const TIMELINE = 'corpusLens/timeline';
export interface TimelineParams {
  keys: string[];
  /** Associated entities per entity (default 10). */
  top?: number;
}
export interface TimelineSeries {
  key: string;
  name: string;
  type: EntityTypeName;
  /** Mentions per month, aligned with `months`. */
  counts: number[];
  /** Mentions in articles without a header date, or with one after today (header/future-date). */
  undated: number;
  mentions: number;
  articles: number;
  /** Ranked by logDice over the articles both are mentioned in (14 + log2(2·both / (a + b))). */
  associated: Array<{ key: string; name: string; type: EntityTypeName; logDice: number; articles: number }>;
}
export interface TimelineResult {
  /** `YYYY-MM`, every month from the first to the last with a mention, none missing. */
  months: string[];
  series: TimelineSeries[];
}

/** People the articles name whom the registry does not know, grouped when one person is
 *  written differently, most mentioned first, each with the registry edit that files it. */
export const UNKNOWN_PEOPLE = 'corpusLens/unknownPeople';
export interface UnknownPersonGroupItem {
  /** The corpus root the group belongs to. */
  corpus: string;
  name: string;
  mentions: number;
  articles: number;
  aliases: string[];
  titles: Array<{ title: string; first?: string; last?: string; count: number }>;
  /** A new entry, or the spellings as aliases of an entry the registry has under that name. */
  suggestion: { kind: 'new'; id: string } | { kind: 'alias'; entityId: string; entityName: string };
  members: Array<{ key: string; name: string; mentions: number }>;
  /** The edit that files it (absent when it cannot be written: see the registry file). */
  edit?: WorkspaceEdit;
  registryFile?: string;
  /** The edit that adds the name to corpus-lens.yaml's ignoreUnknown list. */
  ignoreEdit?: WorkspaceEdit;
}
export interface UnknownPeopleResult {
  groups: UnknownPersonGroupItem[];
}

/** Writes the corpus out for annotation tools (as `corpus-lens export` does); cancellable. */
export const EXPORT_CORPUS = 'corpusLens/exportCorpus';
export interface ExportCorpusParams {
  format: 'jsonl' | 'conll' | 'brat';
  /** An absolute folder; created when missing. */
  outDir: string;
  nested?: 'outer' | 'inner' | 'all';
  scheme?: 'iob2' | 'bioes';
}
export interface ExportCorpusResult {
  articles: number;
  /** Names written. */
  spans: number;
  skipped: Array<{ path: string; reason: string }>;
  /** Files written. */
  written: string[];
  cancelled: boolean;
  /** Why nothing was written (the folder is inside a corpus…). */
  refused?: string;
}
/** Progress of an export: articles done of all. */
export const EXPORT_PROGRESS = 'corpusLens/exportProgress';
export interface ExportProgressParams {
  done: number;
  total: number;
}
