import { version } from '../../package.json';

/** The package version, printed by `--version`. */
export const VERSION: string = version;

const main = `Usage: readout-diff [compare] <before> <after> [options]
       readout-diff <after> [options]
       readout-diff parse <file> [options]
       readout-diff timeline <files or folder> [options]
       readout-diff eval <gold.json...> [options]

Find what changed between two diplomatic readouts: positions that are new, dropped or
reworded, with word-level evidence. With one file, compares it against the reference readout
(Japan-U.S. Defense Ministerial Meeting (Summary), June 1, 2023). '-' reads standard input.

Commands:
  compare   align two readouts and report the changes (the default)
  parse     split one readout into sections and statements
  timeline  follow positions and phrases through a series of readouts
  eval      score the alignment against hand-made gold files

Options:
  -h, --help      show help (also after a command: readout-diff parse --help)
  -v, --version   print the version

Exit status: 0 no differences, 1 differences, 2 trouble.
`;

const compare = `Usage: readout-diff compare <before> <after> [options]
       readout-diff <after> [options]

Align the statements of two readouts and report what is unchanged, reworded, new, dropped,
split or merged. With one file, the before readout is the reference readout.

Options:
  -f, --format <name>        text, json, markdown or html (default: text)
  -o, --output <file>        write the report to a file, whole or not at all
      --only <types>         show only these changes: unchanged, reworded, new,
                             dropped, split, merged (comma-separated)
      --substantive          hide cosmetic rewordings (case, punctuation, equal synonyms)
      --threshold <0-1>      least similarity to link two statements (default: 0.3)
      --input-format <name>  auto, text, markdown or html (default: auto, from the
                             file's extension and content)
      --no-color             plain text even on a terminal (NO_COLOR is honoured too)
  -h, --help                 show this help

Examples:
  readout-diff compare corpus/japan-us-dmm-2023-06-01.txt corpus/mod-japan-us-dmm-2023-10-04.txt
  readout-diff later.txt --format html --output changes.html
  readout-diff before.md after.html --only new,dropped --format markdown
  cat later.txt | readout-diff - --substantive

Exit status: 0 no differences (among the changes shown), 1 differences, 2 trouble.
`;

const parse = `Usage: readout-diff parse <file> [options]

Split a readout (plain text, Markdown with YAML front matter, or an HTML page) into metadata, sections and
sentence-level statements, each with its offsets, actor and speech-act verb.

Options:
  -f, --format <text|json>   output format (default: text)
  -o, --output <file>        write the result to a file, whole or not at all
      --input-format <name>  auto, text, markdown or html (default: auto)
  -h, --help                 show this help

Examples:
  readout-diff parse corpus/japan-us-dmm-2023-06-01.txt
  readout-diff parse readout.md --format json

Exit status: 0 parsed, 2 trouble.
`;

const timeline = `Usage: readout-diff timeline <files or folder> [options]

Follow positions and recurring phrases through a series of readouts, ordered by date (front
matter or the date line; the given order when there is none). A folder stands for its .txt, .md
and .html files. Flags positions missing from the latest readout, new ones, and substantive
rewordings.

Options:
  -f, --format <name>        text, json, csv or html (default: text)
  -o, --output <file>        write the timeline to a file, whole or not at all
      --input-format <name>  auto, text, markdown or html (default: auto)
  -h, --help                 show this help

Examples:
  readout-diff timeline tests/fixtures/readouts
  readout-diff timeline 2021.md 2022.md 2023.md --format html --output timeline.html
  readout-diff timeline readouts/ --format csv > positions.csv

Exit status: 0 tracked, 2 trouble.
`;

const evalHelp = `Usage: readout-diff eval <gold.json...> [options]

Score against hand-made gold files in the format of ANNOTATION.md. For pairs: link precision,
recall and F1, new and dropped F1, and type accuracy, per pair and overall. For series (files
with "positions"): pairwise precision, recall and F1 over sentences that share a position.

Options:
      --baselines            also score the baselines: jsdiff diffArrays and a greedy
                             Levenshtein-ratio match (0.5) for pairs, Levenshtein chaining
                             for series
  -f, --format <text|json>   output format (default: text)
  -o, --output <file>        write the scores to a file, whole or not at all
  -h, --help                 show this help

Examples:
  readout-diff eval tests/fixtures/gold/pairs/*.json --baselines
  readout-diff eval tests/fixtures/gold/series/*.json
  readout-diff eval tests/fixtures/gold/pairs/03-dmm-2024-05-to-2024-06.json --format json

Exit status: 0 scored, 2 trouble.
`;

/** Help texts, laid out as Usage / Options / Examples. */
export const HELP = { main, compare, parse, timeline, eval: evalHelp } as const;
