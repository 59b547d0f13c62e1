// entity/title-conflict over a corpus of hand-written articles: the one article that calls a
// person by another title than the articles of the same weeks is told so, with those articles
// as related information; an article outside the window, or one that marks the title as past,
// is not.

import { strict as assert } from 'node:assert';
import { defaultConfig } from '../../../server/src/core/config/corpusConfig';
import { loadRegistry } from '../../../server/src/core/entities/registry';
import { CorpusIndex } from '../../../server/src/core/index/corpusIndex';
import { EntityIndex } from '../../../server/src/core/index/entityIndex';
import { titleConflictCount, titleConflictFindings } from '../../../server/src/core/index/titleConflicts';
import { titledMentionsOf } from '../../../server/src/core/index/storedTitled';
import { summarizeArticle } from '../../../server/src/core/summary/articleSummary';

const REGISTRY = `entities:
  - id: hoang-van-d
    type: person
    name: Hoàng Văn Đức
`;
const { registry } = loadRegistry([{ path: '/c/entities.yaml', text: REGISTRY, builtin: false }]);
const DEPUTY = 'Phó Thủ tướng Hoàng Văn Đức làm việc với tỉnh.';
const MINISTER = 'Bộ trưởng Công Thương Hoàng Văn Đức làm việc với tỉnh.';
const ARTICLES: Record<string, [string, string]> = {
  '/c/001_00000000000000b1.txt': ['2025-06-01', DEPUTY],
  '/c/002_00000000000000b2.txt': ['2025-06-05', DEPUTY],
  '/c/003_00000000000000b3.txt': ['2025-06-09', DEPUTY],
  '/c/004_00000000000000b4.txt': ['2025-06-12', DEPUTY],
  '/c/005_00000000000000b5.txt': ['2025-06-10', MINISTER],
  '/c/006_00000000000000b6.txt': ['2025-06-11', 'Nguyên Bộ trưởng Công Thương Hoàng Văn Đức làm việc với tỉnh.'],
  '/c/007_00000000000000b7.txt': ['2025-09-20', MINISTER],
};

function corpus(): CorpusIndex {
  const index = new CorpusIndex();
  for (const [path, [date, body]] of Object.entries(ARTICLES)) {
    index.apply(summarizeArticle(` date ${date} Tin\n\n${body}\n`, { path, config: defaultConfig(), today: '2026-01-01', registry }));
  }
  return index;
}
const conflicts = (index: CorpusIndex, path: string) => index.findingsFor(path, defaultConfig()).filter((f) => f.code === 'entity/title-conflict');

