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
import { CONCORDANCE_STRINGS, fmt, pageStrings } from './strings';

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

/** The page's texts in VS Code's display language (from the extension host), and its locale. */
const { s: S, locale } = pageStrings(CONCORDANCE_STRINGS, document.getElementById('app')?.dataset.l10n);
const num = (n: number) => n.toLocaleString(locale);

const SORTS: Array<{ key: ConcordanceSortKey; label: string }> = [
  { key: 'found', label: S.sortFound },
  { key: 'left', label: S.sortLeft },
  { key: 'match', label: S.sortMatch },
  { key: 'right', label: S.sortRight },
  { key: 'date', label: S.sortDate },
  { key: 'file', label: S.sortFile },
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

const searchButton = actions.appendChild(el('button', 'secondary', S.search));
searchButton.title = S.searchTitle;
const cancelButton = actions.appendChild(el('button', undefined, S.cancel));
cancelButton.title = S.cancelTitle;
const allMonthsButton = actions.appendChild(el('button', 'secondary', S.allMonths));
allMonthsButton.title = S.allMonthsTitle;

const groupLabel = actions.appendChild(el('label', 'check'));
const groupBox = groupLabel.appendChild(el('input'));
groupBox.type = 'checkbox';
groupBox.checked = prefs.grouped;
groupLabel.append(` ${S.groupByMonth}`);

const sortLabel = actions.appendChild(el('label', 'sort', `${S.sort} `));
const sortSelect = sortLabel.appendChild(el('select'));
for (const s of SORTS) {
  const o = sortSelect.appendChild(el('option', undefined, s.label));
  o.value = s.key;
}
sortSelect.value = prefs.sort;
const directionButton = actions.appendChild(el('button', 'secondary icon'));

const exportButton = actions.appendChild(el('button', 'secondary', S.export));
exportButton.title = S.exportTitle;

const problem = app.appendChild(el('div', 'problem'));
problem.setAttribute('role', 'alert');

const scroller = app.appendChild(el('div', 'scroll'));
const table = scroller.appendChild(el('table', 'kwic'));
table.setAttribute('aria-label', S.table);
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
  b.title = fmt(S.sortBy, label.toLocaleLowerCase(locale));
  headCells.set(key, { th, button: b });
}
{
  const thDate = headRow.appendChild(el('th', 'date'));
  thDate.scope = 'col';
  headButton('date', S.headDate, thDate, thDate);
  const thContext = headRow.appendChild(el('th', 'context'));
  thContext.scope = 'col';
  const ctx = thContext.appendChild(el('div', 'ctx'));
  headButton('left', S.headLeft, ctx, thContext, 'left');
  headButton('match', S.headMatch, ctx, thContext, 'match');
  headButton('right', S.headRight, ctx, thContext, 'right');
  const thFile = headRow.appendChild(el('th', 'file'));
  thFile.scope = 'col';
  headButton('file', S.headFile, thFile, thFile);
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
  if (undated.length) groups.push({ title: S.undated, rows: undated });
  return groups;
}

// ---- Rendering -------------------------------------------------------------------------------
// The table is drawn as a window onto the list (rows and group headers of one height): only the
// items in view, plus some above and below, are in the page; spacers stand for the rest. Ten
// thousand rows then cost what fifty do.

type Item = { kind: 'group'; title: string; count: number } | { kind: 'row'; row: ConcordanceViewRow; n: number };

/** Rows in display order (sorted), and the list drawn (rows, with group headers when grouped). */
let displayRows: ConcordanceViewRow[] = [];
let items: Item[] = [];
/** Display row → its place in `items`. */
let itemOfRow: number[] = [];
/** The display row that holds the table's tab stop (arrow keys move it). */
let focusRow = 0;
let windowFirst = -1;
let windowLast = -1;
let rowHeight = 0;
const OVERSCAN = 30;

const tbody = table.appendChild(el('tbody'));
function spacer(): HTMLTableRowElement {
  const tr = el('tr', 'spacer');
  tr.setAttribute('aria-hidden', 'true');
  tr.appendChild(el('td')).colSpan = 3;
  return tr;
}
const topSpacer = spacer();
const bottomSpacer = spacer();

