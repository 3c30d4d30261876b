import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { HELP } from '../../src/cli/help.js';
import { expectOneLineError, reference, root, runCli, spawnCli } from './helpers.js';

describe('readout-diff parse', () => {
  test('lists the reference readout by section with actors and verbs', async () => {
    const { code, stdout, stderr } = await runCli(['parse', reference]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Japan-U.S. Defense Ministerial Meeting (Summary)');
    expect(lines[1]).toBe('date: 2023-06-01 · issuer: Ministry of Defense');
    expect(lines[2]).toBe('24 statements (22 positions, 2 context) in 4 sections');
    expect(stdout).toContain('\n1. Regional affairs\n');
    expect(stdout).toContain('The Ministers · reconfirm\n       The Ministers reconfirmed that they would maintain');
    expect(stdout).toContain('Secretary Austin · reiterate');
  });

  test('--format json prints the Readout itself', async () => {
    const { code, stdout } = await runCli(['parse', reference, '--format', 'json']);
    expect(code).toBe(0);
    const readout = JSON.parse(stdout);
    expect(readout.statements).toHaveLength(24);
    expect(readout.statements[2].text).toBe(readout.text.slice(readout.statements[2].start, readout.statements[2].end));
  });

  test('reads standard input from -', async () => {
    const { code, stdout } = await runCli(['parse', '-', '--format', 'json'], 'The Ministers confirmed it. They agreed.');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).statements.map((s: { actor: string }) => s.actor)).toEqual(['The Ministers', 'The Ministers']);
  });

  test.each([
    [['parse', join(root, 'no-such-file.txt')], /no-such-file\.txt: no such file/],
    [['parse', root], /is a directory/],
    [['parse'], /parse takes one file, got 0/],
    [['parse', reference, '--format', 'pdf'], /--format must be one of text, json/],
    [['parse', reference, '--frobnicate'], /Unknown option '--frobnicate'/],
  ])('%j is a one-line error with exit code 2', async (argv, message) => {
    expectOneLineError(await runCli(argv), message);
  });

  test.skipIf(process.getuid?.() === 0)('an unreadable file is a one-line error', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'readout-diff-')), 'locked.txt');
    writeFileSync(file, 'The Ministers confirmed it.');
    chmodSync(file, 0o000);
    const { code, stderr } = await runCli(['parse', file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/permission denied/);
  });

  test('--help is laid out as Usage / Options / Examples', async () => {
    const { code, stdout } = await runCli(['parse', '--help']);
    expect(code).toBe(0);
    expect(stdout).toBe(HELP.parse);
    expect(stdout).toMatch(/^Usage: readout-diff parse <file> \[options\]\n[\s\S]*\nOptions:\n[\s\S]*\nExamples:\n/);
  });
});

describe('the built command', () => {
  test('prints the version and exits 0', () => {
    const { code, stdout } = spawnCli(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('a missing file gives one line on stderr and exit code 2, no stack trace', () => {
    const { code, stdout, stderr } = spawnCli(['parse', 'missing.txt']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('readout-diff: missing.txt: no such file\n');
  });

  test('parses standard input', () => {
    const { code, stdout } = spawnCli(['parse', '-', '--format', 'json'], 'Secretary Austin reaffirmed the commitment.');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).statements[0]).toMatchObject({ actor: 'Secretary Austin', verb: 'reaffirm' });
  });
});
