/** The static server applies static/_headers like the host (path rules included); Lighthouse pages. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {headersFor, parseHeadersFile, patternMatches, readHeaderRules, startServer} from '../../../scripts/static-server';
import {pages, routeFile} from '../../../scripts/lighthouse';
import {headersPolicy, staticHeadersFile} from '../../../scripts/csp';

const SAMPLE = `# comment
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: default-src 'self'

/assets/*
  Cache-Control: public, max-age=31536000, immutable
`;

describe('_headers', () => {
  it('parses path rules and their indented headers', () => {
    expect(parseHeadersFile(SAMPLE)).toEqual([
      {pattern: '/*', headers: [['X-Content-Type-Options', 'nosniff'], ['Content-Security-Policy', "default-src 'self'"]]},
      {pattern: '/assets/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']]},
    ]);
  });

  it('applies a rule only to the paths it matches', () => {
    const rules = parseHeadersFile(SAMPLE);
    expect(patternMatches('/assets/*', '/assets/js/main.js')).toBe(true);
    expect(patternMatches('/assets/*', '/centre')).toBe(false);
    expect(headersFor('/centre', rules)['Cache-Control']).toBeUndefined();
    expect(headersFor('/assets/css/styles.css', rules)).toMatchObject({'Cache-Control': 'public, max-age=31536000, immutable', 'X-Content-Type-Options': 'nosniff'});
  });

  it("the site's _headers sets the security headers on every page", () => {
    const h = headersFor('/centre', readHeaderRules(staticHeadersFile));
    for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'X-Frame-Options']) expect(h[name], name).toBeTruthy();
    expect(h['Content-Security-Policy']).toBe(headersPolicy(fs.readFileSync(staticHeadersFile, 'utf8')));
    expect(h['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });
});

describe('static server', () => {
  it('serves clean URLs with the headers, gzip when asked', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cego-server-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'centre.html'), `<p>${'centre '.repeat(5000)}</p>`);
    fs.writeFileSync(path.join(dir, 'assets', 'a.css'), `p{color:red}`.repeat(10000));
    fs.mkdirSync(path.join(dir, 'en'));
    fs.writeFileSync(path.join(dir, 'en', 'index.html'), '<p>English home</p>');
    // The headers of the served folder's _headers, as the build writes it.
    fs.copyFileSync(staticHeadersFile, path.join(dir, '_headers'));
    const server = await startServer({buildDir: dir, compress: true});
    try {
      const page = await fetch(`${server.origin}/centre`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('centre centre');
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      // fetch decodes gzip itself: a large file arrives whole.
      const css = await fetch(`${server.origin}/assets/a.css`);
      expect(css.headers.get('content-encoding')).toBe('gzip');
      expect((await css.text()).length).toBe(120000);
      expect((await fetch(`${server.origin}/nope`)).status).toBe(404);
      // The English home page, linked as /en/, answers at once (no redirect to /en).
      const home = await fetch(`${server.origin}/en/`, {redirect: 'manual'});
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('English home');
      // Other slashes still lead to the clean URL.
      const slash = await fetch(`${server.origin}/centre/`, {redirect: 'manual'});
      expect([slash.status, slash.headers.get('location')]).toEqual([301, '/centre']);
    } finally {
      await server.close();
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });
});

describe('Lighthouse pages', () => {
  it('audits home, a practice sheet, an indicator, a newsletter archive and the practice directory', () => {
    const paths = pages().map((p) => p.path);
    expect(paths[0]).toBe('/');
    expect(paths).toContain('/meilleures-pratiques/sondages-en-ligne');
    expect(paths.some((p) => p.startsWith('/etalonnage/indicateurs/'))).toBe(true);
    expect(paths).toContain('/rond-point/archives');
    expect(paths).toContain('/meilleures-pratiques');
  });

  it('finds the file of a clean URL', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cego-routes-'));
    fs.mkdirSync(path.join(dir, 'en'));
    fs.writeFileSync(path.join(dir, 'index.html'), '');
    fs.writeFileSync(path.join(dir, 'en', 'index.html'), '');
    fs.writeFileSync(path.join(dir, 'a.html'), '');
    expect(routeFile(dir, '/')).toBe('/index.html');
    expect(routeFile(dir, '/en/')).toBe('/en/index.html');
    expect(routeFile(dir, '/a')).toBe('/a.html');
    expect(routeFile(dir, '/b')).toBeNull();
    fs.rmSync(dir, {recursive: true, force: true});
  });
});
