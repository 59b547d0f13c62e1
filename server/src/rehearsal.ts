// V8 compiles a function for the values it has run on, and sends it back to the interpreter
// when they take a path it has not seen: the first forty keystrokes in a newly opened article
// took 4 to 15 ms each, then 1.5; a first list of references 10 ms, then 4. So once a scan is
// over, while the client is quiet, the server rehearses them a slice at a time and keeps
// nothing: a keystroke's work (the document's change, the analysis, the index's update, the
// problems) on a spread of the workspace's own articles, into an index that is then dropped, a
// few symbol searches and the references to an entity.

import { TextDocument } from 'vscode-languageserver-textdocument';
import { CorpusIndex } from './core/index/corpusIndex';
import type { ClientActivity } from './clientActivity';
import type { Locator } from './features/locator';
import { entityReferencePages } from './features/navigation';
import { workspaceSymbols } from './features/symbols';
import type { CorpusWorkspace } from './workspace/corpusWorkspace';

/** Articles whose editing is rehearsed, and how many times each. */
const REHEARSED_ARTICLES = 128;
const REHEARSALS = 2;
/** References listed: those of an entity with about this many mentions. */
const REHEARSED_REFERENCES = 1000;

export interface RehearsalContext {
  workspace: CorpusWorkspace;
  activity: ClientActivity;
  locator: Locator;
  uriOf(file: string): string;
  /** An article's text (undefined when it cannot be read). */
  articleText(file: string): Promise<string | undefined>;
  /** False once a newer scan began: the rehearsal stops. */
  current(): boolean;
}

/** What was rehearsed and how long it took; undefined when a newer scan stopped it. */
export async function rehearse(ctx: RehearsalContext): Promise<{ articles: number; references: number; ms: number } | undefined> {
  const { workspace, activity, locator } = ctx;
  const started = performance.now();
  const texts: Array<{ file: string; text: string }> = [];
  for (const file of spreadOf([...workspace.articles.keys()], REHEARSED_ARTICLES)) {
    const text = await ctx.articleText(file);
    if (!ctx.current()) return undefined;
    if (text !== undefined) texts.push({ file, text });
  }
  const scratch = new CorpusIndex();
  for (let round = 0; round < REHEARSALS; round++) {
    for (let i = 0; i < texts.length; i++) {
      await activity.turn();
      if (!ctx.current()) return undefined;
      // After the first round each article takes another's text: the index's update then
      // takes its whole path (the old mentions out, the new in), as an edit that changes names.
      const { file } = texts[i];
      const { text } = texts[(i + round) % texts.length];
      workspace.rehearseEdit(file, text, scratch);
      // Then, once, a character typed at the end of a line in its middle: the analysis of an
      // edit, by the lines that changed, and the index's update of mentions that moved. (Once:
      // the rehearsal's garbage outlives the full collection before it, and every round of
      // this added about 2 MB to what a first start at 100,000 articles settles at.)
      const middle = text.indexOf('\n', text.length >> 1);
      if (round === 0 && middle > 0) workspace.rehearseEdit(file, `${text.slice(0, middle)}x${text.slice(middle)}`, scratch);
      // The editor's side: a character typed at the end of the document.
      const doc = TextDocument.create(ctx.uriOf(file), 'corpus-article', 1, text);
      const end = doc.positionAt(text.length);
      TextDocument.update(doc, [{ range: { start: end, end }, text: 'x' }], 2);
    }
  }
  let references = 0;
  // One corpus is enough: the code is the same for all.
  const entities = [...workspace.entities.values()].find((e) => e.index.search('', 1).length);
  if (entities) {
    const hits = entities.index.search('', 200);
    const name = entities.index.displayName(hits[0].entityKey) ?? '';
    for (const query of ['', name.slice(0, 2), name]) {
      await activity.turn();
      if (!ctx.current()) return undefined;
      workspaceSymbols(query, [entities], locator);
    }
    const near = (n: number) => Math.abs(Math.log(n / REHEARSED_REFERENCES));
    const pick = hits.map((h) => ({ key: h.entityKey, n: entities.index.mentionsOfEntity(h.entityKey) })).reduce((a, b) => (near(b.n) < near(a.n) ? b : a));
    for (let round = 0; round < REHEARSALS; round++) {
      await activity.turn();
      if (!ctx.current()) return undefined;
      for (const page of entityReferencePages({ entities, entityKey: pick.key, entity: entities.registry.get(pick.key) }, locator, false)) references += page.length;
    }
  }
  return { articles: texts.length, references, ms: performance.now() - started };
}

/** At most `n` items of `list`, evenly spread over it. */
function spreadOf<T>(list: readonly T[], n: number): T[] {
  if (list.length <= n) return [...list];
  return Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]);
}
