import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { CliError, readInput, type CliIo } from '../io.js';
import { formatOption, inputFormatOption, type Values } from '../options.js';
import { writeOutput } from '../output.js';
import { readoutFromText } from '../read.js';
import type { Readout, Timeline } from '../../types.js';
import { trackPositions } from '../../track/positions.js';

const FORMATS = ['text', 'json', 'csv', 'html'] as const;

/** The files a folder argument stands for: its readouts (by extension), in name order; sub-folders are not read. */
const READOUT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml']);


/**
 * Expands the arguments into readout files: a file stays as it is, a folder gives its readout
 * files in name order, `-` is standard input.
 *
 * @example
 * expandInputs(['tests/fixtures/readouts'], process.cwd())[0] //=> 'tests/fixtures/readouts/dod-readout-austin-hamada-2023-06-01.txt'
 */
export function expandInputs(paths: readonly string[], cwd: string): string[] {
  return paths.flatMap((path) => {
    if (path === '-') return [path];
    let isFolder = false;
    try {
      isFolder = statSync(resolve(cwd, path)).isDirectory();
    } catch {
      return [path]; // readInput says what is wrong with it
    }
    if (!isFolder) return [path];
    const files = readdirSync(resolve(cwd, path), { withFileTypes: true })
      .filter((entry) => entry.isFile() && READOUT_EXTENSIONS.has(extname(entry.name).toLowerCase()))
      .map((entry) => entry.name)
      .sort();
    if (files.length === 0) throw new CliError(`${path}: the folder holds no readout files (.txt, .md, .html)`);
    return files.map((name) => join(path, name));
  });
}

/**
 * `readout-diff timeline <files or folder> [--format text|json|csv|html] [--output FILE]`: follows
 * positions through a series of readouts (ordered by date). Progress goes to stderr, and only when
 * stderr is a terminal. Exit code 0, or 2 on trouble.
 *
 * @example
 * await timelineCommand(['tests/fixtures/readouts'], { format: 'csv' }, io) //=> 0
 */
export async function timelineCommand(positionals: string[], values: Values, io: CliIo): Promise<number> {
  const format = formatOption(values, FORMATS, 'timeline');
  if (positionals.length === 0) throw new CliError("timeline takes readout files or a folder (see 'readout-diff timeline --help')");
  const files = expandInputs(positionals, io.cwd);
  if (files.filter((p) => p === '-').length > 1) throw new CliError('only one input can be standard input (-)');
  const inputFormat = inputFormatOption(values['input-format']);
  const progress = io.stderrIsTTY === true ? (phase: string, done: number, total: number) => io.stderr(`\r${phase} ${done}/${total}\u001b[K`) : undefined;

  const readouts: Readout[] = [];
  for (const [n, path] of files.entries()) {
    const content = await readInput(path, io);
    readouts.push(await readoutFromText(content, path === '-' ? undefined : path, inputFormat));
    progress?.('reading', n + 1, files.length);
  }
  const timeline = trackPositions(readouts, progress ? { onProgress: (done, total) => progress('tracking', done, total) } : {});
  if (progress) io.stderr('\r\u001b[K');
  writeOutput(values.output as string | undefined, await render(timeline, format), io);
  return 0;
}

async function render(timeline: Timeline, format: (typeof FORMATS)[number]): Promise<string> {
  // Each report is loaded only when asked for.
  switch (format) {
    case 'json':
      return (await import('../../format/timeline-json.js')).formatTimelineJson(timeline);
    case 'csv':
      return (await import('../../format/timeline-csv.js')).formatTimelineCsv(timeline);
    case 'html':
      return (await import('../../format/timeline-html.js')).formatTimelineHtml(timeline);
    case 'text':
      return (await import('../../format/timeline-text.js')).formatTimelineText(timeline);
  }
}
