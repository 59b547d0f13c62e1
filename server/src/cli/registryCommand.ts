// `corpus-lens registry check|suggest`: the registry's own checks (entries, dates, offices held
// at once) without reading the articles, and the unknown people of the corpus grouped into
// entries to file, as JSON for scripts.

import * as path from 'node:path';
import type { EntityRegistry } from '../core/entities/registry';
import type { RegistryProblem } from '../core/entities/types';
import { groupOf } from '../core/index/entityListing';
import { groupUnknownPeople, type UnknownPerson } from '../core/entities/unknownPeople';
import { LineIndex } from '../core/text/lineIndex';
import { readBuiltinRegistrySources, readCorpusRegistrySources } from '../node/registryFiles';
import { UsageError } from './checkCommand';
import { collectArticles } from './collectArticles';
import { ENGINE_USAGE, indexArticles, parseEngineOptions, engineUsage } from './indexArticles';
import type { Corpus } from '../core/config/corpus';
import { translator } from '../core/i18n';
import { envLanguage, outputLanguage } from './language';
import { loadRegistryCached } from '../node/registryCache';

export const REGISTRY_USAGE = translator('en')('cli.registry.usage', { engine: ENGINE_USAGE });

interface Out {
  write(s: string): unknown;
}

export async function registryCommand(args: string[], out: Out = process.stdout, err: Out = process.stderr): Promise<number> {
  const [sub, ...rest] = args;
  const env = translator(envLanguage());
  if (!sub || sub === '--help' || sub === '-h') {
    out.write(env('cli.registry.usage', { engine: engineUsage() }) + '\n');
    return sub ? 0 : 2;
  }
  if (sub === 'check') return check(rest, out);
  if (sub === 'suggest') return suggest(rest, out, err);
  throw new UsageError(env('cli.registry.unknown', { command: sub }));
}

async function corporaOf(paths: string[]): Promise<Corpus[]> {
  const byRoot = new Map<string, Corpus>();
  for (const item of await collectArticles(paths)) if (item.kind === 'article') byRoot.set(item.corpus.root, item.corpus);
  return [...byRoot.values()];
}

async function check(args: string[], out: Out): Promise<number> {
  const json = args.includes('--json');
  const paths = args.filter((a) => a !== '--json');
  const env = translator(envLanguage());
  for (const a of paths) if (a.startsWith('-')) throw new UsageError(env('cli.unknownOption', { option: a }));
  if (!paths.length) throw new UsageError(env('cli.registry.needsFolder', { command: 'check' }));
  const files: Array<{ path: string; problems: Array<{ line: number; character: number; severity: string; code: string; message: string }> }> = [];
  const seen = new Set<string>();
  let errors = 0;
  const corpora = await corporaOf(paths);
  for (const corpus of corpora) {
    const own = await readCorpusRegistrySources(corpus.root, corpus.config);
    const { problems } = loadRegistryCached([...readBuiltinRegistrySources(), ...own], { language: corpus.config.language });
    const byFile = new Map<string, RegistryProblem[]>();
    for (const p of problems) if (own.some((s) => s.path === p.path) && !seen.has(p.path)) byFile.set(p.path, [...(byFile.get(p.path) ?? []), p]);
    for (const source of own) {
      if (seen.has(source.path)) continue;
      seen.add(source.path);
      const lines = new LineIndex(source.text);
      const list = (byFile.get(source.path) ?? []).sort((a, b) => a.start - b.start).map((p) => {
        const at = lines.positionAt(p.start);
        if (p.severity === 'error') errors++;
        return { line: at.line + 1, character: at.character + 1, severity: p.severity, code: p.code, message: p.message };
      });
      files.push({ path: path.relative(process.cwd(), source.path) || source.path, problems: list });
    }
  }
  if (json) out.write(JSON.stringify({ files }) + '\n');
  else {
    for (const f of files) for (const p of f.problems) out.write(`${f.path}:${p.line}:${p.character} ${p.severity} ${p.code} ${p.message}\n`);
    const n = files.reduce((k, f) => k + f.problems.length, 0);
    out.write(`${translator(outputLanguage(corpora))('cli.registry.summary', { files: files.length, problems: n })}\n`);
  }
  return errors ? 1 : 0;
}

async function suggest(args: string[], out: Out, err: Out): Promise<number> {
  const { options, rest } = parseEngineOptions(args);
  const env = translator(envLanguage());
  for (const a of rest) if (a.startsWith('-')) throw new UsageError(env('cli.unknownOption', { option: a }));
  if (!rest.length) throw new UsageError(env('cli.registry.needsFolder', { command: 'suggest' }));
  const run = await indexArticles(await collectArticles(rest), options);
  for (const note of run.notes) err.write(`corpus-lens: ${note}\n`);
  const corpora = [];
  for (const c of run.corpora) {
    const index = c.index.entities;
    const people: UnknownPerson[] = index
      .entityRows()
      .filter((r) => groupOf(r) === 'unknown-person')
      .map((r) => {
        const stats = index.stats(r.key, 0);
        const titles = index.titleMonths(r.key).map((t) => {
          const months = [...t.months.keys()].sort();
          return { title: t.title, first: months[0], last: months[months.length - 1], count: [...t.months.values()].reduce((a, b) => a + b, t.undated) };
        });
        return { key: r.key, name: r.name, mentions: r.mentions, articles: r.documents, searchKeys: r.searchKeys, surfaces: stats?.aliasesSeen ?? [r.name], titles };
      });
    const registry: EntityRegistry = (await c.registry()).registry;
    corpora.push({ corpus: path.relative(process.cwd(), c.corpus.root) || '.', groups: groupUnknownPeople(people, registry).map(({ members, ...g }) => ({ ...g, members: members.map((m) => ({ key: m.key, name: m.name, mentions: m.mentions })) })) });
  }
  out.write(JSON.stringify({ corpora }, null, 2) + '\n');
  return 0;
}
