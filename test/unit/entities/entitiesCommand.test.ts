import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { entitiesCommand } from '../../../server/src/cli/entitiesCommand';
import { sharedCorpus } from './helpers';

function sink(): Writable & { text: string } {
  const w = new Writable({
    write(chunk, _enc, cb) {
      w.text += String(chunk);
      cb();
    },
  }) as Writable & { text: string };
  w.text = '';
  return w;
}

describe('corpus-lens entities', () => {
  before(function () {
    if (!fs.existsSync(sharedCorpus)) this.skip(); // the shared corpus is not in this checkout
  });

  it('prints {"documents":[{"path","mentions":[{start,end,text,type,entity}]}]} with --json', async () => {
    const out = sink();
    const file = path.join(sharedCorpus, '000_995fd5ea76516d98.txt');
    assert.equal(await entitiesCommand(['--json', file], out, sink()), 0);
    const parsed = JSON.parse(out.text);
    assert.deepEqual(Object.keys(parsed), ['documents']);
    const doc = parsed.documents[0];
    assert.equal(doc.path, file);
    const text = fs.readFileSync(file, 'utf8');
    for (const m of doc.mentions) {
      // `nested` only on a mention inside a longer one.
      assert.deepEqual(Object.keys(m), ['start', 'end', 'text', 'type', 'entity', ...(m.nested ? ['nested'] : [])]);
      if ('nested' in m) assert.equal(m.nested, true);
      assert.equal(text.slice(m.start, m.end), m.text);
    }
    assert.ok(doc.mentions.some((m: { text: string; entity: string | null }) => m.text === 'V.Putin' && m.entity));
  });

  it('prints a table of entities with counts per type', async () => {
    const out = sink();
    assert.equal(await entitiesCommand([sharedCorpus], out, sink()), 0);
    assert.match(out.text, /People \(\d+\)/);
    assert.match(out.text, /Vladimir Putin\s+\[[^\]]+\]\s+\d+\s+2\n/);
    assert.match(out.text, /3 articles, \d+ mentions/);
  });

  it('exits 2 on a missing path', async () => {
    assert.equal(await entitiesCommand(['/no/such/place'], sink(), sink()), 2);
  });
});
