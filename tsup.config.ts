import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * The Node built-ins that bundled CommonJS code requires (yaml's `require('process')` and
 * `require('buffer')`), as the globals they also are: in an ES module bundle esbuild's `require`
 * stand-in throws "Dynamic require is not supported".
 */
const BUILTIN_GLOBALS: Record<string, string> = {
  process: 'module.exports = process;',
  buffer: 'module.exports = { Buffer };',
};

const builtinGlobals: Plugin = {
  name: 'builtin-globals',
  setup(build) {
    build.onResolve({ filter: /^(node:)?(process|buffer)$/ }, (args) =>
      args.kind === 'require-call' ? { path: args.path.replace(/^node:/, ''), namespace: 'builtin-global' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'builtin-global' }, (args) => ({ contents: BUILTIN_GLOBALS[args.path], loader: 'js' }));
  },
};

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
    // `yaml` lands in a chunk of its own, imported only for a front-matter block.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    noExternal: ['diff', 'fast-levenshtein', 'natural', 'yaml', 'parse5'],
    esbuildPlugins: [builtinGlobals],
    dts: false,
    target: 'node20',
    platform: 'node',
    // No shims: nothing here uses __dirname, and an ES module has import.meta.url of its own.
    shims: false,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
