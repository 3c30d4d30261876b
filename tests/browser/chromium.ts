import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, which `.ci/run` installs when it is missing. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Whether to skip the browser suites: only on a developer's machine without Chromium. In CI
 * (`CI` set) a missing browser fails the suites instead of skipping them silently.
 */
export const skipBrowser = !existsSync(CHROMIUM) && !process.env.CI;
if (skipBrowser) console.warn(`browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium; .ci/run installs it)`);

/** Headless Chromium as root, with no background network traffic (the machine has no network). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-quic', '--disable-component-update', '--disable-sync'],
  });
}
