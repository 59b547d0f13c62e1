// The Concordance view's page: a keyword-in-context table that fills as rows stream in, sorted by
// the words nearest the match (left), the match, the right context, the date or the file, and
// optionally grouped by month. It knows nothing of the server: the extension host sends rows and
// the query's end, and is told which row to open and which rows to export.

import type {
  ConcordanceFromWebview,
  ConcordanceRendered,
  ConcordanceSortKey,
  ConcordanceToWebview,
  ConcordanceViewRow,
  ConcordanceViewState,
} from './messages';

interface VsCodeApi {
  postMessage(message: ConcordanceFromWebview): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();

interface Prefs {
  sort: ConcordanceSortKey;
  descending: boolean;
  grouped: boolean;
}

const SORTS: Array<{ key: ConcordanceSortKey; label: string }> = [
  { key: 'found', label: 'Order found' },
  { key: 'left', label: 'Left context (nearest word first)' },
  { key: 'match', label: 'Match' },
  { key: 'right', label: 'Right context' },
  { key: 'date', label: 'Date' },
  { key: 'file', label: 'File' },
];

const saved = (vscode.getState() ?? {}) as Partial<Prefs>;
const prefs: Prefs = {
  sort: SORTS.some((s) => s.key === saved.sort) ? (saved.sort as ConcordanceSortKey) : 'found',
  descending: saved.descending === true,
  grouped: saved.grouped === true,
};

let state: ConcordanceViewState = { label: '', rows: [], status: 'idle' };
/** Set while the e2e hook clicks a row, so the open message carries its request id. */
let clickRequest: number | undefined;

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true, ignorePunctuation: true });
/** Sort keys, computed once per row. */
const keys = new WeakMap<ConcordanceViewRow, { left: string; right: string; match: string }>();

// ---- The page --------------------------------------------------------------------------------

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

const app = document.getElementById('app') ?? document.body.appendChild(el('main'));
const toolbar = app.appendChild(el('div', 'toolbar'));
const summary = toolbar.appendChild(el('div', 'summary'));
summary.setAttribute('role', 'status');
summary.setAttribute('aria-live', 'polite');
const actions = toolbar.appendChild(el('div', 'actions'));

const searchButton = actions.appendChild(el('button', 'secondary', 'Search…'));
searchButton.title = 'Find a word or phrase in the corpus';
const cancelButton = actions.appendChild(el('button', undefined, 'Cancel'));
cancelButton.title = 'Stop this search';
const allMonthsButton = actions.appendChild(el('button', 'secondary', 'All months'));
allMonthsButton.title = 'Show the matches of every month';

const groupLabel = actions.appendChild(el('label', 'check'));
const groupBox = groupLabel.appendChild(el('input'));
groupBox.type = 'checkbox';
groupBox.checked = prefs.grouped;
groupLabel.append(' Group by month');

const sortLabel = actions.appendChild(el('label', 'sort', 'Sort '));
const sortSelect = sortLabel.appendChild(el('select'));
for (const s of SORTS) {
  const o = sortSelect.appendChild(el('option', undefined, s.label));
  o.value = s.key;
}
sortSelect.value = prefs.sort;
const directionButton = actions.appendChild(el('button', 'secondary icon'));

const exportButton = actions.appendChild(el('button', 'secondary', 'Export…'));
exportButton.title = 'Save the rows as shown to a CSV or TSV file';

const problem = app.appendChild(el('div', 'problem'));
problem.setAttribute('role', 'alert');

const scroller = app.appendChild(el('div', 'scroll'));
const table = scroller.appendChild(el('table', 'kwic'));
table.setAttribute('aria-label', 'Concordance');
const colgroup = table.appendChild(el('colgroup'));
colgroup.appendChild(el('col', 'c-date'));
colgroup.appendChild(el('col', 'c-context'));
colgroup.appendChild(el('col', 'c-file'));
const thead = table.appendChild(el('thead'));
const headRow = thead.appendChild(el('tr'));
const headCells = new Map<ConcordanceSortKey, { th: HTMLElement; button: HTMLButtonElement }>();

