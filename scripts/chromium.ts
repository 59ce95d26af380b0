/**
 * The system Chromium, one way for every caller (browser tests, benches, Lighthouse):
 * never a downloaded browser. CHROME_PATH wins; then Debian's /usr/bin/chromium.
 */
import fs from 'node:fs';
import {chromium, type Browser} from 'playwright-core';

const CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags for a closed network: without the background-networking ones Chromium keeps dialling out. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium(): string | null {
  for (const c of CANDIDATES) if (c && fs.existsSync(c)) return c;
  return null;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium introuvable (CHROME_PATH ou /usr/bin/chromium) : sudo apt-get install -y chromium');
  return chromium.launch({executablePath, headless: true, args: CHROMIUM_FLAGS});
}
