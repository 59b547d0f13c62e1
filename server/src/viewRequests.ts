// The corpus views' custom requests on the connection: the Entities view, the concordance (an
// entity's mentions from the index, a phrase through the pool), the timeline, and the status
// the client shows in the status bar.

import { ProgressType, type CancellationToken, type Connection } from 'vscode-languageserver/node';
import type { CorpusWorkspace } from './workspace/corpusWorkspace';
import { translator } from './core/i18n';
import type { EntityTarget } from './features/entityLookup';
import { entities, entityArticles, entityConcordance, entityConcordanceArticles, entityGroups, entityItem, entityMentions, timeline, type ViewHost } from './features/corpusViews';
import { compilePhrase } from './core/search/phraseSearch';
import type { Severity } from './core/diagnostic';
import type { CorpusIndex } from './core/index/corpusIndex';
import type { CorpusConfig } from './core/config/corpusConfig';
import type { ClientActivity } from './clientActivity';
import {
  CONCORDANCE,
  CORPUS_STATUS,
  ENTITIES,
  ENTITY_ARTICLES,
  ENTITY_AT,
  ENTITY_GROUPS,
  ENTITY_MENTIONS,
  TIMELINE,
  type ConcordanceParams,
  type ConcordanceResult,
  type ConcordanceRow,
  type CorpusStatusParams,
  type EntitiesParams,
  type EntityArticlesParams,
  type EntityAtParams,
  type EntityAtResult,
  type EntityGroupsParams,
  type EntityMentionsParams,
  type TimelineParams,
} from './protocol/corpusLensProtocol';

export interface ViewRequestDeps {
  connection: Connection;
  /** The client's messages: the problem count after a scan runs in their pauses. */
  activity: ClientActivity;
  workspace: () => CorpusWorkspace;
  host: ViewHost;
  targetAt(uri: string, position: { line: number; character: number }): { target: EntityTarget } | undefined;
  liveText(path: string): string | undefined;
}

const DEFAULT_CONTEXT = 60;
const DEFAULT_ROWS = 10_000;
/** Rows per page of partial results; the first page is small, so the first rows show at once. */
const PAGE = 500;
const FIRST_PAGE = 20;
/** A page waits at most this long for more rows: a slow phrase search still shows what it found. */
const PAGE_MS = 250;

export function registerViewRequests(deps: ViewRequestDeps): { statusChanged(paths?: Iterable<string>): void; scanProgress(done: number, total: number): void; scanDone(): void } {
  const { connection, host } = deps;
  connection.onRequest(ENTITY_GROUPS, (p: EntityGroupsParams) => entityGroups(host, p));
  connection.onRequest(ENTITIES, (p: EntitiesParams) => entities(host, p));
  connection.onRequest(ENTITY_ARTICLES, (p: EntityArticlesParams) => entityArticles(host, p));
  connection.onRequest(ENTITY_MENTIONS, (p: EntityMentionsParams) => entityMentions(host, p));
  connection.onRequest(ENTITY_AT, (p: EntityAtParams): EntityAtResult => {
    const found = deps.targetAt(p.textDocument.uri, p.position);
    if (!found?.target.mention) return null;
    return entityItem(host, found.target.entityKey) ?? null;
  });
  connection.onRequest(TIMELINE, (p: TimelineParams) => timeline(host, p));
  connection.onRequest(CONCORDANCE, (p: ConcordanceParams, token: CancellationToken) => concordance(deps, p, token));

  // The status bar: progress while scanning, then the corpus in figures, at most twice a second.
  // Problems are counted whole once per scan, then only for the articles that changed: a
  // keystroke must not count the problems of 100,000 articles again.
  let timer: NodeJS.Timeout | undefined;
  let scanning: { done: number; total: number } | undefined;
  /** After a scan of a large corpus, while its problems are counted (a slice at a time). */
  let counting: { done: number; total: number } | undefined;
  const problems = new ProblemTally();
  const changed = new Set<string>();
  const send = () => {
    timer = undefined;
    const workspace = deps.workspace();
    // Articles changed during a count are counted when it is over.
    if (!scanning && !counting) {
      problems.update(workspace, changed);
      changed.clear();
    }
    void connection.sendNotification(CORPUS_STATUS, corpusStatus(workspace, scanning ?? counting, problems.totals));
  };
  const schedule = () => {
    if (!timer) timer = setTimeout(send, 500);
  };
  return {
    statusChanged(paths) {
      for (const p of paths ?? []) changed.add(p);
      schedule();
    },
    scanDone() {
      scanning = undefined;
      changed.clear();
      const workspace = deps.workspace();
      const pending = problems.recountAll(workspace, () => deps.activity.turn());
      // At once: the status bar should not say "indexing" after the ready notification, unless
      // a large corpus's problems are still being counted.
      if (timer) clearTimeout(timer);
      if (pending) {
        const articles = [...workspace.entities.values()].reduce((n, e) => n + e.corpusIndex.size, 0);
        counting = { done: articles, total: articles };
        void pending.then((current) => {
          if (!current) return;
          counting = undefined;
          if (timer) clearTimeout(timer);
          send();
        });
      }
      send();
    },
    scanProgress(done, total) {
      scanning = { done, total };
      counting = undefined;
      problems.cancel();
      schedule();
    },
  };
}

