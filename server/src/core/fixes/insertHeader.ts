// Builds the header a header-less article should have: the date of its first dated event,
// the year taken from the years the text mentions, and its first real line as the title.

import type { Fix } from '../diagnostic';
import { isBlank, type Article, type Line } from '../corpus/article';
import { findRelatedBlock } from '../corpus/trailer';
import { articleDates } from '../dates/articleDates';
import { toIso } from '../dates/dateMention';
import { daysInMonth } from '../config/corpusConfig';
import { translator, type Language } from '../i18n';

export interface HeaderGuess {
  /** Candidate dates, best first; more than one means the year is uncertain. */
  dates: string[];
  /** The line that becomes the title, or undefined when the article starts with its body. */
  titleLine?: Line;
  /** A section label scraped above the title (`Thời sự`). */
  labelLine?: Line;
}

const LABEL_MAX_WORDS = 4;
const TOWARDS = /(?:hướng tới|hướng đến|tiến tới|chuẩn bị)[^.;\n]*$/iu;

/** A short capitalised line with no sentence punctuation, directly above another text line. */
export function isLabelLine(line: Line, next: Line | undefined): boolean {
  if (!next || isBlank(next.text)) return false;
  const t = line.text.trim();
  const words = t.split(/\s+/);
  return t.length > 0 && words.length <= LABEL_MAX_WORDS && !/[.,:;!?"“”()]/.test(t) && !/\d/.test(t);
}

function looksLikeTitle(line: Line): boolean {
  const t = line.text.trim();
  // A body paragraph is long or ends as a sentence; a title is neither.
  return t.length <= 250 && !/[.…]["”]?$/.test(t) && !/^(?:sáng|trưa|chiều|tối|đêm|ngày|hôm)\s+\d/iu.test(t);
}

/**
 * How many of the article's titled people held their title on a date (entity/stale-title's
 * facts), and the years worth trying for it: the years the titles were held.
 */
export interface TitleEvidence {
  heldBy(iso: string): number;
  years: number[];
}

export function guessHeader(text: string, article: Article, today: string, titles?: TitleEvidence): HeaderGuess {
  const lines = article.lines;
  const related = findRelatedBlock(lines);
  const end = related >= 0 ? related : lines.length;
  let i = 0;
  while (i < end && isBlank(lines[i].text)) i++;
  const guess: HeaderGuess = { dates: [] };
  if (i < end && isLabelLine(lines[i], lines[i + 1]) && i + 1 < end && looksLikeTitle(lines[i + 1])) {
    guess.labelLine = lines[i];
    i++;
  }
  if (i < end && looksLikeTitle(lines[i])) guess.titleLine = lines[i];

  const dates = articleDates(text, article);
  const todayYear = Number(today.slice(0, 4));
  const yearCounts = new Map<number, number>();
  for (const m of dates) {
    // A range such as (1994-2024) marks an anniversary: its end year is the story's.
    const y = m.kind === 'year-range' ? m.endYear : m.year;
    // "hướng tới kỷ niệm … (1950-2025)" looks ahead to an anniversary, not at the story's year.
    if (TOWARDS.test(text.slice(Math.max(0, m.start - 60), m.start))) continue;
    if (y !== undefined && y <= todayYear) yearCounts.set(y, (yearCounts.get(y) ?? 0) + 1);
  }
  const event = dates.find((m) => m.day !== undefined && m.month !== undefined && m.day >= 1 && m.day <= 31);
  if (event && event.year !== undefined) {
    guess.dates = [toIso(event.year, event.month!, event.day!)];
    return guess;
  }
  // Most mentioned first; on a tie the later year (a review of last year is written early in the next).
  const years = [...yearCounts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([y]) => y);
  if (!years.includes(todayYear)) years.push(todayYear);
  if (event) {
    // The years the article's people held their titles are candidates too, latest first.
    const titleYears = [...new Set(titles?.years ?? [])].filter((y) => y <= todayYear && !years.includes(y)).sort((a, b) => b - a);
    const dated = (y: number) => (event.day! <= daysInMonth(y, event.month!) ? toIso(y, event.month!, event.day!) : undefined);
    const candidates = [...years, ...titleYears].map(dated).filter((d): d is string => d !== undefined && d <= today);
    const held = new Map(candidates.map((d) => [d, titles?.heldBy(d) ?? 0]));
    // Dates on which more of the titles were held first (a stable sort keeps the order above
    // among equals); a year only the titles suggest stays only when a title was held then.
    const ok = candidates.filter((d) => held.get(d)! > 0 || years.includes(Number(d.slice(0, 4)))).sort((a, b) => held.get(b)! - held.get(a)!);
    guess.dates = ok.length ? ok : [today];
  } else {
    guess.dates = [today];
  }
  return guess;
}

function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, (c) => '\\' + c);
}

/** The quick fix that inserts a header; the uncertain date and title are snippet placeholders. */
export function insertHeaderFix(text: string, article: Article, today: string, titles?: TitleEvidence, language?: Language): Fix | undefined {
  const t = translator(language);
  const guess = guessHeader(text, article, today, titles);
  const best = guess.dates[0];
  const dateSnippet =
    guess.dates.length > 1 ? `\${1|${guess.dates.map(escapeSnippet).join(',')}|}` : `\${1:${best}}`;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (guess.titleLine) {
    const line = guess.titleLine;
    const indent = /^[ \t\u00A0]*/.exec(line.text)![0].length;
    const title = line.text.slice(indent);
    // The label, if any, stays: a separate fix removes it, so this one never drops text.
    if (guess.labelLine) {
      const at = guess.labelLine.start;
      return {
        title: t('header.fix.insertFromLine', { date: best, line: line.index + 1 }),
        isPreferred: true,
        edits: [
          {
            start: at,
            end: at,
            newText: ` date ${dateSnippet} ${escapeSnippet(title)}${eol}${eol}`,
            snippet: true,
            plainText: ` date ${best} ${title}${eol}${eol}`,
          },
          { start: line.start, end: line.end + (text.slice(line.end, line.end + eol.length) === eol ? eol.length : 0), newText: '' },
        ].filter((e, i) => i === 0 || e.end > e.start),
      };
    }
    return {
      title: t('header.fix.insertWithTitle', { date: best }),
      isPreferred: true,
      edits: [
        {
          start: line.start,
          end: line.start + indent,
          newText: ` date ${dateSnippet} `,
          snippet: true,
          plainText: ` date ${best} `,
        },
      ],
    };
  }
  const at = article.lines.find((l) => !isBlank(l.text))?.start ?? 0;
  const placeholder = 'Tiêu đề';
  return {
    title: t('header.fix.insertToWrite', { date: best }),
    isPreferred: true,
    edits: [
      {
        start: at,
        end: at,
        newText: ` date ${dateSnippet} \${2:${placeholder}}${eol}${eol}`,
        snippet: true,
        plainText: ` date ${best} ${placeholder}${eol}${eol}`,
      },
    ],
  };
}

/** The fix that removes a section label scraped above the title. */
export function removeLabelFix(text: string, article: Article, today: string, language?: Language): Fix | undefined {
  const label = guessHeader(text, article, today).labelLine;
  if (!label) return undefined;
  const next = article.lines[label.index + 1];
  return {
    title: translator(language)('header.fix.removeLabel', { label: label.text.trim() }),
    edits: [{ start: label.start, end: next.start, newText: '' }],
  };
}
