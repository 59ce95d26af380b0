/**
 * Issue 14, items 2 and 3: the build reads every page with an HTML parser.
 * Replays of what the review found: a front-matter description closing the
 * JSON-LD script, a <script> inside an attribute value (which the old regex took
 * for a script and whitelisted), an injected inline script that --write used to
 * allow, and the other ways a page can run code or go elsewhere.
 */
import {describe, expect, it} from 'vitest';
import {cspHash, escapeJsonForScript, hardenPage} from '../../../src/plugins/security/harden';

const THEME = '!function(){document.documentElement.setAttribute("data-theme","light")}()';
const expectedScripts = new Map([[THEME, cspHash(THEME)]]);
const options = {file: 'build/x.html', expectedScripts, scriptPrefix: '/assets/js/', metaPolicy: null};

const page = (head: string, body: string): string =>
  `<!doctype html><html lang=fr-CA><head><meta charset=UTF-8>${head}</head><body><script>${THEME}</script>${body}<script src=/assets/js/main.1a2b.js defer></script></body></html>`;

describe('JSON-LD', () => {
  it('escapes <, > and & in every JSON-LD block, whatever wrote it', () => {
    const data = {description: 'a <b> & c', name: '</title> \u2028'};
    const out = hardenPage(page(`<script type=application/ld+json>${JSON.stringify(data)}</script>`, ''), options);
    expect(out.problems).toEqual([]);
    const json = /<script type=application\/ld\+json>([^<]*)<\/script>/.exec(out.html)![1]!;
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(json).toContain('\\u003cb\\u003e \\u0026 c');
    expect(JSON.parse(json)).toEqual(data);
  });

  it('fails the build when a description closed the script (upstream JSON.stringify, unescaped)', () => {
    const description = '</script><script>alert(document.domain)</script>';
    const html = page(`<script type=application/ld+json>{"description":"${description}"}</script>`, '');
    const out = hardenPage(html, options);
    expect(out.problems).toEqual([
      expect.stringMatching(/^build\/x\.html:1 : JSON-LD illisible/),
      expect.stringMatching(/^build\/x\.html:1 : script en ligne inattendu .*alert\(document\.domain\)/),
    ]);
  });

  it('escapeJsonForScript keeps the JSON equal', () => {
    const s = JSON.stringify({a: '<!--<script></script>-->&amp;'});
    expect(JSON.parse(escapeJsonForScript(s))).toEqual(JSON.parse(s));
    expect(escapeJsonForScript(s)).not.toMatch(/[<>&]/);
  });
});

describe('inline scripts and the CSP hashes', () => {
  it('hashes only the declared scripts, not "<script>" text inside an attribute', () => {
    const out = hardenPage(page('', '<p title="<script>alert(1)</script>">x</p><code>&lt;script&gt;alert(2)&lt;/script&gt;</code>'), options);
    expect(out.problems).toEqual([]);
    expect([...out.hashes]).toEqual([cspHash(THEME)]);
  });

  it('fails on an injected inline script instead of allowing it', () => {
    const out = hardenPage(page('', '<div><script>fetch("/vol?c="+document.cookie)</script></div>'), options);
    expect(out.problems).toEqual([expect.stringMatching(/script en ligne inattendu .*fetch\("\/vol/)]);
    expect(out.hashes.has(cspHash('fetch("/vol?c="+document.cookie)'))).toBe(false);
  });

  it('fails on scripts from outside the build, other script types, handlers and javascript: URLs', () => {
    const body = [
      '<script src="/img/x.js"></script>',
      '<script src="/assets/js/../../img/x.js"></script>',
      '<script src="https://cdn.exemple.org/x.js"></script>',
      '<script type=module>import("/x")</script>',
      '<script type=speculationrules>{"prefetch":[]}</script>',
      '<script type=importmap>{}</script>',
      '<img src=/img/logo.svg onerror="alert(1)">',
      '<a href=" javascript:alert(1)">x</a>',
      '<form action="javascript:alert(1)"></form>',
      '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    ].join('');
    const out = hardenPage(page('', body), options);
    expect(out.problems).toHaveLength(10);
  });

  it('fails on a preloaded script from outside the build, which the entry loader would run', () => {
    const body = [
      '<link rel=preload as=script href="https://cdn.exemple.org/x.js" data-entry>',
      '<link rel="preload" as=" SCRIPT " href="/img/x.js">',
      '<link rel="modulepreload" href="/assets/js/../../img/x.js">',
    ].join('');
    const out = hardenPage(page(body, ''), options);
    expect(out.problems).toEqual([
      expect.stringMatching(/:\d+ : <link rel="preload" href="https:\/\/cdn\.exemple\.org\/x\.js"> : seuls les scripts compilés/),
      expect.stringMatching(/href="\/img\/x\.js"/),
      expect.stringMatching(/rel="modulepreload"/),
    ]);
    // The build's own scripts, and preloads of anything else (a font, an image), pass.
    const own = hardenPage(page('<link rel=preload as=script fetchpriority=low href=/assets/js/main.1a2b.js data-entry><link rel=preload as=image href=https://exemple.org/a.png>', ''), options);
    expect(own.problems).toEqual([]);
  });

  it('fails on redirects, base hijacking, frames and style injection', () => {
    const out = hardenPage(
      page('<meta http-equiv=refresh content="0;url=https://exemple.org"><base href="https://exemple.org/">', '<iframe src=/centre></iframe><object data=/x></object><embed src=/x><style>body{display:none}</style>'),
      options,
    );
    expect(out.problems.map((p) => /<([a-z]+)/.exec(p)?.[1])).toEqual(['meta', 'base', 'iframe', 'object', 'embed', 'style']);
  });

  it('writes the meta CSP right after <meta charset>, before any script', () => {
    const out = hardenPage(page('<title>x</title>', ''), {...options, metaPolicy: "default-src 'self'; script-src 'self' 'sha256-x'"});
    expect(out.html).toMatch(/^<!doctype html><html lang=fr-CA><head><meta charset=UTF-8><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-x'"><title>/);
  });
});
