import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError, type CliIo } from './io.js';

/**
 * Writes a report to `--output FILE` (relative to `io.cwd`) whole or not at all: to a temporary
 * file beside it, then a rename, so a reader never sees half a report and a failed run leaves no
 * file behind. Without a path the report goes to standard output.
 */
export function writeOutput(path: string | undefined, content: string, io: CliIo): void {
  if (path === undefined || path === '-') {
    io.stdout(content);
    return;
  }
  const file = resolve(io.cwd, path);
  const folder = dirname(file);
  try {
    if (!statSync(folder).isDirectory()) throw new CliError(`${path}: ${dirname(path)} is not a folder`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: the folder ${dirname(path)} does not exist`);
  }
  let existing: ReturnType<typeof statSync> | undefined;
  try {
    existing = statSync(file);
  } catch {
    existing = undefined;
  }
  if (existing?.isDirectory()) throw new CliError(`${path}: is a directory; --output takes a file path`);
  const temporary = join(folder, `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`${path}: cannot write the report (${code ?? (error as Error).message})`);
  }
}