describe('entity/title-conflict', () => {
  it('tells the article that disagrees with the same weeks, pointing at them', () => {
    const index = corpus();
    const [f] = conflicts(index, '/c/005_00000000000000b5.txt');
    assert.ok(f, 'a finding');
    assert.equal(f.severity, 'information');
    assert.match(f.message, /Within 30 days of 2025-06-10, the corpus calls Hoàng Văn Đức Phó Thủ tướng in 4 of 4 articles.*here: Bộ trưởng Công Thương/);
    const text = ` date 2025-06-10 Tin\n\n${MINISTER}\n`;
    assert.equal(text.slice(f.start, f.end), 'Hoàng Văn Đức');
    assert.deepEqual(f.related!.map((r) => r.path).sort(), ['/c/001_00000000000000b1.txt', '/c/002_00000000000000b2.txt', '/c/003_00000000000000b3.txt', '/c/004_00000000000000b4.txt']);
    const deputyText = ` date 2025-06-01 Tin\n\n${DEPUTY}\n`;
    const r1 = f.related!.find((r) => r.path === '/c/001_00000000000000b1.txt')!;
    assert.equal(deputyText.slice(r1.start, r1.end), 'Hoàng Văn Đức');
  });

  it('asks again once another article gives a title, however often this one was asked before', () => {
    const index = new CorpusIndex();
    const add = (path: string, date: string, body: string) => index.apply(summarizeArticle(` date ${date} Tin\n\n${body}\n`, { path, config: defaultConfig(), today: '2026-01-01', registry }));
    add('/c/001_00000000000000b1.txt', '2025-06-01', DEPUTY);
    add('/c/002_00000000000000b2.txt', '2025-06-05', DEPUTY);
    add('/c/005_00000000000000b5.txt', '2025-06-10', MINISTER);
    // Two articles are not enough to call it a conflict, asked as often as the editor asks.
    for (let i = 0; i < 3; i++) assert.deepEqual(conflicts(index, '/c/005_00000000000000b5.txt'), []);
    // Keystrokes that only move its mentions: still none.
    add('/c/005_00000000000000b5.txt', '2025-06-10', `${MINISTER}  `);
    assert.deepEqual(conflicts(index, '/c/005_00000000000000b5.txt'), []);
    add('/c/003_00000000000000b3.txt', '2025-06-09', DEPUTY);
    const [f] = conflicts(index, '/c/005_00000000000000b5.txt');
    assert.match(f?.message ?? '', /calls Hoàng Văn Đức Phó Thủ tướng in 3 of 3 articles/);
    // Moved again: still told, where the name now stands.
    add('/c/005_00000000000000b5.txt', '2025-06-10', `Hôm nay, ${MINISTER}`);
    const [moved] = conflicts(index, '/c/005_00000000000000b5.txt');
    assert.equal(` date 2025-06-10 Tin\n\nHôm nay, ${MINISTER}\n`.slice(moved.start, moved.end), 'Hoàng Văn Đức');
  });

  it('gives the same message whatever order the articles were indexed in (spellings, related articles)', () => {
    // Eight on the same day call him Phó Thủ tướng, three of them written `phó thủ tướng`; one says Bộ trưởng.
    const same: Array<[string, string]> = [];
    for (let i = 1; i <= 8; i++) same.push([`/c/1${i}_00000000000000c${i}.txt`, i <= 3 ? 'Ông phó thủ tướng Hoàng Văn Đức làm việc với tỉnh.' : DEPUTY]);
    same.push(['/c/19_00000000000000c9.txt', MINISTER]);
    const build = (order: Array<[string, string]>) => {
      const index = new CorpusIndex();
      for (const [path, body] of order) index.apply(summarizeArticle(` date 2025-06-10 Tin\n\n${body}\n`, { path, config: defaultConfig(), today: '2026-01-01', registry }));
      return index;
    };
    const forward = conflicts(build(same), '/c/19_00000000000000c9.txt');
    const backward = conflicts(build([...same].reverse()), '/c/19_00000000000000c9.txt');
    assert.equal(forward.length, 1);
    assert.match(forward[0].message, /calls Hoàng Văn Đức Phó Thủ tướng in 8 of 8/, 'the spelling most articles use');
    assert.deepEqual(backward, forward);
  });

  it('skips only the mentions that cannot be a conflict (by the bound, then by the window’s counts): the same findings, and the same count, as counting every title', () => {
    const titles = ['Phó Thủ tướng', 'phó thủ tướng', 'Bộ trưởng', 'Bộ trưởng Công Thương', 'Nguyên Bộ trưởng', 'Cố vấn', 'Ông', 'Chủ tịch'];
    let seed = 5;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    let found = 0;
    for (let round = 0; round < 24; round++) {
      const index = new CorpusIndex();
      const docs: Array<[string, string]> = [];
      for (let i = 0; i < 25; i++) {
        const path = `/c/${round}_${String(i).padStart(2, '0')}_${(i + 16 * round).toString(16).padStart(16, '0')}.txt`;
        // Half the rounds within three weeks, half over three months (articles out of each other's window).
        const date = round % 2 ? `2025-06-${String(1 + rand(20)).padStart(2, '0')}` : `2025-0${5 + rand(3)}-${String(1 + rand(28)).padStart(2, '0')}`;
        // Several titles in one article sometimes, one of them often the majority's.
        const body = Array.from({ length: 1 + rand(2) }, () => `${titles[rand(3) === 0 ? rand(titles.length) : rand(2)]} Hoàng Văn Đức làm việc với tỉnh.`).join(' ');
        index.apply(summarizeArticle(` date ${date} Tin\n\n${body}\n`, { path, config: defaultConfig(), today: '2026-01-01', registry }));
        docs.push([path, date]);
      }
      for (const [path, date] of docs) {
        const titled = titledMentionsOf(index.summary(path)!.titled, index.entities);
        const fast = titleConflictFindings(path, date, titled, index.entities, defaultConfig());
        const full = titleConflictFindings(path, date, titled, index.entities, defaultConfig(), undefined, false);
        assert.deepEqual(fast, full, path);
        // The count over the corpus (problemCountsOf) reads the index's numbers: the same number.
        assert.equal(titleConflictCount(path, date, index.summary(path)!.titled, index.entities, defaultConfig()).count, full.length, path);
        found += full.length;
      }
    }
    assert.ok(found > 5, `the random corpora have conflicts (${found})`);
  });

  it('builds the title days ahead an entity a step, and finds the same conflicts after', () => {
    const two = loadRegistry([{ path: '/c/entities.yaml', text: `${REGISTRY}  - id: tran-thi-mai\n    type: person\n    name: Trần Thị Mai\n`, builtin: false }]).registry;
    // Hoàng Văn Đức given a title in every article, Trần Thị Mai in one.
    const build = () => {
      const index = new CorpusIndex();
      // (Applied as a scan applies them: nothing is worked out for the neighbours.)
      for (const [path, [date, body]] of Object.entries(ARTICLES)) index.apply(summarizeArticle(` date ${date} Tin\n\n${body}\n`, { path, config: defaultConfig(), today: '2026-01-01', registry: two }), false);
      index.apply(summarizeArticle(' date 2025-06-10 Tin\n\nBộ trưởng Trần Thị Mai làm việc với tỉnh.\n', { path: '/c/008_00000000000000b8.txt', config: defaultConfig(), today: '2026-01-01', registry: two }), false);
      return index;
    };
    const index = build();
    // One step a call: `more` says yes once a call.
    let calls = 0;
    for (let allowed = 0; calls < 5; ) {
      calls++;
      allowed = 1;
      if (index.entities.prepareTitleDays(() => allowed-- > 0)) break;
    }
    assert.equal(calls, 2, 'two entities, one a call');
    const fresh = build();
    for (const path of [...Object.keys(ARTICLES), '/c/008_00000000000000b8.txt']) assert.deepEqual(conflicts(index, path), conflicts(fresh, path), path);
    assert.equal(conflicts(index, '/c/005_00000000000000b5.txt').length, 1);
  });

  it('says nothing to the agreeing articles, to a title marked past, or outside the window', () => {
    const index = corpus();
    for (const path of ['/c/001_00000000000000b1.txt', '/c/006_00000000000000b6.txt', '/c/007_00000000000000b7.txt']) assert.deepEqual(conflicts(index, path), [], path);
  });

  it('counts what it tells, past-marked titles apart (the status bar’s and `stats`’ count)', () => {
    const index = new CorpusIndex();
    const add = (path: string, date: string, body: string) => index.apply(summarizeArticle(` date ${date} Tin\n\n${body}\n`, { path, config: defaultConfig(), today: '2026-01-01', registry }));
    for (let i = 1; i <= 3; i++) add(`/c/00${i}_00000000000000b${i}.txt`, `2025-06-0${i}`, DEPUTY);
    // Three that say what he was (`Nguyên …`) count apart: the three others all say Phó Thủ tướng.
    for (let i = 4; i <= 6; i++) add(`/c/00${i}_00000000000000b${i}.txt`, `2025-06-0${i}`, 'Nguyên Bộ trưởng Công Thương Hoàng Văn Đức làm việc với tỉnh.');
    // Called Bộ trưởng (twice, told once: the first time), and Phó Thủ tướng as the others do.
    const path = '/c/009_00000000000000b9.txt';
    const text = `${MINISTER}\n\nBộ trưởng Công Thương Hoàng Văn Đức về Hà Nội.\n\nPhó Thủ tướng Hoàng Văn Đức cũng dự.`;
    add(path, '2025-06-09', text);
    const told = conflicts(index, path);
    assert.deepEqual(told.map((f) => f.start), [` date 2025-06-09 Tin\n\n${text}`.indexOf('Hoàng Văn Đức')]);
    const off = { ...defaultConfig(), rules: { 'entity/title-conflict': 'off' as const } };
    assert.equal(index.problemCountsOf(path, defaultConfig()).information - index.problemCountsOf(path, off).information, 1);
  });

  it('follows the corpus: with fewer than three articles saying otherwise there is no conflict', () => {
    const index = corpus();
    index.remove('/c/001_00000000000000b1.txt');
    index.remove('/c/002_00000000000000b2.txt');
    assert.deepEqual(conflicts(index, '/c/005_00000000000000b5.txt'), []);
  });

  it('can be switched off in corpus-lens.yaml', () => {
    const index = corpus();
    const config = { ...defaultConfig(), rules: { 'entity/title-conflict': 'off' as const } };
    assert.deepEqual(index.findingsFor('/c/005_00000000000000b5.txt', config).filter((f) => f.code === 'entity/title-conflict'), []);
  });

  it('names the articles whose conflict may change when the titles or the date of one change, and none otherwise', () => {
    const index = corpus();
    const summary = (date: string, body: string) => summarizeArticle(` date ${date} Tin\n\n${body}\n`, { path: '/c/002_00000000000000b2.txt', config: defaultConfig(), today: '2026-01-01', registry });
    // Another sentence, the same title: nobody else's finding can change.
    assert.deepEqual(index.apply(summary('2025-06-05', `${DEPUTY} Trời mưa.`)), []);
    // Deputy → minister: the articles of the same weeks that title him are told again.
    const told = index.apply(summary('2025-06-05', MINISTER)).sort();
    assert.deepEqual(told, ['/c/001_00000000000000b1.txt', '/c/003_00000000000000b3.txt', '/c/004_00000000000000b4.txt', '/c/005_00000000000000b5.txt', '/c/006_00000000000000b6.txt']);
    // Moved to September: the weeks it leaves and the weeks it joins.
    assert.ok(index.apply(summary('2025-09-25', MINISTER)).includes('/c/007_00000000000000b7.txt'));
    assert.ok(index.remove('/c/005_00000000000000b5.txt').includes('/c/004_00000000000000b4.txt'));
  });

  it('tells the minority article again when its neighbours change their minds', () => {
    const index = corpus();
    const path = '/c/005_00000000000000b5.txt';
    // Two of the four deputies now say minister: the corpus no longer agrees against it.
    for (const p of ['/c/001_00000000000000b1.txt', '/c/002_00000000000000b2.txt']) {
      const affected = index.apply(summarizeArticle(` date 2025-06-0${p.endsWith('b1.txt') ? 1 : 5} Tin\n\n${MINISTER}\n`, { path: p, config: defaultConfig(), today: '2026-01-01', registry }));
      assert.ok(affected.includes(path));
    }
    assert.deepEqual(conflicts(index, path), []);
  });

  it('keeps its answers right across edits that keep, then change, the date and the titles of one', () => {
    const index = corpus();
    const path = '/c/005_00000000000000b5.txt';
    const at = (date: string, body: string) => summarizeArticle(` date ${date} Tin\n\n${body}\n`, { path: '/c/002_00000000000000b2.txt', config: defaultConfig(), today: '2026-01-01', registry });
    assert.equal(conflicts(index, path).length, 1, 'built once');
    // Typing elsewhere in a deputy article: same date, same title.
    index.apply(at('2025-06-05', `${DEPUTY} Trời mưa to.`));
    assert.match(conflicts(index, path)[0].message, /Phó Thủ tướng in 4 of 4 articles/);
    // Its date moves out of the window: three deputies left, still a majority.
    index.apply(at('2025-08-30', DEPUTY));
    assert.match(conflicts(index, path)[0].message, /Phó Thủ tướng in 3 of 3 articles/);
    // Back, as a minister: one article agrees with this one, three still do not.
    index.apply(at('2025-06-05', MINISTER));
    assert.match(conflicts(index, path)[0].message, /Phó Thủ tướng in 3 of 4 articles/);
  });

  it('re-publishes the same weeks when a past-marked title changes (the index counts those too)', () => {
    const index = corpus();
    const path = '/c/008_00000000000000b8.txt';
    const at = (body: string) => summarizeArticle(` date 2025-06-06 Tin\n\n${body}\n`, { path, config: defaultConfig(), today: '2026-01-01', registry });
    index.apply(at('Tân Phó Thủ tướng Hoàng Văn Đức làm việc với tỉnh.'));
    const affected = index.apply(at('Tân Bộ trưởng Công Thương Hoàng Văn Đức làm việc với tỉnh.'));
    assert.ok(affected.includes('/c/005_00000000000000b5.txt'), JSON.stringify(affected));
  });

  it('answers with the right title strings after an edit that frees and takes them again', () => {
    const m = (start: number, text: string, title: string) => ({ start, end: start + text.length, text, type: 'person' as const, entityId: 'p', key: 'p', source: 'registry' as const, title: { start: 0, end: title.length, text: title } });
    const build = (shift: number) => {
      const ix = new EntityIndex();
      ix.setDocument('/a', [m(10, 'Hoàng Văn Đức', 'Thứ trưởng')], { date: '2025-06-01' });
      ix.setDocument('/b', [m(10, 'Hoàng Văn Đức', 'Thứ trưởng')], { date: '2025-06-02' });
      ix.setDocument('/d', [m(10 + shift, 'H.V.Đức', 'Giám đốc Sở Tài chính')], { date: '2025-06-03' });
      return ix;
    };
    const edited = build(0);
    assert.deepEqual(edited.titlesAround('p', '2025-06-02', 30, '/a').titles.map((t) => t.title).sort(), ['Giám đốc Sở Tài chính', 'Thứ trưởng']);
    // /d moves its mention by a character: its only surface and title are freed and taken again.
    edited.setDocument('/d', [m(11, 'H.V.Đức', 'Giám đốc Sở Tài chính')], { date: '2025-06-03' });
    assert.deepEqual(edited.titlesAround('p', '2025-06-02', 30, '/a'), build(1).titlesAround('p', '2025-06-02', 30, '/a'));
  });
});
