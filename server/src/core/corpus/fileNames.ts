// Article file names: `NNN_<16 lower-case hex>.txt`, a running index and a 64-bit id that
// must be unique in the corpus. Pure functions over paths (either separator); findings sit
// at offset 0 of the file they are about.

import type { Finding } from '../diagnostic';
import type { CorpusConfig } from '../config/corpusConfig';
import { fileDuplicateId, fileName, withConfiguredSeverity } from '../rules/corpus';
import { translator, type Translate } from '../i18n';

export const ARTICLE_FILE_NAME = /^(\d{3,})_([0-9a-f]{16})\.txt$/;

export interface ArticleFileName {
  /** The running index (`004` → 4). */
  index: number;
  /** The 16-hex-digit id, lower case. */
  id: string;
}

export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** The index and id of a well-formed article file name, or undefined. */
export function parseArticleFileName(path: string): ArticleFileName | undefined {
  const m = ARTICLE_FILE_NAME.exec(baseName(path));
  return m ? { index: Number(m[1]), id: m[2] } : undefined;
}

/** The id a file name carries, even when the name is otherwise wrong (`004_0BBBE4C8297B86FB.TXT`). */
export function articleIdOf(path: string): string | undefined {
  // The usual name (…_<16 lower-case hex>.txt) read without a regular expression: a warm start
  // asks for 100,000 of them.
  const n = path.length;
  if (n >= 21 && path.charCodeAt(n - 21) === 95 && path.endsWith('.txt') && isLowerHex(path, n - 20, n - 4)) return path.slice(n - 20, n - 4);
  const m = /(?:^|_)([0-9a-f]{16})\.txt$/i.exec(baseName(path));
  return m ? m[1].toLowerCase() : undefined;
}

