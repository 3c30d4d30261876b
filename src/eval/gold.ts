import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { corpusPath, REFERENCE_FILE } from '../corpus.js';
import { ReadoutError } from '../errors.js';

/** One firm link of a gold file (see ANNOTATION.md). */
export interface GoldLink {
  type: 'unchanged' | 'reworded' | 'split' | 'merged';
  before: string[];
  after: string[];
  moved?: boolean;
}

/** A gold alignment file as written: sentences quoted exactly from the two readouts. */
export interface GoldPair {
  before: string;
  after: string;
  ignore: { before: string[]; after: string[] };
  links: GoldLink[];
  optional: { before: string[]; after: string[] }[];
  new: string[];
  dropped: string[];
  notes?: string;
}

/** A gold pair with the texts of its two readouts, ready to score. */
export interface LoadedGold {
  /** A short name for tables: the gold file's name without `.json`. */
  name: string;
  gold: GoldPair;
  beforeText: string;
  afterText: string;
}

/** Whether a JSON value is a list of strings (sentences or paths), as every gold file uses them. */
export const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** A checker's way out: an `INVALID_GOLD` error naming the file and what is wrong with it. */
export function goldFailure(where: string): (what: string) => never {
  return (what) => {
    throw new ReadoutError('INVALID_GOLD', `${where}: ${what}`);
  };
}

/** A gold file's parsed JSON; a missing or malformed file is an `INVALID_GOLD` error. */
export function readGoldJson(goldFile: string): unknown {
  try {
    return JSON.parse(readFileSync(goldFile, 'utf8'));
  } catch (error) {
    throw new ReadoutError('INVALID_GOLD', `${goldFile}: ${(error as Error).message}`);
  }
}

/** The text of a readout a gold file names, its path resolved as `resolveReadoutPath` says. */
export function readGoldReadout(path: string, goldFile: string): string {
  const full = resolveReadoutPath(path, goldFile);
  try {
    return readFileSync(full, 'utf8');
  } catch {
    throw new ReadoutError('INVALID_GOLD', `${goldFile}: cannot read readout ${path} (${full})`);
  }
}

/** A gold file's name for the score tables: its file name without `.json`. */
export function goldName(goldFile: string): string {
  return basename(goldFile).replace(/\.json$/, '');
}

/**
 * Checks that a parsed JSON value has the shape of ANNOTATION.md, with a `ReadoutError('INVALID_GOLD')`
 * naming the first field that does not.
 *
 * @example
 * checkGold(JSON.parse(readFileSync(file, 'utf8')), file).links.length //=> 5
 */
export function checkGold(value: unknown, where: string): GoldPair {
  const fail = goldFailure(where);
  if (typeof value !== 'object' || value === null) return fail('not a JSON object');
  const g = value as Record<string, unknown>;
  if (typeof g.before !== 'string' || typeof g.after !== 'string') fail('"before" and "after" must be paths');
  const ignore = (g.ignore ?? { before: [], after: [] }) as Record<string, unknown>;
  if (!strings(ignore.before ?? []) || !strings(ignore.after ?? [])) fail('"ignore" must hold two lists of sentences');
  if (!Array.isArray(g.links)) fail('"links" must be a list');
  for (const link of g.links as unknown[]) {
    const l = link as Record<string, unknown>;
    if (!['unchanged', 'reworded', 'split', 'merged'].includes(String(l.type))) fail(`unknown link type ${String(l.type)}`);
    if (!strings(l.before) || !strings(l.after)) fail('each link needs "before" and "after" sentence lists');
  }
  for (const entry of (g.optional ?? []) as unknown[]) {
    const o = entry as Record<string, unknown>;
    if (!strings(o.before) || !strings(o.after)) fail('each optional entry needs "before" and "after" sentence lists');
  }
  if (!strings(g.new ?? []) || !strings(g.dropped ?? [])) fail('"new" and "dropped" must be lists of sentences');
  return {
    before: g.before as string,
    after: g.after as string,
    ignore: { before: (ignore.before ?? []) as string[], after: (ignore.after ?? []) as string[] },
    links: g.links as GoldLink[],
    optional: (g.optional ?? []) as GoldPair['optional'],
    new: (g.new ?? []) as string[],
    dropped: (g.dropped ?? []) as string[],
    notes: typeof g.notes === 'string' ? g.notes : undefined,
  };
}

/**
 * Where a gold file's readout path points: relative to the folder that holds the gold file's
 * folder (`gold/` for `gold/pairs/x.json`), or the package's reference readout for "reference".
 *
 * @example
 * resolveReadoutPath('reference', 'tests/fixtures/gold/pairs/01.json') //=> '/…/corpus/japan-us-dmm-2023-06-01.txt'
 */
export function resolveReadoutPath(path: string, goldFile: string): string {
  if (path === 'reference') return corpusPath(REFERENCE_FILE);
  return resolve(dirname(dirname(resolve(goldFile))), path);
}

/**
 * Reads a gold file and both readouts it names.
 *
 * @example
 * loadGold('tests/fixtures/gold/pairs/03-dmm-2024-05-to-2024-06.json').name //=> '03-dmm-2024-05-to-2024-06'
 */
export function loadGold(goldFile: string): LoadedGold {
  const gold = checkGold(readGoldJson(goldFile), goldFile);
  return {
    name: goldName(goldFile),
    gold,
    beforeText: readGoldReadout(gold.before, goldFile),
    afterText: readGoldReadout(gold.after, goldFile),
  };
}
