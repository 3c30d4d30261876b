import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

/**
 * The command loads the HTML reader (`src/input/html.ts` with parse5 and its entities, a third of
 * the bundle) from a file of its own, `cli-html.cjs`, when an input is HTML: every other run
 * neither reads nor compiles it (about 5 ms of a comparison's start-up, measured).
 */
const htmlReaderApart: Plugin = {
  name: 'html-reader-apart',
  setup(build) {
    let moved = false;
    build.onResolve({ filter: /[\\/]input[\\/]html\.js$/ }, (args) => {
      if (!/[\\/]src[\\/]cli[\\/]read\.ts$/.test(args.importer)) return undefined;
      moved = true;
      return { path: './cli-html.cjs', external: true };
    });
    // Bundled by mistake, the reader would require parse5 (not bundled, and ES modules only).
    build.onEnd((result) => {
      if (result.errors.length === 0 && !moved) throw new Error('html-reader-apart: src/cli/read.ts no longer imports ../input/html.js');
    });
  },
};

const COMMAND: Options = { format: ['cjs'], outExtension: () => ({ js: '.cjs' }), dts: false, target: 'node20', platform: 'node' };

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
    // The HTML reader alone is a second file (`htmlReaderApart`).
    ...COMMAND,
    entry: { cli: 'src/cli/bin.ts' },
    noExternal: ['diff', 'fast-levenshtein', 'natural', 'yaml'],
    // `import.meta.url` (the bundled corpus, `createRequire`) from the file's own path.
    shims: true,
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [htmlReaderApart],
    // The reader's `import()` as a `require` of the file beside: no ES module loader for one
    // CommonJS file. It applies to every `import()` of the command, all of them calls into this
    // file but that one: an ES-module-only package loaded by `import()` would need it back.
    esbuildOptions(options) {
      options.supported = { ...options.supported, 'dynamic-import': false };
    },
  },
  {
    // The command's HTML reader, parse5 bundled in: it imports nothing else of the project.
    ...COMMAND,
    entry: { 'cli-html': 'src/input/html.ts' },
    noExternal: ['parse5'],
  },
]);
