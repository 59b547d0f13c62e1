// Preloaded into the language server by the soak run only (`node --expose-gc --require
// bench/heapProbe.cjs`, with an IPC channel): asked 'heapAfterGc', it collects all garbage and
// answers with process.memoryUsage(), so that the soak can tell memory the server still uses
// from pages V8 or the allocator keep. No part of the server: a normal start has neither the
// flag nor the channel, and then this does nothing.
'use strict';

if (typeof process.send === 'function' && typeof globalThis.gc === 'function') {
  process.on('message', (message) => {
    if (message !== 'heapAfterGc') return;
    globalThis.gc();
    process.send(process.memoryUsage());
  });
}
