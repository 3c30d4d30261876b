import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOneLineError, later, reference, runCli, spawnCli } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-diff-bad-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const badYaml = file('bad-yaml.txt', '---\ndate: [unclosed\n---\nThe Ministers met.\n');
const listYaml = file('list-yaml.md', '---\n- a\n- b\n---\nThe Ministers met.\n');

describe('front matter the YAML parser rejects, through the built command', () => {
  // The built command preloads its bundled `yaml` for a front-matter block: the same clear error
  // as the library's, naming the file among several inputs.
  it.each([
    ['parse', [badYaml]],
    ['compare', [reference, badYaml]],
    ['compare, one file against the reference', [badYaml]],
    ['timeline', [reference, later, badYaml]],
  ])('%s: one line, exit 2, the file named', (_, args) => {
    const command = _.split(',')[0]!;
    expectOneLineError(spawnCli([command, ...args]), new RegExp(`${badYaml.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: The front-matter block is not valid YAML`));
  });

  it('a block that is not a mapping, from standard input', () => {
    expectOneLineError(spawnCli(['parse', '-'], '---\n- a\n---\nThe Ministers met.\n'), /^readout-diff: standard input: .*front-matter/i);
    expectOneLineError(spawnCli(['parse', listYaml]), /list-yaml\.md: .*front-matter/i);
  });
});

describe('options of parse and timeline given something wrong', () => {
  it.each([
    [['parse', reference, '--input-format', 'pdf'], /--input-format must be one of auto, text, markdown, html/],
    [['timeline', reference, later, '--input-format', 'pdf'], /--input-format must be one of auto, text, markdown, html/],
    [['timeline', reference, later, '--format', 'pdf'], /--format must be one of text, json, csv, html for 'timeline', not 'pdf'/],
    [['timeline'], /timeline takes readout files or a folder/],
    [['timeline', '-', '-'], /only one input can be standard input/],
  ])('%j', async (argv, message) => {
    expectOneLineError(await runCli(argv), message);
  });
});

describe('options of compare, eval and timeline given an empty, out-of-range or unknown value', () => {
  const gold = join('tests', 'fixtures', 'gold', 'pairs', '01-dmm-2023-01-to-2023-06-reference.json');
  const notJson = file('gold.json', '{ "before": ');
  it.each([
    [['compare', reference, later, '--only='], /--only takes a comma-separated list of unchanged, reworded, new, dropped, split, merged; '' is not one/],
    [['compare', reference, later, '--threshold='], /--threshold takes a number from 0 to 1, not ''/],
    [['compare', reference, later, '--threshold=-1'], /--threshold takes a number from 0 to 1, not '-1'/],
    [['compare', reference, later, '--threshold', '1.5'], /--threshold takes a number from 0 to 1, not '1.5'/],
    [['eval', notJson], /gold\.json: not JSON/],
    [['eval', gold, '--bogus'], /Unknown option '--bogus'/],
    [['timeline', reference, later, '--output', join(dir, 'missing', 'timeline.html')], /the folder .*missing does not exist/],
  ])('%j', async (argv, message) => {
    expectOneLineError(await runCli(argv), message);
  });
});

describe('inputs read as a page', () => {
  it('reads front matter at the top of a page’s text', () => {
    const page = file('page.html', '<!DOCTYPE html><html><body><p>---</p><p>date: 2023-06-01</p><p>---</p><p>The Ministers met.</p></body></html>');
    const run = spawnCli(['parse', page, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).date).toBe('2023-06-01');
  });

  it('compares one page against the reference, which stays plain text under --input-format html', async () => {
    const page = file('one.html', '<!DOCTYPE html><html><body><p>The Ministers met.</p></body></html>');
    const run = await runCli(['compare', page, '--input-format', 'html', '--format', 'json']);
    expect(run.code).toBe(1);
    const before = JSON.parse(run.stdout).before;
    expect(before.title).toBe('Japan-U.S. Defense Ministerial Meeting (Summary)');
    expect(before.statements).toHaveLength(24);
  });
});
