/**
 * The build's last step (src/plugins/security postBuild), run on a small built
 * folder: it writes the policy with the sources the configuration needs into
 * _headers, _nginx.conf and every page's <meta>; it refuses a page with a
 * script nobody declared. "Configuration that silently breaks" in issue 14: a
 * newsletter form on another origin was blocked by form-action 'self', Algolia
 * by connect-src 'self'.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {LoadContext, LoadedPlugin} from '@docusaurus/types';
import securityPlugin, {UnsafeBuildError} from '../../../src/plugins/security';
import {directiveSources, headersPolicy, nginxPolicy, configuredSources} from '../../../scripts/csp';

const THEME = 'document.documentElement.setAttribute("data-theme","light")';
let outDir: string;

beforeEach(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cego-postbuild-'));
  process.env.SKIP_HTML_MINIFICATION = 'true';
});
afterEach(() => {
  fs.rmSync(outDir, {recursive: true, force: true});
  delete process.env.SKIP_HTML_MINIFICATION;
});

function page(body = ''): string {
  return `<!doctype html><html><head><meta charset=UTF-8><title>x</title></head><body><script>${THEME}</script>${body}</body></html>`;
}

async function postBuild(customFields: Record<string, unknown>) {
  const siteConfig = {customFields, headTags: [], future: {faster: {swcHtmlMinimizer: true}}} as unknown as LoadContext['siteConfig'];
  const i18n = {currentLocale: 'fr', defaultLocale: 'fr', locales: ['fr']} as LoadContext['i18n'];
  const plugin = securityPlugin({siteConfig, i18n} as LoadContext);
  const theme = {content: null, injectHtmlTags: () => ({preBodyTags: [{tagName: 'script', innerHTML: THEME}]})} as unknown as LoadedPlugin;
  await plugin.postBuild!({outDir, plugins: [theme], baseUrl: '/'} as never);
}

describe('CSP written by the build', () => {
  it('adds the newsletter form origin to form-action and Algolia to connect-src, in _headers, nginx and the pages', async () => {
    fs.writeFileSync(path.join(outDir, 'index.html'), page());
    await postBuild({newsletterFormAction: 'https://listes.exemple.org/abonnement?l=cego', algolia: {appId: 'ABC123', apiKey: 'k', indexName: 'i'}});
    const header = headersPolicy(fs.readFileSync(path.join(outDir, '_headers'), 'utf8'))!;
    expect(directiveSources(header, 'form-action')).toEqual(["'self'", 'https://listes.exemple.org']);
    expect(directiveSources(header, 'connect-src')).toEqual(["'self'", 'https://abc123-dsn.algolia.net', 'https://abc123-1.algolianet.com', 'https://abc123-2.algolianet.com', 'https://abc123-3.algolianet.com']);
    expect(directiveSources(header, 'script-src')).toHaveLength(2); // 'self' and the theme script's hash
    expect(nginxPolicy(fs.readFileSync(path.join(outDir, '_nginx.conf'), 'utf8'))).toBe(header);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8'))![1]!;
    expect(directiveSources(meta, 'form-action')).toContain('https://listes.exemple.org');
    expect(directiveSources(meta, 'connect-src')).toContain('https://abc123-dsn.algolia.net');
  });

  it("keeps 'self' only when nothing is configured", async () => {
    fs.writeFileSync(path.join(outDir, 'index.html'), page());
    await postBuild({newsletterFormAction: null, algolia: null});
    const header = headersPolicy(fs.readFileSync(path.join(outDir, '_headers'), 'utf8'))!;
    expect(directiveSources(header, 'form-action')).toEqual(["'self'"]);
    expect(directiveSources(header, 'connect-src')).toEqual(["'self'"]);
  });

  it('refuses a form action that is not an https: address', () => {
    expect(() => configuredSources({newsletterFormAction: 'http://listes.exemple.org/x'})).toThrow(/https:/);
    expect(() => configuredSources({newsletterFormAction: 'javascript:alert(1)'})).toThrow(/https:/);
  });

  it('fails the build on a page holding a script nobody declared', async () => {
    fs.mkdirSync(path.join(outDir, 'meilleures-pratiques'));
    fs.writeFileSync(path.join(outDir, 'meilleures-pratiques', 'x.html'), page('<script>alert(1)</script>'));
    const error = await postBuild({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsafeBuildError);
    expect((error as Error).message).toMatch(/build\/meilleures-pratiques\/x\.html:1 : script en ligne inattendu .*alert\(1\)/);
    expect(fs.existsSync(path.join(outDir, '_headers'))).toBe(false);
  });
});
