import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { editedTokenCounts, forgetEditedTokens, tokenizeEdited } from '../../../../server/src/core/entities/passes/editedTokens';
import { forgetEditedMatches } from '../../../../server/src/core/entities/passes/editedMatches';
import { PASS_FLAGS, Toks, tokenize } from '../../../../server/src/core/entities/passes/tokens';
import { nameIndexOf } from '../../../../server/src/core/entities/passes/claims';
import { PASSES } from '../../../../server/src/core/entities/passes/index';
import { wordsOf } from '../../../../server/src/core/entities/passes/words';
import { passState, recognizeEntities } from '../../../../server/src/core/entities/recognize';
import { builtinOrFixtureRegistry, repoRoot } from '../helpers';
import { editSequence } from '../../text/editSequence';

/** What tokenize says of a text's tokens, as plain values (not what the passes mark). */
function plain(toks: Toks) {
  const n = toks.n;
  return {
    n,
    s: [...toks.s.subarray(0, n)],
    e: [...toks.e.subarray(0, n)],
    k: toks.k.slice(0, n),
    heads: [...toks.heads.subarray(0, n)],
    word: [...toks.word.subarray(0, n)],
    gazetteerState: [...toks.gazetteerState.subarray(0, n)],
    flags: [...toks.flags.subarray(0, n)].map((f) => f & ~PASS_FLAGS),
    caps: [...toks.caps.subarray(0, toks.capCount)],
    phrased: [...toks.phrased.subarray(0, toks.phrasedCount)],
    named: [...toks.named.subarray(0, toks.namedCount)],
    ampStarts: toks.ampStarts.slice(),
  };
}

/** And what the passes start from: nothing claimed, no title. */
function unmarked(toks: Toks) {
  const n = toks.n;
  return { ...plain(toks), flags: [...toks.flags.subarray(0, n)], owner: [...toks.owner.subarray(0, n)], titleLen: [...toks.titleLen.subarray(0, n)], titles: toks.titles.slice() };
}

describe('editedTokens', () => {
  const registry = builtinOrFixtureRegistry().registry;
  const words = wordsOf(registry.lexicon);
  const gazetteer = nameIndexOf(registry, words).gazetteer;
  const samples = path.join(repoRoot, 'samples', 'corpus');
  const articles = fs.readdirSync(samples).sort().slice(0, 6).map((f) => fs.readFileSync(path.join(samples, f), 'utf8'));
  // Every path of the tokenizer, on lines of their own: joins by `&`, initials, zones, quotes.
  const crafted = 'Tiêu đề: GD&ĐT\nNgày: 01/02/2024\n\nÔng V.Putin gặp S. Lavrov tại Hà Nội.\nXem www.abc.com, a@b.vn hay xin-chao-cac-ban.\n“Không” – UBND TP.HCM, S&P 500 và Việt Nam.\n';
  /** The tokens of the whole text, in arrays of their own (the shared ones keep the edited text's). */
  const whole = (text: string) => tokenize(text, words.phraseSets, gazetteer, words.tokenFlags, new Toks());

  beforeEach(() => {
    forgetEditedTokens();
    forgetEditedMatches();
  });

  it('gives the tokens tokenize gives the whole text, edit after edit', () => {
    const spliced = editedTokenCounts.spliced;
    for (const [a, start] of [crafted, ...articles].entries()) {
      for (const text of editSequence(start, 40, a + 1)) {
        const edited = unmarked(tokenizeEdited(text, words.phraseSets, gazetteer, words.tokenFlags));
        assert.deepEqual(edited, unmarked(whole(text)), `after an edit of text ${a}: ${JSON.stringify(text.slice(0, 60))}…`);
      }
    }
    // (Most edits are of a line or two of a longer text: those texts were spliced, not tokenized whole.)
    assert.ok(editedTokenCounts.spliced - spliced > 7 * 20);
  });

  it('gives the tokens of another text, or of the same text again', () => {
    const [first, second] = articles;
    for (const text of [first, second, second, crafted, first, crafted.trimEnd(), crafted.trimEnd()]) {
      assert.deepEqual(unmarked(tokenizeEdited(text, words.phraseSets, gazetteer, words.tokenFlags)), unmarked(whole(text)));
    }
  });

  it('gives the tokens, and the mentions, after the passes marked the last ones', () => {
    const spliced = editedTokenCounts.spliced;
    for (const [a, start] of [crafted, ...articles.slice(0, 3)].entries()) {
      const texts = [...editSequence(start, 15, 100 + a)];
      // (Recognised first: recognizeEntities tokenizes into the shared arrays, which the edits need.)
      const mentions = texts.map((text) => recognizeEntities(text, registry));
      forgetEditedTokens();
      forgetEditedMatches();
      for (const [i, text] of texts.entries()) {
        // The last text's claims and titles are gone, …
        assert.deepEqual(unmarked(tokenizeEdited(text, words.phraseSets, gazetteer, words.tokenFlags)), unmarked(whole(text)), `text ${a}, edit ${i}`);
        // … the passes change nothing tokenize says (what the next edit keeps) …
        assert.deepEqual(plain(passState(text, registry, PASSES, { edited: true }).toks), plain(whole(text)), `text ${a}, edit ${i}`);
        // … and find what they find in the whole text.
        assert.deepEqual(recognizeEntities(text, registry, { edited: true }), mentions[i], `text ${a}, edit ${i}`);
      }
    }
    assert.ok(editedTokenCounts.spliced - spliced > 4 * 15);
  });

  it('tokenizes the whole text when another text was tokenized since', () => {
    const [first, second] = articles;
    tokenizeEdited(first, words.phraseSets, gazetteer, words.tokenFlags);
    tokenize(second, words.phraseSets, gazetteer, words.tokenFlags);
    const edited = first + 'x';
    assert.deepEqual(unmarked(tokenizeEdited(edited, words.phraseSets, gazetteer, words.tokenFlags)), unmarked(whole(edited)));
  });
});
