import { tmpdir } from 'node:os';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, skipBrowser } from './chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTimelineHtml } from '../../src/format/timeline-html.js';
import { trackPositions } from '../../src/track/index.js';
import { seriesTexts } from '../track/series.js';


// Input that would run script or fetch something if any of it reached the page unescaped.
const HOSTILE = `---
title: "<script>window.__pwned = 1</script> Readout"
date: 2030-01-01
issuer: "<img src=x onerror=\\"window.__pwned=2\\">"
---
The Ministers reiterated the importance of peace and stability of the Taiwan Strait <img src="https://example.invalid/x.png" onerror="window.__pwned=3">.

The Ministers confirmed that "</p><script>window.__pwned=4</script>" & 'quotes' are text.
`;

describe.skipIf(skipBrowser)('timeline HTML report in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const timeline = trackPositions([...seriesTexts, HOSTILE]);
  const html = formatTimelineHtml(timeline);

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.on('request', (request) => {
      if (!/^(data|about):/.test(request.url())) requests.push(request.url());
    });
    await page.setContent(html, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('renders the matrix: one row per position, one column per readout', async () => {
    expect(await page.locator('table.matrix tbody tr').count()).toBe(timeline.positions.length);
    expect(await page.locator('table.matrix thead th').count()).toBe(timeline.readouts.length + 2);
    const present = timeline.positions.reduce((n, p) => n + new Set(p.occurrences.map((o) => o.readout)).size, 0);
    expect(await page.locator('table.matrix a.cell').count()).toBe(present);
  });

  it('opens the wording and its change when a cell is clicked', async () => {
    const reworded = timeline.positions.find((p) => p.occurrences.some((o) => o.change === 'reworded'))!;
    const occurrence = reworded.occurrences.find((o) => o.change === 'reworded')!;
    const detail = page.locator('#detail');
    await expect(detail.isVisible()).resolves.toBe(false);
    await page.locator(`a.cell[data-detail="d-occ-${reworded.id}-${occurrence.readout}"]`).click();
    await expect(detail.isVisible()).resolves.toBe(true);
    const text = await detail.innerText();
    expect(text).toContain('Reworded');
    expect(text.replace(/\s+/g, ' ')).toContain(occurrence.text.split(' ').slice(-4).join(' '));
    expect(await detail.locator('ins, del').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect(detail.isVisible()).resolves.toBe(false);
  });

  it('draws the phrase chart as inline SVG', async () => {
    expect(await page.locator('figure.chart svg > text').count()).toBe(2 * timeline.readouts.length + Math.min(12, timeline.phrases.length));
  });

  it('makes no network request, even for hostile input', async () => {
    expect(requests).toEqual([]);
  });

  it('shows input text as text: no script from the input runs, no element from it is made', async () => {
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('body').innerText()).toContain('<script>window.__pwned = 1</script> Readout');
  });

  it('prints every wording without the panel', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#detail').isVisible()).toBe(false);
    expect(await page.locator('ol.wording > li').count()).toBe(timeline.positions.length);
    await page.emulateMedia({ media: 'screen' });
  });

  it('takes a screenshot', async () => {
    // Outside the repository: a test run leaves the work tree as it found it.
    const folder = join(tmpdir(), 'readout-diff-screenshots');
    mkdirSync(folder, { recursive: true });
    await page.locator('a.cell').nth(5).click();
    const png = await page.screenshot({ path: join(folder, 'timeline-report.png'), fullPage: false });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });
});
