import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { derivePlaceStems } from '../../src/similarity/index.js';

// The stems of the lexicon's one-word places are a committed JSON file (working them out on first
// use cost the command line some 20 ms); this test derives them again and fails when the file is
// stale. Rebuild: UPDATE_PLACE_STEMS=1 npx vitest run tests/lexicon/place-stems.test.ts
const file = fileURLToPath(new URL('../../src/similarity/place-stems.json', import.meta.url));

describe('place stems', () => {
  it('match the committed list', () => {
    const stems = derivePlaceStems();
    if (process.env.UPDATE_PLACE_STEMS) writeFileSync(file, `${JSON.stringify({ stems })}\n`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ stems });
    expect(stems).toContain('japan');
    expect(stems).not.toContain('minist');
  });
});
