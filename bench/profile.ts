/**
 * Where `compareReadouts` spends its time: `tsx bench/profile.ts [size] [--repeat n]`.
 *
 * Builds the benchmark's synthetic pair at `size` statements per side (default 4,000), runs the
 * comparison on the built library (dist/, run `npm run build` first) in a child process under
 * `node --cpu-prof`, and prints each function's share of the comparison's time: self time, and
 * the time under each call path three levels below `compareReadouts`. Garbage collection is its
 * own line, as V8 reports it outside any function.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseReadout } from '../src/parse/index.js';
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
const size = Number(positionals[0] ?? 4000);
const dir = mkdtempSync(join(tmpdir(), 'readout-diff-profile-'));
try {
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
  const child = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, join(dir, 'run.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(child.stdout);
  if (child.status !== 0) throw new Error('the profiled run failed');
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!;
  report(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function report(profile: Profile): void {
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

  let compareTotal = 0;
  let gcTotal = 0;
  const self = new Map<string, number>();
  const paths = new Map<string, number>();
  for (const [id, t] of selfTime) {
    const chain: ProfileNode[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) chain.push(byId.get(cur)!);
    if (chain[0]!.callFrame.functionName === '(garbage collector)') gcTotal += t;
    const at = chain.findIndex((n) => n.callFrame.functionName === 'compareReadouts');
    if (at < 0) continue;
    compareTotal += t;
    self.set(name(chain[0]!), (self.get(name(chain[0]!)) ?? 0) + t);
    const below = chain.slice(Math.max(0, at - 3), at).reverse().map((n) => n.callFrame.functionName || '(anonymous)').join(' > ');
    paths.set(below || '(compareReadouts itself)', (paths.get(below || '(compareReadouts itself)') ?? 0) + t);
  }
  const ms = (us: number): string => `${(us / 1000).toFixed(0).padStart(7)} ms`;
  const pct = (us: number): string => `${((100 * us) / compareTotal).toFixed(1).padStart(5)}%`;
  console.log(`\ncompareReadouts, all calls: ${ms(compareTotal).trim()}; garbage collection in the whole process: ${ms(gcTotal).trim()}`);
  console.log('\nSelf time (share of compareReadouts):');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms(v)} ${pct(v)}  ${k.slice(0, 140)}`);
  console.log('\nTime under each call path below compareReadouts (three levels):');
  for (const [k, v] of [...paths].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms(v)} ${pct(v)}  ${k}`);
}
