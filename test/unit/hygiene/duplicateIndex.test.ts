import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { DuplicateIndex } from '../../../server/src/core/index/duplicateIndex';
import { hasSharedCorpus, sharedCorpus } from '../../support/sharedCorpus';
import { config } from './helpers';

// A deterministic generator of distinct Vietnamese-looking bodies.
const syllables = 'hai bên nhất trí tăng cường hợp tác kinh tế thương mại đầu tư năng lượng dầu khí giáo dục văn hóa du lịch quốc phòng an ninh khoa học công nghệ nông nghiệp giao thông vận tải'.split(' ');
function body(seed: number, words = 150): string {
  let x = seed * 2654435761 + 1;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push(syllables[x % syllables.length]);
    if (i % 15 === 14) out.push('.\n\n');
  }
  return out.join(' ');
}
const article = (title: string, b: string) => ` date 2026-02-25 ${title}\n\n${b}`;

/** Three distinct bodies, each also as an exact copy and a near copy (ten words new), so that
 *  families, shared buckets and representatives come and go. */
function relatedBodies(): string[] {
  const bodies: string[] = [];
  for (const seed of [11, 12, 13]) {
    const b = body(seed, 300);
    // …and one keystroke away (a letter added at the end: most often the same signature).
    // A near copy edited after its first line, where findings point, keeps that line.
    const paragraphs = b.split('\n\n');
    paragraphs[3] = 'một đoạn giữa bài được biên tập viên viết lại hoàn toàn bằng những lời lẽ khác hẳn bản gốc .';
    bodies.push(b, b, b.replace(/^(\S+ ){10}/, 'một đoạn mở đầu mới được biên tập viên viết lại '), `${b}x`, paragraphs.join('\n\n'));
  }
  return bodies;
}

