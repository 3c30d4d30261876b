import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentFrequencies } from '../../src/similarity/index.js';

// The corpus half of the IDF weights is a committed JSON file; this test rebuilds it from the
// readouts in the repository and fails when it is stale. Rebuild: UPDATE_CORPUS_DF=1 npx vitest run tests/eval/corpus-df.test.ts
const root = fileURLToPath(new URL('../../', import.meta.url));
const tableFile = `${root}src/similarity/corpus-df.json`;

function corpusTexts(): string[] {
  const dirs = ['corpus', 'tests/fixtures/readouts'];
  return dirs.flatMap((dir) =>
    readdirSync(`${root}${dir}`)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(`${root}${dir}/${f}`, 'utf8')),
  );
}

describe('corpus document frequencies', () => {
  it('match the committed table', () => {
    const table = documentFrequencies(corpusTexts());
    if (process.env.UPDATE_CORPUS_DF) writeFileSync(tableFile, `${JSON.stringify(table)}\n`);
    expect(JSON.parse(readFileSync(tableFile, 'utf8'))).toEqual(table);
  });
});
