// Registries the tests load from their own YAML (or from server/data/*.yaml alone) carry no
// lexicon: they get the built-in one (server/data/lexicon/*.yaml), read once. Imported for
// its effect by helpers.ts and lexicon.test.ts; for a test file run alone that imports
// neither, add `--require test/unit/entities/defaultLexicon.ts` to mocha.
import { setDefaultLexicon } from '../../../server/src/core/entities/lexicon';
import { builtinLexicon } from '../../../server/src/node/registryFiles';

setDefaultLexicon(builtinLexicon());
