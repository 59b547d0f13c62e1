// Writing a fixed article back, keeping what the file was: its mode and owner, its links (a
// symbolic link is written through, a file with other hard links is rewritten in place), and
// refusing a read-only file or one that changed since it was read. The bytes go to a file
// beside it first and are synced before they replace the old ones.

import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { translator, type Language } from '../core/i18n';

export type WriteOutcome = { ok: true } | { ok: false; reason: string };

/** `language`: of the reason a file is not written (English by default). */
export async function writeArticleFile(file: string, text: string, read: { size: number; mtimeMs: number }, language?: Language): Promise<WriteOutcome> {
  const t = translator(language);
  let target: string;
  try {
    target = await fs.realpath(file);
  } catch (e) {
    return { ok: false, reason: t('cli.write.failed', { error: (e as Error).message }) };
  }
  const st = await fs.stat(target).catch(() => undefined);
  if (!st?.isFile()) return { ok: false, reason: t('cli.write.notRegular') };
  if ((st.mode & 0o222) === 0) return { ok: false, reason: t('cli.write.readOnly') };
  if (st.size !== read.size || st.mtimeMs !== read.mtimeMs) return { ok: false, reason: t('cli.write.changed') };
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const handle = await fs.open(tmp, 'wx', st.mode & 0o7777);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.chmod(st.mode & 0o7777); // the umask may have taken bits away
      await handle.chown(st.uid, st.gid).catch(() => undefined); // only root may give a file away
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (st.nlink > 1) {
      // Renaming would cut this name off the other links: copy into the same inode instead.
      await fs.copyFile(tmp, target);
      const same = await fs.open(target, 'r+');
      await same.sync().finally(() => same.close());
      await fs.rm(tmp, { force: true });
    } else {
      await fs.rename(tmp, target);
      // The rename itself is durable once the folder is synced (best effort: not every system allows it).
      const dir = await fs.open(path.dirname(target), 'r').catch(() => undefined);
      await dir?.sync().catch(() => undefined);
      await dir?.close();
    }
    return { ok: true };
  } catch (e) {
    await fs.rm(tmp, { force: true });
    return { ok: false, reason: t('cli.write.failed', { error: (e as Error).message }) };
  }
}
