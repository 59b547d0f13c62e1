// The corpus views' requests against the real server: entity groups and pages, the articles and
// mentions of an entity, the entity at a position, concordances (of an entity, of a phrase over
// worker threads, streamed and cancellable), the timeline and the status. Expected figures are
// counted in the fixture's text, not asked of the server.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CancellationTokenSource, ProgressType } from 'vscode-languageserver-protocol';
import { LspClient, uri } from './lspClient';
import {
  CONCORDANCE,
  CORPUS_STATUS,
  ENTITIES,
  ENTITY_ARTICLES,
  ENTITY_AT,
  ENTITY_GROUPS,
  ENTITY_MENTIONS,
  TIMELINE,
  type ConcordanceResult,
  type ConcordanceRow,
  type CorpusStatusParams,
  type EntitiesResult,
  type EntityArticlesResult,
  type EntityAtResult,
  type EntityGroupsResult,
  type EntityMentionsResult,
  type TimelineResult,
} from '../../server/src/protocol/corpusLensProtocol';

const name = (i: number) => `${String(i).padStart(4, '0')}_${(0x1000000000000000n + BigInt(i)).toString(16)}.txt`;
// Three articles about Hà Nội (one without a header date), and fillers enough for the pool's threads
// and for a phrase search to send batches after its rows are all found (four batches go at once).
const ARTICLES: Record<string, string> = {
  [name(1)]: ' date 2026-01-10 Hà Nội đón khách\n\nỞ Hà Nội, Tổng thống Vladimir Putin nói chuyện với báo chí.\n\nNgười dân Hà Nội chào đón.\n',
  [name(2)]: ' date 2026-03-02 Tin miền Trung\n\nTừ Hà Nội vào Đà Nẵng mất một giờ bay. HÀ NỘI mùa xuân.\n',
  [name(3)]: 'Bài không có dòng ngày\n\nTổng thống Vladimir Putin nhắc đến Hà Nội. Ha Noi viết không dấu.\n',
};
const FILLERS = 400;
const filler = (i: number) => ` date 2026-02-${String((i % 27) + 1).padStart(2, '0')} Tin ${i}\n\nBản tin số ${i} về thời tiết miền núi.\n`;

