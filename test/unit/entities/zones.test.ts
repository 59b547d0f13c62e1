import { strict as assert } from 'node:assert';
import { findZones, zoneMark } from '../../../server/src/core/entities/zones';

/** The expression findZones replaces: the reference for what a zone is. */
const ZONE_RE =
  /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w-]+\.(?:jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|pptx?|mp[34]|html?|php|aspx?|txt|zip)\b|\b[a-z0-9]+(?:-[a-z0-9]+){3,}\b/giu;
const reference = (run: string) => [...run.matchAll(ZONE_RE)].map((m) => [m.index!, m.index! + m[0].length]);

describe('zones that are never mentions (core/entities/zones)', () => {
  it('finds URLs, e-mail addresses, file names and image slugs', () => {
    const z = (run: string) => findZones(run).map(([s, e]) => run.slice(s, e));
    assert.deepEqual(z('https://vietnamplus.vn/a-b'), ['https://vietnamplus.vn/a-b']);
    assert.deepEqual(z('(lienhe@ttxvn.vn)'), ['lienhe@ttxvn.vn']);
    assert.deepEqual(z('anh_hoi-dam.JPG,'), ['anh_hoi-dam.JPG']);
    assert.deepEqual(z('tong-bi-thu-to-lam-7807001'), ['tong-bi-thu-to-lam-7807001']);
    assert.deepEqual(z('Hà-Nội.'), []);
  });

  it('finds exactly what the expression it replaces finds', () => {
    // Random runs over the characters the expression cares about, many shapes per length.
    const alphabet = ['a', 'b', 'h', 't', 'p', 's', 'w', 'j', 'g', 'x', '1', '0', '_', '-', '.', '@', '+', ':', '/', 'ſ', 'K', 'Đ', 'www.', 'http://', '.jpg', '.docx', 'ù'];
    let seed = 11;
    const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % k);
    // Slugs need three hyphen groups: a second alphabet makes them common.
    const slugAlphabet = ['a', '1', 'K', '-', '-b', 'c-', '_', '.', '@', 'Đ', '.png'];
    for (const [chars, len] of [[alphabet, 14], [slugAlphabet, 24]] as const) {
      for (let k = 0; k < 20_000; k++) {
        const run = Array.from({ length: 1 + rnd(len) }, () => chars[rnd(chars.length)]).join('');
        assert.deepEqual(findZones(run), reference(run), JSON.stringify(run));
      }
    }
  });

  it('finds zones only in runs with a zone mark or three hyphens (where the tokenizer looks)', () => {
    const marked = (run: string) => [...run].filter((c) => c === '-').length >= 3 || [...run].some((_, q) => zoneMark(run, q));
    const alphabet = ['a', 'h', 't', 'p', 's', 'S', 'w', 'W', 'j', 'g', 'x', 'A', '1', '0', '_', '-', '.', ':', '/', '@', 'ſ', 'K', 'Đ', 'www.', 'WWW.', 'http://', 'HTTPS://', '.jpg', '.PDF', '.Mp3', '.ſvg', 'ù'];
    let seed = 7;
    const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % k);
    let zones = 0;
    for (let k = 0; k < 40_000; k++) {
      const run = Array.from({ length: 1 + rnd(12) }, () => alphabet[rnd(alphabet.length)]).join('');
      if (reference(run).length === 0) continue;
      zones++;
      assert.ok(marked(run), JSON.stringify(run));
    }
    assert.ok(zones > 1000);
    for (const run of ['1.000', '10:30', '2.5', 'Hà-Nội.', 'TP.', '15.000.000']) assert.equal(marked(run), false, run);
  });

  it('takes linear time on runs that made the expression backtrack quadratically', function () {
    this.timeout(10_000);
    // Before: 12 s for the first; each of these now takes milliseconds.
    for (const run of ['1.'.repeat(40_000) + '1', 'a'.repeat(80_000) + '.', 'a-'.repeat(40_000) + 'a_', 'a+'.repeat(40_000) + '@', 'x@' + 'a-'.repeat(40_000)]) {
      const t0 = performance.now();
      findZones(run);
      assert.ok(performance.now() - t0 < 1000, `${run.slice(0, 12)}… took ${Math.round(performance.now() - t0)} ms`);
    }
  });
});
