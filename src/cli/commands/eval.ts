import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateGold, formatEvalTable, type EvalRow } from '../../eval/index.js';
import { evaluateSeries } from '../../track/score.js';
import { CliError, type CliIo } from '../io.js';
import { formatOption, type Values } from '../options.js';
import { writeOutput } from '../output.js';

/**
 * `readout-diff eval <gold.json...>`: scores against hand-made gold files. Pair files
 * (ANNOTATION.md "Format") and series files (with `positions`) may be mixed; each kind gets its
 * own table.
 */
export async function evalCommand(positionals: string[], values: Values, io: CliIo): Promise<number> {
  const format = formatOption(values, ['text', 'json'] as const, 'eval');
  if (positionals.length === 0) throw new CliError("eval takes one or more gold files (see 'readout-diff eval --help')");
  const kinds = positionals.map((path) => {
    const file = resolve(io.cwd, path);
    return { file, series: isSeriesGold(path, file) };
  });
  const series = kinds.filter((kind) => kind.series).map((kind) => kind.file);
  const pairs = kinds.filter((kind) => !kind.series).map((kind) => kind.file);
  const baselines = values.baselines === true;
  const report: { pairs: EvalRow[]; series: EvalRow[] } = {
    pairs: pairs.length > 0 ? evaluateGold(pairs, { baselines }).rows : [],
    series: series.length > 0 ? evaluateSeries(series, { baselines }) : [],
  };
  const text = [
    report.pairs.length > 0 ? `Pairs: links, new and dropped statements\n${formatEvalTable(report.pairs)}` : '',
    report.series.length > 0 ? `Series: sentence pairs that share a position\n${formatEvalTable(report.series)}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  writeOutput(values.output as string | undefined, format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : text, io);
  return 0;
}

/** A series gold file lists `positions`; a pair file lists `links`. */
function isSeriesGold(path: string, file: string): boolean {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a gold file' : code ? code : `not JSON (${(error as Error).message})`;
    throw new CliError(`${path}: ${why}`);
  }
  return typeof json === 'object' && json !== null && 'positions' in json;
}