describe('protocol: the corpus views', function () {
  this.timeout(60_000);
  let dir: string;
  let client: LspClient;
  const statuses: CorpusStatusParams[] = [];
  const file = (n: number) => path.join(dir, name(n));
  const count = (re: RegExp) => Object.values(ARTICLES).reduce((n, t) => n + (t.match(re)?.length ?? 0), 0);
  const keyAt = async (n: number, needle: string) => {
    const text = ARTICLES[name(n)];
    const line = text.split('\n').findIndex((l) => l.includes(needle));
    const at = await client.request<EntityAtResult>(ENTITY_AT, { textDocument: { uri: uri(file(n)) }, position: { line, character: text.split('\n')[line].indexOf(needle) + 1 } });
    assert.ok(at, `an entity at '${needle}'`);
    return at;
  };

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-views-'));
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'rules: {}\n');
    for (const [n, t] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(dir, n), t);
    for (let i = 0; i < FILLERS; i++) fs.writeFileSync(path.join(dir, name(100 + i)), filler(i));
    client = await LspClient.start({ folder: dir, initializationOptions: { jobs: 2 } });
    client.connection.onNotification(CORPUS_STATUS, (p: CorpusStatusParams) => void statuses.push(p));
    await client.ready();
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers the entity under a position, with its counts', async () => {
    const hanoi = await keyAt(1, 'Hà Nội');
    assert.equal(hanoi!.name, 'Hà Nội');
    assert.equal(hanoi!.group, 'place');
    // Every spelling of the name in the articles: with diacritics in any case.
    assert.equal(hanoi!.mentions, count(/Hà Nội|HÀ NỘI/g));
    assert.equal(hanoi!.articles, 3);
    const putin = await keyAt(3, 'Putin');
    assert.deepEqual([putin!.name, putin!.group, putin!.mentions], ['Vladimir Putin', 'person', count(/Vladimir Putin/g)]);
  });

  it('lists groups and pages of entities, sorted, filtered ignoring diacritics', async () => {
    const groups = await client.request<EntityGroupsResult>(ENTITY_GROUPS, {});
    assert.ok(groups.groups.some((g) => g.group === 'place' && g.entities >= 2), JSON.stringify(groups));
    const places = await client.request<EntitiesResult>(ENTITIES, { group: 'place' });
    assert.equal(places.items[0].name, 'Hà Nội', 'the most mentioned place first');
    const byName = await client.request<EntitiesResult>(ENTITIES, { group: 'place', sort: 'name' });
    const names = byName.items.map((e) => e.name);
    assert.ok(names.indexOf('Đà Nẵng') < names.indexOf('Hà Nội'), names.join(', '));
    const filtered = await client.request<EntityGroupsResult>(ENTITY_GROUPS, { filter: 'da nang' });
    assert.deepEqual(filtered.groups.map((g) => [g.group, g.entities]), [['place', 1]]);
    const page = await client.request<EntitiesResult>(ENTITIES, { group: 'place', offset: 1, limit: 1 });
    assert.deepEqual([page.items.length, page.total], [1, places.total]);
    assert.equal(page.items[0].key, places.items[1].key);
  });

  it("gives an entity's articles newest first, undated last, with titles, and its mentions with their lines", async () => {
    const hanoi = (await keyAt(1, 'Hà Nội'))!;
    const articles = await client.request<EntityArticlesResult>(ENTITY_ARTICLES, { key: hanoi.key });
    assert.deepEqual(
      articles.items.map((a) => [path.basename(new URL(a.uri).pathname), a.date, a.title, a.mentions]),
      [
        [name(2), '2026-03-02', 'Tin miền Trung', 2],
        [name(1), '2026-01-10', 'Hà Nội đón khách', 3],
        [name(3), undefined, undefined, 1],
      ],
    );
    const mentions = await client.request<EntityMentionsResult>(ENTITY_MENTIONS, { key: hanoi.key, uri: uri(file(2)) });
    assert.deepEqual(
      mentions.items.map((m) => m.line.slice(m.matchStart, m.matchEnd)),
      ['Hà Nội', 'HÀ NỘI'],
    );
    assert.equal(mentions.items[0].line, ARTICLES[name(2)].split('\n')[2]);
    assert.deepEqual(mentions.items[0].range.start, { line: 2, character: ARTICLES[name(2)].split('\n')[2].indexOf('Hà Nội') });
  });

  it('gives the concordance of an entity, and of one month', async () => {
    const hanoi = (await keyAt(1, 'Hà Nội'))!;
    const all = await client.request<ConcordanceResult>(CONCORDANCE, { query: { entity: hanoi.key }, context: 10 });
    assert.equal(all.rows.length, count(/Hà Nội|HÀ NỘI/g));
    const row = all.rows.find((r) => r.uri === uri(file(1)) && r.range.start.line === 2)!;
    // Context runs across line breaks, which read as spaces.
    const text = ARTICLES[name(1)];
    const at = text.indexOf('Hà Nội', text.indexOf('\n'));
    const flat = (s: string) => s.replace(/\n/g, ' ');
    assert.deepEqual([row.left, row.match, row.right], [flat(text.slice(at - 10, at)), 'Hà Nội', flat(text.slice(at + 6, at + 16))]);
    const two = await client.request<ConcordanceResult>(CONCORDANCE, { query: { entity: hanoi.key }, limit: 2 });
    assert.deepEqual([two.rows.length, two.total, two.articles], [2, count(/Hà Nội|HÀ NỘI/g), 3]);
    const january = await client.request<ConcordanceResult>(CONCORDANCE, { query: { entity: hanoi.key }, month: '2026-01' });
    assert.equal(january.rows.length, (ARTICLES[name(1)].match(/Hà Nội/g) ?? []).length);
    const undated = await client.request<ConcordanceResult>(CONCORDANCE, { query: { entity: hanoi.key }, month: 'undated' });
    assert.deepEqual(undated.rows.map((r) => r.uri), [uri(file(3))]);
  });

  it('streams the concordance of a phrase found on the threads, with or without diacritics', async () => {
    const pages: ConcordanceRow[][] = [];
    const sub = client.connection.onProgress(new ProgressType<ConcordanceRow[]>(), 'phrase', (p) => void pages.push(p));
    const folded = await client.request<ConcordanceResult>(CONCORDANCE, { query: { phrase: 'ha noi', ignoreDiacritics: true }, partialResultToken: 'phrase' });
    sub.dispose();
    const rows = pages.flat();
    assert.equal(folded.rows.length, 0, 'the rows came as partial results');
    assert.equal(rows.length, count(/Hà Nội|HÀ NỘI|Ha Noi/g));
    assert.equal(folded.total, rows.length);
    assert.equal(folded.articles, Object.keys(ARTICLES).length + FILLERS);
    const exact = await client.request<ConcordanceResult>(CONCORDANCE, { query: { phrase: 'hà nội' } });
    assert.equal(exact.rows.length, count(/Hà Nội|HÀ NỘI/g));
    const filler7 = await client.request<ConcordanceResult>(CONCORDANCE, { query: { phrase: 'bản tin số 7' } });
    assert.deepEqual(filler7.rows.map((r) => r.match), ['Bản tin số 7']);
    const none = await client.request<ConcordanceResult>(CONCORDANCE, { query: { phrase: ' , ' } });
    assert.match(none.problem ?? '', /no word/);
  });

  it('sends the first rows of a limited phrase concordance and counts every match', async () => {
    // Each filler says `thời tiết` once; the articles never do. Past the limit, the threads only
    // count: the rows are still the first ones by path, the totals still every match.
    const limited = await client.request<ConcordanceResult>(CONCORDANCE, { query: { phrase: 'thời tiết' }, limit: 5 });
    assert.deepEqual(
      limited.rows.map((r) => path.basename(new URL(r.uri).pathname)),
      [0, 1, 2, 3, 4].map((i) => name(100 + i)),
    );
    assert.deepEqual([limited.total, limited.articles], [FILLERS, Object.keys(ARTICLES).length + FILLERS]);
    const row = limited.rows[0];
    assert.deepEqual([row.match, row.range.start], ['thời tiết', { line: 2, character: filler(0).split('\n')[2].indexOf('thời tiết') }]);
  });

  it('stops a phrase concordance that the client cancels', async () => {
    const pages: ConcordanceRow[][] = [];
    const sub = client.connection.onProgress(new ProgressType<ConcordanceRow[]>(), 'cancelled', (p) => void pages.push(p));
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest(CONCORDANCE, { query: { phrase: 'thời tiết' }, partialResultToken: 'cancelled' }, source.token);
    source.cancel();
    const answer = await pending.then(
      (r) => r as ConcordanceResult,
      (e: Error) => e,
    );
    await client.request(ENTITY_GROUPS, {});
    sub.dispose();
    const rows = pages.flat().length + (answer instanceof Error ? 0 : answer.rows.length);
    assert.ok(rows < FILLERS, `${rows} rows of ${FILLERS} were sent after the cancel`);
  });

  it('draws the timeline: mentions per month, undated apart, and associations by logDice', async () => {
    const hanoi = (await keyAt(1, 'Hà Nội'))!;
    const putin = (await keyAt(3, 'Putin'))!;
    const t = await client.request<TimelineResult>(TIMELINE, { keys: [hanoi.key, putin.key] });
    assert.deepEqual(t.months, ['2026-01', '2026-02', '2026-03']);
    assert.deepEqual(t.series[0].counts, [3, 0, 2]);
    assert.equal(t.series[0].undated, 1);
    assert.deepEqual(t.series[1].counts, [1, 0, 0]);
    assert.equal(t.series[1].undated, 1);
    // Putin: 2 articles, both with Hà Nội (3 articles): 14 + log2(2·2 / (3 + 2)).
    const withPutin = t.series[0].associated.find((a) => a.key === putin.key)!;
    assert.equal(withPutin.articles, 2);
    assert.ok(Math.abs(withPutin.logDice - (14 + Math.log2(4 / 5))) < 1e-9);
  });

  it('tells the status bar the corpus in figures once the scan is over', async () => {
    const last = statuses.at(-1);
    assert.ok(last && !last.indexing, JSON.stringify(statuses.slice(-2)));
    assert.equal(last!.articles, Object.keys(ARTICLES).length + FILLERS);
    // The article without a header has a header problem at least.
    assert.ok(last!.problems.errors + last!.problems.warnings > 0);
  });

  it('counts the problems of an edited article again, and only those', async () => {
    const before = statuses.at(-1)!;
    const next = new Promise<CorpusStatusParams>((resolve) => {
      const sub = client.connection.onNotification(CORPUS_STATUS, (p: CorpusStatusParams) => {
        sub.dispose();
        resolve(p);
      });
    });
    // Two trailing-space warnings more in a filler article.
    const f = path.join(dir, name(100));
    await client.open(uri(f), filler(0).replace('miền núi.', 'miền núi.  ') + 'Một dòng nữa.   \n');
    const after = await next;
    assert.equal(after.problems.warnings, before.problems.warnings + 2);
    assert.equal(after.problems.errors, before.problems.errors);
  });
});
