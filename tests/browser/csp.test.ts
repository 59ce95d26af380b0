/**
 * The Content-Security-Policy the build wrote fits the build: every inline
 * script of a page is allowed by hash and nothing by 'unsafe-inline', the same
 * policy is in build/_headers, build/_nginx.conf and (less what a <meta> cannot
 * carry) in every page's <head>; the committed static/_headers and nginx
 * example show it; a script the policy does not allow is refused, with or
 * without the headers.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'parse5';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {NGINX_BUILD_FILE, allowedHashes, headersPolicy, metaMatchesHeader, nginxExample, nginxPolicy, staticHeadersFile} from '../../scripts/csp';
import {cspHash} from '../../src/plugins/security/harden';
import {WAIT_MS, browserTestsUnavailable, buildDir, launchBrowser, startServer, watchErrors, type StaticServer} from './helpers';

const unavailable = browserTestsUnavailable();

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? htmlFiles(p) : e.name.endsWith('.html') ? [p] : [];
  });
}

interface El {
  tagName?: string;
  attrs?: {name: string; value: string}[];
  childNodes?: El[];
  value?: string;
}

/** Inline scripts and <meta http-equiv> CSPs of a page, as a browser parses it. */
function pageFacts(html: string): {inline: string[]; metaCsp: string[]} {
  const inline: string[] = [];
  const metaCsp: string[] = [];
  const visit = (n: El): void => {
    const attr = (name: string) => n.attrs?.find((a) => a.name === name)?.value;
    if (n.tagName === 'script' && attr('src') === undefined && attr('type') !== 'application/ld+json') inline.push((n.childNodes ?? []).map((c) => c.value ?? '').join(''));
    if (n.tagName === 'meta' && attr('http-equiv')?.toLowerCase() === 'content-security-policy') metaCsp.push(attr('content') ?? '');
    for (const c of n.childNodes ?? []) visit(c);
  };
  visit(parse(html) as unknown as El);
  return {inline, metaCsp};
}

describe.skipIf(unavailable)('Content-Security-Policy and security headers', () => {
  let server: StaticServer;
  let bare: StaticServer;
  let browser: Browser;
  const built = () => headersPolicy(fs.readFileSync(path.join(buildDir, '_headers'), 'utf8'))!;

  beforeAll(async () => {
    server = await startServer();
    bare = await startServer({headers: false});
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await bare?.close();
  });

  it('allows exactly the inline scripts of the build, by hash, in the headers and in every page', () => {
    const policy = built();
    const allowed = allowedHashes(policy);
    const seen = new Set<string>();
    const problems: string[] = [];
    const files = htmlFiles(buildDir);
    expect(files.length).toBeGreaterThan(250);
    for (const file of files) {
      const {inline, metaCsp} = pageFacts(fs.readFileSync(file, 'utf8'));
      const rel = path.relative(buildDir, file);
      if (metaCsp.length !== 1 || !metaMatchesHeader(metaCsp[0]!, policy)) problems.push(`${rel}: meta CSP ${JSON.stringify(metaCsp)}`);
      for (const text of inline) {
        seen.add(cspHash(text));
        if (!allowed.has(cspHash(text))) problems.push(`${rel}: inline script not allowed by the headers: ${text.slice(0, 60)}`);
        if (!allowedHashes(metaCsp[0] ?? '').has(cspHash(text))) problems.push(`${rel}: inline script not allowed by its meta CSP: ${text.slice(0, 60)}`);
      }
      expect(metaCsp[0] ?? '').not.toMatch(/frame-ancestors/);
    }
    expect(problems.slice(0, 10)).toEqual([]);
    // No stale hash either.
    expect([...allowed].sort()).toEqual([...seen].sort());
  });

  it('never allows inline scripts wholesale, forbids framing; nginx, headers and the committed copies agree', () => {
    const policy = built();
    const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(nginxPolicy(fs.readFileSync(path.join(buildDir, NGINX_BUILD_FILE), 'utf8'))).toBe(policy);
    // The committed files show this build's policy (else: npx tsx scripts/csp.ts --write).
    expect(headersPolicy(fs.readFileSync(staticHeadersFile, 'utf8'))).toBe(policy);
    expect(nginxPolicy(fs.readFileSync(nginxExample, 'utf8'))).toBe(policy);
  });

  it('serves pages and assets with the security headers', async () => {
    for (const p of ['/', '/en/', '/centre']) {
      const res = await fetch(server.origin + p);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toBe(built());
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  for (const mode of ['with the headers', 'with no headers (meta CSP only)'] as const) {
    it(`a script the policy does not allow is refused ${mode}, and the page's own scripts run`, async () => {
      const origin = mode === 'with the headers' ? server.origin : bare.origin;
      const res = await fetch(`${origin}/centre`);
      expect(res.headers.get('content-security-policy') === null).toBe(mode !== 'with the headers');
      const page = await browser.newPage();
      const errors = watchErrors(page);
      await page.goto(`${origin}/centre`, {waitUntil: 'load'});
      // The declared theme script ran (it sets data-theme before first paint)…
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toMatch(/light|dark/);
      // …an injected inline script does not.
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__cspBreached = true;';
        document.body.appendChild(s);
      });
      // An inline script runs on insertion or not at all: wait for the refusal to be logged, not for a delay.
      await expect.poll(() => errors.join('\n'), {timeout: WAIT_MS}).toMatch(/Content Security Policy/);
      expect(await page.evaluate(() => (window as unknown as {__cspBreached?: boolean}).__cspBreached)).toBeUndefined();
      await page.close();
    });
  }
});
