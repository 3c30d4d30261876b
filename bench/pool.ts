/**
 * The real sentences the synthetic readouts are built from: every statement of the bundled
 * corpus and of the test readouts, as `parseReadout` segments them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseReadout } from '../src/parse/index.js';

/** The folders read, relative to the repository root. */
export const POOL_FOLDERS: readonly string[] = ['corpus', 'tests/fixtures/readouts'];

/** Shorter statements ("The summary is as follows.") say nothing an aligner could match on. */
const MIN_WORDS = 6;

/**
 * Distinct statement texts of the real readouts (whitespace collapsed), in file then document
 * order, so the pool and every pair built from it are the same on every run.
 *
 * @example
 * realSentences().length //=> about 215
 */
export function realSentences(): string[] {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const out = new Set<string>();
  for (const folder of POOL_FOLDERS) {
    const files = readdirSync(`${root}/${folder}`).filter((f) => f.endsWith('.txt')).sort();
    for (const file of files) {
      for (const s of parseReadout(readFileSync(`${root}/${folder}/${file}`, 'utf8')).statements) {
        const text = s.text.replace(/\s+/g, ' ').trim();
        // "… provided the following readout:" introduces, it states nothing; and a variant's time
        // frame goes before the final full stop.
        if (text.split(' ').length >= MIN_WORDS && /[.!?]["'”’)]*$/.test(text)) out.add(text);
      }
    }
  }
  return [...out];
}