function headButton(key: ConcordanceSortKey, label: string, parent: HTMLElement, th: HTMLElement, className?: string): void {
  const b = parent.appendChild(el('button', `sort-head${className ? ` ${className}` : ''}`, label));
  b.dataset.sort = key;
  b.title = `Sort by ${label.toLowerCase()} (again: reverse)`;
  headCells.set(key, { th, button: b });
}
{
  const thDate = headRow.appendChild(el('th', 'date'));
  thDate.scope = 'col';
  headButton('date', 'Date', thDate, thDate);
  const thContext = headRow.appendChild(el('th', 'context'));
  thContext.scope = 'col';
  const ctx = thContext.appendChild(el('div', 'ctx'));
  headButton('left', 'Left context', ctx, thContext, 'left');
  headButton('match', 'Match', ctx, thContext, 'match');
  headButton('right', 'Right context', ctx, thContext, 'right');
  const thFile = headRow.appendChild(el('th', 'file'));
  thFile.scope = 'col';
  headButton('file', 'File', thFile, thFile);
}

const empty = scroller.appendChild(el('p', 'empty'));

// ---- Sorting and grouping ---------------------------------------------------------------------

function keysOf(r: ConcordanceViewRow) {
  let k = keys.get(r);
  if (!k) {
    // The words nearest the match first: "… tiếp Tổng thống" sorts as "thống Tổng tiếp …".
    const left = r.left.trim().split(/\s+/).reverse().join(' ');
    k = { left, right: r.right.trim(), match: r.match };
    keys.set(r, k);
  }
  return k;
}

function compareRows(a: ConcordanceViewRow, b: ConcordanceViewRow, key: ConcordanceSortKey): number {
  switch (key) {
    case 'found':
      return a.id - b.id;
    case 'left':
    case 'right':
    case 'match':
      return collator.compare(keysOf(a)[key], keysOf(b)[key]);
    case 'date':
      // Undated rows after the dated ones.
      if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : 0;
      return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
    case 'file':
      return collator.compare(a.file, b.file) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
  }
}

function sortedRows(): ConcordanceViewRow[] {
  const sign = prefs.descending ? -1 : 1;
  return [...state.rows].sort((a, b) => sign * compareRows(a, b, prefs.sort) || a.id - b.id);
}

function groupsOf(rows: ConcordanceViewRow[]): Array<{ title: string; rows: ConcordanceViewRow[] }> {
  const byMonth = new Map<string, ConcordanceViewRow[]>();
  const undated: ConcordanceViewRow[] = [];
  for (const r of rows) {
    if (!r.date) {
      undated.push(r);
      continue;
    }
    const m = r.date.slice(0, 7);
    let list = byMonth.get(m);
    if (!list) byMonth.set(m, (list = []));
    list.push(r);
  }
  const months = [...byMonth.keys()].sort();
  if (prefs.sort === 'date' && prefs.descending) months.reverse();
  const groups = months.map((m) => ({ title: m, rows: byMonth.get(m)! }));
  if (undated.length) groups.push({ title: 'Undated', rows: undated });
  return groups;
}

// ---- Rendering -------------------------------------------------------------------------------

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

function rowElement(r: ConcordanceViewRow): HTMLTableRowElement {
  const tr = el('tr', 'row');
  tr.dataset.id = String(r.id);
  tr.tabIndex = -1;
  tr.appendChild(el('td', 'date', r.date ?? '—'));
  const td = tr.appendChild(el('td', 'context'));
  const ctx = td.appendChild(el('div', 'ctx'));
  // The left context's text sits at the right end of its box, so a long one is cut on its left.
  const left = ctx.appendChild(el('span', 'left'));
  left.appendChild(el('span', 'text', r.left));
  ctx.appendChild(el('span', 'match', r.match));
  ctx.appendChild(el('span', 'right', r.right));
  const file = tr.appendChild(el('td', 'file', r.file));
  file.title = `${r.title ? `${r.title}\n` : ''}${r.file}, line ${r.range.start.line + 1}`;
  tr.title = r.title ?? r.file;
  return tr;
}

function monthText(): string {
  if (!state.month) return '';
  return state.month === 'undated' ? ' in undated articles' : ` in ${state.month}`;
}

/** Articles with a match among the rows received (all of them unless the rows were cut at the limit). */
function articleCount(): number {
  return new Set(state.rows.map((r) => r.uri)).size;
}

