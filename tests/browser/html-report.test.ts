import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatComparisonHtml, type HtmlFormatOptions } from '../../src/format/html.js';
import type { Comparison } from '../../src/types.js';
import { launchChromium, skipBrowser } from './chromium.js';
import { HOSTILE_IMG, HOSTILE_SCRIPT, corpusComparison, editedComparison } from '../format/fixtures.js';

/*
 * The HTML report opened the way a reader opens it: a file in a real browser (Debian's headless
 * Chromium driven by playwright-core), with its Content-Security-Policy in force. One browser for
 * the whole suite; each test gets a fresh page.
 */

describe.skipIf(skipBrowser)('HTML report in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  // What the current page asked for and complained about, reset by each `open`.
  let requests: string[] = [];
  let errors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'readout-diff-html-'));
    browser = await launchChromium();
    // One page for the suite: a new page costs a renderer process, about a second.
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    watch(page);
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function watch(target: Page): void {
    target.on('request', (request) => requests.push(request.url()));
    target.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    target.on('pageerror', (error) => errors.push(error.message));
  }

  /** Writes the report to a file and opens it as a reader would, from a file:// address. */
  async function open(comparison: Comparison, name: string, target: Page = page, options: HtmlFormatOptions = {}): Promise<string> {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, formatComparisonHtml(comparison, options));
    const url = pathToFileURL(file).href;
    requests = [];
    errors = [];
    await target.emulateMedia({ media: 'screen' });
    await target.goto(url, { waitUntil: 'load' });
    return url;
  }

  const visibleRows = (selector = 'tr.change', target: Page = page): Promise<number> => target.locator(`${selector}:visible`).count();

  test('renders one row per change, with both readouts and the counts', async () => {
    const comparison = corpusComparison();
    const url = await open(comparison, 'corpus');
    expect(await page.locator('tr.change').count()).toBe(comparison.changes.length);
    expect(await visibleRows()).toBe(comparison.changes.length);
    expect(await page.locator('h1').textContent()).toBe('Japan-U.S. Defense Ministerial Meeting (Summary)');
    expect(await page.locator('.readout-before time').textContent()).toBe('1 June 2023');
    expect(await page.locator('.readout-after time').textContent()).toBe('4 October 2023');
    expect(await page.locator('.count-dropped strong').textContent()).toBe('17');
    expect(await page.locator('tr.is-reworded ins', { hasText: 'would' }).first().isVisible()).toBe(true);
    expect(await page.locator('.shift', { hasText: 'term removed: illegal, unjustifiable and unprovoked, weaker' }).isVisible()).toBe(true);
    expect(await page.locator('#shown').textContent()).toBe(`Showing all ${comparison.changes.length} rows`);
    // The page loaded itself and nothing else, and its own script ran under its CSP.
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
  });

  test('the filters hide unchanged rows, then everything but substantive changes', async () => {
    const comparison = editedComparison();
    const total = comparison.changes.length;
    const unchanged = comparison.changes.filter((change) => change.type === 'unchanged').length;
    const substantive = comparison.changes.filter((change) => change.significance === 'substantive').length;
    const url = await open(comparison, 'filters');
    expect(await page.locator('.filters').isVisible()).toBe(true);
    await page.getByLabel('Hide unchanged').check();
    expect(await visibleRows()).toBe(total - unchanged);
    expect(await visibleRows('tr.change[data-type="unchanged"]')).toBe(0);
    expect(await page.locator('#shown').textContent()).toBe(`Showing ${total - unchanged} of ${total} rows`);

    await page.getByLabel('Hide unchanged').uncheck();
    await page.getByLabel('Only substantive changes').check();
    expect(await visibleRows()).toBe(substantive);
    expect(await visibleRows('tr.change[data-significance="cosmetic"]')).toBe(0);
    // A section left with no visible row loses its heading too.
    expect(await page.getByRole('rowheader', { name: '1. Regional affairs' }).isVisible()).toBe(false);

    await page.getByLabel('Only substantive changes').uncheck();
    expect(await visibleRows()).toBe(total);
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
  });

  test('a report made with substantiveOnly opens filtered', async () => {
    const comparison = editedComparison();
    await open(comparison, 'pre-filtered', page, { substantiveOnly: true });
    expect(await page.getByLabel('Only substantive changes').isChecked()).toBe(true);
    expect(await visibleRows()).toBe(comparison.changes.filter((change) => change.significance === 'substantive').length);
    await page.getByLabel('Only substantive changes').uncheck();
    expect(await visibleRows()).toBe(comparison.changes.length);
  });

  test('no script from the input runs, and the reader sees it as text', async () => {
    const url = await open(editedComparison(), 'hostile');
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    const statement = page.locator('tr.is-new .side-after p', { hasText: 'The Ministers noted <script>' });
    expect(await statement.isVisible()).toBe(true);
    expect(await statement.textContent()).toBe(`The Ministers noted ${HOSTILE_SCRIPT} and ${HOSTILE_IMG} and javascript:alert(1) & "quotes" 'too'.`);
    expect(await page.locator('ins', { hasText: HOSTILE_SCRIPT }).isVisible()).toBe(true);
    expect(await page.locator('h1').textContent()).toBe('Japan-U.S. <Defense> Ministerial Meeting & "Summary"');
    // A javascript: source is shown, not linked.
    expect(await page.locator('.readout-after dd', { hasText: 'javascript:alert(1)' }).isVisible()).toBe(true);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
  });

  test('prints every row and no filters, even with filters on', async () => {
    const comparison = editedComparison();
    await open(comparison, 'print');
    await page.getByLabel('Hide unchanged').check();
    await page.getByLabel('Only substantive changes').check();
    expect(await visibleRows()).toBeLessThan(comparison.changes.length);
    await page.emulateMedia({ media: 'print' });
    expect(await visibleRows()).toBe(comparison.changes.length);
    expect(await page.locator('.section-row:visible').count()).toBe(4);
    expect(await page.locator('.filters').isVisible()).toBe(false);
  });

  test('without JavaScript the report is whole and shows no dead filters', async () => {
    const comparison = corpusComparison();
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const noScript = await context.newPage();
      await open(comparison, 'no-js', noScript);
      expect(await visibleRows('tr.change', noScript)).toBe(comparison.changes.length);
      expect(await noScript.locator('.filters').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });

  test('takes a screenshot', async () => {
    await open(editedComparison(), 'screenshot');
    const file = join(dir, 'report.png');
    await page.screenshot({ path: file, fullPage: true });
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1280); // width
    expect(png.readUInt32BE(20)).toBeGreaterThan(2000); // height: the whole report, not a blank viewport
    expect(statSync(file).size).toBeGreaterThan(50_000);
  });
});
