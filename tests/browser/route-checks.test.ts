/**
 * The engines of the per-route pass (route-checks/) on two small pages whose
 * findings are known independently of this code: tests/fixtures/route-checks/
 * htmlcs-errors.html has the two kinds of error pa11y found on this site and
 * axe passed (a form without a submit button, a multi-level header table
 * without `headers`); htmlcs-fixed.html is the same page corrected. The real
 * pa11y 10 CLI (`pa11y --standard WCAG2AA FILE`) reports exactly these codes on
 * the first file and nothing on the second.
 *
 * The width check on layout-broken.html (a navbar whose title is squeezed
 * taller than the bar and whose items overlap, a table wider than a phone
 * outside any scroll area, a chart scaled down to unreadable text) and on
 * layout-fixed.html (the same content that fits: a scroll area, a chart at
 * its own size).
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {findChromium, launchBrowser, runAxe, siteDir} from './helpers';
import {runHtmlcs} from './route-checks/htmlcs';
import {WIDTHS, checkWidths} from './route-checks/widths';

const fixture = (name: string) => fs.readFileSync(path.join(siteDir, 'tests/fixtures/route-checks', name), 'utf8');
const noBrowser = !findChromium();
if (noBrowser && process.env.CI) throw new Error('Chromium est introuvable en CI (CHROME_PATH ou /usr/bin/chromium).');

describe.skipIf(noBrowser)('route checks find what their reference tool finds', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('HTML_CodeSniffer reports the missing submit button and the missing headers, as pa11y does', async () => {
    await page.setContent(fixture('htmlcs-errors.html'));
    const codes = (await runHtmlcs(page)).map((i) => i.code).sort();
    expect(codes).toEqual([
      'WCAG2AA.Principle1.Guideline1_3.1_3_1.H43.HeadersRequired',
      'WCAG2AA.Principle3.Guideline3_2.3_2_2.H32.2',
    ]);
    // The reason for a second engine: axe has no rule for either.
    expect(await runAxe(page)).toEqual([]);
  });

  it('HTML_CodeSniffer passes the same page with a submit button and `headers`', async () => {
    await page.setContent(fixture('htmlcs-fixed.html'));
    expect(await runHtmlcs(page)).toEqual([]);
  });

  it('the width check names the overflowing table, the overlapping navbar items and the shrunk chart text', async () => {
    await page.setViewportSize({width: 1280, height: 720});
    await page.setContent(fixture('layout-broken.html'));
    const found = await checkWidths(page, [390]);
    const text = found.join('\n');
    expect(found.find((f) => f.includes('scrolls sideways')), text).toMatch(/^390 px: the page scrolls sideways \(9\d\d px wide for a 390 px viewport\); sticking out: table#wide-table/);
    expect(found.some((f) => /navbar items overlap: .*navbar__item.* and .*navbar__item/.test(f)), text).toBe(true);
    expect(found.some((f) => /navbar item .*navbar__title leaves the navbar/.test(f)), text).toBe(true);
    // 12 px text in a 640-unit chart drawn less than 374 px wide: under 7 px on screen.
    expect(found.some((f) => /chart text [3-6]\.\d px \(< 11 px\) in .*figure/.test(f)), text).toBe(true);
    // The page is left at the size it had.
    expect(page.viewportSize()).toEqual({width: 1280, height: 720});
  });

  it('the width check passes the same content laid out to fit, at every width', async () => {
    await page.setContent(fixture('layout-fixed.html'));
    expect(await checkWidths(page, WIDTHS)).toEqual([]);
  });
});
