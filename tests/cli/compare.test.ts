import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { expectOneLineError, later, reference, root, runCli, spawnCli } from './helpers.js';

const ANSI = /\u001b\[\d+m/;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'readout-diff-cli-'));
}

describe('readout-diff compare', () => {
  test('text report of the two corpus readouts: summary, sections, marks and shifts; exit 1', async () => {
    const { code, stdout, stderr } = await runCli(['compare', reference, later]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Japan-U.S. Defense Ministerial Meeting (Summary), 2023-06-01 → Japan-U.S. Defense Ministerial Meeting (Summary), 2023-10-04');
    expect(lines[1]).toMatch(/^unchanged \d+ · reworded \d+ · new \d+ · dropped \d+ · split \d+ · merged \d+ · moved \d+$/);
    expect(stdout).toContain('\n1. Regional affairs\n');
    // The Ukraine position lost "maximum" and "illegal, unjustifiable and unprovoked".
    expect(stdout).toMatch(/~. .*Russia’s \[-illegal, unjustifiable and unprovoked -\]aggression/);
    expect(stdout).toContain('    intensity removed: maximum, weaker');
    expect(stdout).toContain('    modality: will → would, weaker');
    // Dropped positions are listed where they stood.
    expect(stdout).toMatch(/\n- {2}Minister Hamada expressed his strong resolve to fundamentally reinforce cybersecurity\.\n/);
  });

  test('the bare form and one file against the reference readout give the same report', async () => {
    const explicit = await runCli(['compare', reference, later]);
    expect(await runCli([reference, later])).toEqual(explicit);
    expect(await runCli([later])).toEqual(explicit);
  });

  test('a readout compared with itself has no differences: exit 0', async () => {
    const { code, stdout } = await runCli([reference, reference]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[1]).toBe('unchanged 24 · reworded 0 · new 0 · dropped 0 · split 0 · merged 0 · moved 0');
  });

  test('--format json prints the Comparison with its schema version', async () => {
    const { code, stdout } = await runCli([reference, later, '--format', 'json']);
    expect(code).toBe(1);
    const comparison = JSON.parse(stdout);
    expect(comparison.schemaVersion).toBe(1);
    expect(comparison.before.statements).toHaveLength(24);
    expect(Object.keys(comparison.changes[0]).sort()).toEqual(['after', 'before', 'edits', 'moved', 'shifts', 'significance', 'similarity', 'type']);
  });

  test('--format markdown and --format html', async () => {
    const markdown = await runCli([reference, later, '--format', 'markdown']);
    expect(markdown.stdout).toMatch(/^## Readout comparison: 1 June 2023 → 4 October 2023\n/);
    expect(markdown.stdout).toContain('| Unchanged | Reworded | New | Dropped |');
    const html = await runCli([reference, later, '--format', 'html']);
    expect(html.stdout).toMatch(/^<!doctype html>/i);
    expect(html.stdout).toContain('Regional affairs');
    expect(html.stdout).not.toMatch(/<(?:script|link|img)[^>]+(?:src|href)=["']?https?:/i);
  });

  test('--only keeps the listed change types, and the exit code follows what is shown', async () => {
    const { stdout } = await runCli([reference, later, '--only', 'new']);
    const marks = stdout.split('\n').slice(2).filter((line) => /^[=~<>+-][ ^] /.test(line)).map((line) => line[0]);
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['+']));
    expect((await runCli([reference, reference, '--only', 'new'])).code).toBe(0);
  });

  test('--substantive hides cosmetic rewordings', async () => {
    // An article dropped is cosmetic; "welcomed" → "noted" is a weaker verb.
    const before = 'The Ministers confirmed the importance of the Alliance.\n\nThe Ministers welcomed the progress.';
    const after = 'The Ministers confirmed importance of the Alliance.\n\nThe Ministers noted the progress.';
    const dir = tempDir();
    writeFileSync(join(dir, 'before.txt'), before);
    writeFileSync(join(dir, 'after.txt'), after);
    const all = await runCli([join(dir, 'before.txt'), join(dir, 'after.txt'), '--format', 'json']);
    const substantive = await runCli([join(dir, 'before.txt'), join(dir, 'after.txt'), '--format', 'json', '--substantive']);
    const significance = (out: string) => JSON.parse(out).changes.map((c: { significance: string }) => c.significance);
    expect(significance(all.stdout)).toContain('cosmetic');
    expect(significance(substantive.stdout)).not.toContain('cosmetic');
    expect(significance(substantive.stdout)).toContain('substantive');
  });

  test('reads one side from standard input', async () => {
    const fromFile = await runCli([reference, later, '--format', 'json']);
    const fromStdin = await runCli([reference, '-', '--format', 'json'], readFileSync(later, 'utf8'));
    expect(JSON.parse(fromStdin.stdout).changes).toEqual(JSON.parse(fromFile.stdout).changes);
  });

  test('reads an HTML page as saved from a ministry website', async () => {
    const text = readFileSync(later, 'utf8').replace(/^---[\s\S]*?---\n/, '');
    const paragraphs = text.split(/\n\n+/).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
    const page = `<!DOCTYPE html><html><head><title>Ministry of Defense</title><script>var tracking = "The Ministers confirmed nothing.";</script><style>p { color: red }</style></head>
      <body><nav><a href="/">Home</a> <a href="/en">Press Releases.</a></nav><main>${paragraphs.join('\n')}</main><footer>Copyright Ministry of Defense.</footer></body></html>`;
    const dir = tempDir();
    writeFileSync(join(dir, 'later.html'), page);
    const fromHtml = JSON.parse((await runCli([reference, join(dir, 'later.html'), '--format', 'json'])).stdout);
    const fromText = JSON.parse((await runCli([reference, later, '--format', 'json'])).stdout);
    expect(fromHtml.after.statements.map((s: { text: string }) => s.text)).toEqual(fromText.after.statements.map((s: { text: string }) => s.text));
    expect(fromHtml.summary).toEqual(fromText.summary);
  });

  test('--output writes the whole report to the file and nothing to stdout', async () => {
    const dir = tempDir();
    const file = join(dir, 'report.md');
    const { code, stdout } = await runCli([reference, later, '--format', 'markdown', '--output', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe((await runCli([reference, later, '--format', 'markdown'])).stdout);
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  test('--output into a missing folder, or failing input, leaves no file behind', async () => {
    const dir = tempDir();
    const missing = await runCli([reference, later, '--output', join(dir, 'no-such-folder', 'out.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/the folder .*no-such-folder does not exist/);
    const badInput = await runCli([reference, join(dir, 'missing.txt'), '--output', join(dir, 'out.txt')]);
    expect(badInput.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('colour only on a terminal, and never with NO_COLOR or --no-color', async () => {
    const run = async (argv: string[], env: Record<string, string>) => {
      let stdout = '';
      await main(argv, { stdout: (t) => void (stdout += t), stderr: () => {}, readStdin: async () => '', env, cwd: root, stdoutIsTTY: true });
      return stdout;
    };
    expect(await run([reference, later], {})).toMatch(ANSI);
    expect(await run([reference, later], { NO_COLOR: '1' })).not.toMatch(ANSI);
    expect(await run([reference, later, '--no-color'], {})).not.toMatch(ANSI);
    expect((await runCli([reference, later])).stdout).not.toMatch(ANSI);
  });

  test.each([
    [['compare'], /compare takes one or two files, got 0/],
    [['compare', 'a', 'b', 'c'], /compare takes one or two files, got 3/],
    [['-', '-'], /only one input can be standard input/],
    [[reference, later, '--format', 'pdf'], /--format must be one of text, json, markdown, html/],
    [[reference, later, '--only', 'new,renamed'], /'renamed' is not one/],
    [[reference, later, '--threshold', '1.5'], /--threshold takes a number from 0 to 1/],
    [[reference, later, '--threshold', 'high'], /--threshold takes a number from 0 to 1/],
    [[reference, later, '--input-format', 'pdf'], /--input-format must be one of auto, text, markdown, html/],
    [[reference, 'no-such-file.txt'], /no-such-file\.txt: no such file/],
    [[reference, root], /is a directory/],
  ])('%j is a one-line error with exit code 2', async (argv, message) => {
    expectOneLineError(await runCli(argv), message);
  });
});

describe('paths', () => {
  test('inputs and --output are relative to the working directory the command is given, for every command', async () => {
    const corpus = join(root, 'corpus');
    const out = mkdtempSync(join(tmpdir(), 'readout-diff-cwd-'));
    const names = ['japan-us-dmm-2023-06-01.txt', 'mod-japan-us-dmm-2023-10-04.txt'];
    const compared = await runCli(['compare', ...names, '--format', 'json', '--output', relative(corpus, join(out, 'c.json'))], '', corpus);
    expect(compared.code).toBe(1);
    expect(JSON.parse(readFileSync(join(out, 'c.json'), 'utf8')).summary.new).toBeGreaterThan(0);
    expect((await runCli(['parse', names[0]!, '--format', 'json'], '', corpus)).code).toBe(0);
    expect((await runCli(['timeline', ...names, '--format', 'csv'], '', corpus)).code).toBe(0);
    const missing = await runCli(['compare', 'nowhere.txt', names[0]!], '', corpus);
    expectOneLineError(missing, /^readout-diff: nowhere\.txt: no such file/);
  });
});

describe('help', () => {
  test.each(['compare', 'parse', 'timeline', 'eval'])('%s --help matches its golden file', async (command) => {
    const { code, stdout } = await runCli([command, '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: readout-diff [\s\S]*\nOptions:\n[\s\S]*\nExamples:\n/);
    await expect(stdout).toMatchFileSnapshot(`golden/${command}-help.txt`);
  });

  test('no arguments prints the overview and exits 2; --help exits 0', async () => {
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toMatch(/^Usage: readout-diff \[compare\] <before> <after>/);
    expect((await runCli(['--help'])).code).toBe(0);
  });
});

describe('the built command as a black box', () => {
  test('compares the corpus readouts: exit 1, the report on stdout, nothing on stderr', () => {
    const { code, stdout, stderr } = spawnCli(['compare', reference, later]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain('1. Regional affairs');
  });

  test('a bad option is one line on stderr and exit 2', () => {
    const { code, stderr } = spawnCli([reference, later, '--threshold', 'x']);
    expect(code).toBe(2);
    expect(stderr).toBe("readout-diff: --threshold takes a number from 0 to 1, not 'x'\n");
  });

  test('writes all of a long report to a slow reader before it exits, with its exit code', () => {
    // The command exits as soon as its output is flushed: a reader that starts late still gets every byte.
    const expected = spawnCli(['timeline', 'tests/fixtures/readouts', '--format', 'json']).stdout;
    expect(expected.length).toBeGreaterThan(100_000);
    const script = 'node dist/cli.cjs timeline tests/fixtures/readouts --format json | (sleep 1; cat); echo "exit ${PIPESTATUS[0]}" >&2';
    const result = spawnSync('bash', ['-c', script], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(result.stdout).toBe(expected);
    expect(result.stderr).toBe('exit 0\n');
    const compare = 'node dist/cli.cjs compare corpus/japan-us-dmm-2023-06-01.txt corpus/mod-japan-us-dmm-2023-10-04.txt | (sleep 1; wc -c); echo "exit ${PIPESTATUS[0]}" >&2';
    const compared = spawnSync('bash', ['-c', compare], { cwd: root, encoding: 'utf8' });
    expect(Number(compared.stdout.trim())).toBe(Buffer.byteLength(spawnCli(['compare', reference, later]).stdout));
    expect(compared.stderr).toBe('exit 1\n');
  });

  test('stops quietly when the reader closes the pipe early', () => {
    const script = 'node dist/cli.cjs timeline tests/fixtures/readouts | head -c 10 > /dev/null; echo "${PIPESTATUS[0]}"';
    const result = spawnSync('bash', ['-c', script], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('0');
  });
});
