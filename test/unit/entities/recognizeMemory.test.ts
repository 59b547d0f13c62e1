import { strict as assert } from 'node:assert';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { recognizeEntities } from '../../../server/src/core/entities/recognize';
import { loadRegistry } from '../../../server/src/core/entities/registry';

// The recognizer memoises what it knows of each token text. An open article is analysed again
// on every edit, each time as a new string: the memo must not keep those texts alive.
describe('recognizer memory', () => {
  it('keeps no text alive through a new long token (one per version of an open article)', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const { registry } = loadRegistry([]);
    const body = 'Hôm nay trời đẹp, người dân đi dạo bên hồ. '.repeat(5000);
    // A word of 16 letters no other text has: a token the memo has not seen.
    const word = (i: number) => 'Tuvungmoi' + [...String(i).padStart(7, '0')].map((d) => 'abcdefghij'[Number(d)]).join('');
    const versions = 30;
    recognizeEntities(`Bài mở đầu\n${body}\n`, registry);
    gc();
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < versions; i++) recognizeEntities(`Bài số ${i}\n${body}${word(i)} cuối bài.\n`, registry);
    gc();
    gc();
    const kept = process.memoryUsage().heapUsed - before;
    // Each text is two bytes a character (it has diacritics); keeping them would be all of this.
    const texts = versions * body.length * 2;
    assert.ok(kept < texts / 4, `${(kept / 1048576).toFixed(1)} MB kept after ${versions} texts of ${(body.length * 2 / 1048576).toFixed(1)} MB`);
  });
});

// The memo also holds each word's state in one registry's gazetteer (tokens.ts): another
// registry keeps its states apart, and takes the entries over after a run of texts. Whatever
// came before, a text gets the same mentions.
describe('recognizer memo and registries', () => {
  const A = loadRegistry([]).registry;
  const B = loadRegistry([{ path: '/c/entities.yaml', text: 'entities:\n  - id: nguyen-van-xoai\n    type: person\n    name: Nguyễn Văn Xoài\n', builtin: false }]).registry;
  const text = 'Bộ trưởng Nguyễn Văn Xoài đến Hà Nội hôm qua. Ông Xoài gặp lãnh đạo tỉnh Quảng Nam.\n';
  const shown = (ms: ReturnType<typeof recognizeEntities>) => ms.map((m) => `${m.text}:${m.type}:${m.entityId ?? ''}`);
  // Words no other text has, more than the memo holds: it is cleared on the way.
  const junk = Array.from({ length: 40_000 }, (_, i) => 'tu' + [...String(i).padStart(5, '0')].map((d) => 'abcdeghikl'[Number(d)]).join('')).join(' ');

  it('gives the same mentions after the memo is cleared and while registries alternate', () => {
    const firstA = shown(recognizeEntities(text, A));
    const firstB = shown(recognizeEntities(text, B));
    assert.ok(firstB.includes('Nguyễn Văn Xoài:person:nguyen-van-xoai'), firstB.join(', '));
    assert.ok(firstA.includes('Hà Nội:place:') && !firstA.some((m) => m.endsWith(':nguyen-van-xoai')), firstA.join(', '));
    recognizeEntities(junk, A);
    assert.deepEqual(shown(recognizeEntities(text, B)), firstB);
    // B in a run long enough to take the memo's entries over, then A again.
    for (let i = 0; i < 12; i++) assert.deepEqual(shown(recognizeEntities(text, B)), firstB);
    assert.deepEqual(shown(recognizeEntities(text, A)), firstA);
    recognizeEntities(junk, B);
    for (let i = 0; i < 3; i++) {
      assert.deepEqual(shown(recognizeEntities(text, A)), firstA);
      assert.deepEqual(shown(recognizeEntities(text, B)), firstB);
    }
  });
});