/** `1 match`, `3 matches` (the page's language says how). */
function plural(n: number, one: string, many: string): string {
  return fmt(n === 1 ? one : many, num(n));
}
const matches = (n: number) => plural(n, S.match, S.matches);
const articles = (n: number) => plural(n, S.article, S.articles);

function rowElement(r: ConcordanceViewRow, n: number): HTMLTableRowElement {
  const tr = el('tr', 'row');
  tr.dataset.id = String(r.id);
  tr.dataset.n = String(n);
  tr.tabIndex = n === focusRow ? 0 : -1;
  tr.appendChild(el('td', 'date', r.date ?? '—'));
  const td = tr.appendChild(el('td', 'context'));
  const ctx = td.appendChild(el('div', 'ctx'));
  // The left context's text sits at the right end of its box, so a long one is cut on its left.
  const left = ctx.appendChild(el('span', 'left'));
  left.appendChild(el('span', 'text', r.left));
  ctx.appendChild(el('span', 'match', r.match));
  ctx.appendChild(el('span', 'right', r.right));
  const file = tr.appendChild(el('td', 'file', r.file));
  file.title = `${r.title ? `${r.title}\n` : ''}${fmt(S.fileLine, r.file, r.range.start.line + 1)}`;
  tr.title = r.title ?? r.file;
  return tr;
}

function itemElement(item: Item, index: number): HTMLTableRowElement {
  let tr: HTMLTableRowElement;
  if (item.kind === 'row') tr = rowElement(item.row, item.n);
  else {
    tr = el('tr', 'group');
    const th = tr.appendChild(el('th', undefined, `${item.title} (${num(item.count)})`));
    th.colSpan = 3;
    th.scope = 'rowgroup';
  }
  tr.setAttribute('aria-rowindex', String(index + 2));
  return tr;
}

/** The height of one row as drawn (all rows and group headers have it), measured on a probe. */
function measureRowHeight(): number {
  if (rowHeight > 0) return rowHeight;
  if (table.hidden || !state.rows.length) return 20;
  const probe = rowElement(state.rows[0], -1);
  tbody.appendChild(probe);
  const h = probe.getBoundingClientRect().height;
  probe.remove();
  if (h > 0) rowHeight = h;
  return h > 0 ? h : 20;
}

/** Draws the items in view (plus some), if they are not those drawn already. */
function renderWindow(force = false): void {
  const h = measureRowHeight();
  const headerHeight = table.tHead?.offsetHeight ?? 0;
  const top = Math.max(0, scroller.scrollTop - headerHeight);
  const first = Math.max(0, Math.floor(top / h) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((top + scroller.clientHeight) / h) + OVERSCAN);
  if (!force && first === windowFirst && last === windowLast) return;
  windowFirst = first;
  windowLast = last;
  const hadFocus = document.activeElement instanceof HTMLElement && tbody.contains(document.activeElement);
  const frag = document.createDocumentFragment();
  frag.appendChild(topSpacer);
  for (let i = first; i < last; i++) frag.appendChild(itemElement(items[i], i));
  frag.appendChild(bottomSpacer);
  topSpacer.hidden = first === 0;
  bottomSpacer.hidden = last === items.length;
  (topSpacer.firstChild as HTMLElement).style.height = `${first * h}px`;
  (bottomSpacer.firstChild as HTMLElement).style.height = `${(items.length - last) * h}px`;
  tbody.replaceChildren(frag);
  // No row of the window holds the tab stop: the first one drawn takes it.
  if (!tbody.querySelector('tr.row[tabindex="0"]')) tbody.querySelector<HTMLElement>('tr.row')?.setAttribute('tabindex', '0');
  if (hadFocus) rowAt(focusRow)?.focus({ preventScroll: true });
}

function rowAt(n: number): HTMLTableRowElement | null {
  return tbody.querySelector<HTMLTableRowElement>(`tr.row[data-n="${n}"]`);
}

