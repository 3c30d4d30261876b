import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

export const root = join(import.meta.dirname, '..', '..');
export const reference = join(root, 'corpus', 'japan-us-dmm-2023-06-01.txt');
export const later = join(root, 'corpus', 'mod-japan-us-dmm-2023-10-04.txt');

/** Runs `main` in-process with string streams, as the CLI's tests see it. */
export async function runCli(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => stdin,
    env: {},
    cwd: root,
  });
  return { code, stdout, stderr };
}

/** Runs the built command as a separate process, the way a user does. */
export function spawnCli(argv: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...argv], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
