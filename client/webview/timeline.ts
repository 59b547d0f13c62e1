// The Entity Timeline's page: mentions per month as bars (Chart.js, bundled here, one dataset per
// entity), the mentions in undated articles stated apart, a data table for keyboards and screen
// readers, and per entity the entities most associated with it (logDice). Colours come from the
// theme and are read again when the theme changes. A bar (or a cell of the table) opens the
// concordance of that entity in that month.

import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ActiveElement, type ChartEvent } from 'chart.js';
import type { TimelineResult, TimelineSeries } from '../../server/src/protocol/corpusLensProtocol';
import type { TimelineFromWebview, TimelineRendered, TimelineToWebview, TimelineWebviewState } from './messages';
import { fmt, pageStrings, TIMELINE_STRINGS } from './strings';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

interface VsCodeApi {
  postMessage(message: TimelineFromWebview): void;
  getState(): unknown;
  setState(state: TimelineWebviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();

/** Bar colours, in order, as theme variables (orange last: several themes make it translucent). */
const PALETTE = ['--vscode-charts-blue', '--vscode-charts-green', '--vscode-charts-purple', '--vscode-charts-red', '--vscode-charts-yellow', '--vscode-charts-orange'];

/** The page's texts in VS Code's display language (from the extension host), and its locale. */
const { s: S, locale } = pageStrings(TIMELINE_STRINGS, document.getElementById('app')?.dataset.l10n);

const TYPE_LABEL: Record<string, string> = { person: S.typePerson, organization: S.typeOrganization, place: S.typePlace, sector: S.typeSector, event: S.typeEvent };

let result: TimelineResult | undefined;
/** The entity key of each dataset of the chart, by index. */
let datasetKeys: string[] = [];
let chart: Chart<'bar', number[], string> | undefined;
/** Set while the e2e hook clicks a bar, so the bar message carries its request id. */
let clickRequest: number | undefined;

// ---- The page --------------------------------------------------------------------------------

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** `1 mention`, `3 mentions` (the page's language says how). */
function plural(n: number, one: string, many: string): string {
  return fmt(n === 1 ? one : many, n.toLocaleString(locale));
}
const mentions = (n: number) => plural(n, S.mention, S.mentions);

const app = document.getElementById('app') ?? document.body.appendChild(el('main'));
const header = app.appendChild(el('div', 'toolbar'));
const title = header.appendChild(el('h1', 'title', S.title));
const addButton = header.appendChild(el('button', 'secondary', S.add));
addButton.title = S.addTitle;
const status = app.appendChild(el('p', 'status'));
status.setAttribute('role', 'status');
status.setAttribute('aria-live', 'polite');
const totals = app.appendChild(el('ul', 'totals'));

const chartBox = app.appendChild(el('div', 'chart-box'));
const canvas = chartBox.appendChild(el('canvas'));
canvas.setAttribute('role', 'img');
canvas.setAttribute('aria-label', S.chartLabel);
const hint = app.appendChild(el('p', 'hint', S.hint));

const tableDetails = app.appendChild(el('details', 'data'));
tableDetails.appendChild(el('summary', undefined, S.dataTable));
const dataTable = tableDetails.appendChild(el('table', 'data-table'));

const associatedBox = app.appendChild(el('div', 'associated'));

// ---- Theme -----------------------------------------------------------------------------------

function cssVar(name: string, fallback = '--vscode-foreground'): string {
  const style = getComputedStyle(document.body);
  return style.getPropertyValue(name).trim() || style.getPropertyValue(fallback).trim();
}

function themeColours() {
  const highContrast = document.body.classList.contains('vscode-high-contrast') || document.body.classList.contains('vscode-high-contrast-light');
  return {
    highContrast,
    foreground: cssVar('--vscode-foreground'),
    grid: cssVar('--vscode-charts-lines', '--vscode-foreground'),
    border: cssVar('--vscode-contrastBorder', '--vscode-foreground'),
    hoverBackground: cssVar('--vscode-editorHoverWidget-background', '--vscode-editor-background'),
    hoverForeground: cssVar('--vscode-editorHoverWidget-foreground'),
    hoverBorder: cssVar('--vscode-editorHoverWidget-border'),
    fontFamily: cssVar('--vscode-font-family', '--vscode-editor-font-family'),
    fontSize: Number.parseFloat(cssVar('--vscode-font-size', '--vscode-editor-font-size')) || 13,
    bar: (i: number) => cssVar(PALETTE[i % PALETTE.length]),
  };
}

/** Applies the theme's colours to the chart (at creation and on every theme change). */
function applyTheme(c: Chart<'bar', number[], string>): void {
  const t = themeColours();
  c.options.color = t.foreground;
  c.options.font = { family: t.fontFamily, size: t.fontSize };
  const scales = c.options.scales as Record<string, { ticks: { color: string }; grid: { color: string }; border: { color: string } }>;
  for (const axis of ['x', 'y']) {
    scales[axis].ticks.color = t.foreground;
    scales[axis].grid.color = t.grid;
    scales[axis].border.color = t.foreground;
  }
  (c.options.scales!.y!.title as { color?: string }).color = t.foreground;
  const legend = c.options.plugins!.legend!;
  legend.labels!.color = t.foreground;
  const tooltip = c.options.plugins!.tooltip!;
  tooltip.backgroundColor = t.hoverBackground;
  tooltip.titleColor = t.hoverForeground;
  tooltip.bodyColor = t.hoverForeground;
  tooltip.footerColor = t.hoverForeground;
  tooltip.borderColor = t.hoverBorder;
  tooltip.borderWidth = 1;
  c.data.datasets.forEach((d, i) => {
    d.backgroundColor = t.bar(i);
    d.hoverBackgroundColor = t.bar(i);
    // In high contrast the bars get the contrast border; elsewhere their own colour.
    d.borderColor = t.highContrast ? t.border : t.bar(i);
    d.borderWidth = t.highContrast ? 2 : 0;
  });
}

function createChart(): Chart<'bar', number[], string> {
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const c = new Chart<'bar', number[], string>(canvas, {
    type: 'bar',
    data: { labels: [], datasets: [] },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 250 },
      interaction: { mode: 'nearest', intersect: true },
      scales: {
        x: { ticks: { color: '' }, grid: { color: '' }, border: { color: '' } },
        y: { beginAtZero: true, ticks: { color: '', precision: 0 }, grid: { color: '' }, border: { color: '' }, title: { display: true, text: S.axisMentions } },
      },
      plugins: {
        legend: { display: true, position: 'bottom', labels: { color: '' } },
        tooltip: {
          mode: 'index',
          intersect: false,
          callbacks: {
            label: (item) => ` ${item.dataset.label}: ${mentions(Number(item.raw))}`,
            footer: () => S.tooltipFooter,
          },
        },
      },
      onHover: (_e: ChartEvent, elements: ActiveElement[]) => {
        canvas.style.cursor = elements.length ? 'pointer' : 'default';
      },
      onClick: (_e: ChartEvent, elements: ActiveElement[]) => {
        const hit = elements[0];
        const requestId = clickRequest;
        clickRequest = undefined;
        if (!hit) {
          if (requestId !== undefined) vscode.postMessage({ type: 'clickFailed', requestId, reason: 'the click hit no bar' });
          return;
        }
        openMonth(hit.datasetIndex, hit.index, requestId);
      },
    },
  });
  return c;
}

function openMonth(datasetIndex: number, monthIndex: number, requestId?: number): void {
  const key = datasetKeys[datasetIndex];
  const month = chart?.data.labels?.[monthIndex];
  if (!key || !month) {
    if (requestId !== undefined) vscode.postMessage({ type: 'clickFailed', requestId, reason: `no bar ${datasetIndex}/${monthIndex}` });
    return;
  }
  vscode.postMessage({ type: 'bar', key, month, requestId });
}

// ---- Rendering -------------------------------------------------------------------------------

function render(): void {
  app.setAttribute('aria-busy', 'false');
  const r = result;
  if (!r) return;
  const series = r.series;
  title.textContent = series.length ? fmt(S.titleOf, series.map((s) => s.name).join(', ')) : S.title;
  vscode.setState({ keys: series.map((s) => s.key) });

  chart ??= createChart();
  datasetKeys = series.map((s) => s.key);
  chart.data.labels = [...r.months];
  chart.data.datasets = series.map((s) => ({ label: s.name, data: [...s.counts] }));
  applyTheme(chart);
  chart.update();

  const dated = series.reduce((n, s) => n + s.counts.reduce((a, b) => a + b, 0), 0);
  chartBox.hidden = r.months.length === 0;
  hint.hidden = r.months.length === 0;
  tableDetails.hidden = r.months.length === 0;
  status.textContent = !series.length
    ? S.noEntity
    : r.months.length === 0
      ? S.noDated
      : fmt(S.span, r.months[0], r.months[r.months.length - 1], plural(dated, S.datedMention, S.datedMentions));

  renderTotals(series);
  renderDataTable(r);
  renderAssociated(series);
  reportRendered();
}

function renderTotals(series: TimelineSeries[]): void {
  totals.replaceChildren();
  for (const s of series) {
    const li = totals.appendChild(el('li'));
    li.dataset.key = s.key;
    li.dataset.undated = String(s.undated);
    li.appendChild(el('strong', undefined, s.name));
    const undated = s.undated === 0 ? S.noneUndated : fmt(S.undated, mentions(s.undated));
    li.append(fmt(S.total, TYPE_LABEL[s.type] ?? s.type, mentions(s.mentions), plural(s.articles, S.article, S.articles), undated));
    if (series.length > 1) {
      const remove = li.appendChild(el('button', 'link remove', S.remove));
      remove.dataset.remove = s.key;
      remove.title = fmt(S.removeTitle, s.name);
    }
  }
}

function renderDataTable(r: TimelineResult): void {
  dataTable.replaceChildren();
  const head = dataTable.appendChild(el('thead')).appendChild(el('tr'));
  const corner = head.appendChild(el('th', undefined, S.month));
  corner.scope = 'col';
  for (const s of r.series) {
    const th = head.appendChild(el('th', 'num', s.name));
    th.scope = 'col';
  }
  const body = dataTable.appendChild(el('tbody'));
  r.months.forEach((month, m) => {
    const tr = body.appendChild(el('tr'));
    const th = tr.appendChild(el('th', undefined, month));
    th.scope = 'row';
    r.series.forEach((s, d) => {
      const td = tr.appendChild(el('td', 'num'));
      const n = s.counts[m] ?? 0;
      if (n === 0) td.textContent = '0';
      else {
        const b = td.appendChild(el('button', 'link', String(n)));
        b.dataset.dataset = String(d);
        b.dataset.month = String(m);
        b.title = fmt(S.concordanceOf, s.name, month);
      }
    });
  });
}

function renderAssociated(series: TimelineSeries[]): void {
  associatedBox.replaceChildren();
  for (const s of series) {
    const section = associatedBox.appendChild(el('section'));
    section.dataset.key = s.key;
    section.appendChild(el('h2', undefined, fmt(S.mentionedWith, s.name)));
    if (!s.associated.length) {
      section.appendChild(el('p', 'empty', S.noAssociated));
      continue;
    }
    const table = section.appendChild(el('table', 'assoc'));
    const head = table.appendChild(el('thead')).appendChild(el('tr'));
    for (const [text, cls] of [
      [S.headEntity, ''],
      [S.headType, ''],
      ['logDice', 'num'],
      [S.headShared, 'num'],
    ]) {
      const th = head.appendChild(el('th', cls || undefined, text));
      th.scope = 'col';
    }
    head.querySelector<HTMLElement>('th.num')!.title = S.logDiceTitle;
    const body = table.appendChild(el('tbody'));
    for (const a of s.associated) {
      const tr = body.appendChild(el('tr'));
      const name = tr.appendChild(el('td', 'name'));
      const b = name.appendChild(el('button', 'link', a.name));
      b.dataset.add = a.key;
      b.title = fmt(S.addToChart, a.name);
      tr.appendChild(el('td', 'type', TYPE_LABEL[a.type] ?? a.type));
      tr.appendChild(el('td', 'num', a.logDice.toFixed(1)));
      tr.appendChild(el('td', 'num', String(a.articles)));
    }
  }
}

/** Tells the extension host what the chart and the lists now show, read from them. */
function reportRendered(): void {
  const c = chart;
  const undated: Record<string, number> = {};
  for (const li of Array.from(totals.querySelectorAll<HTMLElement>('li[data-key]'))) undated[li.dataset.key!] = Number(li.dataset.undated);
  const associated: Record<string, string[]> = {};
  for (const section of Array.from(associatedBox.querySelectorAll<HTMLElement>('section[data-key]'))) {
    associated[section.dataset.key!] = Array.from(section.querySelectorAll('td.name')).map((td) => td.textContent ?? '');
  }
  const rendered: TimelineRendered = {
    months: (c?.data.labels ?? []).map(String),
    datasets: (c?.data.datasets ?? []).map((d, i) => ({
      key: datasetKeys[i],
      label: String(d.label ?? ''),
      data: (d.data as number[]).map(Number),
      color: String(d.backgroundColor ?? ''),
      border: d.borderWidth ? String(d.borderColor ?? '') : '',
    })),
    theme: ['vscode-high-contrast-light', 'vscode-high-contrast', 'vscode-light', 'vscode-dark'].find((t) => document.body.classList.contains(t)) ?? '',
    undated,
    associated,
  };
  vscode.postMessage({ type: 'rendered', ...rendered });
}

// ---- Events ----------------------------------------------------------------------------------

app.addEventListener('click', (e) => {
  const b = (e.target as Element).closest<HTMLButtonElement>('button');
  if (!b) return;
  if (b.dataset.add) vscode.postMessage({ type: 'add', key: b.dataset.add });
  else if (b.dataset.remove) vscode.postMessage({ type: 'remove', key: b.dataset.remove });
  else if (b.dataset.dataset !== undefined && b.dataset.month !== undefined) openMonth(Number(b.dataset.dataset), Number(b.dataset.month));
});
addButton.addEventListener('click', () => vscode.postMessage({ type: 'add' }));

// The theme changed (VS Code sets the body's class): colours again, drawn again.
new MutationObserver(() => {
  if (!chart) return;
  // A tooltip open across the change would keep the old colours.
  chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
  applyTheme(chart);
  // A full update: in 'none' mode Chart.js keeps the bars' previous (shared) colours.
  chart.update();
  reportRendered();
}).observe(document.body, { attributes: true, attributeFilter: ['class'] });

window.addEventListener('message', (event: MessageEvent<TimelineToWebview>) => {
  const m = event.data;
  switch (m.type) {
    case 'loading':
      app.setAttribute('aria-busy', 'true');
      status.textContent = S.counting;
      vscode.setState({ keys: m.keys });
      break;
    case 'data':
      result = m.result;
      render();
      break;
    case 'error':
      app.setAttribute('aria-busy', 'false');
      status.textContent = fmt(S.failed, m.message);
      break;
    case 'clickBar':
      clickBar(m.datasetIndex, m.monthIndex, m.requestId);
      break;
  }
});

/** Clicks a bar like a user would: a click event on the canvas at the middle of the bar. */
function clickBar(datasetIndex: number, monthIndex: number, requestId: number): void {
  const fail = (reason: string) => vscode.postMessage({ type: 'clickFailed', requestId, reason });
  if (!chart) return fail('the chart is not drawn yet');
  // Bars still growing are shorter than they will be: end the animation, aim at the bar's end.
  chart.stop();
  chart.update('none');
  const bar = chart.getDatasetMeta(datasetIndex)?.data[monthIndex];
  if (!bar) return fail(`the chart has no bar ${datasetIndex}/${monthIndex}`);
  const { x, y, base } = bar.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
  if (Math.abs(base - y) < 1) return fail(`bar ${datasetIndex}/${monthIndex} is empty (0 mentions)`);
  const rect = canvas.getBoundingClientRect();
  clickRequest = requestId;
  canvas.dispatchEvent(new MouseEvent('click', { clientX: rect.left + x, clientY: rect.top + (y + base) / 2, bubbles: true, cancelable: true, view: window }));
}

vscode.postMessage({ type: 'ready' });
