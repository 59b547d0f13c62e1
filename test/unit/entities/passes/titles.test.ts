import { strict as assert } from 'node:assert';
import { passState } from '../../../../server/src/core/entities/recognize';
import { titles } from '../../../../server/src/core/entities/passes/index';
import { registry } from './helpers';

/** The title and honorific phrases the pass marks, as written. */
function marked(text: string): string[] {
  const st = passState(text, registry, [titles]);
  const out: string[] = [];
  const toks = st.toks;
  for (let i = 0; i < st.n; i++) {
    const len = toks.titleLen[i];
    if (len) out.push(`${toks.honorific(i) ? 'honorific' : 'title'}: ${text.slice(toks.s[i], toks.e[i + len - 1])}`);
  }
  return out;
}

describe('pass: titles', () => {
  it('marks titles, the portfolio and the country left to the slot', () => {
    assert.deepEqual(marked('Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Nga Sergey Lavrov.'), ['title: Thủ tướng', 'title: Bộ trưởng']);
  });
  it('takes the longest title', () => {
    assert.deepEqual(marked('Phó Thủ tướng Thường trực Nguyễn Hòa Bình chủ trì.'), ['title: Phó Thủ tướng Thường trực']);
  });
  it('marks honorifics in lower case and at a sentence start', () => {
    assert.deepEqual(marked('Hôm qua, ông Lavrov gặp bà Mai. Anh Tuấn cũng đến.'), ['honorific: ông', 'honorific: bà', 'honorific: Anh']);
  });
  it('does not take a capitalised honorific mid-sentence (`Anh` = England)', () => {
    assert.deepEqual(marked('Đội tuyển Anh thắng.'), []);
  });
  it('claims no token', () => {
    assert.equal(passState('Thứ trưởng Lê Thị Thu Hằng phát biểu.', registry, [titles]).drafts.length, 0);
  });
});
