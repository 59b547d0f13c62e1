// Semantic tokens: entities by type, the titles that introduce people, and body dates.
// Standard token types, so every theme colours them; modifiers say how sure we are.

import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { ArticleAnalysis } from '../core/analyzeArticle';
import type { EntityType } from '../core/entities/types';
import type { LineIndex } from '../core/text/lineIndex';

const TYPES = ['function', 'class', 'enumMember', 'macro', 'event', 'keyword', 'number'] as const;
const MODIFIERS = ['declaration', 'defaultLibrary', 'readonly'] as const;

export const semanticTokensLegend: SemanticTokensLegend = { tokenTypes: [...TYPES], tokenModifiers: [...MODIFIERS] };

const typeOf: Record<EntityType, number> = { person: 0, organization: 1, place: 2, sector: 3, event: 4 };
const TITLE = 5;
const DATE = 6;
const DECLARATION = 1 << 0; // first mention of the entity in the article
const KNOWN = 1 << 1; // the registry knows it
const AUTHOR = 1 << 2; // the byline

export function semanticTokens(analysis: ArticleAnalysis, lines: LineIndex): SemanticTokens {
  const spans: Array<{ start: number; end: number; type: number; mods: number }> = [];
  const seen = new Set<string>();
  for (const m of analysis.mentions) {
    if (m.title) spans.push({ start: m.title.start, end: m.title.end, type: TITLE, mods: 0 });
    if (m.nested) continue; // a token cannot overlap another: the outer mention wins
    let mods = m.entityId ? KNOWN : 0;
    if (!seen.has(m.key)) {
      seen.add(m.key);
      mods |= DECLARATION;
    }
    if (m.role === 'author') mods |= AUTHOR;
    spans.push({ start: m.start, end: m.end, type: typeOf[m.type], mods });
  }
  for (const d of analysis.dates) spans.push({ start: d.mention.coreStart, end: d.mention.coreEnd, type: DATE, mods: 0 });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);

  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  let lastEnd = -1;
  for (const s of spans) {
    if (s.start < lastEnd) continue; // overlapping: keep the first
    // Tokens may not span lines: split at line breaks.
    let start = s.start;
    while (start < s.end) {
      const pos = lines.positionAt(start);
      const lineEnd = Math.min(s.end, lines.lineEnd(pos.line));
      const length = lineEnd - start;
      if (length > 0) {
        data.push(pos.line - prevLine, pos.line === prevLine ? pos.character - prevChar : pos.character, length, s.type, s.mods);
        prevLine = pos.line;
        prevChar = pos.character;
      }
      if (lineEnd >= s.end) break;
      start = lines.lineStart(pos.line + 1);
    }
    lastEnd = s.end;
  }
  return { data };
}
