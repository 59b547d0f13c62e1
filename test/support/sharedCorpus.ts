// The real articles live in ../shared/corpus beside the repository (always so in CI).
import * as fs from 'node:fs';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const sharedCorpus = path.resolve(repoRoot, '..', 'shared', 'corpus');
export const hasSharedCorpus = fs.existsSync(sharedCorpus);

/** Reads a real article, or skips the test saying plainly why. */
export function realArticle(ctx: Mocha.Context, name: string): string {
  if (!hasSharedCorpus) {
    console.log(`      (skipped: ${sharedCorpus} is not there, so the real articles cannot be read)`);
    ctx.skip();
  }
  return fs.readFileSync(path.join(sharedCorpus, name), 'utf8');
}
