/**
 * The built library: peak memory, the CLI and the profile run on dist/, which must be the same
 * code as the src/ that the in-process timings import.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

/**
 * Runs `npm run build` when dist/index.js or dist/cli.cjs is missing or older than any file of
 * src/; returns whether it built.
 *
 * @example
 * ensureBuild() //=> false (dist/ is up to date)
 */
export function ensureBuild(): boolean {
  const outputs = ['dist/index.js', 'dist/cli.cjs'].map((f) => join(ROOT, f));
  const stale = outputs.some((f) => !existsSync(f) || statSync(f).mtimeMs < newest(join(ROOT, 'src')));
  if (!stale) return false;
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('npm run build failed');
  return true;
}
