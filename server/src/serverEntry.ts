// The language server's process starts here. It loads the server (dist/serverMain.js) with V8's
// code cache when the client names a folder for it, and writes the cache once the server says
// that what a start and the first requests run is compiled (node/codeCache.ts).

import './node/pretenuring';
import * as path from 'node:path';
import { requireWithCodeCache } from './node/codeCache';
import { allowFullCollections } from './node/fullCollection';
import { CODE_CACHE_ENV, SERVER_COMPILED, type CodeCacheReport } from './protocol/serverProcess';

// Before the code is loaded: V8 rejects a code cache made under other flags.
allowFullCollections();
const server = requireWithCodeCache(path.join(__dirname, 'serverMain.js'), process.env[CODE_CACHE_ENV] || undefined);
process.once(SERVER_COMPILED, (report?: CodeCacheReport) => {
  const written = server.save();
  report?.(server.use, written);
});
