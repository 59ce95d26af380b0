/**
 * The engines of the per-route pass (route-checks/) on two small pages whose
 * findings are known independently of this code: tests/fixtures/route-checks/
 * htmlcs-errors.html has the two kinds of error pa11y found on this site and
 * axe passed (a form without a submit button, a multi-level header table
 * without `headers`); htmlcs-fixed.html is the same page corrected. The real
 * pa11y 10 CLI (`pa11y --standard WCAG2AA FILE`) reports exactly these codes on
 * the first file and nothing on the second.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {findChromium, launchBrowser, runAxe, siteDir} from './helpers';
import {runHtmlcs} from './route-checks/htmlcs';

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
});