/** Milliseconds of counting at a time. The next slice waits for a pause in the client's
 *  messages (ClientActivity): a keystroke takes several turns of the event loop (its change, the
 *  diagnostics asked for, the answer), and none should wait behind a slice. */
const RECOUNT_SLICE_MS = 4;
/** Articles counted at once after a scan, at most; a larger corpus goes on a slice at a time. */
const FIRST_SLICE = 1000;

/** Problems of every article by severity: counted whole after a scan, then per changed article. */
class ProblemTally {
  readonly totals: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  private readonly perPath = new Map<string, Record<Severity, number>>();

  /** Counts bumped by cancel() or a newer count, so that an older count stops. */
  private generation = 0;

  /**
   * Counts every article again. A large corpus is counted a slice at a time, the event loop free
   * in between (the corpus-wide checks of 100,000 articles take seconds, and requests must not
   * wait for them): then a promise says when it is over (false: a newer count or a scan
   * replaced it). A corpus counted in one slice gives undefined, its totals final at once.
   * `turn` resolves when the next slice may run.
   */
  recountAll(workspace: CorpusWorkspace, turn: () => Promise<void>): Promise<boolean> | undefined {
    const generation = ++this.generation;
    this.perPath.clear();
    for (const k of SEVERITIES) this.totals[k] = 0;
    const work: Array<{ root: string; index: CorpusIndex; config: CorpusConfig | undefined; paths: string[]; whole: boolean }> = [];
    for (const [root, e] of workspace.entities) {
      const config = workspace.corpora.get(root)?.config;
      // Counts kept over the index as saved: only the articles changed since are counted.
      const kept = config && workspace.keptProblemCounts(root, JSON.stringify(config.rules));
      if (kept) {
        for (const [path, counts] of kept.perArticle) {
          // Under the index's own copy of the path: the file's copies go with it (5 MB at 100,000).
          const own = kept.touched.has(path) ? undefined : e.corpusIndex.ownPath(path);
          if (own) this.set(own, counts);
        }
        work.push({ root, index: e.corpusIndex, config, paths: [...kept.touched].filter((p) => e.corpusIndex.has(p)), whole: false });
      } else work.push({ root, index: e.corpusIndex, config, paths: [...e.corpusIndex.paths()], whole: true });
    }
    let w = 0;
    let i = 0;
    // The first slice, counted before the status is sent, is short: a corpus of more than
    // FIRST_SLICE articles always says it is counting, however fast the machine.
    let most = FIRST_SLICE;
    const slice = (): boolean => {
      const until = performance.now() + RECOUNT_SLICE_MS;
      const more = () => performance.now() <= until;
      for (let n = 0; w < work.length; w++, i = 0) {
        const { index, config, paths } = work[w];
        // The people's title days first, an entity a step: an article's count would build
        // those of all its people at once. (A few articles touched since a save build their own.)
        if (i === 0 && work[w].whole && !index.entities.prepareTitleDays(more)) return false;
        for (; i < paths.length; i++) {
          // The clock is read every 16 articles: an article costs from microseconds to a millisecond.
          if (n === most || ((++n & 15) === 0 && performance.now() > until)) return false;
          // Removed since the count began: taken off with the other changes when the count is over.
          if (index.has(paths[i])) this.set(paths[i], index.problemCountsOf(paths[i], config));
        }
        if (config && work[w].whole) this.keep(workspace, work[w].root, index, config);
      }
      return true;
    };
    if (slice()) return undefined;
    most = Infinity;
    return (async () => {
      for (;;) {
        await turn();
        if (generation !== this.generation) return false;
        if (slice()) return true;
      }
    })();
  }

  /** Keeps a corpus's counts for the next start (the workspace keeps them only while its index
   *  is the one saved). */
  private keep(workspace: CorpusWorkspace, root: string, index: CorpusIndex, config: CorpusConfig): void {
    if (index.touchedSinceSaved()?.size !== 0) return;
    const mine = new Map<string, Record<Severity, number>>();
    const totals: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
    // (An article is in one corpus's index only: a nested corpus's are not the outer one's.)
    for (const [path, counts] of this.perPath) {
      if (!index.has(path)) continue;
      mine.set(path, counts);
      for (const k of SEVERITIES) totals[k] += counts[k];
    }
    workspace.keepProblemCounts(root, JSON.stringify(config.rules), totals, mine);
  }

