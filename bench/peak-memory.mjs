// Peak memory of one step, alone in its own process (plain Node, no tsx, so the loader's own memory
// is not counted). Prints one JSON line; sizes in bytes; `maxRSS` is the process's peak resident set.
//
//   node --expose-gc bench/peak-memory.mjs <dist/index.js> compare <before.json> <after.json>
//   node --expose-gc bench/peak-memory.mjs <dist/index.js> load    <before.json> <after.json>
//   node --expose-gc bench/peak-memory.mjs <dist/index.js> parse   <before.txt>  <after.txt>
//
// `compare` reads the two readouts already parsed (JSON, as `parseReadout` returned them), so that
// the parser's garbage does not set the peak: the figure is the comparison's, as issue 6 asks.
// `load` stops before comparing (Node, the library and the two readouts: the floor under it);
// `parse` parses both texts instead, for the parser's own peak.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [library, mode, beforeFile, afterFile] = process.argv.slice(2);
const { parseReadout, compareReadouts } = await import(pathToFileURL(library).href);
const read = (file) => (mode === 'parse' ? parseReadout(readFileSync(file, 'utf8')) : JSON.parse(readFileSync(file, 'utf8')));
const before = read(beforeFile);
const after = read(afterFile);
globalThis.gc?.();
const rssReady = process.memoryUsage().rss;

let ms = null;
let changes = null;
if (mode === 'compare') {
  const start = performance.now();
  changes = compareReadouts(before, after).changes.length;
  ms = performance.now() - start;
}
const usage = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({
    mode,
    // resourceUsage().maxRSS is in kilobytes.
    maxRSS: process.resourceUsage().maxRSS * 1024,
    rssReady,
    rssEnd: usage.rss,
    heapUsed: usage.heapUsed,
    ms,
    changes,
    statements: { before: before.statements.length, after: after.statements.length },
  })}\n`,
);