describe('corpus/duplicate-article (DuplicateIndex)', () => {
  it('finds identical bodies (100%), whatever the header, pointing at the other file', () => {
    const idx = new DuplicateIndex();
    idx.set('/c/001_aaaaaaaaaaaaaaaa.txt', article('Tiêu đề một', body(1)));
    idx.set('/c/002_bbbbbbbbbbbbbbbb.txt', article('Tiêu đề khác', body(1) + '\n\nCó thể bạn quan tâm\n\nTin khác.'));
    idx.set('/c/003_cccccccccccccccc.txt', article('Ba', body(3)));
    const f = idx.findingsFor('/c/001_aaaaaaaaaaaaaaaa.txt');
    assert.equal(f.length, 1);
    assert.equal(f[0].code, 'corpus/duplicate-article');
    assert.equal(f[0].severity, 'warning');
    assert.match(f[0].message, /same body as 002_bbbbbbbbbbbbbbbb\.txt/);
    assert.equal(f[0].related![0].path, '/c/002_bbbbbbbbbbbbbbbb.txt');
    assert.deepEqual(idx.findingsFor('/c/003_cccccccccccccccc.txt'), []);
  });

  it('finds nearly the same body with a percentage, and not a different one', () => {
    const idx = new DuplicateIndex();
    const b = body(7, 400);
    const edited = b.replace(/^(\S+ ){10}/, 'một đoạn mở đầu mới được biên tập viên viết lại ');
    idx.set('a.txt', article('A', b));
    idx.set('b.txt', article('B', edited));
    idx.set('c.txt', article('C', body(8, 400)));
    const [d] = idx.duplicatesOf('a.txt');
    assert.equal(d.path, 'b.txt');
    assert.ok(d.similarity >= 0.8 && d.similarity < 1, String(d.similarity));
    assert.match(idx.findingsFor('b.txt')[0].message, /\d+% the same as a\.txt/);
    assert.deepEqual(idx.duplicatesOf('c.txt'), []);
  });

  it('is incremental: set and delete report the files whose findings change', () => {
    const idx = new DuplicateIndex();
    idx.set('a.txt', article('A', body(1)));
    assert.deepEqual(idx.set('b.txt', article('B', body(1))).sort(), ['a.txt', 'b.txt']);
    assert.equal(idx.findingsFor('a.txt').length, 1);
    // b is edited into something else: a's finding goes away.
    assert.deepEqual(idx.set('b.txt', article('B', body(2))).sort(), ['a.txt', 'b.txt']);
    assert.deepEqual(idx.findingsFor('a.txt'), []);
    idx.set('c.txt', article('C', body(1)));
    assert.deepEqual(idx.delete('c.txt').sort(), ['a.txt', 'c.txt']);
    assert.deepEqual(idx.findingsFor('a.txt'), []);
    assert.equal(idx.size, 2);
  });

  it('after any sequence of edits and deletions, answers as an index built afresh', () => {
    const bodies = relatedBodies();
    const paths = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt'];
    const op = fc.record({ path: fc.constantFrom(...paths), body: fc.option(fc.integer({ min: 0, max: bodies.length - 1 }), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const idx = new DuplicateIndex();
        const now = new Map<string, number>();
        for (const o of ops) {
          if (o.body === undefined) {
            idx.delete(o.path);
            now.delete(o.path);
          } else {
            idx.set(o.path, article(o.path, bodies[o.body]));
            now.set(o.path, o.body);
          }
        }
        const fresh = new DuplicateIndex();
        for (const [p, b] of [...now].sort()) fresh.set(p, article(p, bodies[b]));
        for (const p of paths) assert.deepEqual(idx.findingsFor(p), fresh.findingsFor(p), `${p} after ${JSON.stringify(ops)}`);
      }),
      { numRuns: 150, seed: 5 },
    );
  });

  it('goes on after a warm start as the index it was saved from: the same answers and state', () => {
    // Saved and read back between edits: numbers of entries gone are reused, a representative
    // leaving hands its buckets to the next member, and saved signatures are replaced.
    const bodies = [...relatedBodies(), 'Ngắn: không so sánh.'];
    const paths = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt'];
    const op = fc.oneof(
      fc.record({ path: fc.constantFrom(...paths), body: fc.option(fc.integer({ min: 0, max: bodies.length - 1 }), { nil: undefined }) }),
      fc.constant('restart' as const),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const kept = new DuplicateIndex();
        let restarted = new DuplicateIndex();
        const why = JSON.stringify(ops);
        for (const o of ops) {
          // Read back from a copy, as from a file: a restored index takes the state's arrays as its own.
          if (o === 'restart') restarted = DuplicateIndex.fromState(structuredClone(restarted.toState()));
          else if (o.body === undefined) assert.deepEqual(restarted.delete(o.path), kept.delete(o.path), why);
          else assert.deepEqual(restarted.set(o.path, article(o.path, bodies[o.body])), kept.set(o.path, article(o.path, bodies[o.body])), why);
        }
        for (const p of paths) assert.deepEqual(restarted.findingsFor(p), kept.findingsFor(p), `${p} after ${why}`);
        assert.deepEqual([...restarted.pairs()], [...kept.pairs()], why);
        assert.deepEqual(restarted.toState(), kept.toState(), why);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('read back, makes its map of entries in slices when asked, or at once for an edit between them, and goes on as the index it was saved from', () => {
    // 2,500 short articles (too short to compare) and a family of copies, a few gone.
    const saved = () => {
      const idx = new DuplicateIndex();
      for (let i = 0; i < 2500; i++) idx.set(`p${i}.txt`, article(`Bài ${i}`, 'Ngắn: không so sánh.'));
      for (const [i, b] of relatedBodies().slice(0, 3).entries()) idx.set(`q${i}.txt`, article('Bản', b));
      for (const i of [3, 1700, 2499]) idx.delete(`p${i}.txt`);
      return idx;
    };
    const original = saved();
    const inSlices = DuplicateIndex.fromState(structuredClone(original.toState()));
    let unfinished = 0;
    while (!inSlices.makeIdOf(() => false)) unfinished++;
    assert.equal(unfinished, 2, 'three slices for 2,500 entries');
    const editedBetween = DuplicateIndex.fromState(structuredClone(original.toState()));
    assert.equal(editedBetween.makeIdOf(() => false), false);
    for (const x of [original, inSlices, editedBetween]) {
      x.delete('p2000.txt');
      x.delete('q0.txt');
      x.set('p3.txt', article('Bản', relatedBodies()[0]));
    }
    assert.equal(editedBetween.makeIdOf(() => false), true, 'made by the edit');
    for (const x of [inSlices, editedBetween]) {
      assert.deepEqual(x.findingsFor('p3.txt'), original.findingsFor('p3.txt'));
      assert.ok(original.findingsFor('p3.txt').length > 0, 'p3 copies q1');
      assert.deepEqual([...x.pairs()], [...original.pairs()]);
      assert.deepEqual(x.toState(), original.toState());
    }
  });

  it('saves an article set again as it is now: not as the representative or the signed body it was', () => {
    const idx = new DuplicateIndex();
    const flags = () => {
      const s = idx.toState();
      return Object.fromEntries(s.paths.map((p, i) => [p, s.flags[i]]));
    };
    idx.set('b.txt', article('B', body(2)));
    idx.set('a.txt', article('A', body(1)));
    assert.deepEqual(flags(), { 'b.txt': 3, 'a.txt': 3 });
    // A copy of b's body now: b's family has its representative.
    idx.set('a.txt', article('A', body(2)));
    assert.deepEqual(flags(), { 'b.txt': 3, 'a.txt': 1 });
    idx.set('a.txt', article('A', 'Ngắn.'));
    assert.deepEqual(flags(), { 'b.txt': 3, 'a.txt': 0 });
    assert.equal(idx.toState().signatures.length, 64);
    // Two bytes a value (the low 16 bits): 13 MB, not 25, at 100,000 articles.
    assert.equal(idx.toState().signatures.byteLength, 128);
    // And two bytes a band of the keys a match compares first.
    assert.equal(idx.toState().slotKeys.BYTES_PER_ELEMENT, 2);
  });

  it('saves families in the order they were made, a renamed one last, whatever numbers they reuse', () => {
    const idx = new DuplicateIndex();
    const hashes = (text: string) => idx.fingerprint(text).exact!.join(':');
    const saved = () => {
      const s = idx.toState();
      return Array.from(s.familyFirstHashes, (a, f) => `${a}:${s.familySecondHashes[f]}`);
    };
    idx.set('a.txt', article('A', body(1)));
    idx.set('b.txt', article('B', body(2)));
    idx.delete('a.txt');
    // c's family takes a's number, 0, and is still saved after b's.
    idx.set('c.txt', article('C', body(3)));
    assert.deepEqual(saved(), [hashes(article('B', body(2))), hashes(article('C', body(3)))]);
    // A keystroke at the end of b: the same signature, a new hash. Its family is renamed, not
    // remade (b alone changes), and comes last.
    const edited = `${body(2)}x`;
    assert.deepEqual(idx.set('b.txt', article('B', edited)), ['b.txt']);
    assert.deepEqual(saved(), [hashes(article('C', body(3))), hashes(article('B', edited))]);
    const restored = DuplicateIndex.fromState(structuredClone(idx.toState()));
    assert.deepEqual(restored.toState(), idx.toState());
  });

  it('skips short bodies and honours the corpus severity', () => {
    const idx = new DuplicateIndex();
    idx.set('a.txt', article('A', 'Ngắn.'));
    idx.set('b.txt', article('B', 'Ngắn.'));
    assert.deepEqual(idx.findingsFor('a.txt'), []);
    idx.set('c.txt', article('C', body(4)));
    idx.set('d.txt', article('D', body(4)));
    assert.equal(idx.findingsFor('c.txt', config({ rules: { 'corpus/duplicate-article': 'error' } }))[0].severity, 'error');
    assert.deepEqual(idx.findingsFor('c.txt', config({ rules: { 'corpus/': 'off' } })), []);
  });

  it('scales by buckets, not pairs: 5,000 articles index and find their one copy', () => {
    const idx = new DuplicateIndex();
    const t0 = Date.now();
    for (let i = 0; i < 5000; i++) idx.set(`${i}.txt`, article('T', body(i + 1000, 120)));
    idx.set('copy.txt', article('Copy', body(1234 + 1000, 120)));
    assert.deepEqual(idx.duplicatesOf('copy.txt').map((d) => d.path), ['1234.txt']);
    assert.equal([...idx.pairs()].length, 1);
    assert.ok(Date.now() - t0 < 20000);
  });

  it('the real articles are not duplicates of each other', function () {
    if (!hasSharedCorpus) {
      console.log(`      (skipped: ${sharedCorpus} is not there)`);
      this.skip();
    }
    const idx = new DuplicateIndex();
    for (const f of fs.readdirSync(sharedCorpus)) idx.set(f, fs.readFileSync(path.join(sharedCorpus, f), 'utf8'));
    assert.deepEqual([...idx.pairs()], []);
  });

  it('gives a family of copies one finding per article, not one per pair, whatever the order', () => {
    const N = 3000;
    const names = Array.from({ length: N }, (_, i) => `/c/${String(i).padStart(4, '0')}_copy.txt`);
    const text = article('Bản sao', body(42, 200));
    const idx = new DuplicateIndex();
    const t0 = Date.now();
    for (const n of names) idx.set(n, text);
    assert.ok(Date.now() - t0 < 3000, `${Date.now() - t0} ms for ${N} copies`);
    // A further copy changes only its own finding (and none of the 3,000 others').
    assert.deepEqual(idx.set('/c/9999_copy.txt', text), ['/c/9999_copy.txt']);
    let total = 0;
    for (const n of names) {
      const f = idx.findingsFor(n);
      total += f.length;
      assert.equal(f[0].related![0].path, n === names[0] ? names[1] : names[0]);
    }
    assert.equal(total, N);
    // The same copies added in another order point at the same files.
    const shuffled = new DuplicateIndex();
    for (let i = 0; i < N; i++) shuffled.set(names[(i * 7919) % N], text);
    for (const n of names.slice(0, 50)) assert.deepEqual(shuffled.findingsFor(n), idx.findingsFor(n));
    // Removing the first copy moves every pointer to the next one.
    assert.equal(idx.delete(names[0]).length, N + 1);
    assert.equal(idx.findingsFor(names[5])[0].related![0].path, names[1]);
  });

  it('keeps a large family of near copies linear: each finds one close article', () => {
    const N = 2000;
    const base = body(77, 200);
    const idx = new DuplicateIndex();
    const t0 = Date.now();
    for (let i = 0; i < N; i++) idx.set(`${i}.txt`, article('T', `${base}\n\nMã bài ${i} số ${i * 3}.`));
    assert.ok(Date.now() - t0 < 5000, `${Date.now() - t0} ms for ${N} near copies`);
    let withFinding = 0;
    for (let i = 0; i < N; i++) {
      const f = idx.findingsFor(`${i}.txt`);
      assert.ok(f.length <= 1);
      withFinding += f.length;
    }
    assert.equal(withFinding, N);
  });
});
