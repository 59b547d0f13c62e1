import { strict as assert } from 'node:assert';
import { Gazetteer, NOT_WALKED, type GazetteerPattern } from '../../../server/src/core/entities/gazetteer';

const p = (text: string, entityId: string, caseSensitive = true, type: GazetteerPattern['type'] = 'place'): GazetteerPattern => ({ text, entityId, type, caseSensitive });
const found = (g: Gazetteer, text: string) => g.scan(text).map((m) => `${text.slice(m.start, m.end)}=${m.entityId}`);

describe('gazetteer', () => {
  const g = Gazetteer.build([
    p('Nga', 'nga'),
    p('Liên bang Nga', 'nga'),
    p('Việt Nam', 'vn'),
    p('Vladimir Putin', 'putin', true, 'person'),
    p('V.Putin', 'putin', true, 'person'),
    p('Putin', 'putin', true, 'person'),
    p('Nam', 'nam'),
    p('Hòa Bình', 'hoa-binh'),
    { ...p('Biển Đông', 'bien-dong'), lowerFirst: true },
    p('Đà Nẵng', 'da-nang'),
    p('khoa học - công nghệ', 'khcn', false, 'sector'),
    p('năng lượng', 'nl', false, 'sector'),
    p('năng lượng hạt nhân', 'nlhn', false, 'sector'),
    p('văn hóa', 'vh', false, 'sector'),
  ]);

  it('takes the longest match and never overlaps', () => {
    assert.deepEqual(found(g, 'quan hệ với Liên bang Nga và Nga.'), ['Liên bang Nga=nga', 'Nga=nga']);
    assert.deepEqual(found(g, 'lĩnh vực năng lượng hạt nhân, năng lượng'), ['năng lượng hạt nhân=nlhn', 'năng lượng=nl']);
  });

  it('respects Unicode word boundaries', () => {
    assert.deepEqual(found(g, 'Ngay Ngai Nga'), ['Nga=nga']);
    assert.deepEqual(found(g, 'Namđịnh Nam'), ['Nam=nam']);
    assert.deepEqual(found(g, 'quan hệ Việt Nam-Nga'), ['Việt Nam=vn', 'Nga=nga']);
    assert.deepEqual(found(g, 'Tổng thống V.Putin nói'), ['V.Putin=putin']);
  });

  it('matches proper names on their capitalisation, sectors in any case', () => {
    assert.deepEqual(found(g, 'phía nam'), []);
    assert.deepEqual(found(g, 'Năng lượng là trụ cột'), ['Năng lượng=nl']);
    assert.deepEqual(found(g, 'tranh chấp ở biển Đông'), ['biển Đông=bien-dong']);
    assert.deepEqual(found(g, 'HÀ NỘI - ĐÀ NẴNG'), ['ĐÀ NẴNG=da-nang']);
    assert.deepEqual(found(g, 'vì hòa bình'), []);
  });

  it('folds tone placement and the eth', () => {
    assert.deepEqual(found(g, 'tỉnh Hoà Bình'), ['Hoà Bình=hoa-binh']);
    assert.deepEqual(found(g, 'văn hoá'), ['văn hoá=vh']);
    assert.deepEqual(found(g, 'Ðà Nẵng'), ['Ðà Nẵng=da-nang']);
  });

  it('reads hyphen spacing variants as one', () => {
    for (const s of ['khoa học - công nghệ', 'khoa học-công nghệ', 'khoa học – công nghệ', 'khoa học -công nghệ', 'khoa học  -  công nghệ']) {
      assert.deepEqual(found(g, `về ${s} và`), [`${s}=khcn`], s);
    }
  });

  it('does not run across a line break', () => {
    assert.deepEqual(found(g, 'Liên bang\nNga'), ['Nga=nga']);
  });

  it('lets a veto fall back to a shorter match', () => {
    const m = g.scan('năng lượng hạt nhân', 0, undefined, (x) => x.entityId !== 'nlhn');
    assert.deepEqual(m.map((x) => x.entityId), ['nl']);
  });

  it('finds from the word starts it is given what a scan finds', () => {
    const texts = ['quan hệ với Liên bang Nga và Nga.', 'lĩnh vực năng lượng hạt nhân, năng lượng', 'Ngay Ngai Nga Namđịnh Nam', 'quan hệ Việt Nam-Nga, S&Nga, Nam&Nga', 'Tổng thống V.Putin nói', 'Liên bang\nNga', 'Nam'];
    for (const text of texts) {
      // A word start: a letter or digit after anything else.
      const starts = [...text.matchAll(/(?<![\p{L}\p{N}\p{M}])[\p{L}\p{N}]/gu)].map((m) => m.index);
      const veto = (x: { entityId: string }) => x.entityId !== 'nlhn';
      const words = { count: starts.length, starts, ends: starts, states: starts.map(() => NOT_WALKED) };
      assert.deepEqual(g.scanWords(text, words), g.scan(text), text);
      assert.deepEqual(g.scanWords(text, words, veto), g.scan(text, 0, text.length, veto), text);
    }
  });

  it('gives the state after a word, -1 for a word no name begins with in its case', () => {
    const state = (word: string) => g.wordState(word, 0, word.length);
    assert.notEqual(state('Nga'), -1);
    assert.notEqual(state('Liên'), -1);
    assert.notEqual(state('năng'), -1);
    assert.notEqual(state('Năng'), -1);
    assert.equal(state('Ngay'), -1);
    assert.equal(state('nga'), -1); // a proper name, in lower case
    assert.equal(state('Ng'), state('NG'));
  });

  it('finds from walked words what a scan finds', () => {
    const texts = ['quan hệ với Liên bang Nga và Nga.', 'lĩnh vực năng lượng hạt nhân, năng lượng', 'Ngay Ngai Nga Namđịnh Nam', 'quan hệ Việt Nam-Nga', 'Tổng thống V.Putin nói', 'Liên bang\nNga', 'Nam', 'Nga'];
    const veto = (x: { entityId: string }) => x.entityId !== 'nlhn';
    for (const text of texts) {
      const words = [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)];
      const starts = words.map((m) => m.index);
      const ends = words.map((m) => m.index + m[0].length);
      const walked = { count: words.length, starts, ends, states: words.map((m, w) => g.wordState(text, starts[w], ends[w])) };
      assert.deepEqual(g.scanWords(text, walked), g.scan(text), text);
      assert.deepEqual(g.scanWords(text, walked, veto), g.scan(text, 0, text.length, veto), text);
      // A word whose state is not known is walked from its start.
      const someWalked = { ...walked, states: walked.states.map((st, w) => (w % 2 ? NOT_WALKED : st)) };
      assert.deepEqual(g.scanWords(text, someWalked), g.scan(text), text);
    }
  });

  it('passes over a word whose first three letters begin no name (and keeps one that does)', () => {
    assert.deepEqual(found(g, 'Ngày Nga Ngà Namibia Namđ'), ['Nga=nga']);
    assert.deepEqual(found(g, 'Năng lượng, năng lượng'), ['Năng lượng=nl', 'năng lượng=nl']);
  });
});