/** Scrolls display row `n` into view (below the sticky header) and draws it. */
function revealRow(n: number): HTMLTableRowElement | null {
  const i = itemOfRow[n];
  if (i === undefined) return null;
  const h = measureRowHeight();
  const headerHeight = table.tHead?.offsetHeight ?? 0;
  const y = i * h;
  const viewTop = scroller.scrollTop;
  const viewHeight = scroller.clientHeight - headerHeight;
  if (y < viewTop) scroller.scrollTop = y;
  else if (y + h > viewTop + viewHeight) scroller.scrollTop = y + h - viewHeight;
  renderWindow();
  return rowAt(n);
}

function moveFocus(n: number): void {
  if (!displayRows.length) return;
  n = Math.max(0, Math.min(displayRows.length - 1, n));
  rowAt(focusRow)?.setAttribute('tabindex', '-1');
  focusRow = n;
  const tr = revealRow(n);
  if (tr) {
    tr.tabIndex = 0;
    tr.focus({ preventScroll: true });
  }
}

function monthText(): string {
  if (!state.month) return '';
  return state.month === 'undated' ? S.inUndated : fmt(S.inMonth, state.month);
}

/** Articles with a match among the rows received (all of them unless the rows were cut at the limit). */
function articleCount(): number {
  return new Set(state.rows.map((r) => r.uri)).size;
}

