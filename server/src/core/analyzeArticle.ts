// One call the fronts make per article: parse it, run the rules, resolve its dates.

import type { Finding } from './diagnostic';
import type { Article } from './corpus/article';
import { defaultConfig, type CorpusConfig } from './config/corpusConfig';
import { articleDates } from './dates/articleDates';
import type { DateMention } from './dates/dateMention';
import { resolvePartialDate, type ResolvedDate } from './dates/resolveDate';
import type { EntityRegistry } from './entities/registry';
import type { EntityMention } from './entities/types';
import { summarizeArticleWithDetails } from './summary/articleSummary';
import { withConfiguredSeverity } from './rules/corpus';

export interface AnalysisOptions {
  config?: CorpusConfig;
  /** YYYY-MM-DD; defaults to the local date. */
  today?: string;
  /** Recognise entities with this registry (skipped when absent). */
  registry?: EntityRegistry;
}

export interface DatedMention {
  mention: DateMention;
  /** The calendar date of a partial mention, read in the header's year. */
  resolved?: ResolvedDate;
}

export interface ArticleAnalysis {
  article: Article;
  findings: Finding[];
  dates: DatedMention[];
  mentions: EntityMention[];
}

export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** The whole analysis of one text, severities configured: the summary's path (one parse, one
 *  recognition, every rule once) plus what an editor shows of an open article. */
export function analyzeArticle(text: string, options: AnalysisOptions = {}): ArticleAnalysis {
  const config = options.config ?? defaultConfig();
  const today = options.today ?? localToday();
  const { findings, article, mentions } = summarizeArticleWithDetails(text, { path: '', config, today, registry: options.registry });
  const dates = articleDates(text, article).map((mention) => ({
    mention,
    resolved: article.date ? resolvePartialDate(mention, article.date) : undefined,
  }));
  return { article, findings: withConfiguredSeverity(findings, config), dates, mentions };
}
