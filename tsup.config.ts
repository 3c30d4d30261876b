import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM and CommonJS with declarations for both.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: true,
    target: 'node20',
    platform: 'node',
    shims: true,
  },
  {
    // The command: one CommonJS file with its shebang and every dependency bundled in. Resolving
    // and loading a few hundred small module files was a third of a comparison's process time;
    // linking a dozen ES module chunks cost some 20 ms more than reading one file (the dynamic
    // imports of formats and of `yaml` become calls into the same file, compiled when first run).
    entry: { cli: 'src/cli/bin.ts' },
    format: ['cjs'],
    outExtension: () => ({ js: '.cjs' }),
    noExternal: ['diff', 'fast-levenshtein', 'natural', 'yaml', 'parse5'],
    dts: false,
    target: 'node20',
    platform: 'node',
    // `import.meta.url` (the bundled corpus, `createRequire`) from the file's own path.
    shims: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
