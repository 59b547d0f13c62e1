import { strict as assert } from 'node:assert';
import * as v8 from 'node:v8';
import { defaultConfig } from '../../../server/src/core/config/corpusConfig';
import { loadRegistry } from '../../../server/src/core/entities/registry';
import { CorpusIndex } from '../../../server/src/core/index/corpusIndex';
import { TITLE_WINDOW_DAYS } from '../../../server/src/core/index/titleConflicts';
import { summarizeArticle, type ArticleSummary } from '../../../server/src/core/summary/articleSummary';
import { readBuiltinRegistrySources } from '../../../server/src/node/registryFiles';

const REGISTRY = `entities:
  - id: tran-van-muoi
    type: person
    name: Trần Văn Mười
    aliases: [ông Mười]
  - id: le-thi-hai
    type: person
    name: Lê Thị Hai
    aliases: [bà Hai]
`;
const { registry } = loadRegistry([...readBuiltinRegistrySources(), { path: '/c/entities.yaml', text: REGISTRY, builtin: false }]);

// Sentences we wrote, with people, titles, places, organisations and sectors the registry knows,
// and some names it does not.
const SENTENCES = [
  'Bộ trưởng Xây dựng Trần Văn Mười đến Hà Nội sáng nay.',
  'Thứ trưởng Xây dựng Trần Văn Mười làm việc tại Đà Nẵng.',
  'Ông Mười nói ngành giáo dục cần thêm giáo viên.',
  'Giám đốc Sở Y tế Lê Thị Hai thăm bệnh viện ở Huế.',
  'Bà Hai cho biết ngân hàng đã giải ngân vốn cho nông nghiệp.',
  'Ông Phạm Quang Vinh, một nông dân ở Cần Thơ, trồng lúa.',
  'Ngày 15/3, Quốc hội họp về du lịch và giao thông vận tải.',
  'Tại TP.HCM, chị Ngô Thanh Hà mở một cửa hàng nhỏ.',
  'Hải Phòng đón nhiều khách du lịch trong tháng 6/2024.',
  'Chủ tịch Lê Thị Hai phát biểu trước báo chí ở Hà Nội.',
];

function rand(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function body(r: () => number, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(SENTENCES[Math.floor(r() * SENTENCES.length)]);
  return out.join(' ');
}

/** Articles of every kind the index handles: dated and not, copies and near copies, two files with one id. */
function summaries(seed: number, n: number): ArticleSummary[] {
  const r = rand(seed);
  const out: ArticleSummary[] = [];
  const bodies: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = (i % 37 === 5 ? 4 : i).toString(16).padStart(16, '0');
    let text = body(r, 30 + Math.floor(r() * 30));
    if (i % 11 === 3 && bodies.length) text = bodies[Math.floor(r() * bodies.length)];
    else if (i % 13 === 7 && bodies.length) text = bodies[Math.floor(r() * bodies.length)].replace('sáng nay', 'chiều nay');
    bodies.push(text);
    // Some articles break lines with CRLF: their line ends are kept, the others' implied.
    if (i % 5 === 2) text = text.replace(/\. /g, '.\r\n');
    else if (i % 5 === 4) text = text.replace(/\. /g, '.\n');
    const day = 1 + Math.floor(r() * 28);
    const header = i % 9 === 0 ? '' : ` date 2025-0${1 + (i % 6)}-${String(day).padStart(2, '0')} Tin số ${i}\n\n`;
    out.push(summarizeArticle(`${header}${text}\n`, { path: `/c/${String(i).padStart(3, '0')}_${id}.txt`, config: defaultConfig(), today: '2026-01-01', registry }));
  }
  return out;
}

