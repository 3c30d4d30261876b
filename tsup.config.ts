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
    // The command: ESM only, with its shebang. Its dependencies are bundled in: resolving and
    // loading a few hundred small module files was a third of a comparison's process time.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    noExternal: ['diff', 'fast-levenshtein', 'natural', 'yaml', 'parse5'],
    dts: false,
    target: 'node20',
    platform: 'node',
    shims: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
