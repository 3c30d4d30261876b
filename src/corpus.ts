import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseReadout } from './parse/index.js';
import type { Readout } from './types.js';

/** The file name of the reference readout inside the package's `corpus/` folder. */
export const REFERENCE_FILE = 'japan-us-dmm-2023-06-01.txt';

/** Where the package's `corpus/` folder is: one level above both `src/` and `dist/`. */
export function corpusPath(file: string): string {
  return fileURLToPath(new URL(`../corpus/${file}`, import.meta.url));
}

/**
 * The reference readout's text exactly as published: the Japan Ministry of Defense summary of the
 * Japan-U.S. Defense Ministerial Meeting of June 1, 2023.
 *
 * @example
 * referenceText().slice(0, 48) //=> 'Japan-U.S. Defense Ministerial Meeting (Summary)'
 */
export function referenceText(): string {
  return readFileSync(corpusPath(REFERENCE_FILE), 'utf8');
}

/**
 * The reference readout, parsed: the default "before" readout of a comparison.
 *
 * @example
 * referenceReadout().statements.length //=> 24
 */
export function referenceReadout(): Readout {
  return parseReadout(referenceText(), {
    source: 'https://www.mod.go.jp/en/article/2023/06/64e28ea86671d5d4feddce01dd14d833d3857213.html',
  });
}