function summaryText(shown: number, articleCount: number): string {
  const label = state.label;
  const month = monthText();
  switch (state.status) {
    case 'idle':
      return S.idle;
    case 'running':
      if (state.limit !== undefined && shown >= state.limit) return fmt(S.showingFirst, label, month, matches(shown));
      return fmt(S.searching, label, month, matches(shown));
    case 'cancelled':
      return fmt(S.cancelledAfter, label, month, matches(shown));
    case 'error':
      return fmt(S.failed, label, month);
    case 'done': {
      const total = state.total ?? shown;
      if (state.truncated) return fmt(S.doneTruncated, label, matches(total), month, num(shown), articles(articleCount));
      return fmt(S.done, label, matches(total), articles(articleCount), month);
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
    Math.max(100, 3 * lastRenderMs),
  );
}

/** Sorts and groups the rows again, draws the window, and updates the toolbar. */
function render(): void {
  if (renderTimer) {
    clearTimeout(renderTimer);
    renderTimer = undefined;
  }
  const started = performance.now();
  const focusedId = displayRows[focusRow]?.id;

  displayRows = prefs.sort === 'found' && !prefs.descending ? state.rows.slice() : sortedRows();
  items = [];
  itemOfRow = new Array<number>(displayRows.length);
  const groups = prefs.grouped ? groupsOf(displayRows) : [{ title: '', rows: displayRows }];
  let n = 0;
  const byId = new Map<number, number>();
  const ordered: ConcordanceViewRow[] = [];
  for (const g of groups) {
    if (prefs.grouped) items.push({ kind: 'group', title: g.title, count: g.rows.length });
    for (const row of g.rows) {
      itemOfRow[n] = items.length;
      byId.set(row.id, n);
      ordered.push(row);
      items.push({ kind: 'row', row, n: n++ });
    }
  }
  displayRows = ordered;
  focusRow = (focusedId !== undefined ? byId.get(focusedId) : undefined) ?? 0;

  table.hidden = displayRows.length === 0;
  table.setAttribute('aria-rowcount', String(items.length + 1));
  renderWindow(true);

  summary.textContent = summaryText(displayRows.length, articleCount());
  app.setAttribute('aria-busy', state.status === 'running' ? 'true' : 'false');
  cancelButton.hidden = state.status !== 'running';
  allMonthsButton.hidden = !state.month;
  exportButton.disabled = displayRows.length === 0;
  const message = state.error ? fmt(S.searchFailed, state.error) : state.problem ?? '';
  problem.textContent = message;
  problem.hidden = !message;
  empty.hidden = displayRows.length > 0 || state.status === 'idle' || state.status === 'running';
  empty.textContent = state.status === 'done' ? S.noMatches : state.status === 'cancelled' ? S.cancelledEmpty : '';
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
  directionButton.title = prefs.descending ? S.descending : S.ascending;
  directionButton.setAttribute('aria-label', directionButton.title);
  lastRenderMs = performance.now() - started;
  reportRendered();
}

/**
 * Tells the extension host what the table now shows: the rows of the list as sorted and grouped,
 * the first ones as drawn in the page (read from the model only when scrolled out of the page).
 */
function reportRendered(): void {
  const text = (tr: Element, sel: string) => tr.querySelector(sel)?.textContent ?? '';
  const first = displayRows.slice(0, 5).map((r, n) => {
    const tr = rowAt(n);
    if (!tr) return { left: r.left, match: r.match, right: r.right, file: r.file, date: r.date ?? '—' };
    return { left: text(tr, '.left'), match: text(tr, '.match'), right: text(tr, '.right'), file: text(tr, 'td.file'), date: text(tr, 'td.date') };
  });
  const rendered: ConcordanceRendered = {
    status: state.status,
    label: state.label,
    month: state.month,
    rows: displayRows.length,
    total: state.status === 'done' ? (state.total ?? displayRows.length) : displayRows.length,
    articles: articleCount(),
    first,
    grouped: prefs.grouped,
    groups: items.filter((i): i is Extract<Item, { kind: 'group' }> => i.kind === 'group').map((g) => `${g.title} (${num(g.count)})`),
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

function openRow(n: number): void {
  const row = displayRows[n];
  if (!row) return;
  const requestId = clickRequest;
  clickRequest = undefined;
  vscode.postMessage({ type: 'open', id: row.id, requestId });
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
  const n = Number(tr.dataset.n);
  rowAt(focusRow)?.setAttribute('tabindex', '-1');
  focusRow = n;
  tr.tabIndex = 0;
  openRow(n);
});

table.addEventListener('keydown', (e) => {
  const tr = (e.target as Element).closest<HTMLTableRowElement>('tr.row');
  if (!tr) return;
  const n = Number(tr.dataset.n);
  const page = Math.max(1, Math.floor(scroller.clientHeight / measureRowHeight()) - 2);
  switch (e.key) {
    case 'Enter':
    case ' ':
      e.preventDefault();
      openRow(n);
      return;
    case 'ArrowDown':
      moveFocus(n + 1);
      break;
    case 'ArrowUp':
      moveFocus(n - 1);
      break;
    case 'Home':
      moveFocus(0);
      break;
    case 'End':
      moveFocus(displayRows.length - 1);
      break;
    case 'PageDown':
      moveFocus(n + page);
      break;
    case 'PageUp':
      moveFocus(n - page);
      break;
    default:
      return;
  }
  e.preventDefault();
});

let scrollFrame = 0;
scroller.addEventListener('scroll', () => {
  if (scrollFrame) return;
  scrollFrame = requestAnimationFrame(() => {
    scrollFrame = 0;
    renderWindow();
  });
});
// A new size (the panel resized, shown again, zoomed) changes how many rows fit, and their height.
new ResizeObserver(() => {
  rowHeight = 0;
  renderWindow(true);
}).observe(scroller);

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
  vscode.postMessage({ type: 'export', ids: displayRows.map((r) => r.id) });
});

window.addEventListener('message', (event: MessageEvent<ConcordanceToWebview>) => {
  const m = event.data;
  switch (m.type) {
    case 'state':
      state = { ...m.state, rows: [...m.state.rows] };
      focusRow = 0;
      displayRows = [];
      scroller.scrollTop = 0;
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
      const tr = revealRow(m.index);
      if (!tr) {
        vscode.postMessage({ type: 'clickFailed', requestId: m.requestId, reason: `the table has no row ${m.index} (it has ${displayRows.length})` });
        break;
      }
      clickRequest = m.requestId;
      tr.click();
      break;
    }
  }
});

render();
vscode.postMessage({ type: 'ready' });
