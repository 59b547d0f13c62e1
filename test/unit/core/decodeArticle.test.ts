import { strict as assert } from 'node:assert';
import { decodeArticle } from '../../../server/src/core/corpus/decodeArticle';

describe('decodeArticle', () => {
  it('takes UTF-8 text, keeping a byte-order mark for the whitespace rule', () => {
    const r = decodeArticle(Buffer.from('\uFEFF date 2026-02-25 Tin\n'));
    assert.deepEqual(r, { ok: true, text: '\uFEFF date 2026-02-25 Tin\n' });
  });

  it('calls a file with a NUL byte anywhere binary, not only in its first block', () => {
    const text = Buffer.from(' date 2026-02-25 Tin\n\n' + 'Một câu dài. '.repeat(2000));
    const late = Buffer.concat([text, Buffer.from([0]), Buffer.from('tiếp\n')]);
    assert.ok(text.length > 20_000);
    const r = decodeArticle(late);
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', new RegExp(`binary file \\(a NUL byte at byte ${text.length}\\)`));
  });

  it('says why invalid UTF-8 is not read', () => {
    const r = decodeArticle(Buffer.from([0x42, 0xe9, 0x20, 0x74]));
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', /not valid UTF-8/);
  });
});