function isLowerHex(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

function whatIsWrong(name: string, t: Translate): string {
  if (!/\.txt$/.test(name)) return /\.txt$/i.test(name) ? t('file.name.extensionCase') : t('file.name.extension');
  const stem = name.slice(0, -4);
  const m = /^(\d*)_?(.*)$/.exec(stem)!;
  if (!stem.includes('_')) return t('file.name.parts');
  if (m[1].length === 0) return t('file.name.noIndex');
  if (m[1].length < 3) return t('file.name.shortIndex', { padded: m[1].padStart(3, '0') });
  const id = m[2];
  if (/^[0-9a-fA-F]{16}$/.test(id)) return t('file.name.idCase', { id: id.toLowerCase() });
  if (/^[0-9a-fA-F]+$/.test(id)) return t('file.name.idLength', { count: id.length });
  return t('file.name.idDigits');
}

/** `file/name`: a warning for a file name not of the form NNN_<16 hex>.txt. */
export function fileNameFindings(path: string, config?: CorpusConfig): Finding[] {
  const name = baseName(path);
  if (ARTICLE_FILE_NAME.test(name)) return [];
  return withConfiguredSeverity(
    [
      {
        code: fileName.code,
        severity: fileName.defaultSeverity,
        message: translator(config?.language)('file.name', { name, why: whatIsWrong(name, translator(config?.language)) }),
        start: 0,
        end: 0,
      },
    ],
    config,
  );
}

/** `file/duplicate-id` for every file that shares its id with another: path → findings. */
export function duplicateIdFindings(paths: Iterable<string>, config?: CorpusConfig): Map<string, Finding[]> {
  const index = new FileIdIndex();
  for (const p of paths) index.add(p);
  const out = new Map<string, Finding[]>();
  for (const p of index.paths()) {
    const f = index.findingsFor(p, config);
    if (f.length) out.set(p, f);
  }
  return out;
}

/** Ids of a changing set of files, for the language server: add and delete as files come and go. */
export class FileIdIndex {
  /** Id → its file, or its files when several share it (rare: a Set each would cost every
   *  article one). A file's id is read off its path when asked: no map from paths to ids. */
  private readonly byId = new Map<string, string | Set<string>>();
  /** Files of a saved index read back, not all in byId yet: the first question adds the rest.
   *  A start from the saved index is ready before anything asks (a map of 100,000 ids, 60 ms),
   *  and the server reads them a slice at a time while nobody waits (readSome). */
  private unread: readonly string[] | undefined;
  /** How many of `unread`, from its start, are in byId already. */
  private readCount = 0;

  /** Adds a file; returns the files whose duplicate-id findings changed (itself included). */
  add(path: string): string[] {
    this.read();
    const affected = this.delete(path);
    const id = articleIdOf(path);
    if (!id) return affected;
    const had = this.byId.get(id);
    if (had === undefined) {
      this.byId.set(id, path);
      return [...new Set([...affected, path])];
    }
    const set = typeof had === 'string' ? new Set([had]) : had;
    set.add(path);
    this.byId.set(id, set);
    return [...new Set([...affected, ...set])];
  }

  /** Adds files to an index that holds none of them yet (a saved index read back): what add
   *  does, without working out which findings changed for each of 100,000 files. */
  addNew(paths: readonly string[]): void {
    if (this.byId.size === 0 && !this.unread) {
      this.unread = paths;
      this.readCount = 0;
      return;
    }
    this.read();
    this.addAll(paths, 0, paths.length);
  }

  /** Adds the files of a saved index not read yet, a thousand at a time while `more()` says so:
   *  true once all are. The answers are the same read at once, in slices, or not before asked. */
  readSome(more: () => boolean): boolean {
    const paths = this.unread;
    if (!paths) return true;
    // (Unset meanwhile: add, for a path the list repeats, must not read it again.)
    this.unread = undefined;
    let i = this.readCount;
    do {
      const to = Math.min(paths.length, i + 1024);
      this.addAll(paths, i, to);
      i = to;
    } while (i < paths.length && more());
    if (i === paths.length) return true;
    this.unread = paths;
    this.readCount = i;
    return false;
  }

  private read(): void {
    this.readSome(() => true);
  }

  private addAll(paths: readonly string[], from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const path = paths[i];
      const id = articleIdOf(path);
      if (!id) continue;
      const had = this.byId.get(id);
      if (had === undefined) this.byId.set(id, path);
      else if (had === path || (typeof had !== 'string' && had.has(path))) this.add(path);
      else if (typeof had === 'string') this.byId.set(id, new Set([had, path]));
      else had.add(path);
    }
  }

  /** Removes a file; returns the files whose duplicate-id findings changed. */
  delete(path: string): string[] {
    this.read();
    const id = articleIdOf(path);
    const had = id === undefined ? undefined : this.byId.get(id);
    if (had === undefined || (typeof had === 'string' ? had !== path : !had.has(path))) return [];
    if (typeof had === 'string') {
      this.byId.delete(id!);
      return [path];
    }
    had.delete(path);
    if (had.size === 1) this.byId.set(id!, [...had][0]);
    return [path, ...had];
  }

  /** The files, by id in the order the ids came. */
  paths(): string[] {
    this.read();
    const out: string[] = [];
    for (const had of this.byId.values()) {
      if (typeof had === 'string') out.push(had);
      else out.push(...had);
    }
    return out;
  }

  /** The files that share `path`'s id. */
  othersWithId(path: string): string[] {
    this.read();
    const id = articleIdOf(path);
    const had = id === undefined ? undefined : this.byId.get(id);
    return had === undefined || typeof had === 'string' || !had.has(path) ? [] : [...had].filter((p) => p !== path).sort();
  }

  findingsFor(path: string, config?: CorpusConfig): Finding[] {
    const others = this.othersWithId(path);
    if (others.length === 0) return [];
    const id = articleIdOf(path)!;
    const names = others.map(baseName);
    const t = translator(config?.language);
    return withConfiguredSeverity(
      [
        {
          code: fileDuplicateId.code,
          severity: fileDuplicateId.defaultSeverity,
          message: t('file.duplicateId', { id, files: names.join(', ') }),
          start: 0,
          end: 0,
          related: others.map((p) => ({ path: p, start: 0, end: 0, message: t('file.duplicateId.related', { id }) })),
        },
      ],
      config,
    );
  }
}
