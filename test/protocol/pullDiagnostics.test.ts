import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CancellationTokenSource, ProgressType, WorkDoneProgress, WorkspaceDiagnosticRequest, type DocumentDiagnosticReport, type InitializeResult, type SymbolInformation, type WorkDoneProgressBegin, type WorkDoneProgressEnd, type WorkDoneProgressReport, type WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { LspClient, uri } from './lspClient';

const ARTICLES = 1200;
const name = (i: number) => `${String(i).padStart(4, '0')}_${(0x1000000000000000n + BigInt(i)).toString(16)}.txt`;
// Every tenth article has an impossible date: the expected problems come from the text written here.
const text = (i: number) => ` date 2026-02-25 Tin ${i}\n\n${i % 10 === 0 ? 'Ngày 31/2 không có.' : `Ngày 24/2 là ngày ${i}.`}\n`;

type WorkDone = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

/** The work-done progress a client sees for `token`: begin, reports, end. */
function watchWorkDone(client: LspClient, token: string): { seen: WorkDone[]; ended: Promise<void>; dispose(): void } {
  const seen: WorkDone[] = [];
  let end = () => undefined as void;
  const ended = new Promise<void>((resolve) => (end = resolve));
  const sub = client.connection.onProgress(WorkDoneProgress.type, token, (p) => {
    seen.push(p);
    if (p.kind === 'end') end();
  });
  return { seen, ended, dispose: () => sub.dispose() };
}

describe('pull diagnostics (LSP 3.17), as VS Code asks for them', function () {
  this.timeout(60_000);
  let dir: string;
  let client: LspClient;
  let init: InitializeResult;
  const partials: WorkspaceDocumentDiagnosticReport[][] = [];

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-pull-'));
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'rules: {}\n');
    for (let i = 0; i < ARTICLES; i++) fs.writeFileSync(path.join(dir, name(i)), text(i));
    client = await LspClient.start({ folder: dir, pullDiagnostics: true });
    init = client.initializeResult!;
    await client.ready();
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a workspace pull with a partial result token; partial pages land in `partials`. */
  function pullWorkspace(token: string, previousResultIds: Array<{ uri: string; value: string }> = []) {
    const pages: WorkspaceDocumentDiagnosticReport[][] = [];
    const sub = client.connection.onProgress(WorkspaceDiagnosticRequest.partialResult, token, (p) => {
      pages.push(p.items);
      partials.push(p.items);
      waiters.forEach((w) => w());
    });
    const waiters = new Set<() => void>();
    const source = new CancellationTokenSource();
    const request = client.connection.sendRequest('workspace/diagnostic', { previousResultIds, partialResultToken: token }, source.token);
    const until = (pred: (items: WorkspaceDocumentDiagnosticReport[]) => boolean) =>
      new Promise<WorkspaceDocumentDiagnosticReport[]>((resolve) => {
        const check = () => {
          const items = pages.flat();
          if (pred(items)) {
            waiters.delete(check);
            resolve(items);
          }
        };
        waiters.add(check);
        check();
      });
    return { until, cancel: () => source.cancel(), request, dispose: () => sub.dispose() };
  }

  it('advertises workspace diagnostics and pushes nothing', () => {
    assert.deepEqual(init.capabilities.diagnosticProvider, { identifier: 'corpus-lens', interFileDependencies: true, workspaceDiagnostics: true });
    assert.equal(client.diagnostics.size, 0);
  });

  it('streams every article once, in pages, then only what changes', async () => {
    const first = pullWorkspace('first');
    const all = await first.until((items) => items.length >= ARTICLES);
    assert.ok(partials.length > 1, 'more than one page');
    const byUri = new Map(all.map((r) => [r.uri, r]));
    for (let i = 0; i < ARTICLES; i++) {
      const r = byUri.get(uri(path.join(dir, name(i))));
      assert.ok(r && r.kind === 'full', name(i));
      assert.deepEqual(r.items.map((d) => d.code), i % 10 === 0 ? ['date/impossible'] : [], name(i));
    }
    first.cancel();
    await first.request;
    first.dispose();

    // The client comes back with what it has: nothing is resent, a change on disk streams alone.
    const previous = all.filter((r): r is WorkspaceDocumentDiagnosticReport & { resultId: string } => r.kind === 'full' && r.resultId !== undefined).map((r) => ({ uri: r.uri, value: r.resultId }));
    const second = pullWorkspace('second', previous);
    const changed = path.join(dir, name(1));
    fs.writeFileSync(changed, text(1).replace('Ngày 24/2', 'Ngày 30/2'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(changed), type: 2 }] });
    const update = await second.until((items) => items.some((r) => r.uri === uri(changed)));
    assert.deepEqual(update.map((r) => r.uri), [uri(changed)], 'only the changed article');
    assert.deepEqual((update[0] as { items: Array<{ code: string }> }).items.map((d) => d.code), ['date/impossible']);
    second.cancel();
    await second.request;
    second.dispose();
  });

  it('shows work-done progress while it looks at every article once, and ends it before holding the pull open', async () => {
    const work = watchWorkDone(client, 'every-article');
    const pages: WorkspaceDocumentDiagnosticReport[][] = [];
    const sub = client.connection.onProgress(WorkspaceDiagnosticRequest.partialResult, 'every-article-pages', (p) => void pages.push(p.items));
    const source = new CancellationTokenSource();
    const request = client.connection.sendRequest('workspace/diagnostic', { previousResultIds: [], partialResultToken: 'every-article-pages', workDoneToken: 'every-article' }, source.token);
    await work.ended;
    assert.deepEqual(work.seen.map((p) => p.kind), ['begin', 'end']);
    assert.equal((work.seen[0] as WorkDoneProgressBegin).title, 'Problems of every article');
    // Every article with a problem (an impossible date, as its file on disk says) was sent by then.
    const impossible = fs.readdirSync(dir).filter((f) => /Ngày 3[01]\/2/.test(fs.readFileSync(path.join(dir, f), 'utf8')));
    assert.ok(impossible.length >= ARTICLES / 10);
    const withProblems = pages.flat().filter((r) => r.kind === 'full' && r.items.length > 0);
    assert.deepEqual(withProblems.map((r) => r.uri).sort(), impossible.map((f) => uri(path.join(dir, f))).sort());
    source.cancel();
    await request.catch(() => undefined);
    sub.dispose();
    work.dispose();
  });

  it('answers a document pull in full, then unchanged until the text changes', async () => {
    const file = path.join(dir, name(20));
    await client.open(uri(file), text(20));
    const a = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: uri(file) } });
    assert.equal(a.kind, 'full');
    assert.deepEqual(a.kind === 'full' && a.items.map((d) => d.code), ['date/impossible']);
    const b = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: uri(file) }, previousResultId: a.resultId });
    assert.deepEqual(b, { kind: 'unchanged', resultId: a.resultId });
    await client.change(uri(file), text(21), 2);
    const c = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: uri(file) }, previousResultId: a.resultId });
    assert.equal(c.kind, 'full');
    assert.deepEqual(c.kind === 'full' && c.items, []);
  });
});

