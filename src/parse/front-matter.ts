/**
 * Stage 1 of the parser: the YAML front-matter block ("---" ... "---") at the top of a readout, as
 * the files in tests/fixtures/readouts carry it (source, issuer, date, meeting, partial).
 */
import { createRequire } from 'node:module';
import { ReadoutError } from '../errors.js';

type ParseYaml = (source: string) => unknown;
let yamlParse: ParseYaml | undefined;

/**
 * The YAML parser, loaded on the first front-matter block: most readouts have none, and loading
 * `yaml` costs the command line a noticeable share of its start-up time.
 */
function parseYaml(source: string): unknown {
  yamlParse ??= (createRequire(import.meta.url)('yaml') as { parse: ParseYaml }).parse;
  return yamlParse(source);
}

/**
 * Whether `text` may open with a front-matter block: the cheap test `readFrontMatter` starts
 * with, for callers deciding whether to load the YAML parser ahead of parsing.
 *
 * @example
 * mayHaveFrontMatter('---\ndate: 2023-06-01\n---\nText.') //=> true
 */
export function mayHaveFrontMatter(text: string): boolean {
  return text.startsWith('---') || text.startsWith('\uFEFF---');
}

/**
 * Loads the YAML parser before a front-matter block needs it, through `import()`. A bundle that
 * carries `yaml` (the command line) then loads its own single-file copy, where the synchronous
 * fallback in `parseYaml` resolves and compiles the package's seventy-odd files: about 10 ms
 * instead of about 40 on the command line.
 */
export async function loadFrontMatterParser(): Promise<void> {
  // Node names a CommonJS package's exports; a bundle's chunk of CommonJS code has them as `default` only.
  const yaml = (await import('yaml')) as unknown as { parse?: ParseYaml; default?: { parse?: ParseYaml } };
  yamlParse ??= yaml.parse ?? yaml.default?.parse;
}

export interface FrontMatter {
  /** Offset of the opening fence. */
  start: number;
  /** Offset just after the closing fence (its line break excluded). */
  end: number;
  /** Offset where the body starts (after the closing fence's line break). */
  bodyStart: number;
  /** Every field as a string ("2023-06-01" for a date, JSON for a list or a mapping). */
  fields: Record<string, string>;
}

// The opening fence: "---" alone on the first line, after an optional byte-order mark.
const OPENING = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/;

/**
 * The front-matter block at the top of `text`, or null when there is none.
 *
 * @param text The readout as given.
 * @returns The block's offsets and fields, or null.
 * @throws ReadoutError('INVALID_FRONT_MATTER') when the block is not a YAML mapping.
 * @example
 * readFrontMatter('---\ndate: 2023-06-01\n---\nText.')?.fields
 * //=> { date: '2023-06-01' }
 */
export function readFrontMatter(text: string): FrontMatter | null {
  // Cheap test first: most readouts have no front matter, and this runs on every input.
  if (!mayHaveFrontMatter(text)) return null;
  const opening = OPENING.exec(text.slice(0, 16));
  if (!opening) return null;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Find the closing fence ("---" or "...") line by line, without a regex over the whole text.
  let lineStart = opening[0].length;
  while (lineStart <= text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd += 1;
    const line = text.slice(lineStart, lineEnd).trimEnd();
    if (line === '---' || line === '...') {
      const yamlText = text.slice(opening[0].length, lineStart);
      const end = lineStart + 3;
      let bodyStart = lineEnd;
      if (text[bodyStart] === '\r') bodyStart += 1;
      if (text[bodyStart] === '\n') bodyStart += 1;
      return { start, end, bodyStart, fields: parseFields(yamlText) };
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? 2 : 1);
  }
  // An opening fence without a closing one is not front matter (it may be a Markdown rule).
  return null;
}

function parseFields(yamlText: string): Record<string, string> {
  let value: unknown;
  try {
    // The yaml package reads "\n" and "\r\n" line breaks; a file saved with old Mac "\r" ones is as valid.
    value = parseYaml(yamlText.replace(/\r\n?/g, '\n'));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ReadoutError('INVALID_FRONT_MATTER', `The front-matter block is not valid YAML: ${reason}`);
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ReadoutError(
      'INVALID_FRONT_MATTER',
      `The front-matter block must be a YAML mapping of fields, not ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}.`,
    );
  }
  const fields: Record<string, string> = {};
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    fields[key] = asString(field);
  }
  return fields;
}

function asString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  // YAML 1.1 timestamps ("date: 2023-06-01" under some schemas) arrive as Date objects.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
