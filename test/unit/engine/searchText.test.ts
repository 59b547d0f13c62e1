import { strict as assert } from 'node:assert';
import { compilePhrase } from '../../../server/src/core/search/phraseSearch';
import { searchText } from '../../../server/src/ingest/searchFiles';

describe('searchText (a file of a phrase concordance)', () => {
  const text = ' date 2026-01-02 Tin\n\nỞ Hà Nội mưa. Hà Nội lạnh.\nHÀ NỘI về đêm.\n';
  const query = compilePhrase('hà nội')!;

  it('gives each match with its line, column and context, up to the rows asked for', () => {
    const { hits, total } = searchText(text, query, 3, 2);
    const line = text.split('\n')[2];
    // Context runs across line breaks, read as spaces.
    const around = (at: number) => [text.slice(at - 3, at).replace(/\n/g, ' '), 'Hà Nội', text.slice(at + 6, at + 9)];
    const first = text.indexOf('Hà Nội');
    const second = text.indexOf('Hà Nội', first + 1);
    assert.equal(total, 3);
    assert.deepEqual(
      hits.map((h) => [h.left, h.match, h.right, h.start.line, h.start.character]),
      [
        [...around(first), 2, line.indexOf('Hà Nội')],
        [...around(second), 2, line.lastIndexOf('Hà Nội')],
      ],
    );
  });

  it('only counts when no row is wanted (the concordance has its rows already)', () => {
    assert.deepEqual(searchText(text, query, 3, 0), { hits: [], total: 3 });
    assert.deepEqual(searchText('không có gì', query, 3, 0), { hits: [], total: 0 });
  });
});
