/** The corpus's own sentences, for generated readouts (no vitest here: scripts can import it). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseReadout } from '../../src/parse/index.js';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Every readout text the project ships: corpus/*.txt and tests/fixtures/readouts/*.txt, by name. */
export function corpusTexts(): { name: string; text: string }[] {
  const folders = [join(ROOT, 'corpus'), join(ROOT, 'tests', 'fixtures', 'readouts')];
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') })),
  );
}

let sentencePool: string[] | undefined;

/**
 * The corpus's position statements that parse back, alone, as exactly one position statement with
 * the same text: pieces a generated readout can be built from and still be read the same way.
 * Distinct, in a fixed order (file name, then document order).
 */
export function corpusSentences(): string[] {
  if (sentencePool) return sentencePool;
  const seen = new Set<string>();
  const pool: string[] = [];
  for (const { text } of corpusTexts()) {
    for (const statement of parseReadout(text).statements) {
      const sentence = statement.text;
      if (statement.kind !== 'position' || seen.has(sentence) || /\n/.test(sentence)) continue;
      const words = sentence.split(' ').length;
      if (words < 6 || words > 80) continue;
      const alone = parseReadout(`${sentence}\n`).statements;
      if (alone.length !== 1 || alone[0]!.text !== sentence || alone[0]!.kind !== 'position') continue;
      seen.add(sentence);
      pool.push(sentence);
    }
  }
  sentencePool = pool;
  return pool;
}

