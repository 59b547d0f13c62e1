// The Entity Timeline panel: the extension host side. It asks the server for TIMELINE data of one
// or more entities and hands it to the webview (client/webview/timeline.ts), which draws the
// mentions per month with Chart.js and lists the associated entities; a click on a bar opens the
// concordance of that entity in that month.

import * as vscode from 'vscode';
import { WebviewClicks } from './webviewClicks';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TIMELINE, type TimelineParams, type TimelineResult } from '../../../server/src/protocol/corpusLensProtocol';
import type { TimelineFromWebview, TimelineRendered, TimelineToWebview, TimelineWebviewState } from '../../webview/messages';
import type { ConcordanceApi } from './concordanceView';
import { entityAt, pickEntities } from './entityPick';
import { webviewHtml, webviewL10n, webviewOptions } from './webviewHtml';
import { TIMELINE_STRINGS } from '../../webview/strings';

export type { TimelineRendered } from '../../webview/messages';

export const TIMELINE_PANEL = 'corpusLens.timeline';
export const SHOW_TIMELINE = 'corpusLens.showTimeline';

/** Associated entities listed per entity. */
const TOP = 10;
/** At most this many entities on one chart. */
const MAX_KEYS = 8;

export interface TimelineShowArg {
  keys: string[];
}

export interface TimelineApi {
  /** Shows the panel for these entities (else the one under the cursor, else asks); resolves when the data is in the page. */
  show(arg?: TimelineShowArg): Promise<void>;
  /** Fires after each render of the chart, with what it shows. */
  onDidRender: vscode.Event<TimelineRendered>;
  /** Clicks a bar of the chart (e2e tests); resolves once the concordance it opens has its rows. */
  clickBar(datasetIndex: number, monthIndex: number): Promise<void>;
}

function isShowArg(a: unknown): a is TimelineShowArg {
  return !!a && typeof a === 'object' && Array.isArray((a as TimelineShowArg).keys) && (a as TimelineShowArg).keys.every((k) => typeof k === 'string');
}

export function registerTimelinePanel(context: vscode.ExtensionContext, client: LanguageClient, concordance: ConcordanceApi): TimelineApi {
  const timeline = new TimelinePanel(context.extensionUri, client, concordance);
  context.subscriptions.push(
    timeline,
    // From the editor's context menu the argument is the document's URI: not a list of keys.
    vscode.commands.registerCommand(SHOW_TIMELINE, (arg?: unknown) => timeline.show(isShowArg(arg) ? arg : undefined)),
    // A panel left open when the window closed comes back with the same entities.
    vscode.window.registerWebviewPanelSerializer(TIMELINE_PANEL, {
      deserializeWebviewPanel: async (panel, state: unknown) => {
        const keys = (state as Partial<TimelineWebviewState> | undefined)?.keys;
        timeline.adopt(panel);
        if (Array.isArray(keys) && keys.length) await timeline.load(keys);
      },
    }),
  );
  return {
    show: (arg) => timeline.show(arg),
    onDidRender: timeline.onDidRender,
    clickBar: (d, m) => timeline.clickBar(d, m),
  };
}

class TimelinePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private ready: Promise<void> = Promise.resolve();
  private keys: string[] = [];
  private result: TimelineResult | undefined;
  private generation = 0;
  private cts: vscode.CancellationTokenSource | undefined;
  private readonly clicks = new WebviewClicks();
  private readonly rendered = new vscode.EventEmitter<TimelineRendered>();
  readonly onDidRender = this.rendered.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: LanguageClient,
    private readonly concordance: ConcordanceApi,
  ) {}

  dispose(): void {
    this.cts?.cancel();
    this.panel?.dispose();
    this.rendered.dispose();
  }

  async show(arg?: TimelineShowArg): Promise<void> {
    let keys = arg?.keys.filter((k) => k.trim() !== '');
    if (!keys?.length) {
      const editor = vscode.window.activeTextEditor;
      const entity = editor ? await entityAt(this.client, editor.document, editor.selection.active).catch(() => undefined) : undefined;
      if (entity) keys = [entity.key];
      else {
        const picked = await pickEntities(this.client, { title: vscode.l10n.t('Corpus Lens: Entity Timeline'), many: true, placeholder: vscode.l10n.t('Entities to chart (tick several to compare them)') });
        if (!picked?.length) return;
        keys = picked.map((e) => e.key);
      }
    }
    if (!this.panel) {
      this.adopt(
        vscode.window.createWebviewPanel(TIMELINE_PANEL, vscode.l10n.t('Entity Timeline'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
          ...webviewOptions(this.extensionUri),
          retainContextWhenHidden: true,
        }),
      );
    } else this.panel.reveal(undefined, false);
    await this.load(keys);
  }

  /** Takes a new or restored panel and gives it the page. */
  adopt(panel: vscode.WebviewPanel): void {
    this.panel?.dispose();
    this.panel = panel;
    panel.webview.options = webviewOptions(this.extensionUri);
    let markReady!: () => void;
    this.ready = new Promise((resolve) => (markReady = resolve));
    panel.webview.onDidReceiveMessage((m: TimelineFromWebview) => {
      if (m.type === 'ready') {
        // A new or reloaded page: give it what it should show.
        if (this.result) this.post({ type: 'data', result: this.result });
        else if (this.keys.length) this.post({ type: 'loading', keys: this.keys });
        markReady();
      } else this.onMessage(m);
    });
    panel.onDidDispose(() => {
      if (this.panel !== panel) return;
      this.panel = undefined;
      this.result = undefined;
      this.keys = [];
      this.cts?.cancel();
    });
    panel.webview.html = webviewHtml(panel.webview, this.extensionUri, 'timeline', vscode.l10n.t('Entity Timeline'), webviewL10n(TIMELINE_STRINGS));
  }

  private post(message: TimelineToWebview): void {
    void this.panel?.webview.postMessage(message);
  }

  private onMessage(m: Exclude<TimelineFromWebview, { type: 'ready' }>): void {
    switch (m.type) {
      case 'rendered': {
        const { type: _type, ...rendered } = m;
        this.rendered.fire(rendered);
        break;
      }
      case 'bar': {
        const name = this.result?.series.find((s) => s.key === m.key)?.name;
        this.clicks.settleWhen(m.requestId, this.concordance.show({ entity: m.key, name, month: m.month }));
        break;
      }
      case 'clickFailed':
        this.clicks.settle(m.requestId, new Error(m.reason));
        break;
      case 'add':
        void this.add(m.key);
        break;
      case 'remove': {
        const keys = this.keys.filter((k) => k !== m.key);
        if (keys.length) void this.load(keys);
        break;
      }
    }
  }


  /** Adds an entity to the chart: the one given (an associated entity clicked), else one the user picks. */
  private async add(key?: string): Promise<void> {
    let added = key ? [key] : undefined;
    if (!added) {
      const picked = await pickEntities(this.client, { title: vscode.l10n.t('Corpus Lens: add to the timeline'), many: true });
      added = picked?.map((e) => e.key);
    }
    if (!added?.length) return;
    const keys = [...this.keys, ...added.filter((k) => !this.keys.includes(k))];
    if (keys.length > MAX_KEYS) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Corpus Lens: the timeline compares at most {0} entities; remove one first.', MAX_KEYS));
      return;
    }
    await this.load(keys);
  }

  /** Asks the server for the entities' timeline and gives it to the page. */
  async load(keys: string[]): Promise<void> {
    keys = [...new Set(keys)].slice(0, MAX_KEYS);
    this.cts?.cancel();
    const cts = (this.cts = new vscode.CancellationTokenSource());
    const generation = ++this.generation;
    this.keys = keys;
    this.result = undefined;
    await this.ready;
    this.post({ type: 'loading', keys });
    try {
      const params: TimelineParams = { keys, top: TOP };
      const result = await this.client.sendRequest<TimelineResult>(TIMELINE, params, cts.token);
      if (generation !== this.generation) return;
      this.result = result;
      if (this.panel) this.panel.title = vscode.l10n.t('Timeline: {0}', result.series.map((s) => s.name).join(', ') || keys.join(', '));
      this.post({ type: 'data', result });
    } catch (err) {
      if (generation !== this.generation || cts.token.isCancellationRequested) return;
      this.post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    } finally {
      cts.dispose();
      if (this.cts === cts) this.cts = undefined;
    }
  }

  async clickBar(datasetIndex: number, monthIndex: number): Promise<void> {
    if (!this.panel) throw new Error('the timeline is not open');
    await this.ready;
    await this.clicks.click((requestId) => this.post({ type: 'clickBar', datasetIndex, monthIndex, requestId }), `clicking bar ${datasetIndex}/${monthIndex} did not open the concordance`, 30_000);
  }
}
