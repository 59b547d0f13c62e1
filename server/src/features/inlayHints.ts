import type { InlayHint, Range } from 'vscode-languageserver';
import type { ArticleAnalysis } from '../core/analyzeArticle';
import type { LineIndex } from '../core/text/lineIndex';

/** After each year-less date, the calendar date it resolves to in the header's year. */
export function dateInlayHints(analysis: ArticleAnalysis, lines: LineIndex, range: Range): InlayHint[] {
  const from = lines.offsetAt(range.start);
  const to = lines.offsetAt(range.end);
  const hints: InlayHint[] = [];
  for (const { mention, resolved } of analysis.dates) {
    if (!resolved || mention.coreEnd < from || mention.coreEnd > to) continue;
    const sameYear = analysis.article.date?.slice(0, 4) === String(resolved.year);
    hints.push({
      position: lines.positionAt(mention.coreEnd),
      label: `▸ ${resolved.iso}`,
      paddingLeft: true,
      tooltip: sameYear
        ? `Read in the header's year (${resolved.year}).`
        : `Read in ${resolved.year}: in the header's year it would fall more than a month after publication.`,
    });
  }
  return hints;
}
