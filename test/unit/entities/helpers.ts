import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadRegistry } from '../../../server/src/core/entities/registry';
import type { EntityMention, EntityType } from '../../../server/src/core/entities/types';
import './defaultLexicon';

/** A mention as the recognizer gives it (registry entity, or `unknown:` key). */
export const mention = (text: string, start: number, key: string, type: EntityType, extra: Partial<EntityMention> = {}): EntityMention => ({
  start,
  end: start + text.length,
  text,
  type,
  entityId: key.startsWith('unknown:') ? null : key,
  key,
  source: 'registry',
  ...extra,
});

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const fixtures = path.join(__dirname, 'fixtures');
export const sharedCorpus = path.resolve(repoRoot, '..', 'shared', 'corpus');

export function fixtureRegistry() {
  const p = path.join(fixtures, 'builtin.yaml');
  return loadRegistry([{ path: p, text: fs.readFileSync(p, 'utf8'), builtin: true }]);
}

/** The built-in registry from server/data when it exists, else the fixture. */
export function builtinOrFixtureRegistry() {
  const dir = path.join(repoRoot, 'server', 'data');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [];
  const sources = files.map((f) => ({ path: path.join(dir, f), text: fs.readFileSync(path.join(dir, f), 'utf8'), builtin: true }));
  if (sources.length === 0) {
    const fx = path.join(fixtures, 'builtin.yaml');
    sources.push({ path: fx, text: fs.readFileSync(fx, 'utf8'), builtin: true });
  }
  return loadRegistry(sources);
}
