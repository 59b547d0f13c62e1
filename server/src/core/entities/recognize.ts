// Entity recognition over one article: registry gazetteer + context rules, no model.
//
// The text is cut into tokens (passes/tokens.ts), then an ordered list of passes
// (passes/index.ts) claims them over a shared state (passes/claims.ts): each pass only claims
// tokens no earlier pass claimed. The word lists the passes reason with come from the
// registry's lexicon (server/data/lexicon/*.yaml, compiled in passes/words.ts). The mentions
// are the drafts no pass dropped, sorted by position. See README.md in this folder.

import { draftKey, nameIndexOf, nameKey, ClaimState, unknownKey, type RecognizeOptions } from './passes/claims';
import { PASSES, type Pass } from './passes/index';
import { tokenize } from './passes/tokens';
import { tokenizeEdited } from './passes/editedTokens';
import { wordsOf } from './passes/words';
import type { EntityRegistry } from './registry';
import type { EntityMention } from './types';

export { unknownKey, type RecognizeOptions };

export function recognizeEntities(text: string, registry: EntityRegistry, options: RecognizeOptions = {}): EntityMention[] {
  return runPasses(text, registry, PASSES, options);
}

/**
 * The mentions `passes` find, run in this order over a fresh state: recognizeEntities with
 * every pass, or a pass's tests with the passes it builds on.
 */
export function runPasses(text: string, registry: EntityRegistry, passes: readonly Pass[], options: RecognizeOptions = {}): EntityMention[] {
  return assemble(passState(text, registry, passes, options));
}

/** The state after `passes` (tests look at the tokens a pass marks). */
export function passState(text: string, registry: EntityRegistry, passes: readonly Pass[], options: RecognizeOptions = {}): ClaimState {
  const words = wordsOf(registry.lexicon);
  const names = nameIndexOf(registry, words);
  const toks = (options.edited ? tokenizeEdited : tokenize)(text, words.phraseSets, names.gazetteer, words.tokenFlags);
  const st = new ClaimState(text, toks, words, names, options);
  for (const pass of passes) pass(st);
  return st;
}

/** The mentions of the drafts no pass dropped (bare institution words left out), by position. */
function assemble(st: ClaimState): EntityMention[] {
  const { text, drafts } = st;
  const bare = st.words.bare;
  const out: EntityMention[] = [];
  for (const d of drafts) {
    if (d.dropped) continue;
    if (d.nested && !st.nested) continue;
    const surface = text.slice(d.start, d.end);
    const surfaceKey = d.type === 'organization' ? nameKey(surface) : undefined;
    if (surfaceKey !== undefined && bare.has(surfaceKey)) continue;
    const name = d.name ?? surface;
    const m: EntityMention = {
      start: d.start,
      end: d.end,
      text: surface,
      type: d.type,
      entityId: d.entityId,
      // (unknownKey(d.type, name), without a second look-up of the name when it is the surface.)
      key: d.fullKey ?? d.entityId ?? (surfaceKey !== undefined && name === surface ? `unknown:${d.type}:${surfaceKey}` : draftKey(text, d)),
      source: d.source,
    };
    if (d.title) m.title = { start: d.title.start, end: d.title.end, text: text.slice(d.title.start, d.title.end) };
    if (d.role) m.role = d.role;
    if (d.fullName) m.fullName = d.fullName;
    if (d.nested) m.nested = true;
    out.push(m);
  }
  sortByPosition(out);
  return out;
}

/**
 * `out.sort((a, b) => a.start - b.start || b.end - a.end)`: by start, the longer first, in
 * the order of the drafts when both are equal. An article's mentions are a few runs already
 * in order (one per pass): the runs are merged, pairwise and stably, without a comparator
 * call, on the mentions' numbers and offsets (moving each mention past the earlier passes'
 * ones one by one, as an insertion sort does, cost more than the rest of assemble, and the
 * mentions, of several shapes, are slow to read).
 */
function sortByPosition(out: EntityMention[]): void {
  const n = out.length;
  if (sortBuffers[0].length < n) sortBuffers = sortBuffers.map(() => new Int32Array(Math.max(n, 2 * sortBuffers[0].length)));
  const start = sortBuffers[0];
  const end = sortBuffers[1];
  for (let i = 0; i < n; i++) {
    start[i] = out[i].start;
    end[i] = out[i].end;
  }
  // Where each run starts, then n.
  let runs: number[] = [0];
  for (let i = 1; i < n; i++) if (sortsBefore(start, end, i, i - 1)) runs.push(i);
  if (runs.length === 1) return;
  runs.push(n);
  // The mentions' numbers, merged run by run.
  let src = sortBuffers[2];
  let dst = sortBuffers[3];
  for (let i = 0; i < n; i++) src[i] = i;
  while (runs.length > 2) {
    const merged = [0];
    for (let r = 0; r + 1 < runs.length; r += 2) {
      const b = r + 2 < runs.length ? runs[r + 2] : runs[r + 1];
      mergeRuns(start, end, src, runs[r], runs[r + 1], b, dst);
      merged.push(b);
    }
    // (The merged runs are in dst: the next round reads them from there.)
    const read = src;
    src = dst;
    dst = read;
    runs = merged;
  }
  const mentions = out.slice();
  for (let k = 0; k < n; k++) out[k] = mentions[src[k]];
}

/** sortByPosition's arrays (starts, ends, and two of the mentions' numbers), reused: a typed array costs more to make than to sort an article's mentions. */
let sortBuffers = [0, 1, 2, 3].map(() => new Int32Array(256));

/** Mention a sorts before mention b: it starts first, or at the same place and ends after it. */
function sortsBefore(start: Int32Array, end: Int32Array, a: number, b: number): boolean {
  return start[a] < start[b] || (start[a] === start[b] && end[a] > end[b]);
}

/** The mentions src[a, m) and src[m, b), each in order, merged into dst[a, b); of two equal, the left one first. */
function mergeRuns(start: Int32Array, end: Int32Array, src: Int32Array, a: number, m: number, b: number, dst: Int32Array): void {
  let i = a;
  let j = m;
  let k = a;
  while (i < m && j < b) dst[k++] = sortsBefore(start, end, src[j], src[i]) ? src[j++] : src[i++];
  while (i < m) dst[k++] = src[i++];
  while (j < b) dst[k++] = src[j++];
}
