// Entity recognition over one article: registry gazetteer + context rules, no model.
//
// The text is cut into tokens (passes/tokens.ts), then an ordered list of passes
// (passes/index.ts) claims them over a shared state (passes/claims.ts): each pass only claims
// tokens no earlier pass claimed. The word lists the passes reason with come from the
// registry's lexicon (server/data/lexicon/*.yaml, compiled in passes/words.ts). The mentions
// are the drafts no pass dropped, sorted by position. See README.md in this folder.

import { nameIndexOf, nameKey, ClaimState, unknownKey, type RecognizeOptions } from './passes/claims';
import { PASSES, type Pass } from './passes/index';
import { tokenize } from './passes/tokens';
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
  const st = new ClaimState(text, tokenize(text, words.phraseSets, names.gazetteer), words, names, options);
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
    if (d.type === 'organization' && bare.has(nameKey(surface))) continue;
    const m: EntityMention = {
      start: d.start,
      end: d.end,
      text: surface,
      type: d.type,
      entityId: d.entityId,
      key: d.fullKey ?? d.entityId ?? unknownKey(d.type, d.name ?? surface),
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
 * in order (one per pass): an insertion sort with the comparison inline costs a fraction of
 * a sort that calls a comparator.
 */
function sortByPosition(out: EntityMention[]): void {
  if (out.length > 256) {
    out.sort((a, b) => a.start - b.start || b.end - a.end);
    return;
  }
  for (let i = 1; i < out.length; i++) {
    const m = out[i];
    let j = i - 1;
    // Move m before every mention that sorts after it (a stable sort moves it past no equal one).
    while (j >= 0 && (out[j].start > m.start || (out[j].start === m.start && out[j].end < m.end))) {
      out[j + 1] = out[j];
      j--;
    }
    out[j + 1] = m;
  }
}
