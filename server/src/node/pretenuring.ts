// V8 allocates the objects of an allocation site straight in the old generation ("pretenures"
// them) once it saw most of them survive a young-generation collection. An article's mentions
// are all made at one site (recognize.ts, assemble) and live until its summary is made: when
// collections fall inside analyses, as they do all through a scan, V8 pretenures that site, and
// from then on the mentions of every article are made in the old generation, where they die
// at once and only a full collection frees them. A sampling heap profile of 3,000 articles at
// the pool threads' young generation: 18 KB an article reached the old generation, 13 of them
// mentions; without pretenuring, 1.1 KB.
//
// So the analysing processes turn it off: `corpus-lens stats` of 100,000 articles 30–33 s
// against 39–42, peak 388 MB against 394–399; of 10,000, 5.4–5.5 s against 5.9–6.1 (alternating,
// the same build). V8 reads the flag when it decides, after a collection, so setting it once the
// process runs holds from then on, for every thread. Imported first by the entries of the
// command line and of the language server, for its side effect: the server's before it loads
// its code, since V8 rejects a code cache made under other flags.

import * as v8 from 'node:v8';

v8.setFlagsFromString('--no-allocation-site-pretenuring');
