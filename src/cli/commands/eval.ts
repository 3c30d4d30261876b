import { resolve } from 'node:path';
import { evaluateGold, formatEvalTable } from '../../eval/index.js';
import { CliError, type CliIo } from '../io.js';
import { formatOption, type Values } from '../options.js';
import { writeOutput } from '../output.js';

/** `readout-diff eval <gold.json...>`: scores against hand-made gold alignments. */
export async function evalCommand(positionals: string[], values: Values, io: CliIo): Promise<number> {
  const format = formatOption(values, ['text', 'json'] as const, 'eval');
  if (positionals.length === 0) throw new CliError("eval takes one or more gold files (see 'readout-diff eval --help')");
  const report = evaluateGold(
    positionals.map((path) => resolve(io.cwd, path)),
    { baselines: values.baselines === true },
  );
  writeOutput(values.output as string | undefined, format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatEvalTable(report.rows), io);
  return 0;
}
