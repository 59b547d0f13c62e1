// Run by scripts/build.mjs (bundled beside the bundles): writes dist/builtin-yaml.json, the
// trees of the built-in registry and lexicon files (server/src/node/builtinTrees.ts).
import { builtinTreesFile, writeBuiltinTrees } from '../server/src/node/builtinTrees';
import { builtinDataDir, readBuiltinRegistrySources } from '../server/src/node/registryFiles';

const dir = builtinDataDir();
if (writeBuiltinTrees(builtinTreesFile(), readBuiltinRegistrySources(dir)) === 0) throw new Error(`no built-in registry file in ${dir}`);
