import { compareReadouts } from '../../compare/index.js';
import { REFERENCE_FILE, referenceText } from '../../corpus.js';
import type { ChangeType, Comparison } from '../../types.js';
import { CliError, type CliIo } from '../io.js';
import { formatOption, inputFormatOption, type Values } from '../options.js';
import { writeOutput } from '../output.js';
import { readReadout, readoutFromText } from '../read.js';

const FORMATS = ['text', 'json', 'markdown', 'html'] as const;
const CHANGE_TYPES: readonly ChangeType[] = ['unchanged', 'reworded', 'new', 'dropped', 'split', 'merged'];

/** `readout-diff compare <before> <after>` (or `<after>` against the reference readout). */
export async function compareCommand(positionals: string[], values: Values, io: CliIo): Promise<number> {
  const format = formatOption(values, FORMATS, 'compare');
  if (positionals.length < 1 || positionals.length > 2) {
    throw new CliError(`compare takes one or two files, got ${positionals.length} (see 'readout-diff compare --help')`);
  }
  if (positionals.filter((p) => p === '-').length > 1) throw new CliError('only one input can be standard input (-)');
  const only = onlyOption(values.only);
  const threshold = thresholdOption(values.threshold);
  const inputFormat = inputFormatOption(values['input-format']);

  const [before, after] =
    positionals.length === 1
      ? [await readoutFromText(referenceText(), REFERENCE_FILE, 'text'), await readReadout(positionals[0]!, io, inputFormat)]
      : [await readReadout(positionals[0]!, io, inputFormat), await readReadout(positionals[1]!, io, inputFormat)];
  const comparison = compareReadouts(before, after, threshold === undefined ? {} : { linkThreshold: threshold });
  const shown = filterChanges(comparison, only, values.substantive === true);
  writeOutput(values.output as string | undefined, await render(shown, format, values, io), io);
  return shown.changes.some((change) => change.type !== 'unchanged') ? 1 : 0;
}

/**
 * The comparison as the user asked to see it: `--only` keeps the listed change types,
 * `--substantive` drops cosmetic rewordings. The summary keeps the full counts.
 */
function filterChanges(comparison: Comparison, only: ChangeType[] | undefined, substantive: boolean): Comparison {
  if (only === undefined && !substantive) return comparison;
  const changes = comparison.changes.filter(
    (change) => (only === undefined || only.includes(change.type)) && !(substantive && change.significance === 'cosmetic'),
  );
  return { ...comparison, changes };
}

async function render(comparison: Comparison, format: (typeof FORMATS)[number], values: Values, io: CliIo): Promise<string> {
  // Each report is loaded only when asked for: the command starts without the others.
  switch (format) {
    case 'json':
      return (await import('../../format/json.js')).formatComparisonJson(comparison);
    case 'markdown':
      return (await import('../../format/markdown.js')).formatComparisonMarkdown(comparison);
    case 'html':
      return (await import('../../format/html.js')).formatComparisonHtml(comparison);
    case 'text': {
      const color = values['no-color'] !== true && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '') && io.stdoutIsTTY === true && values.output === undefined;
      return (await import('../../format/text.js')).formatComparisonText(comparison, { color });
    }
  }
}

function onlyOption(value: Values[string]): ChangeType[] | undefined {
  if (value === undefined) return undefined;
  const types = String(value)
    .split(',')
    .map((type) => type.trim())
    .filter(Boolean);
  const unknown = types.filter((type) => !(CHANGE_TYPES as readonly string[]).includes(type));
  if (types.length === 0 || unknown.length > 0) {
    throw new CliError(`--only takes a comma-separated list of ${CHANGE_TYPES.join(', ')}; '${unknown[0] ?? value}' is not one`);
  }
  return types as ChangeType[];
}

function thresholdOption(value: Values[string]): number | undefined {
  if (value === undefined) return undefined;
  const threshold = Number(value);
  if (String(value).trim() === '' || !(threshold >= 0 && threshold <= 1)) {
    throw new CliError(`--threshold takes a number from 0 to 1, not '${String(value)}'`);
  }
  return threshold;
}
