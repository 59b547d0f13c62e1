// corpusLens/exportCorpus: the editor's "Export Corpus…", the same export as the CLI's, over the
// summaries the server's index was built from; progress as notifications, cancellable.

import * as path from 'node:path';
import type { CancellationToken, Connection } from 'vscode-languageserver/node';
import { DEFAULT_LABELS } from '../core/export/exportDocument';
import { CorpusExport, refuseOutDir } from '../export/exportCorpus';
import { translator } from '../core/i18n';
import { EXPORT_CORPUS, EXPORT_PROGRESS, type ExportCorpusParams, type ExportCorpusResult, type ExportProgressParams } from '../protocol/corpusLensProtocol';
import type { CorpusWorkspace } from '../workspace/corpusWorkspace';

const EMPTY: Omit<ExportCorpusResult, 'refused'> = { articles: 0, spans: 0, skipped: [], written: [], cancelled: false };

export function registerExportCorpus(connection: Connection, workspace: () => CorpusWorkspace, whenIndexed: () => Promise<void>): void {
  connection.onRequest(EXPORT_CORPUS, async (p: ExportCorpusParams, token: CancellationToken): Promise<ExportCorpusResult> => {
    // The editor's language: an export is about every corpus at once.
    const language = workspace().language;
    const t = translator(language);
    if (!['jsonl', 'conll', 'brat'].includes(p.format) || typeof p.outDir !== 'string' || !path.isAbsolute(p.outDir)) return { ...EMPTY, refused: t('export.badRequest') };
    const settings = { format: p.format, outDir: p.outDir, labels: DEFAULT_LABELS, nested: p.nested ?? (p.format === 'brat' ? 'all' : 'outer'), scheme: p.scheme ?? 'iob2', language } as const;
    // The index first: an export during the scan would miss what is not read yet.
    await whenIndexed();
    const sources = workspace().exportSources();
    if (!sources.length) return { ...EMPTY, refused: t('export.noCorpus') };
    const refused = await refuseOutDir(settings, sources.map((s) => s.root));
    if (refused) return { ...EMPTY, refused };
    const total = sources.reduce((n, s) => n + s.files.length, 0);
    let done = 0;
    const run = await CorpusExport.start(settings, sources.map((s) => s.root));
    try {
      for (const source of sources) {
        const finished = await run.add(source, () => token.isCancellationRequested, (n) => {
          done += n;
          void connection.sendNotification(EXPORT_PROGRESS, { done, total } satisfies ExportProgressParams);
        });
        if (!finished) return await run.abandon();
      }
      return await run.finish();
    } catch (e) {
      await run.abandon();
      return { ...EMPTY, refused: t('export.failed', { error: e instanceof Error ? e.message : String(e) }) };
    }
  });
}
