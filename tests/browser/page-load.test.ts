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

  it('hydrates with Preact: no script of the build carries react-dom', () => {
    const dir = path.join(buildDir, 'assets', 'js');
    const scripts = fs.readdirSync(dir).filter((f) => f.endsWith('.js'));
    const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
    // Minified React 19 points its errors to react.dev/errors.
    expect(scripts.filter((f) => read(f).includes('react.dev/errors'))).toEqual([]);
  });

  it('/: the page hydrated with Preact, which keeps its tree on the root element', async () => {
    const {page, errors} = await site.open('/');
    // Preact stores the rendered tree on the container as `__k` (its mangled `_children`).
    expect(await page.evaluate(() => '__k' in (document.getElementById('__docusaurus') ?? {}))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
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
