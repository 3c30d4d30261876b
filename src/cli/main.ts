import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ReadoutError } from '../errors.js';
import { CliError, readInput, type CliIo } from './io.js';
import { HELP, VERSION } from './help.js';
import type { Values } from './options.js';

const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  format: { type: 'string', short: 'f' },
  'no-color': { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

const COMMAND_OPTIONS: Record<Command, ParseArgsConfig['options']> = {
  parse: { ...COMMON_OPTIONS, output: { type: 'string', short: 'o' }, 'input-format': { type: 'string' } },
  compare: {
    ...COMMON_OPTIONS,
    output: { type: 'string', short: 'o' },
    only: { type: 'string' },
    substantive: { type: 'boolean' },
    threshold: { type: 'string' },
    'input-format': { type: 'string' },
  },
  timeline: { ...COMMON_OPTIONS, output: { type: 'string', short: 'o' }, 'input-format': { type: 'string' } },
  eval: { ...COMMON_OPTIONS, baselines: { type: 'boolean' }, output: { type: 'string', short: 'o' } },
};

type Command = 'parse' | 'compare' | 'timeline' | 'eval';
const COMMANDS: readonly Command[] = ['parse', 'compare', 'timeline', 'eval'];

/**
 * Runs the command line and returns its exit code, as diff(1): 0 no differences, 1 differences,
 * 2 trouble. Tests call it directly with string-collecting `io`; `bin.ts` passes real streams.
 *
 * @example
 * await main(['parse', 'corpus/japan-us-dmm-2023-06-01.txt', '--format', 'json'], io) //=> 0
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof CliError || error instanceof ReadoutError) {
      io.stderr(`readout-diff: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`readout-diff: internal error: ${message}\n`);
    return 2;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const first = argv[0];
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(HELP.main);
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command: Command = (COMMANDS as readonly string[]).includes(first) ? (first as Command) : 'compare';
  const rest = command === first ? argv.slice(1) : argv;
  const { values, positionals } = parseCommandArgs(command, rest);
  if (values.help) {
    io.stdout(HELP[command]);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  switch (command) {
    case 'parse':
      return (await import('./commands/parse.js')).parseCommand(positionals, values, io);
    case 'compare':
      return (await import('./commands/compare.js')).compareCommand(positionals, values, io);
    case 'timeline':
      return (await import('./commands/timeline.js')).timelineCommand(positionals, values, io);
    case 'eval':
      return (await import('./commands/eval.js')).evalCommand(positionals, values, io);
  }
}

function parseCommandArgs(command: Command, args: readonly string[]): { values: Values; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: [...args], options: COMMAND_OPTIONS[command], allowPositionals: true, strict: true });
    return { values: parsed.values as Values, positionals: parsed.positionals };
  } catch (error) {
    // node:util's messages are long and mention internals; keep the first sentence.
    const message = error instanceof Error ? error.message.split('\n')[0]!.replace(/\. To specify.*$/, '') : String(error);
    throw new CliError(`${message} (see 'readout-diff ${command} --help')`);
  }
}

