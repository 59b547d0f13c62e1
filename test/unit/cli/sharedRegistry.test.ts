import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { collectArticles } from '../../../server/src/cli/collectArticles';
import { withCorpusIngest, type EngineOptions } from '../../../server/src/cli/indexArticles';
import { loadRegistry } from '../../../server/src/core/entities/registry';
import type { RegistrySource } from '../../../server/src/core/entities/types';
import type { IngestResult } from '../../../server/src/ingest/ingest';
import { RegistryLoader } from '../../../server/src/node/registryFiles';
import { MENTION_INTS } from '../../../server/src/core/summary/packedMentions';

// A person only the run's registry knows: analysed with a registry loaded a second time from the
// corpus's sources, the article would not name them.
const EXTRA: RegistrySource = { path: '/test/extra.yaml', builtin: false, text: 'entities:\n  - id: zorblax-quimby\n    type: person\n    name: Zorblax Quimby\n' };

/** The run's registry: the corpus's sources and EXTRA, loaded once. */
class ExtraLoader extends RegistryLoader {
  private mine?: ReturnType<typeof loadRegistry>;
  override load(_root: string, sources: RegistrySource[]): ReturnType<typeof loadRegistry> {
    return (this.mine ??= loadRegistry([...sources, EXTRA]));
  }
}

describe('a command run on a few files (no threads)', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-registry-'));
    fs.writeFileSync(path.join(dir, '001_0123456789abcdef.txt'), ' date 2026-02-25 Tin\n\nÔng Zorblax Quimby đến Hà Nội hôm qua.\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('analyses them with the registry the command asks for, not a second one', async () => {
    const items = await collectArticles([dir]);
    const options: EngineOptions = { cache: false, cacheLocation: path.join(dir, '.cache'), today: '2026-11-23' };
    const loader = new ExtraLoader();
    const results: IngestResult[] = [];
    const { threads } = await withCorpusIngest(items, options, async (g) => {
      await g.ingest(g.articles.map((a) => a.path), (r) => results.push(r));
      // What check does after the ingest, for the registry's problems.
      loader.load(g.corpus.root, g.registrySources);
    }, loader);
    assert.equal(threads, 0);
    const summary = results.find((r) => r.kind === 'summary');
    assert.ok(summary && summary.kind === 'summary', JSON.stringify(results));
    const { data, strings } = summary.summary.mentions;
    const keys = Array.from({ length: data.length / MENTION_INTS }, (_, i) => strings[data[i * MENTION_INTS]]);
    assert.ok(keys.includes('zorblax-quimby'), `mentions: ${keys.join(', ')}`);
  });
});
