// The unit of everything at scale: the pure result of analysing one article's text, as plain
// data. It crosses a thread (structured clone, typed arrays transferred), is written to the
// cache on disk, and is all that indexes keep of an article. Severity from corpus-lens.yaml is
// not in it: findings carry their rule's default severity and are configured when published.

import type { Finding } from '../diagnostic';
import type { HeaderResult } from '../corpus/header';
import type { CorpusConfig } from '../config/corpusConfig';
import { parseArticle } from '../corpus/article';
import { articleIdOf } from '../corpus/fileNames';
import { bodyFingerprint, type BodyFingerprint } from '../corpus/bodyFingerprint';
import type { EntityRegistry } from '../entities/registry';
import { recognizeEntities } from '../entities/recognize';
import { runRules } from '../rules';
import { editedLineFacts, lineFacts } from '../rules/lineFacts';
import { editedArticleDates } from '../dates/articleDates';
import { packMentions, type PackedMentions } from './packedMentions';
import type { EntityMention } from '../entities/types';
import { isMarkedPast } from '../entities/titleTimeline';
import { keptFindings, MAX_RULE_FINDINGS } from './keptFindings';

/** A hash of the analyser's source, written into the bundles by the build (scripts/build.mjs). */
declare const __ANALYZER_SOURCE_HASH__: string | undefined;

/**
 * Cached summaries of another version are dropped. The build adds a hash of the core's source, so
 * a release that changes any rule or the recognizer never reads summaries of the one before; bump
 * the number when running from source (tsx) should drop them too.
 */
export const ANALYZER_VERSION = `2+${typeof __ANALYZER_SOURCE_HASH__ === 'string' ? __ANALYZER_SOURCE_HASH__ : 'source'}`;

export interface HeaderFacts {
  kind: HeaderResult['kind'];
  /** ISO date of a valid header. */
  date?: string;
  title?: string;
}

export interface ArticleSummary {
  /** The document key: a path (CLI, server) or any other key the host uses. */
  path: string;
  /** Length of the text in UTF-16 units. */
  length: number;
  header: HeaderFacts;
  /** The article's own findings at their rules' default severities (every rule, none off): the
   *  first ones, the rest counted (keptFindings). */
  findings: Finding[];
  mentions: PackedMentions;
  /** Offsets of each line's start and end (before its line break): positions without the text. */
  lineStarts: Uint32Array;
  lineEnds: Uint32Array;
  fingerprint: BodyFingerprint;
  /** The 16-hex-digit id in the file name, when it has one. */
  fileId?: string;
  /** The day the analysis was made for (header/future-date and the insert-header fix read it). */
  today: string;
  /** People given a title here, the title not marked as past: the first mention per person and
   *  title (entity/title-conflict compares them with the rest of the corpus). */
  titled: TitledMention[];
}

export interface TitledMention {
  key: string;
  title: string;
  start: number;
  end: number;
}

export interface SummaryContext {
  path: string;
  config: CorpusConfig;
  /** YYYY-MM-DD. */
  today: string;
  /** Recognise entities with this registry (none recognised when absent). */
  registry?: EntityRegistry;
  /** The text is most likely an edit of the last one analysed with `edited` (an open article
   *  at each keystroke): what is worked out line by line is kept for the lines they share. */
  edited?: boolean;
}

/** The summary and, for an open document, what only the editor needs of the same analysis. */
export interface SummaryWithDetails {
  summary: ArticleSummary;
  /** Every finding, with its fixes (the summary keeps a file's first ones: keptFindings). */
  findings: Finding[];
  mentions: EntityMention[];
  article: ReturnType<typeof parseArticle>;
}

function titledMentions(text: string, mentions: EntityMention[]): TitledMention[] {
  const out: TitledMention[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person' || !m.title) continue;
    const pair = `${m.key}\u0000${m.title.text}`;
    // A pair already taken needs no look at its words (isMarkedPast is the costly test).
    if (seen.has(pair) || isMarkedPast(text, m.title.start, m.title.text)) continue;
    seen.add(pair);
    out.push({ key: m.key, title: m.title.text, start: m.start, end: m.end });
  }
  return out;
}

/** Analyses one article: parsed once, recognised once, every rule once. */
export function summarizeArticleWithDetails(text: string, ctx: SummaryContext): SummaryWithDetails {
  const article = parseArticle(text);
  // (The rules and the fingerprint then read the facts and dates made here.)
  if (ctx.edited) {
    editedLineFacts(text, article);
    editedArticleDates(text, article);
  }
  const mentions = ctx.registry ? recognizeEntities(text, ctx.registry, ctx.edited ? { edited: true } : undefined) : [];
  const findings = runRules({ text, article, config: ctx.config, today: ctx.today, mentions, registry: ctx.registry, maxFindings: MAX_RULE_FINDINGS }, undefined, { configured: false });
  const h = article.header;
  const header: HeaderFacts = { kind: h.kind };
  if (h.kind === 'valid') header.date = h.iso;
  if (h.kind !== 'missing' && h.header.title) header.title = h.header.title.text;
  const lines = article.lines;
  const lineStarts = new Uint32Array(lines.length);
  const lineEnds = new Uint32Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    lineStarts[i] = lines[i].start;
    lineEnds[i] = lines[i].end;
  }
  const summary: ArticleSummary = {
    path: ctx.path,
    length: text.length,
    header,
    findings: keptFindings(findings, ctx.config.language),
    mentions: packMentions(mentions),
    lineStarts,
    lineEnds,
    // The body's words were read in the rules' walk over the units (rules/lineFacts).
    fingerprint: bodyFingerprint(text, article, undefined, lineFacts(text, article).bodyWords),
    fileId: articleIdOf(ctx.path),
    today: ctx.today,
    titled: titledMentions(text, mentions),
  };
  return { summary, findings, mentions, article };
}

export function summarizeArticle(text: string, ctx: SummaryContext): ArticleSummary {
  return summarizeArticleWithDetails(text, ctx).summary;
}

/** True when a summary made on another day may say something else today. */
export function dependsOnToday(summary: Pick<ArticleSummary, 'today' | 'header'>, today: string): boolean {
  if (summary.today === today) return false;
  return mayChangeAfter(summary, summary.today);
}

/** True when what an analysis made on `day` says may change on a later day. */
export function mayChangeAfter(summary: Pick<ArticleSummary, 'header'>, day: string): boolean {
  return headerMayChangeAfter(summary.header.kind, summary.header.date, day);
}

/** mayChangeAfter, from the header's kind and date alone. */
export function headerMayChangeAfter(kind: HeaderFacts['kind'], date: string | undefined, day: string): boolean {
  // A missing or broken header's fix guesses dates up to today; a header date on or after
  // the day of the analysis may stop (or start) lying in the future.
  return kind !== 'valid' || (date ?? '') >= day;
}

/** The buffers a summary owns, to transfer them across threads without copying. */
export function summaryTransferList(s: ArticleSummary): ArrayBuffer[] {
  const out = [s.mentions.data.buffer, s.lineStarts.buffer, s.lineEnds.buffer] as ArrayBuffer[];
  if (s.fingerprint.signature) out.push(s.fingerprint.signature.buffer as ArrayBuffer);
  return out;
}