  /** Stops a count under way (a new scan will count again). */
  cancel(): void {
    this.generation++;
  }

  update(workspace: CorpusWorkspace, paths: Iterable<string>): void {
    for (const path of paths) {
      const e = workspace.entitiesOf(path);
      const config = workspace.corpusOf(path)?.config;
      this.set(path, e?.corpusIndex.has(path) ? e.corpusIndex.problemCountsOf(path, config) : undefined);
    }
  }

  private set(path: string, counts: Record<Severity, number> | undefined): void {
    const old = this.perPath.get(path);
    if (old) for (const k of SEVERITIES) this.totals[k] -= old[k];
    // An article without problems is not kept: at 100,000 articles an entry each was 9 MB.
    if (counts && SEVERITIES.some((k) => counts[k] > 0)) {
      for (const k of SEVERITIES) this.totals[k] += counts[k];
      this.perPath.set(path, counts);
    } else this.perPath.delete(path);
  }
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

function corpusStatus(workspace: CorpusWorkspace, scanning: { done: number; total: number } | undefined, counts: Record<Severity, number>): CorpusStatusParams {
  let entitiesCount = 0;
  let mentions = 0;
  let articles = 0;
  for (const e of workspace.entities.values()) {
    entitiesCount += e.index.sizes.entities;
    mentions += e.index.mentionCount;
    articles += e.corpusIndex.size;
  }
  return {
    indexing: scanning !== undefined,
    done: scanning?.done,
    total: scanning?.total,
    articles,
    entities: entitiesCount,
    mentions,
    problems: { errors: counts.error, warnings: counts.warning, infos: counts.information, hints: counts.hint },
  };
}

async function concordance(deps: ViewRequestDeps, p: ConcordanceParams, token: CancellationToken): Promise<ConcordanceResult> {
  const context = Math.min(300, Math.max(0, p.context ?? DEFAULT_CONTEXT));
  const limit = Math.max(1, p.limit ?? DEFAULT_ROWS);
  const stream = p.partialResultToken !== undefined;
  const kept: ConcordanceRow[] = [];
  let page: ConcordanceRow[] = [];
  let sent = 0;
  let pages = 0;
  let lastFlush = Date.now();
  let total = 0;
  let articles = 0;
  const flush = async (force: boolean) => {
    const due = page.length >= (pages === 0 ? FIRST_PAGE : PAGE) || Date.now() - lastFlush >= PAGE_MS;
    if (!stream || (!force && !due) || !page.length) return;
    pages++;
    lastFlush = Date.now();
    deps.connection.sendProgress(new ProgressType<ConcordanceRow[]>(), p.partialResultToken!, page);
    page = [];
    // Other requests get their turn between pages.
    await new Promise((resolve) => setImmediate(resolve));
  };
  const take = async (rows: ConcordanceRow[], matches: number) => {
    articles++;
    total += matches;
    for (const r of rows) {
      if (sent >= limit) break;
      sent++;
      (stream ? page : kept).push(r);
    }
    await flush(false);
  };
  const host = deps.host;
  if ('entity' in p.query) {
    if (!entityItem(host, p.query.entity)) return { rows: [], total: 0, articles: 0, problem: translator(deps.workspace().language)('server.noMention', { key: p.query.entity }) };
    // The index knows how many there are: articles are read only for the rows sent.
    const { articles: chosen, mentions } = entityConcordanceArticles(host, p.query.entity, p.month);
    for await (const rows of entityConcordance(host, p.query.entity, chosen, context)) {
      if (token.isCancellationRequested || sent >= limit) break;
      await take(rows, 0);
    }
    total = mentions;
    articles = chosen.length;
  } else {
    const query = compilePhrase(p.query.phrase, p.query.ignoreDiacritics ?? false);
    if (!query) return { rows: [], total: 0, articles: 0, problem: translator(deps.workspace().language)('server.noWord') };
    const workspace = deps.workspace();
    const batches = workspace.searchPhrase(query, {
      context,
      maxRowsPerFile: limit,
      month: p.month,
      liveText: deps.liveText,
      stop: () => token.isCancellationRequested,
      rowsWanted: () => limit - sent,
    });
    for await (const files of batches) {
      for (const f of files) {
        if (f.unreadable) continue;
        // Enough rows: the rest are counted only.
        if (sent >= limit) {
          await take([], f.total);
          continue;
        }
        const index = workspace.entitiesOf(f.path)?.corpusIndex;
        const summary = index?.facts(f.path);
        const title = index?.titleOf(f.path);
        const uri = host.uriOf(f.path);
        const rows = f.hits.map((h) => ({ uri, range: { start: h.start, end: h.end }, left: h.left, match: h.match, right: h.right, date: summary?.header.date, title }));
        await take(rows, f.total);
      }
      if (token.isCancellationRequested) break;
    }
  }
  await flush(true);
  return { rows: kept, total, articles };
}
