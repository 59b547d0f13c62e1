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
