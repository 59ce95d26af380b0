/**
 * The security headers of static/_headers (and deploy/nginx.conf.example) fit the
 * build: every inline script Docusaurus wrote is allowed by hash, nothing by
 * 'unsafe-inline', the served pages carry the headers, and a page whose CSP
 * refuses a script reports it (so routes.test.ts would see it).
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {allowedHashes, buildPolicy, headersPolicy, inlineScriptHashes, nginxPolicy} from '../../scripts/csp';
import {browserTestsUnavailable, buildDir, launchBrowser, startServer, watchErrors, type StaticServer} from './helpers';

const unavailable = browserTestsUnavailable();

describe.skipIf(unavailable)('Content-Security-Policy and security headers', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('allows every inline script of the build by its hash (else: npx tsx scripts/csp.ts --write)', () => {
    const policy = headersPolicy();
    expect(policy).toBeTruthy();
    const allowed = allowedHashes(policy!);
    const missing = [...inlineScriptHashes(buildDir)].filter(([h]) => !allowed.has(h)).map(([h, page]) => `${page}: ${h}`);
    expect(missing).toEqual([]);
  });

  it('never allows inline scripts wholesale, forbids framing, and matches the nginx example', () => {
    const policy = headersPolicy()!;
    const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(nginxPolicy()).toBe(policy);
    // The policy is exactly what scripts/csp.ts would write for this build: no stale hash either.
    expect(policy).toBe(buildPolicy(inlineScriptHashes(buildDir).keys()));
  });

  it('serves pages and assets with the security headers', async () => {
    for (const path of ['/', '/en/', '/centre']) {
      const res = await fetch(server.origin + path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toBe(headersPolicy());
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('a script the policy does not allow is refused and reported as a console error', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.origin}/`, {waitUntil: 'load'});
    // An injected inline script, as an attacker's would be: the CSP must refuse it.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__cspBreached = true;';
      document.body.appendChild(s);
    });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as {__cspBreached?: boolean}).__cspBreached)).toBeUndefined();
    expect(errors.join('\n')).toMatch(/Content Security Policy/);
    await page.close();
  });
});
