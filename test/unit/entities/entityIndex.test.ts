import { strict as assert } from 'node:assert';
import { EntityIndex } from '../../../server/src/core/index/entityIndex';
import { mention } from './helpers';

const m = mention;

describe('entity index', () => {
  const build = () => {
    const index = new EntityIndex();
    index.setDocument('a.txt', [
      m('Lê Hoài Trung', 0, 'le-hoai-trung', 'person', { title: { start: 0, end: 0, text: 'Bộ trưởng' } }),
      m('Nga', 20, 'nga', 'place'),
      m('Nga', 40, 'nga', 'place'),
      m('năng lượng', 60, 'nang-luong', 'sector'),
    ], { date: '2026-02-25' });
    index.setDocument('b.txt', [
      m('Nga', 5, 'nga', 'place'),
      m('Liên bang Nga', 30, 'nga', 'place'),
      m('Gennady Bezdetko', 50, 'unknown:person:gennady bezdetko', 'person', { title: { start: 0, end: 0, text: 'Đại sứ' } }),
    ], { date: '2026-01-15' });
    return index;
  };

  it('read back, makes its map of documents in slices when asked, or at once for an edit between them, and goes on as the index it was saved from', () => {
    // 2,500 documents, a few gone: the map is made a thousand documents a slice.
    const saved = () => {
      const index = new EntityIndex();
      for (let i = 0; i < 2500; i++) index.setDocument(`d${i}.txt`, [m(i % 2 ? 'Nga' : 'Huế', 0, i % 2 ? 'nga' : 'hue', 'place')], { date: '2026-02-25' });
      for (const i of [3, 1700, 2499]) index.deleteDocument(`d${i}.txt`);
      return index;
    };
    const original = saved();
    const inSlices = EntityIndex.fromState(structuredClone(original.toState()));
    let unfinished = 0;
    while (!inSlices.makeDocIds(() => false)) unfinished++;
    assert.equal(unfinished, 2, 'three slices for 2,500 numbers');
    const editedBetween = EntityIndex.fromState(structuredClone(original.toState()));
    assert.equal(editedBetween.makeDocIds(() => false), false);
    for (const x of [original, inSlices, editedBetween]) {
      x.deleteDocument('d2000.txt');
      x.setDocument('d3.txt', [m('Nga', 4, 'nga', 'place')], { date: '2026-03-01' });
      x.setDocument('d2600.txt', [m('Huế', 4, 'hue', 'place')], { date: '2026-03-02' });
    }
    assert.equal(editedBetween.makeDocIds(() => false), true, 'made by the edit');
    for (const x of [inSlices, editedBetween]) {
      assert.deepEqual(x.documentKeys().sort(), original.documentKeys().sort());
      assert.equal(x.documentCount, 2498);
      assert.deepEqual(x.stats('nga'), original.stats('nga'));
      assert.deepEqual(x.toState(), original.toState());
    }
  });

  it('counts the co-mentions of its most mentioned entities ahead of a hover, in slices, and an edit between slices changes what they count', () => {
    // 3,000 documents name Nga; those numbered 2 more than a multiple of 3 name Huế as well,
    // those 4 more than a multiple of 5 Lê Hoài Trung (the last document names all three).
    const index = new EntityIndex();
    for (let i = 0; i < 3000; i++) {
      const ms = [m('Nga', 0, 'nga', 'place')];
      if (i % 3 === 2) ms.push(m('Huế', 10, 'hue', 'place'));
      if (i % 5 === 4) ms.push(m('Lê Hoài Trung', 20, 'le-hoai-trung', 'person'));
      index.setDocument(`d${i}.txt`, ms, { date: '2026-02-25' });
    }
    let unfinished = 0;
    // Only Nga is in 2,000 documents or more: three slices of its documents.
    assert.equal(index.primeCoMentions(2000, () => false), false);
    unfinished++;
    // A document counted already gains Huế between slices (and moves in Nga's list of
    // documents): Nga's count starts again, and sees it.
    index.setDocument('d1.txt', [m('Nga', 0, 'nga', 'place'), m('Huế', 10, 'hue', 'place')], { date: '2026-02-25' });
    while (!index.primeCoMentions(2000, () => false)) unfinished++;
    assert.ok(unfinished >= 3, `${unfinished} slices`);
    assert.deepEqual(index.stats('nga')!.coMentioned, [
      { entityKey: 'hue', count: 1001 },
      { entityKey: 'le-hoai-trung', count: 600 },
    ]);
    // Kept up to date after it, as a hover's counts are.
    index.deleteDocument('d2.txt');
    assert.deepEqual(index.stats('nga')!.coMentioned, [
      { entityKey: 'hue', count: 1000 },
      { entityKey: 'le-hoai-trung', count: 600 },
    ]);
    assert.deepEqual(index.stats('hue')!.coMentioned, [{ entityKey: 'nga', count: 1000 }, { entityKey: 'le-hoai-trung', count: 200 }]);
  });

  it('builds ahead the titles by day of the people in the most documents, a person a step, and answers as it would without', () => {
    const title = (text: string) => ({ title: { start: 0, end: 0, text } });
    const build = () => {
      const index = new EntityIndex();
      for (let i = 0; i < 40; i++) {
        const ms = [m('Lê Hoài Trung', 0, 'le-hoai-trung', 'person', title(i % 2 ? 'Bộ trưởng' : 'Bí thư'))];
        if (i % 4 === 0) ms.push(m('Gennady Bezdetko', 30, 'unknown:person:gennady bezdetko', 'person', title('Đại sứ')));
        if (i % 3 === 0) ms.push(m('Nga', 50, 'nga', 'place'));
        index.setDocument(`d${i}.txt`, ms, { date: `2026-02-${String(1 + (i % 28)).padStart(2, '0')}` });
      }
      return index;
    };
    const ask = (x: EntityIndex) => ['le-hoai-trung', 'unknown:person:gennady bezdetko', 'nga'].map((k) => x.titlesAround(k, '2026-02-10', 5, 'd2.txt'));
    const plain = build();
    const primed = build();
    // Lê Hoài Trung is in 40 documents, Gennady Bezdetko in 10: one step each.
    assert.equal(primed.primeTitleDays(10, () => false), false);
    while (!primed.primeTitleDays(10, () => false));
    assert.deepEqual(ask(primed), ask(plain));
    assert.ok(ask(plain)[0].titles.length === 2 && ask(plain)[1].titles.length === 1, 'the fixture gives titles');
    // An edit after it: the person's titles by day are built again, with it.
    for (const x of [plain, primed]) x.setDocument('d5.txt', [m('Lê Hoài Trung', 0, 'le-hoai-trung', 'person', title('Phó Thủ tướng'))], { date: '2026-02-09' });
    assert.deepEqual(ask(primed), ask(plain));
    assert.ok(ask(primed)[0].titles.some((t) => t.title === 'Phó Thủ tướng'));
  });

  it('counts mentions, documents, dates, surfaces and titles', () => {
    const index = build();
    const s = index.stats('nga')!;
    assert.equal(s.mentions, 4);
    assert.equal(s.documents, 2);
    assert.equal(s.firstDate, '2026-01-15');
    assert.equal(s.lastDate, '2026-02-25');
    assert.deepEqual(s.aliasesSeen, ['Nga', 'Liên bang Nga']);
    assert.deepEqual(index.stats('le-hoai-trung')!.titlesSeen, [{ title: 'Bộ trưởng', count: 1, firstDate: '2026-02-25', lastDate: '2026-02-25' }]);
    assert.deepEqual(index.mentionsOf('nga').map((x) => `${x.docKey}:${x.start}`).sort(), ['a.txt:20', 'a.txt:40', 'b.txt:30', 'b.txt:5']);
    assert.deepEqual(index.countsByType('a.txt'), { person: 1, organization: 0, place: 1, sector: 1, event: 0 });
    assert.deepEqual(index.mentionsByType(), { person: 2, organization: 0, place: 4, sector: 1, event: 0 });
  });

  it('takes keystroke after keystroke of one document, moving its mentions or not, as an index built afresh would', () => {
    const doc = (shift: number, title = 'Đại sứ') => [
      m('Nga', 5, 'nga', 'place'),
      m('Liên bang Nga', 30 + shift, 'nga', 'place'),
      m('Gennady Bezdetko', 50 + shift, 'unknown:person:gennady bezdetko', 'person', { title: { start: 0, end: 0, text: title } }),
    ];
    const index = build();
    const same = (shift: number, title?: string) => {
      const fresh = build();
      fresh.setDocument('b.txt', doc(shift, title), { date: '2026-01-15' });
      assert.deepEqual(index.documentMentions('b.txt'), fresh.documentMentions('b.txt'), `shift ${shift}`);
      for (const k of ['nga', 'unknown:person:gennady bezdetko']) assert.deepEqual(index.stats(k, 5), fresh.stats(k, 5), k);
      assert.deepEqual([index.mentionCount, index.mentionsByType(), index.search('', 10)], [fresh.mentionCount, fresh.mentionsByType(), fresh.search('', 10)]);
    };
    // Typed after the mentions (they stay), then before the last two (they move), again and again.
    for (const shift of [0, 0, 1, 1, 2, 0, 7]) {
      index.setDocument('b.txt', doc(shift), { date: '2026-01-15' });
      same(shift);
    }
    // Another document changed in between, this one deleted and given again, its title changed.
    index.setDocument('c.txt', [m('Nga', 1, 'nga', 'place')]);
    index.setDocument('b.txt', doc(3), { date: '2026-01-15' });
    index.deleteDocument('c.txt');
    same(3);
    index.deleteDocument('b.txt');
    index.setDocument('b.txt', doc(3), { date: '2026-01-15' });
    same(3);
    index.setDocument('b.txt', doc(4, 'Bộ trưởng'), { date: '2026-01-15' });
    same(4, 'Bộ trưởng');
  });

  it('gives the mentions of a document back as they were: places, lengths, types, nesting and authorship', () => {
    const index = new EntityIndex();
    const long = 'Đ'.repeat(70_000);
    index.setDocument('c.txt', [
      m('Đại sứ quán Pháp', 10, 'unknown:organization:dai su quan phap', 'organization'),
      m('Pháp', 22, 'phap', 'place', { nested: true }),
      m('Trần Văn Bình', 900, 'unknown:person:tran van binh', 'person', { role: 'author' }),
      m(long, 1_000_000, 'unknown:event:long', 'event'),
    ]);
    assert.deepEqual(
      index.documentMentions('c.txt').map((x) => [x.start, x.end, x.type, x.nested, x.author]),
      [
        [10, 26, 'organization', false, false],
        [22, 26, 'place', true, false],
        [900, 913, 'person', false, true],
        [1_000_000, 1_070_000, 'event', false, false],
      ],
    );
    assert.deepEqual(index.mentionsIn('unknown:event:long', 'c.txt'), [{ start: 1_000_000, end: 1_070_000 }]);
  });

  it('counts co-mentions per document', () => {
    const index = build();
    assert.deepEqual(index.stats('nga')!.coMentioned, [
      { entityKey: 'le-hoai-trung', count: 1 },
      { entityKey: 'nang-luong', count: 1 },
      { entityKey: 'unknown:person:gennady bezdetko', count: 1 },
    ]);
  });

  it('replaces and deletes documents, updating every counter', () => {
    const index = build();
    assert.equal(index.stats('nga')!.coMentioned.length, 3);
    index.setDocument('a.txt', [m('Nga', 0, 'nga', 'place')], { date: '2026-03-01' });
    let s = index.stats('nga')!;
    assert.equal(s.mentions, 3);
    assert.equal(s.lastDate, '2026-03-01');
    assert.deepEqual(s.coMentioned.map((c) => c.entityKey), ['unknown:person:gennady bezdetko']);
    assert.equal(index.stats('le-hoai-trung'), undefined);
    assert.equal(index.search('le hoai').length, 0);
    index.deleteDocument('b.txt');
    s = index.stats('nga')!;
    assert.deepEqual([s.mentions, s.documents, s.firstDate], [1, 1, '2026-03-01']);
    assert.deepEqual(s.aliasesSeen, ['Nga']);
    assert.equal(index.stats('unknown:person:gennady bezdetko'), undefined);
    assert.equal(index.mentionCount, 1);
    assert.equal(index.documentCount, 1);
    assert.deepEqual(index.mentionsByType(), { person: 0, organization: 0, place: 1, sector: 0, event: 0 });
  });

  it('searches insensitive to case and diacritics', () => {
    const index = build();
    assert.deepEqual(index.search('le hoai trung').map((h) => h.entityKey), ['le-hoai-trung']);
    assert.deepEqual(index.search('LIÊN BANG').map((h) => h.entityKey), ['nga']);
    assert.equal(index.search('bezdetko')[0].displayName, 'Gennady Bezdetko');
    assert.deepEqual(index.search('nga').map((h) => h.entityKey), ['nga']);
  });

  it('finds by the registry id as by a name, and forgets the names no document gives any more', () => {
    const index = build();
    // `nang-luong` is the id; no article writes `luong` alone.
    assert.deepEqual(index.search('luong').map((h) => h.entityKey), ['nang-luong']);
    assert.deepEqual(index.search('bang').map((h) => h.entityKey), ['nga']);
    index.setDocument('b.txt', [m('Nga', 5, 'nga', 'place')], { date: '2026-01-15' });
    assert.deepEqual(index.search('bang'), [], 'Liên bang Nga is written nowhere now');
    assert.deepEqual(index.search('bezdetko'), []);
    index.setDocument('c.txt', [m('Gennady Bezdetko', 0, 'unknown:person:gennady bezdetko', 'person')], { date: '2026-01-16' });
    assert.deepEqual(index.search('bezdetko').map((h) => h.entityKey), ['unknown:person:gennady bezdetko']);
    // A surface gone while its entity stays, nothing else changed.
    index.setDocument('d.txt', [m('Liên bang Nga', 0, 'nga', 'place')], { date: '2026-01-17' });
    assert.deepEqual(index.search('bang').map((h) => h.entityKey), ['nga']);
    index.setDocument('d.txt', [m('Nga', 0, 'nga', 'place')], { date: '2026-01-17' });
    assert.deepEqual(index.search('bang'), []);
  });

  it('searches as an index built afresh from the same documents does, after documents come, change and go', () => {
    const names: Array<[string, string]> = [['Hà Nội', 'ha-noi'], ['Thủ đô Hà Nội', 'ha-noi'], ['Hải Phòng', 'hai-phong'], ['Nguyễn Văn An', 'unknown:person:nguyen van an'], ['Nguyễn Văn Anh', 'unknown:person:nguyen van anh'], ['An Giang', 'an-giang'], ['Ngân hàng Nhà nước', 'ngan-hang-nha-nuoc'], ['NHNN', 'ngan-hang-nha-nuoc']];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const docs = new Map<string, ReturnType<typeof m>[]>();
    const index = new EntityIndex();
    for (let step = 0; step < 300; step++) {
      const key = `d${rand(12)}.txt`;
      if (rand(4) === 0) {
        docs.delete(key);
        index.deleteDocument(key);
      } else {
        const list = Array.from({ length: 1 + rand(4) }, (_, i) => {
          const [name, id] = names[rand(names.length)];
          return m(name, i * 40, id, id.startsWith('unknown:') ? 'person' : 'place');
        });
        docs.set(key, list);
        index.setDocument(key, list, { date: '2026-02-25' });
      }
      if (step % 10 !== 9) continue;
      const fresh = new EntityIndex();
      for (const [k, list] of docs) fresh.setDocument(k, list, { date: '2026-02-25' });
      for (const q of ['', 'ha', 'an', 'nguyen van', 'noi', 'nhnn', 'nuoc', 'x']) assert.deepEqual(index.search(q, 3), fresh.search(q, 3), `${q} at step ${step}`);
    }
  });

  it('takes an edit that only moves mentions (text typed before them) as an index built afresh would', () => {
    const moved = (shift: number, title = 'Đại sứ') => [
      m('Nga', 5 + shift, 'nga', 'place'),
      m('Liên bang Nga', 30 + shift, 'nga', 'place'),
      m('Gennady Bezdetko', 50 + shift, 'unknown:person:gennady bezdetko', 'person', { title: { start: 0, end: 0, text: title } }),
    ];
    const index = build();
    index.stats('nga');
    index.setDocument('b.txt', moved(3), { date: '2026-01-15' });
    assert.deepEqual(index.documentMentions('b.txt').map((x) => x.start), [8, 33, 53]);
    // A move may also type a mention otherwise: the counts by type follow.
    const retyped = moved(3);
    retyped[1] = m('Liên bang Nga', 33, 'nga', 'organization');
    index.setDocument('b.txt', retyped, { date: '2026-01-15' });
    assert.deepEqual(index.mentionsByType(), { person: 2, organization: 1, place: 3, sector: 1, event: 0 });
    // Then the title changes to one the index already holds: not a move any more.
    index.setDocument('b.txt', moved(4, 'Bộ trưởng'), { date: '2026-01-15' });
    const fresh = build();
    fresh.setDocument('b.txt', moved(4, 'Bộ trưởng'), { date: '2026-01-15' });
    for (const k of ['nga', 'le-hoai-trung', 'unknown:person:gennady bezdetko', 'nang-luong']) {
      assert.deepEqual(index.stats(k, 5), fresh.stats(k, 5), k);
      assert.deepEqual(index.mentionsOf(k).map((x) => `${x.docKey}:${x.start}`).sort(), fresh.mentionsOf(k).map((x) => `${x.docKey}:${x.start}`).sort(), k);
    }
    assert.deepEqual(index.stats('unknown:person:gennady bezdetko')!.titlesSeen.map((t) => t.title), ['Bộ trưởng']);
    assert.deepEqual([index.mentionCount, index.mentionsByType(), index.sizes, index.search('', 10)], [fresh.mentionCount, fresh.mentionsByType(), fresh.sizes, fresh.search('', 10)]);
  });

  it('keeps a document\'s mentions compactly, in order', () => {
    const index = build();
    assert.deepEqual(index.documentMentions('b.txt').map((x) => `${x.start}-${x.end}:${x.type}:${x.entityKey}`), [
      '5-8:place:nga',
      '30-43:place:nga',
      '50-66:person:unknown:person:gennady bezdetko',
    ]);
  });

  it('does not grow while the user types: entities and strings nobody mentions are freed', () => {
    const index = new EntityIndex();
    index.setDocument('b.txt', [m('Hà Nội', 0, 'ha-noi', 'place')]);
    const before = index.sizes;
    for (let i = 0; i < 500; i++) {
      const name = `Nguyễn Văn ${'A'.repeat(1 + (i % 40))}${i}`;
      index.setDocument('a.txt', [m(name, 0, `unknown:person:${name.toLowerCase()}`, 'person'), m('Hà Nội', 30, 'ha-noi', 'place')]);
    }
    index.deleteDocument('a.txt');
    assert.deepEqual(index.sizes, before);
    assert.equal(index.stats('ha-noi')?.mentions, 1);
  });

  it('names the entities mentioned most with one, ties in key order, as sorting them all would', () => {
    // 120 entities with few distinct counts (many ties), some keys equal but for case and accents.
    const keys = Array.from({ length: 120 }, (_, i) => [`p${i}`, `Đà ${i % 7}`, `da ${i % 7}`, `Ở${i}`][i % 4] + `-${i}`);
    const build = () => {
      const index = new EntityIndex();
      let seed = 3;
      const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % n;
      for (let d = 0; d < 60; d++) {
        const others = keys.filter(() => rand(4) === 0).map((k, i) => m(k, 20 + 10 * i, k, 'place'));
        index.setDocument(`${d}.txt`, [m('Hà Nội', 0, 'ha-noi', 'place'), ...others]);
      }
      return index;
    };
    const all = build().stats('ha-noi', 1000)!.coMentioned;
    assert.ok(all.length > 100);
    assert.deepEqual(all, [...all].sort((a, b) => b.count - a.count || a.entityKey.localeCompare(b.entityKey)));
    assert.ok(new Set(all.slice(0, 30).map((c) => c.count)).size < 30, 'the first ones tie');
    // Each asked of an index that has not answered a longer list yet (those are kept).
    for (const top of [1, 5, 10, 64]) assert.deepEqual(build().stats('ha-noi', top)!.coMentioned, all.slice(0, top), String(top));
  });

  it('keeps co-mentions and dates right across edits, as a fresh index would count them', () => {
    const docs = (k: number) => Array.from({ length: 40 }, (_, d) => ({
      key: `${d}.txt`,
      date: `2026-0${1 + ((d + k) % 9)}-1${d % 10}`,
      mentions: [m('Hà Nội', 0, 'ha-noi', 'place'), ...(d % 3 === k % 3 ? [m('Nga', 10, 'nga', 'place')] : []), ...(d % 4 ? [m('Lào', 20, 'lao', 'place')] : [])],
    }));
    const edited = new EntityIndex();
    for (const d of docs(0)) edited.setDocument(d.key, d.mentions, { date: d.date });
    edited.stats('ha-noi'); // counts now maintained, not recomputed
    for (let k = 1; k <= 5; k++) for (const d of docs(k)) edited.setDocument(d.key, d.mentions, { date: d.date });
    const fresh = new EntityIndex();
    for (const d of docs(5)) fresh.setDocument(d.key, d.mentions, { date: d.date });
    for (const key of ['ha-noi', 'nga', 'lao']) {
      const a = edited.stats(key)!;
      const b = fresh.stats(key)!;
      assert.deepEqual(a.coMentioned, b.coMentioned, key);
      assert.deepEqual([a.firstDate, a.lastDate, a.mentions, a.documents], [b.firstDate, b.lastDate, b.mentions, b.documents], key);
    }
  });
});
