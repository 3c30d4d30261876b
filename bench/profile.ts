/**
 * Where the time goes: `tsx bench/profile.ts [size] [--repeat n]` or `tsx bench/profile.ts cli`.
 *
 * With a size (default 4,000), it builds the benchmark's synthetic pair at that many statements per
 * side, runs `compareReadouts` on the built library (dist/, rebuilt first if older than src/) in a
 * child process under `node --cpu-prof`, and prints each function's share of the comparison's
 * time: self time, and the time under each call path three levels below `compareReadouts`.
 * With `cli`, it profiles the CLI comparing the two corpus readouts instead (the start-up
 * target), over the whole process: module loading counts there. Garbage collection is its own
 * line, as V8 reports it outside any function.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseReadout } from '../src/parse/index.js';
import { ensureBuild } from './build.js';
import { realSentences } from './pool.js';
import { syntheticPair } from './synthetic.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { repeat: { type: 'string', default: '3' }, seed: { type: 'string', default: '1' } } });
if (ensureBuild()) console.error('dist/ was missing or older than src/: built it (npm run build)');
const dir = mkdtempSync(join(tmpdir(), 'readout-diff-profile-'));
try {
  let args: string[];
  if (positionals[0] === 'cli') {
    args = [join(ROOT, 'dist/cli.cjs'), 'compare', join(ROOT, 'corpus/japan-us-dmm-2023-06-01.txt'), join(ROOT, 'corpus/mod-japan-us-dmm-2023-10-04.txt')];
  } else {
    const size = Number(positionals[0] ?? 4000);
    const pair = syntheticPair(realSentences(), { size, seed: Number(values.seed) });
    writeFileSync(join(dir, 'before.json'), JSON.stringify(parseReadout(pair.before.text)));
    writeFileSync(join(dir, 'after.json'), JSON.stringify(parseReadout(pair.after.text)));
    const script = `
      import { readFileSync } from 'node:fs';
      const { compareReadouts } = await import(${JSON.stringify(join(ROOT, 'dist/index.js'))});
      const b = JSON.parse(readFileSync(${JSON.stringify(join(dir, 'before.json'))}, 'utf8'));
      const a = JSON.parse(readFileSync(${JSON.stringify(join(dir, 'after.json'))}, 'utf8'));
      for (let i = 0; i < ${Number(values.repeat)}; i++) {
        const t = performance.now();
        compareReadouts(b, a);
        console.log('compareReadouts: ' + (performance.now() - t).toFixed(0) + ' ms');
      }`;
    writeFileSync(join(dir, 'run.mjs'), script);
    args = [join(dir, 'run.mjs')];
  }
  const child = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (positionals[0] !== 'cli') process.stdout.write(child.stdout);
  if (child.status !== 0 && !(positionals[0] === 'cli' && child.status === 1)) throw new Error('the profiled run failed');
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!;
  report(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile, positionals[0] === 'cli' ? null : 'compareReadouts');
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** Self time and call paths under `root` (a function name), or over the whole process when null. */
function report(profile: Profile, root: string | null): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode): string => {
    const where = n.callFrame.url.replace(/^.*\/node_modules\//, '').replace(/^.*\/dist\//, 'dist/');
    const fn = n.callFrame.functionName || '(anonymous)';
    return where ? `${fn} ${where}:${n.callFrame.lineNumber + 1}` : fn;
  };
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

  let scopeTotal = 0;
  let gcTotal = 0;
  const self = new Map<string, number>();
  const files = new Map<string, number>();
  const paths = new Map<string, number>();
  for (const [id, t] of selfTime) {
    const chain: ProfileNode[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) chain.push(byId.get(cur)!);
    if (chain[0]!.callFrame.functionName === '(garbage collector)') gcTotal += t;
    // Over the whole process, paths start below V8's "(root)".
    const at = root === null ? chain.length - 1 : chain.findIndex((n) => n.callFrame.functionName === root);
    if (at < 0) continue;
    scopeTotal += t;
    self.set(name(chain[0]!), (self.get(name(chain[0]!)) ?? 0) + t);
    // The package or built file whose code ran ("yaml", "dist/chunk-….js"), or V8 and Node itself.
    const url = chain[0]!.callFrame.url;
    const file = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (/\/dist\/[^/]+$/.exec(url)?.[0].slice(1) || (url.startsWith('node:') ? 'node internals' : '(V8: GC, compiler, idle)'));
    files.set(file, (files.get(file) ?? 0) + t);
    const depth = root === null ? 4 : 3;
    const below = chain.slice(Math.max(0, at - depth), at).reverse().map((n) => n.callFrame.functionName || '(anonymous)').join(' > ') || `(${root ?? 'root'} itself)`;
    paths.set(below, (paths.get(below) ?? 0) + t);
  }
  const ms = (us: number): string => `${(us / 1000).toFixed(0).padStart(7)} ms`;
  const pct = (us: number): string => `${((100 * us) / scopeTotal).toFixed(1).padStart(5)}%`;
  const scope = root ?? 'the whole process';
  console.log(`\n${scope}: ${ms(scopeTotal).trim()}; garbage collection in the whole process: ${ms(gcTotal).trim()}`);
  console.log(`\nSelf time (share of ${scope}):`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms(v)} ${pct(v)}  ${k.slice(0, 140)}`);
  console.log(`\nSelf time by package or built file:`);
  for (const [k, v] of [...files].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${ms(v)} ${pct(v)}  ${k}`);
  console.log(`\nTime under each call path below ${root ?? 'the root'} (${root === null ? 'four' : 'three'} levels):`);
  for (const [k, v] of [...paths].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms(v)} ${pct(v)}  ${k}`);
}
