/**
 * What a page runs while it loads (src/plugins/lean-client): no syntax
 * highlighter is shipped, and links are still prefetched (so the next page
 * opens at once), only later, in idle time.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {browserTestsUnavailable, buildDir, useSiteSession} from './helpers';

const unavailable = browserTestsUnavailable();

describe.skipIf(unavailable)('page-load work', () => {
  const site = useSiteSession();

  it('ships no Prism highlighter in any script of the build', () => {
    const dir = path.join(buildDir, 'assets', 'js');
    // Prism's core keeps these property names through minification.
    const withPrism = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .filter((f) => {
        const code = fs.readFileSync(path.join(dir, f), 'utf8');
        return code.includes('insertBefore') && code.includes('DFS');
      });
    expect(withPrism).toEqual([]);
  });

  for (const route of ['/meilleures-pratiques/sondages-en-ligne', '/en/meilleures-pratiques/sondages-en-ligne']) {
    it(`${route}: the pages its visible links lead to are prefetched once the page is idle`, async () => {
      const {page, errors} = await site.open(route);
      await page.waitForFunction(() => document.querySelectorAll('link[rel="prefetch"]').length > 0, undefined, {timeout: 15_000});
      // The next practice sheet, linked at the bottom of the page, opens from those chunks without a reload.
      const next = page.locator('.pagination-nav__link--next');
      await next.scrollIntoViewIfNeeded();
      const target = await next.getAttribute('href');
      await page.evaluate(() => Object.assign(window, {cegoSameDocument: true}));
      await next.click();
      await page.waitForURL((url) => url.pathname === target);
      await expect(page.locator('h1').first().textContent()).resolves.toMatch(/\S/);
      expect(await page.evaluate(() => 'cegoSameDocument' in window), 'client-side navigation, no reload').toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
