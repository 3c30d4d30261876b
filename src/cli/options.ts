import { INPUT_FORMATS, type InputFormat } from '../input/read.js';
import { CliError } from './io.js';

/** Parsed option values, as node:util parseArgs gives them. */
export type Values = Record<string, string | boolean | string[] | undefined>;

/**
 * The one value of `--format`, checked against what a command can print; the first allowed
 * format is the default.
 */
export function formatOption<T extends string>(values: Values, allowed: readonly T[], command: string): T {
  const format = values.format ?? allowed[0];
  if (typeof format !== 'string' || !(allowed as readonly string[]).includes(format)) {
    throw new CliError(`--format must be one of ${allowed.join(', ')} for '${command}', not '${String(format)}'`);
  }
  return format as T;
}

/** `--input-format`, shared by the commands that read readouts. */
export function inputFormatOption(value: Values[string]): InputFormat | 'auto' {
  if (value === undefined) return 'auto';
  if (!(INPUT_FORMATS as readonly string[]).includes(String(value))) {
    throw new CliError(`--input-format must be one of ${INPUT_FORMATS.join(', ')}, not '${String(value)}'`);
  }
  return value as InputFormat | 'auto';
}