function summaryText(shown: number, articles: number): string {
  const label = state.label;
  const month = monthText();
  switch (state.status) {
    case 'idle':
      return 'Run “Corpus Lens: Show Concordance” on a name in an article, or search for a word or phrase.';
    case 'running':
      return `${label}${month}: searching… ${plural(shown, 'match', 'matches')} so far`;
    case 'cancelled':
      return `${label}${month}: cancelled after ${plural(shown, 'match', 'matches')}`;
    case 'error':
      return `${label}${month}: the search failed`;
    case 'done': {
      const total = state.total ?? shown;
      if (state.truncated) {
        return `${label}: ${plural(total, 'match', 'matches')}${month} · showing first ${shown.toLocaleString('en')}, from ${plural(articles, 'article')}`;
      }
      return `${label}: ${plural(total, 'match', 'matches')} in ${plural(articles, 'article')}${month}`;
    }
  }
}

let lastRenderMs = 0;
let renderTimer: ReturnType<typeof setTimeout> | undefined;

/** Renders soon: at most every so often while rows stream in (longer when a render is slow). */
function scheduleRender(): void {
  if (renderTimer) return;
  renderTimer = setTimeout(
    () => {
      renderTimer = undefined;
      render();
    },
    Math.max(80, 2 * lastRenderMs),
  );
}

