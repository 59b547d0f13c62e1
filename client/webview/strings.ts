// The texts the two webviews show, in English. The extension host translates them with the
// extension's l10n bundle (l10n/bundle.l10n.<language>.json, keyed by these English texts) and
// hands them to the page in the `data-l10n` attribute of its <main id="app"> (no inline script:
// the pages' content security policy forbids it). `{0}`, `{1}`: values filled in by the page.
// Imported by the webview bundles and by the client; no DOM or vscode API at module level.

export const CONCORDANCE_STRINGS = {
  sortFound: 'Order found',
  sortLeft: 'Left context (nearest word first)',
  sortMatch: 'Match',
  sortRight: 'Right context',
  sortDate: 'Date',
  sortFile: 'File',
  search: 'Search…',
  searchTitle: 'Find a word or phrase in the corpus',
  cancel: 'Cancel',
  cancelTitle: 'Stop this search',
  allMonths: 'All months',
  allMonthsTitle: 'Show the matches of every month',
  groupByMonth: 'Group by month',
  sort: 'Sort',
  export: 'Export…',
  exportTitle: 'Save the rows as shown to a CSV or TSV file',
  table: 'Concordance',
  headDate: 'Date',
  headLeft: 'Left context',
  headMatch: 'Match',
  headRight: 'Right context',
  headFile: 'File',
  sortBy: 'Sort by {0} (again: reverse)',
  undated: 'Undated',
  fileLine: '{0}, line {1}',
  inUndated: ' in undated articles',
  inMonth: ' in {0}',
  match: '{0} match',
  matches: '{0} matches',
  article: '{0} article',
  articles: '{0} articles',
  idle: 'Run “Corpus Lens: Show Concordance” on a name in an article, or search for a word or phrase.',
  showingFirst: '{0}{1}: showing the first {2}; counting the others…',
  searching: '{0}{1}: searching… {2} so far',
  cancelledAfter: '{0}{1}: cancelled after {2}',
  failed: '{0}{1}: the search failed',
  doneTruncated: '{0}: {1}{2} · showing first {3}, from {4}',
  done: '{0}: {1} in {2}{3}',
  searchFailed: 'The search failed: {0}',
  noMatches: 'No matches.',
  cancelledEmpty: 'Cancelled before any match was found.',
  descending: 'Descending (click for ascending)',
  ascending: 'Ascending (click for descending)',
};

export const TIMELINE_STRINGS = {
  typePerson: 'person',
  typeOrganization: 'organisation',
  typePlace: 'place',
  typeSector: 'sector',
  typeEvent: 'event',
  mention: '{0} mention',
  mentions: '{0} mentions',
  article: '{0} article',
  articles: '{0} articles',
  datedMention: '{0} dated mention',
  datedMentions: '{0} dated mentions',
  title: 'Entity Timeline',
  titleOf: 'Timeline: {0}',
  add: 'Add entity…',
  addTitle: 'Compare with another entity',
  chartLabel: 'Mentions per month (the data table below has the same figures)',
  hint: 'Click a bar to see the concordance of that entity in that month.',
  dataTable: 'Data table',
  axisMentions: 'mentions',
  tooltipFooter: 'Click a bar for its concordance',
  noEntity: 'No such entity in the corpus.',
  noDated: 'No mention in an article with a header date: nothing to draw by month.',
  span: '{0} to {1}: {2}.',
  noneUndated: 'none in undated articles',
  undated: '{0} in articles without a header date, counted apart (not on the chart)',
  total: ' ({0}): {1} in {2}; {3}.',
  remove: 'Remove',
  removeTitle: 'Take {0} off the chart',
  month: 'Month',
  concordanceOf: 'Concordance of {0} in {1}',
  mentionedWith: 'Mentioned most with {0}',
  noAssociated: 'No other entity shares an article with it.',
  headEntity: 'Entity',
  headType: 'Type',
  headShared: 'Shared articles',
  logDiceTitle: 'Association over articles: 14 + log2(2·both / (a + b)); 14 at most, higher is stronger',
  addToChart: 'Add {0} to the chart',
  counting: 'Counting mentions…',
  failed: 'The timeline could not be computed: {0}',
};

export type ConcordanceStrings = typeof CONCORDANCE_STRINGS;
export type TimelineStrings = typeof TIMELINE_STRINGS;

/** What the extension host puts in `data-l10n`: the display language and the translated texts. */
export interface WebviewL10n {
  /** VS Code's display language (`en`, `vi`): numbers are written its way. */
  locale: string;
  strings: Record<string, string>;
}

/** `{0}`, `{1}`… filled in with the values. */
export function fmt(template: string, ...values: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (all, i: string) => (values[Number(i)] === undefined ? all : String(values[Number(i)])));
}

/** The texts handed to a page (English where one is missing), and its locale. */
export function pageStrings<T extends Record<string, string>>(defaults: T, raw: string | undefined): { s: T; locale: string } {
  let given: Partial<WebviewL10n> = {};
  try {
    given = raw ? (JSON.parse(raw) as WebviewL10n) : {};
  } catch {
    given = {};
  }
  const s = { ...defaults };
  for (const k of Object.keys(defaults) as Array<keyof T>) {
    const v = given.strings?.[k as string];
    if (typeof v === 'string') s[k] = v as T[keyof T];
  }
  return { s, locale: typeof given.locale === 'string' && given.locale ? given.locale : 'en' };
}