describe('large answers stream: references in pages as partial results', function () {
  this.timeout(60_000);
  let dir: string;
  let client: LspClient;
  const N = 2500;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-refs-'));
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'rules: {}\n');
    // One mention of Hà Nội per article.
    for (let i = 0; i < N; i++) fs.writeFileSync(path.join(dir, name(i)), ` date 2026-02-25 Tin ${i}\n\nHôm qua ở Hà Nội, bản tin ${i}.\n`);
    client = await LspClient.start({ folder: dir });
    await client.ready();
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sends every mention across the corpus in pages, the final answer empty', async () => {
    const file = path.join(dir, name(7));
    const text = fs.readFileSync(file, 'utf8');
    const line = text.split('\n')[2];
    const pages: Array<Array<{ uri: string }>> = [];
    const sub = client.connection.onProgress(new ProgressType<Array<{ uri: string }>>(), 'refs', (p) => void pages.push(p));
    const final = await client.request<unknown[]>('textDocument/references', {
      textDocument: { uri: uri(file) },
      position: { line: 2, character: line.indexOf('Hà Nội') + 1 },
      context: { includeDeclaration: false },
      partialResultToken: 'refs',
    });
    sub.dispose();
    assert.deepEqual(final, []);
    assert.ok(pages.length >= 3, `${pages.length} pages`);
    const all = pages.flat();
    assert.equal(all.length, N);
    assert.equal(new Set(all.map((l) => l.uri)).size, N, 'one in every article');
    // A message over 128 KB is a string V8 keeps apart, slower to make and to read on both sides
    // (URIs and numbers: a byte a character).
    const largest = Math.max(...pages.map((p) => JSON.stringify(p).length));
    assert.ok(largest < 128 * 1024, `a page of ${largest} characters`);
  });

  it('shows work-done progress for references: begun with the entity, moving with the pages, ended', async () => {
    const file = path.join(dir, name(9));
    const line = fs.readFileSync(file, 'utf8').split('\n')[2];
    const work = watchWorkDone(client, 'refs-work');
    const final = await client.request<unknown[]>('textDocument/references', {
      textDocument: { uri: uri(file) },
      position: { line: 2, character: line.indexOf('Hà Nội') + 1 },
      context: { includeDeclaration: false },
      workDoneToken: 'refs-work',
    });
    await work.ended;
    work.dispose();
    assert.equal(final.length, N);
    const [begin, ...rest] = work.seen;
    assert.equal(begin.kind, 'begin');
    assert.match((begin as WorkDoneProgressBegin).title, /Hà Nội/);
    assert.equal(rest.at(-1)!.kind, 'end');
    const percentages = rest.filter((p): p is WorkDoneProgressReport => p.kind === 'report').map((p) => p.percentage!);
    assert.ok(percentages.length >= 3, `${percentages.length} reports`);
    assert.deepEqual(percentages, [...percentages].sort((a, b) => a - b), 'never backwards');
    assert.equal(percentages.at(-1), 100);
  });

  it('gives workspace symbols in pages when the client takes partial results, the same symbols as at once', async () => {
    const whole = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'ha' });
    assert.ok(whole.length > 50, `${whole.length} symbols for 'ha'`);
    assert.ok(whole.some((s) => s.name === 'Hà Nội'));
    const pages: SymbolInformation[][] = [];
    const sub = client.connection.onProgress(new ProgressType<SymbolInformation[]>(), 'syms', (p) => void pages.push(p));
    const work = watchWorkDone(client, 'syms-work');
    const final = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'ha', partialResultToken: 'syms', workDoneToken: 'syms-work' });
    await work.ended;
    sub.dispose();
    work.dispose();
    assert.deepEqual(final, []);
    assert.ok(pages.length >= 2 && pages.every((p) => p.length <= 50), pages.map((p) => p.length).join(' '));
    assert.deepEqual(pages.flat(), whole);
    assert.deepEqual(work.seen.map((p) => p.kind), ['begin', 'end']);
  });

  it('stops a cancelled workspace-symbol search', async () => {
    // Cancelled before the server began it: the search stops at once and answers null, not the
    // symbols the same query finds (more than fifty, above).
    const answer = await client.cancelledRequest('workspace/symbol', { query: 'ha' });
    assert.equal(answer.error, undefined);
    assert.equal(answer.result, null);
  });
});