/** Everything a user can ask the index, for every article and entity. */
function answers(index: CorpusIndex, paths: string[]) {
  const entityKeys = index.entities.entityKeys().map((e) => e.entityKey);
  return {
    size: index.size,
    articles: paths.map((p) => ({
      p,
      findings: index.findingsFor(p),
      counts: index.problemCountsOf(p, defaultConfig()),
      stored: JSON.parse(JSON.stringify(index.summary(p) ?? null, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Uint32Array) : v))),
      facts: ((f) => f && { path: f.path, length: f.length, today: f.today, kind: f.header.kind, date: f.header.date })(index.facts(p)),
      title: index.titleOf(p),
      lines: ((b) => b && { starts: [...b.lineStarts], ends: b.lineEnds && [...b.lineEnds], length: b.length })(index.lineBoundaries(p)),
      own: index.findingsOf(p)?.map(({ fixes: _fixes, ...f }) => f),
      unreadable: index.unreadableReason(p),
      mentions: index.entities.documentMentions(p),
      types: index.entities.countsByType(p),
    })),
    entities: entityKeys.map((k) => ({
      k,
      stats: index.entities.stats(k, 5),
      mentions: index.entities.mentionsOf(k),
      docs: index.entities.documentsOf(k),
      titles: index.entities.titlesAround(k, '2025-03-15', TITLE_WINDOW_DAYS),
      months: index.entities.titleMonths(k),
    })),
    search: ['', 'ha', 'muoi', 'le thi'].map((q) => index.entities.search(q, 20)),
    rows: index.entities.entityKeys(),
    pairs: [...index.duplicates.pairs()],
    sizes: index.entities.sizes,
    mentionCount: index.entities.mentionCount,
  };
}

/** Answers without quick fixes: a saved index keeps none (CorpusIndex.toState). */
function noFixes<T>(x: T): T {
  if (Array.isArray(x)) return x.map(noFixes) as T;
  if (!x || typeof x !== 'object' || Object.getPrototypeOf(x) !== Object.prototype) return x;
  return Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'fixes').map(([k, v]) => [k, noFixes(v)])) as T;
}

function roundTrip(index: CorpusIndex): CorpusIndex {
  return CorpusIndex.fromState(v8.deserialize(v8.serialize(index.toState())));
}

/** Four articles of one September calling Lê Thị Hai chair, a fifth director: a title conflict. */
function conflicting(): ArticleSummary[] {
  return [1, 2, 3, 4, 5].map((day) => {
    const title = day === 5 ? 'Giám đốc Sở Y tế' : 'Chủ tịch';
    const text = ` date 2025-09-0${day} Tin tháng chín ${day}\n\n${title} Lê Thị Hai phát biểu trước báo chí ở Hải Phòng.\n`;
    return summarizeArticle(text, { path: `/c/95${day}_00000000000009${day}0.txt`, config: defaultConfig(), today: '2026-01-01', registry });
  });
}