function render(): void {
  if (renderTimer) {
    clearTimeout(renderTimer);
    renderTimer = undefined;
  }
  const started = performance.now();
  const focusedId = (document.activeElement as HTMLElement | null)?.closest?.('tr.row')?.getAttribute('data-id');

  const rows = sortedRows();
  for (const tb of Array.from(table.tBodies)) tb.remove();
  const groupTitles: string[] = [];
  const groups = prefs.grouped ? groupsOf(rows) : [{ title: '', rows }];
  for (const g of groups) {
    const tbody = table.appendChild(el('tbody'));
    const frag = document.createDocumentFragment();
    if (prefs.grouped) {
      const head = frag.appendChild(el('tr', 'group'));
      const th = head.appendChild(el('th', undefined, `${g.title} (${g.rows.length.toLocaleString('en')})`));
      th.colSpan = 3;
      th.scope = 'rowgroup';
      groupTitles.push(th.textContent ?? '');
    }
    for (const r of g.rows) frag.appendChild(rowElement(r));
    tbody.appendChild(frag);
  }
  // One row takes the tab stop (arrow keys move it): the focused one, else the first.
  const all = rowElements();
  const focus = (focusedId !== undefined && all.find((tr) => tr.dataset.id === focusedId)) || all[0];
  if (focus) {
    focus.tabIndex = 0;
    if (focusedId !== undefined && focus.dataset.id === focusedId) focus.focus({ preventScroll: true });
  }

  summary.textContent = summaryText(rows.length, articleCount());
  app.setAttribute('aria-busy', state.status === 'running' ? 'true' : 'false');
  cancelButton.hidden = state.status !== 'running';
  allMonthsButton.hidden = !state.month;
  exportButton.disabled = rows.length === 0;
  const message = state.error ? `The search failed: ${state.error}` : state.problem ?? '';
  problem.textContent = message;
  problem.hidden = !message;
  table.hidden = rows.length === 0;
  empty.hidden = rows.length > 0 || state.status === 'idle' || state.status === 'running';
  empty.textContent = state.status === 'done' ? 'No matches.' : state.status === 'cancelled' ? 'Cancelled before any match was found.' : '';
  for (const [key, { th, button }] of headCells) {
    const active = key === prefs.sort;
    button.classList.toggle('active', active);
    button.classList.toggle('descending', active && prefs.descending);
    if (th.classList.contains('context')) {
      const sortedHere = prefs.sort === 'left' || prefs.sort === 'match' || prefs.sort === 'right';
      if (sortedHere) th.setAttribute('aria-sort', prefs.descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    } else if (active) th.setAttribute('aria-sort', prefs.descending ? 'descending' : 'ascending');
    else th.removeAttribute('aria-sort');
  }
  directionButton.textContent = prefs.descending ? '↓' : '↑';
  directionButton.title = prefs.descending ? 'Descending (click for ascending)' : 'Ascending (click for descending)';
  directionButton.setAttribute('aria-label', directionButton.title);
  lastRenderMs = performance.now() - started;
  reportRendered(groupTitles);
}

function rowElements(): HTMLTableRowElement[] {
  return Array.from(table.querySelectorAll<HTMLTableRowElement>('tbody tr.row'));
}

/** Tells the extension host what the table now shows, read from the page itself. */
function reportRendered(groups: string[]): void {
  const trs = rowElements();
  const text = (tr: Element, sel: string) => tr.querySelector(sel)?.textContent ?? '';
  const rendered: ConcordanceRendered = {
    status: state.status,
    label: state.label,
    month: state.month,
    rows: trs.length,
    total: state.status === 'done' ? (state.total ?? trs.length) : trs.length,
    articles: articleCount(),
    first: trs.slice(0, 5).map((tr) => ({
      left: text(tr, '.left'),
      match: text(tr, '.match'),
      right: text(tr, '.right'),
      file: text(tr, 'td.file'),
      date: text(tr, 'td.date'),
    })),
    grouped: prefs.grouped,
    groups,
    sort: prefs.sort,
    descending: prefs.descending,
    summary: summary.textContent ?? '',
  };
  vscode.postMessage({ type: 'rendered', ...rendered });
}

function savePrefs(): void {
  vscode.setState(prefs);
}

// ---- Events ----------------------------------------------------------------------------------

function openRow(tr: HTMLTableRowElement): void {
  const id = Number(tr.dataset.id);
  const requestId = clickRequest;
  clickRequest = undefined;
  vscode.postMessage({ type: 'open', id, requestId });
}

table.addEventListener('click', (e) => {
  const target = e.target as Element;
  const head = target.closest<HTMLButtonElement>('button.sort-head');
  if (head?.dataset.sort) {
    const key = head.dataset.sort as ConcordanceSortKey;
    if (prefs.sort === key) prefs.descending = !prefs.descending;
    else {
      prefs.sort = key;
      prefs.descending = false;
    }
    sortSelect.value = prefs.sort;
    savePrefs();
    render();
    return;
  }
  const tr = target.closest<HTMLTableRowElement>('tr.row');
  if (!tr) return;
  // Selecting context text to copy it is not a click on the row.
  if (e.isTrusted && (window.getSelection()?.toString() ?? '') !== '') return;
  openRow(tr);
});

table.addEventListener('keydown', (e) => {
  const tr = (e.target as Element).closest<HTMLTableRowElement>('tr.row');
  if (!tr) return;
  const all = rowElements();
  const i = all.indexOf(tr);
  let next: HTMLTableRowElement | undefined;
  switch (e.key) {
    case 'Enter':
    case ' ':
      e.preventDefault();
      openRow(tr);
      return;
    case 'ArrowDown':
      next = all[Math.min(all.length - 1, i + 1)];
      break;
    case 'ArrowUp':
      next = all[Math.max(0, i - 1)];
      break;
    case 'Home':
      next = all[0];
      break;
    case 'End':
      next = all[all.length - 1];
      break;
    case 'PageDown':
      next = all[Math.min(all.length - 1, i + 20)];
      break;
    case 'PageUp':
      next = all[Math.max(0, i - 20)];
      break;
    default:
      return;
  }
  e.preventDefault();
  if (next && next !== tr) {
    tr.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
  }
});

sortSelect.addEventListener('change', () => {
  prefs.sort = sortSelect.value as ConcordanceSortKey;
  savePrefs();
  render();
});
directionButton.addEventListener('click', () => {
  prefs.descending = !prefs.descending;
  savePrefs();
  render();
});
groupBox.addEventListener('change', () => {
  prefs.grouped = groupBox.checked;
  savePrefs();
  render();
});
searchButton.addEventListener('click', () => vscode.postMessage({ type: 'search' }));
cancelButton.addEventListener('click', () => vscode.postMessage({ type: 'cancel' }));
allMonthsButton.addEventListener('click', () => vscode.postMessage({ type: 'allMonths' }));
exportButton.addEventListener('click', () => {
  vscode.postMessage({ type: 'export', ids: rowElements().map((tr) => Number(tr.dataset.id)) });
});

window.addEventListener('message', (event: MessageEvent<ConcordanceToWebview>) => {
  const m = event.data;
  switch (m.type) {
    case 'state':
      state = { ...m.state, rows: [...m.state.rows] };
      render();
      break;
    case 'rows':
      state.rows.push(...m.rows);
      scheduleRender();
      break;
    case 'end':
      state.status = m.status;
      state.total = m.total;
      state.truncated = m.truncated;
      state.problem = m.problem;
      state.error = m.error;
      render();
      break;
    case 'clickRow': {
      const tr = rowElements()[m.index];
      if (!tr) {
        vscode.postMessage({ type: 'clickFailed', requestId: m.requestId, reason: `the table has no row ${m.index} (it shows ${rowElements().length})` });
        break;
      }
      clickRequest = m.requestId;
      tr.scrollIntoView({ block: 'nearest' });
      tr.click();
      break;
    }
  }
});

render();
vscode.postMessage({ type: 'ready' });
