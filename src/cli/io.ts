import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/** What the command reads and writes: real streams in `bin.ts`, strings in tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The whole of standard input, read when a file argument is `-`. */
  readStdin: () => Promise<string>;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Whether standard output is a terminal (colour is only used there). */
  stdoutIsTTY?: boolean;
  /** Whether standard error is a terminal (progress is only shown there). */
  stderrIsTTY?: boolean;
}

/** A user error: printed as one line on stderr, exit code 2, no stack trace. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/**
 * Largest input read (bytes): a hundred times the longest readout, low enough to fail fast on a
 * wrong file. A 50 MB input took a minute and 3 GB of memory to compare; 16 MB takes about ten
 * seconds and under 1 GB (tests/robustness measured both).
 */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

/**
 * Reads one input argument: a file path (relative to `io.cwd`), or `-` for standard input, as
 * UTF-8 text. Every failure becomes a CliError whose message names the path as given.
 */
export async function readInput(path: string, io: CliIo): Promise<string> {
  if (path === '-') {
    const text = await io.readStdin();
    // Standard input has no size to look at first: the same limit applies once it is read.
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_INPUT_BYTES) throw new CliError(`standard input: ${bytes} bytes is over the ${MAX_INPUT_BYTES}-byte limit for one readout`);
    return text;
  }
  const file = resolve(io.cwd, path);
  let size: number;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) throw new CliError(`${path}: is a directory, not a readout file`);
    size = stats.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: ${describeFsError(error)}`);
  }
  if (size > MAX_INPUT_BYTES) {
    throw new CliError(`${path}: ${size} bytes is over the ${MAX_INPUT_BYTES}-byte limit for one readout`);
  }
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`${path}: ${describeFsError(error)}`);
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a readout file';
  return error instanceof Error ? error.message : String(error);
}
