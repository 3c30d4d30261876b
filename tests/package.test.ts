import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');

// What a user may import: the list is part of the contract, so adding or removing an export is
// a decision this test makes visible.
test('the public API is exactly this list of named exports', async () => {
  const api = await import('../src/index.js');
  expect(Object.keys(api).sort()).toEqual(
    [
      'ReadoutError',
      'compareReadouts',
      'describeShift',
      'evaluateGold',
      'evaluateSeries',
      'formatTimelineCsv',
      'formatTimelineHtml',
      'formatTimelineJson',
      'formatTimelineText',
      'trackPhrases',
      'trackPositions',
      'formatComparisonHtml',
      'formatComparisonJson',
      'formatComparisonMarkdown',
      'formatComparisonText',
      'formatReadoutText',
      'normalizeText',
      'parseReadout',
      'readoutFromInput',
      'referenceReadout',
      'referenceText',
    ].sort(),
  );
});

describe('the built package', () => {
  const script = `
    const reference = api.referenceReadout();
    const positions = reference.statements.filter((s) => s.kind === 'position').length;
    console.log(JSON.stringify({ positions, title: reference.title, error: typeof api.ReadoutError }));
  `;
  const expected = { positions: 22, title: 'Japan-U.S. Defense Ministerial Meeting (Summary)', error: 'function' };

  test('imports as ESM by its name', () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', `import * as api from 'readout-diff';${script}`], { cwd: root });
    expect(JSON.parse(out.toString())).toEqual(expected);
  });

  test('requires as CommonJS by its name', () => {
    const out = execFileSync(process.execPath, ['-e', `const api = require('readout-diff');${script}`], { cwd: root });
    expect(JSON.parse(out.toString())).toEqual(expected);
  });

  // The packed tarball, unpacked where node_modules resolution finds it, is what users install:
  // the reference readout must come with it, not only with the repository.
  test('works from the packed tarball, corpus included', () => {
    const work = mkdtempSync(join(root, 'node_modules', '.pack-test-'));
    try {
      execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root });
      const tarball = readdirSync(work).find((file) => file.endsWith('.tgz'))!;
      const target = join(work, 'node_modules', 'readout-diff');
      mkdirSync(target, { recursive: true });
      execFileSync('tar', ['-xzf', join(work, tarball), '-C', target, '--strip-components=1']);
      expect(existsSync(join(target, 'corpus', 'japan-us-dmm-2023-06-01.txt'))).toBe(true);
      for (const [args, code] of [
        [['--input-type=module', '-e'], `import * as api from 'readout-diff';${script}`],
        [['-e'], `const api = require('readout-diff');${script}`],
      ] as const) {
        const out = execFileSync(process.execPath, [...args, code], { cwd: work });
        expect(JSON.parse(out.toString())).toEqual(expected);
      }
      const cli = execFileSync(process.execPath, [join(target, 'dist', 'cli.cjs'), '--version'], { cwd: work });
      expect(cli.toString().trim()).toMatch(/^\d+\.\d+\.\d+$/);
      // The command's HTML reader is a file of its own (dist/cli-html.cjs), loaded for HTML input
      // only: the command's own file has none of parse5.
      expect(readFileSync(join(target, 'dist', 'cli.cjs'), 'utf8')).not.toContain('parse5');
      const page = join(work, 'page.html');
      writeFileSync(page, '<!DOCTYPE html><html><head><title>T</title></head><body><p>The Ministers met.</p><p>They reaffirmed the alliance.</p></body></html>');
      const parsed = JSON.parse(execFileSync(process.execPath, [join(target, 'dist', 'cli.cjs'), 'parse', page, '--format', 'json'], { cwd: work }).toString());
      expect(parsed.statements.map((s: { text: string }) => s.text)).toEqual(['The Ministers met.', 'They reaffirmed the alliance.']);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
