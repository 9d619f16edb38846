import { chromium, type Browser } from 'playwright-core';
import { testEnv } from '@sanad/ingest/config.ts';

/** Debian's Chromium driven by playwright-core; nothing is downloaded. */
export const CHROMIUM_PATH = testEnv().chromiumPath;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
