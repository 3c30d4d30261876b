import { formatReadoutText } from '../../format/readout.js';
import { CliError, type CliIo } from '../io.js';
import { formatOption, inputFormatOption, type Values } from '../options.js';
import { writeOutput } from '../output.js';
import { readReadout } from '../read.js';

/** `readout-diff parse <file>`: one readout's metadata, sections and statements. */
export async function parseCommand(positionals: string[], values: Values, io: CliIo): Promise<number> {
  const format = formatOption(values, ['text', 'json'] as const, 'parse');
  if (positionals.length !== 1) {
    throw new CliError(`parse takes one file, got ${positionals.length} (see 'readout-diff parse --help')`);
  }
  const path = positionals[0]!;
  const readout = await readReadout(path, io, inputFormatOption(values['input-format']));
  writeOutput(values.output as string | undefined, format === 'json' ? `${JSON.stringify(readout, null, 2)}\n` : formatReadoutText(readout), io);
  return 0;
}
