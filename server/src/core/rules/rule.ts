import type { Finding, Severity } from '../diagnostic';
import type { Article } from '../corpus/article';
import type { CorpusConfig } from '../config/corpusConfig';
import type { EntityMention } from '../entities/types';
import type { EntityRegistry } from '../entities/registry';

/** What a rule sees of one article. Rules are pure: no I/O, no clock (`today` is given). */
export interface RuleContext {
  text: string;
  article: Article;
  config: CorpusConfig;
  /** Today's date as YYYY-MM-DD, so results are reproducible in tests. */
  today: string;
  /** Entity mentions, when the caller recognised them (empty otherwise). */
  mentions: EntityMention[];
  /** The registry the mentions were recognised with (titles with dates, for entity/stale-title). */
  registry?: EntityRegistry;
  /** Findings a rule keeps one by one at most; the rest are counted (findingList). Analyses set
   *  MAX_RULE_FINDINGS, `fix` FIX_PASS_FINDINGS a pass; undefined: every one. */
  maxFindings?: number;
}

/** A finding before the corpus configuration has set its severity. */
export type RuleFinding = Omit<Finding, 'severity' | 'code'> & { code?: string; severity?: Severity };

export interface Rule {
  /** Stable code, also the anchor of its section in docs/rules.md. */
  code: string;
  defaultSeverity: Severity;
  /** One line for docs and `corpus-lens rules`. */
  description: string;
  /** True for fixes the CLI's `fix` command may apply without a human choice. */
  safeFix?: boolean;
  check(ctx: RuleContext): RuleFinding[];
}