describe('CorpusIndex state (warm start)', () => {
  const all = [...summaries(1, 150), ...conflicting()];
  const paths = [...all.map((s) => s.path), '/c/900_00000000000000ff.txt'];

  function built(): CorpusIndex {
    const index = new CorpusIndex();
    // Some come and go, some twice, one becomes unreadable: free numbers to reuse, entities freed.
    for (const s of all) index.apply(structuredClone(s), false);
    for (const s of all.slice(20, 40)) index.remove(s.path);
    for (const s of all.slice(25, 30)) index.apply(structuredClone(s), false);
    index.apply(structuredClone({ ...all[60], path: all[2].path }), false);
    index.setUnreadable(all[3].path, 'binary');
    index.setUnreadable('/c/900_00000000000000ff.txt', 'too large');
    return index;
  }

  it('gives every answer the index it was taken from gives, the quick fixes left to the analysis of an opened article', () => {
    const index = built();
    const restored = roundTrip(index);
    const want = answers(index, paths);
    assert.ok(want.pairs.length > 3, 'the fixture has duplicates');
    assert.ok(want.articles.some((a) => a.findings.some((f) => f.code === 'file/duplicate-id')), 'the fixture has a shared id');
    assert.ok(want.entities.some((e) => e.titles.titles.length > 0), 'the fixture gives titles');
    assert.ok(all.some((s) => s.findings.some((f) => f.fixes?.length)), 'the fixture has quick fixes');
    assert.ok(want.articles.some((a) => a.findings.some((f) => f.code === 'entity/title-conflict')), 'the fixture has a title conflict');
    // Neither index keeps the quick fixes: an opened article's come from its own analysis.
    assert.ok(!want.articles.some((a) => a.findings.some((f) => f.fixes)), 'none kept');
    const got = answers(restored, paths);
    assert.deepEqual(got, want);
  });

  it('goes on like the original: the same articles added, changed and removed give the same answers and the same state', () => {
    const index = built();
    const restored = roundTrip(index);
    const more = summaries(2, 30).map((s, i) => ({ ...s, path: i < 10 ? all[i].path : `/c/5${String(i).padStart(2, '0')}_${(1000 + i).toString(16).padStart(16, '0')}.txt` }));
    for (const x of [index, restored]) {
      for (const s of more) x.apply(structuredClone(s));
      for (const s of all.slice(40, 70)) x.remove(s.path);
      x.apply(structuredClone(all[45]));
    }
    const now = [...paths, ...more.map((s) => s.path)];
    assert.deepEqual(noFixes(answers(restored, now)), noFixes(answers(index, now)));
    assert.deepEqual(restored.toState(), index.toState());
  });

  it("counts each article's problems as its findings say, under the default severities and others", () => {
    const index = new CorpusIndex();
    const list = summaries(7, 120);
    for (const s of list) index.apply(s);
    const changed = { ...defaultConfig(), rules: { 'corpus/duplicate-article': 'off', 'file/duplicate-id': 'hint', 'entity/title-conflict': 'information', 'header/missing': 'off', 'date/impossible': 'warning' } } as ReturnType<typeof defaultConfig>;
    let seen = 0;
    for (const config of [defaultConfig(), changed]) {
      for (const { path } of list) {
        const tally = { error: 0, warning: 0, information: 0, hint: 0 };
        for (const f of index.findingsFor(path, config)) tally[f.severity]++;
        assert.deepEqual(index.problemCountsOf(path, config), tally, path);
        seen += tally.error + tally.warning + tally.information + tally.hint;
      }
    }
    assert.ok(seen > 100, `the articles have problems (${seen})`);
  });

  it('keeps a file\'s first 1,000 problems one by one and counts the rest, scanned, edited and saved', () => {
    // 1,500 body lines ending in a space: 1,500 text/whitespace warnings, the header none.
    const lines = Array.from({ length: 1500 }, (_, i) => `Dòng ${i} ở Hà Nội. `);
    const text = ` date 2025-03-01 Nhiều dòng\n\n${lines.join('\n')}\n`;
    const many = summarizeArticle(text, { path: '/c/777_0000000000000777.txt', config: defaultConfig(), today: '2026-01-01', registry });
    assert.equal(many.findings.length, 1001);
    const tail = many.findings[1000];
    assert.deepEqual([tail.code, tail.severity, tail.count], ['text/whitespace', 'warning', 500]);
    // Where the first problem it counts is: the end of body line 1,000.
    assert.equal(tail.start, text.indexOf(lines[1000]) + lines[1000].length - 1);
    const scanned = new CorpusIndex();
    scanned.apply(structuredClone(many), false);
    const edited = new CorpusIndex();
    edited.apply(structuredClone(many));
    for (const index of [scanned, edited, roundTrip(scanned), roundTrip(edited)]) {
      assert.deepEqual(index.problemCountsOf(many.path, defaultConfig()), { error: 0, warning: 1500, information: 0, hint: 0 });
      const off = { ...defaultConfig(), rules: { 'text/whitespace': 'off' } } as ReturnType<typeof defaultConfig>;
      assert.deepEqual(index.problemCountsOf(many.path, off), { error: 0, warning: 0, information: 0, hint: 0 });
      const found = index.findingsFor(many.path, defaultConfig());
      assert.deepEqual([found.length, found[1000].count, found[999].count], [1001, 500, undefined]);
    }
  });

  it('names every article whose problem counts moved since it was saved, or says it cannot', () => {
    const index = built();
    assert.equal(index.touchedSinceSaved(), undefined, 'never saved: not known');
    const restored = roundTrip(index);
    assert.equal(restored.touchedSinceSaved()?.size, 0, 'as saved');
    const counts = () => new Map(paths.map((p) => [p, JSON.stringify(restored.problemCountsOf(p, defaultConfig()))]));
    const before = counts();
    // Edits as an editor makes them: a copy of another body, an article removed, the chair's
    // title changed in one article of the conflict.
    restored.apply(structuredClone({ ...all[70], path: all[80].path }));
    restored.remove(all[90].path);
    const [conflict] = conflicting();
    restored.apply(summarizeArticle(' date 2025-09-01 Tin tháng chín 1\n\nGiám đốc Sở Y tế Lê Thị Hai phát biểu trước báo chí ở Hải Phòng.\n', { path: conflict.path, config: defaultConfig(), today: '2026-01-01', registry }));
    const after = counts();
    const moved = paths.filter((p) => after.get(p) !== before.get(p));
    assert.ok(moved.length >= 4, `the edits move counts of others too (${moved.length})`);
    const touched = restored.touchedSinceSaved()!;
    for (const p of moved) assert.ok(touched.has(p), p);
    assert.ok(touched.size < paths.length, `not everything (${touched.size} of ${paths.length}, ${moved.length} moved)`);
    // A change whose others were not worked out (a scan's): not known until saved again.
    restored.apply(structuredClone(all[100]), false);
    assert.equal(restored.touchedSinceSaved(), undefined);
    restored.markSaved();
    assert.equal(restored.touchedSinceSaved()?.size, 0);
  });

  it('keeps the line ends of an article only when its line starts do not imply them (CRLF)', () => {
    const index = new CorpusIndex();
    for (const s of summaries(5, 10)) index.apply(s, false);
    const kept = [...index.paths()].map((p) => index.summary(p)!.lineEnds !== undefined);
    // Articles 2 and 7 (i % 5 === 2) break lines with CRLF.
    assert.deepEqual(kept, [false, false, true, false, false, false, false, true, false, false]);
  });

  it("keeps a scan's articles as rows that answer and save as an index built edit by edit does, and an edit's in arrays of their own", () => {
    const list = [...summaries(7, 60), ...conflicting()];
    const paths = list.map((s) => s.path);
    const scanned = new CorpusIndex();
    const edited = new CorpusIndex();
    for (const s of list) {
      scanned.apply(structuredClone(s), false);
      edited.apply(structuredClone(s));
    }
    assert.deepEqual(answers(scanned, paths), answers(edited, paths));
    // The save copies the rows' encoded parts: the same state as from summaries.
    assert.deepEqual(scanned.toState(), edited.toState());
    assert.deepEqual(answers(roundTrip(scanned), paths), answers(edited, paths));
    const arrays = (index: CorpusIndex, p: string) => [index.lineBoundaries(p)!.lineStarts, index.summary(p)!.titled].filter((a) => a.length > 0);
    for (const p of paths) for (const a of arrays(edited, p)) assert.equal(a.buffer.byteLength, a.byteLength, 'an edit has arrays of its own');
    // An article edited after the scan is answered from its edit, in the place its row had.
    const changed = { ...structuredClone(list[5]), path: paths[0] };
    scanned.apply(structuredClone(changed));
    edited.apply(structuredClone(changed));
    for (const a of arrays(scanned, paths[0])) assert.equal(a.buffer.byteLength, a.byteLength);
    assert.equal(scanned.size, paths.length);
    assert.deepEqual([...scanned.paths()], paths);
    assert.deepEqual(answers(scanned, paths), answers(edited, paths));
    assert.deepEqual(scanned.toState(), edited.toState());
    // Removed, it leaves both; applied by a scan again, it comes last, as a new article does.
    scanned.remove(paths[0]);
    edited.remove(paths[0]);
    assert.equal(scanned.size, paths.length - 1);
    scanned.apply(structuredClone(list[0]), false);
    edited.apply(structuredClone(list[0]));
    assert.deepEqual([...scanned.paths()], [...paths.slice(1), paths[0]]);
    assert.deepEqual(scanned.toState(), edited.toState());
  });

  it('takes an empty index and gives it back empty', () => {
    const restored = roundTrip(new CorpusIndex());
    assert.equal(restored.size, 0);
    assert.deepEqual(restored.toState(), new CorpusIndex().toState());
  });
});
