// `corpus-lens fix [--dry-run] [--rule CODE…] PATH…`: applies the safe quick fixes to
// articles on disk (or shows them as a unified diff), through the same core as the editor.

import { MAX_ARTICLE_FILE_BYTES, readRegularFile } from '../node/readRegularFile';
import * as path from 'node:path';
import { decodeArticle } from '../core/corpus/decodeArticle';
import { fixText } from '../core/fixes/applyFixes';
import { allRules } from '../core/rules';
import { unifiedDiff } from '../core/text/unifiedDiff';
import { UsageError } from './checkCommand';
import { collectArticles } from './collectArticles';
import { writeArticleFile } from '../node/writeArticleFile';
import { isReallyInside } from '../node/insideFolder';
import type { EntityRegistry } from '../core/entities/registry';
import { RegistryLoader } from '../node/registryFiles';
import { translator } from '../core/i18n';
import { envLanguage, outputLanguage } from './language';

export const FIX_USAGE = translator('en')('cli.fixUsage');

interface Streams {
  out: { write(s: string): unknown };
  err: { write(s: string): unknown };
}

export async function fixCommand(args: string[], io: Streams = { out: process.stdout, err: process.stderr }): Promise<number> {
  let dryRun = false;
  const only: string[] = [];
  const paths: string[] = [];
  const env = translator(envLanguage());
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--dry-run' || a === '-n') dryRun = true;
    else if (a === '--rule' || a === '--rules') {
      const v = args[++i];
      if (v === undefined) throw new UsageError(env('cli.fix.needsCode', { option: a }));
      only.push(...v.split(',').filter(Boolean));
    } else if (a.startsWith('--rule=') || a.startsWith('--rules=')) only.push(...a.slice(a.indexOf('=') + 1).split(',').filter(Boolean));
    else if (a === '--help' || a === '-h') {
      io.out.write(env('cli.fixUsage') + '\n');
      return 0;
    } else if (a.startsWith('-')) throw new UsageError(env('cli.unknownOption', { option: a }));
    else paths.push(a);
  }
  if (paths.length === 0) throw new UsageError(env('cli.needsPath', { command: 'fix' }));
  for (const code of only) {
    const known = code.endsWith('/') ? allRules.some((r) => r.code.startsWith(code)) : allRules.some((r) => r.code === code);
    if (!known) throw new UsageError(env('cli.fix.unknownRule', { code, rules: allRules.map((r) => r.code).join(', ') }));
  }

  const today = process.env.CORPUS_LENS_TODAY;
  const totals: Record<string, number> = {};
  let files = 0;
  let changedFiles = 0;
  let failures = 0;

  // The registry is read only when an entity rule's fix is asked for (it costs a moment).
  const wantsEntities = only.some((c) => c.startsWith('entity/'));
  const registries = new RegistryLoader();
  const registryOf = async (root: string, config: Parameters<RegistryLoader['forCorpus']>[1]): Promise<EntityRegistry> => (await registries.forCorpus(root, config)).registry;

  const items = await collectArticles(paths);
  const summaryLanguage = outputLanguage(new Map(items.filter((i) => i.kind === 'article').map((i) => [i.corpus.root, i.corpus])).values());
  for (const item of items) {
    if (item.kind !== 'article') continue;
    files++;
    const language = item.corpus.config.language;
    const t = translator(language);
    if (!(await isReallyInside(item.path, item.corpus.root))) {
      io.err.write(`${t('cli.fix.linkOutside', { file: item.display })}\n`);
      failures++;
      continue;
    }
    const read = await readRegularFile(item.path, { maxBytes: MAX_ARTICLE_FILE_BYTES, language });
    if (!read.ok) {
      io.err.write(`${t('cli.fix.cannotRead', { file: item.display, reason: read.reason })}\n`);
      failures++;
      continue;
    }
    const decoded = decodeArticle(read.bytes, language);
    if (!decoded.ok) {
      io.err.write(`${t('cli.fix.skipped', { file: item.display, reason: decoded.reason })}\n`);
      continue;
    }
    const registry = wantsEntities ? await registryOf(item.corpus.root, item.corpus.config) : undefined;
    const result = fixText(decoded.text, { config: item.corpus.config, today, only: only.length ? only : undefined, registry });
    if (!result.converged) io.err.write(`${t('cli.fix.notConverged', { file: item.display, passes: result.passes })}\n`);
    if (!result.changed) continue;
    changedFiles++;
    for (const [code, n] of Object.entries(result.applied)) totals[code] = (totals[code] ?? 0) + n;
    if (dryRun) {
      const name = item.display.split(path.sep).join('/').replace(/^\/+/, '');
      io.out.write(unifiedDiff(decoded.text, result.text, `a/${name}`, `b/${name}`));
      continue;
    }
    const written = await writeArticleFile(item.path, result.text, read, language);
    if (!written.ok) {
      io.err.write(`${item.display}: ${written.reason}\n`);
      failures++;
    }
  }

  const fixes = Object.values(totals).reduce((a, b) => a + b, 0);
  const t = translator(summaryLanguage);
  const applied = fixes ? t(dryRun ? 'cli.fix.toApply' : 'cli.fix.applied') : '';
  io.out.write(`${dryRun ? '\n' : ''}${t(dryRun ? 'cli.fix.summaryDry' : 'cli.fix.summary', { files, changed: changedFiles, fixes, applied })}\n`);
  for (const code of Object.keys(totals).sort()) io.out.write(`  ${code}: ${totals[code]}\n`);
  return failures > 0 ? 1 : 0;
}
