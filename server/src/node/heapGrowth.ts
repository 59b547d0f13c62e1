// How far V8 lets the command line's heaps grow before a full collection. By default a heap
// whose cap is over 2 GB may grow to about four times what survived the last one. A first
// `stats` or `check` keeps its index while it makes much short-lived garbage beside it, so its
// resident size stood at two to three times the live heap. Growing by a fifth at most, `stats`
// on 100,000 articles peaked at 520 MB instead of 614–616 for 3–9% more CPU (two runs of each
// build), on 30,000 at 313–321 MB instead of 372–381 (three, user CPU within the noise).
//
// Not the language server's: there it cost more than it saved, its first start at 100,000
// articles 70 → 83 s (medians of three) for 640 → 574 MB at ready, and a start from the cache
// 9% (four each, alternating).
//
// V8 reads the flag whenever a collection sets the next limit, so setting it once the process
// runs takes effect from the next collection on; it holds for every thread (the pool's too).
// Imported first by the command line, for its side effect.

import * as v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 20;

v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
