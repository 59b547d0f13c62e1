// `corpus-lens import --format brat|jsonl [--write] [--corpus DIR] PATH…`: corrected
// annotations back into the corpus's registry file, as a diff first; --write applies it.

import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { readBrat } from '../core/export/brat';
import { DEFAULT_LABELS, type ExportLabels } from '../core/export/exportDocument';
import { applyImportPlan, planImport, type AnnotatedName } from '../core/export/importAnnotations';
import { readJsonlLine } from '../core/export/jsonl';
import { unifiedDiff } from '../core/text/unifiedDiff';
import { findCorpusRoot, loadCorpus } from '../node/corpusFiles';
import { MAX_YAML_FILE_BYTES, readRegularFile } from '../node/readRegularFile';
import { RegistryLoader } from '../node/registryFiles';
import { writeArticleFile } from '../node/writeArticleFile';
import { filesUnder } from '../node/filesUnder';
import { parseDocument } from 'yaml';
import { UsageError } from './checkCommand';
import { readOptions, setLabel } from './commandOptions';
import { translator, type Translate } from '../core/i18n';
import { envLanguage } from './language';

interface Out {
  write(s: string): unknown;
}

export async function importCommand(args: string[], out: Out = process.stdout, err: Out = process.stderr): Promise<number> {
  let format: 'brat' | 'jsonl' | undefined;
  let write = false;
  let corpusDir: string | undefined;
  const labels: ExportLabels = { ...DEFAULT_LABELS };
  const env = translator(envLanguage());
  let help = false;
  const paths = readOptions(args, (name, value) => {
    if (name === '--help' || name === '-h') help = true;
    else if (name === '--format') {
      const v = value();
      if (v !== 'brat' && v !== 'jsonl') throw new UsageError(env('cli.import.format', { value: v }));
      format = v;
    } else if (name === '--write') write = true;
    else if (name === '--corpus') corpusDir = path.resolve(value());
    else if (name === '--label') setLabel(labels, value());
    else return false;
  });
  if (help) {
    out.write(env('cli.import.usage') + '\n');
    return 0;
  }
  if (!format) throw new UsageError(env('cli.import.needsFormat'));
  if (!paths.length) throw new UsageError(env('cli.import.needsPath'));

  const root = corpusDir ?? (await findCorpusRoot(process.cwd())) ?? process.cwd();
  const corpus = await loadCorpus(root);
  const t = translator(corpus.config.language);
  const target = path.resolve(root, corpus.config.registry[0] ?? 'entities.yaml');
  const read = await readRegularFile(target, { maxBytes: MAX_YAML_FILE_BYTES });
  if (!read.ok && !read.missing) throw new Error(t('cli.import.cannotRead', { file: target, reason: read.reason }));
  const before = read.ok ? read.bytes.toString('utf8') : '';
  const { registry } = await new RegistryLoader().forCorpus(root, corpus.config);

  const names: AnnotatedName[] = [];
  let documents = 0;
  for (const p of paths) {
    for (const doc of await readAnnotations(p, format, t)) {
      documents++;
      for (const s of doc.spans) names.push({ text: s.text, label: s.label, entity: s.entity });
    }
  }
  const plan = planImport(names, registry, labels, before);
  const after = applyImportPlan(before, plan);
  const shown = path.relative(process.cwd(), target) || target;
  // Appending keeps every character of the file; it must also leave a registry that loads
  // (not so after `entities: []`, or after another top-level key): else the entries are shown.
  const broken = parseDocument(after).errors[0];
  if (after !== before && broken) {
    err.write(`corpus-lens: ${t('cli.import.invalidYaml', { file: shown, error: broken.message.split('\n')[0] })}\n`);
    out.write(after.slice(before.length));
    return 1;
  }
  if (after !== before) out.write(unifiedDiff(before, after, read.ok ? `a/${shown}` : '/dev/null', `b/${shown}`));
  for (const h of plan.byHand) err.write(`corpus-lens: ${t('cli.import.byHand', { file: shown, id: h.id, aliases: h.aliases.map((x) => `'${x}'`).join(', ') })}\n`);
  const unmapped = plan.unmapped.map((u) => `${u.label} (${u.count})`).join(', ');
  const fresh = plan.entries.filter((e) => e.kind === 'new').length;
  const aliases = plan.entries.filter((e) => e.kind === 'alias').length;
  err.write(t('cli.import.summary', { names: names.length, documents, known: plan.known, fresh, aliases, unmapped: unmapped ? t('cli.import.unmapped', { labels: unmapped }) : '' }) + '\n');
  if (after === before) return 0;
  if (!write) {
    err.write(t('cli.import.dryRun', { file: shown }) + '\n');
    return 0;
  }
  // As `fix` writes an article: links followed, mode and owner kept, refused if changed since read.
  if (read.ok) {
    const written = await writeArticleFile(target, after, read, corpus.config.language);
    if (!written.ok) {
      err.write(`corpus-lens: ${shown}: ${written.reason}\n`);
      return 1;
    }
  } else {
    const tmp = `${target}.${process.pid}.${Date.now().toString(36)}.tmp`;
    await fs.writeFile(tmp, after, { encoding: 'utf8', flag: 'wx' });
    await fs.rename(tmp, target);
  }
  err.write(t('cli.import.written', { file: shown }) + '\n');
  return 0;
}

async function readAnnotations(p: string, format: 'brat' | 'jsonl', t: Translate): Promise<Array<{ spans: AnnotatedName[] }>> {
  const stat = await fs.stat(p).catch(() => undefined);
  if (!stat) throw new Error(t('cli.noSuchPath', { path: p }));
  if (format === 'jsonl') {
    const files = stat.isDirectory() ? (await filesUnder(p)).filter((f) => f.endsWith('.jsonl')) : [p];
    const docs = [];
    for (const f of files) {
      const lines = (await fs.readFile(f, 'utf8')).split('\n');
      for (let i = 0; i < lines.length; i++) if (lines[i].trim()) docs.push(readJsonlLine(lines[i], `${f}:${i + 1}`));
    }
    return docs;
  }
  const anns = stat.isDirectory() ? (await filesUnder(p)).filter((f) => f.endsWith('.ann')) : [p];
  const docs = [];
  for (const ann of anns) {
    const txt = ann.replace(/\.ann$/, '.txt');
    const text = await fs.readFile(txt, 'utf8').catch(() => undefined);
    if (text === undefined) throw new Error(t('cli.import.missingText', { file: ann, text: path.basename(txt) }));
    docs.push(readBrat(text, await fs.readFile(ann, 'utf8'), ann));
  }
  return docs;
}
