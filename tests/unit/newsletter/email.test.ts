/**
 * Email edition: for every issue in both locales, the HTML is email-safe (no
 * relative URL, no style that only a stylesheet carries, alt text on images,
 * web version and unsubscribe links) and the text part is readable.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {execFileSync, spawnSync} from 'node:child_process';
import {load} from 'cheerio';
import {afterAll, describe, expect, it, vi} from 'vitest';
import {LOCALES, SERIES_IDS} from '../../../scripts/newsletter/series';
import {listSlugs} from '../../../scripts/newsletter/issue';
import {DEFAULT_UNSUBSCRIBE_PLACEHOLDER} from '../../../scripts/newsletter/email';
import {MissingAltError, absoluteUrl, markdownToEmailHtml} from '../../../scripts/newsletter/markdown';
import {generateEmail, main} from '../../../scripts/newsletter/index';
import {emailProblems} from './email-checks';

const root = path.resolve(__dirname, '../../..');
const SITE = 'https://www.grandsorganismes.gouv.qc.ca';
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cego-newsletter-'));
afterAll(() => fs.rmSync(out, {recursive: true, force: true}));

const cases = SERIES_IDS.flatMap((series) => LOCALES.flatMap((locale) => listSlugs(root, series).map((slug) => [series, locale, slug] as const)));

describe('email edition of every issue', () => {
  it('covers both series in both locales', () => {
    expect(cases.length).toBeGreaterThanOrEqual(24);
  });

  it.each(cases)('%s %s %s', async (series, locale, slug) => {
    const dir = path.join(out, series, locale, slug);
    const files = await generateEmail({series, slug, locale, outDir: dir, siteUrl: SITE});
    const html = fs.readFileSync(files.html, 'utf8');
    const text = fs.readFileSync(files.text, 'utf8');
    const webUrl = `${SITE}${locale === 'en' ? '/en' : ''}/${series}/${slug}`;
    expect(files.url).toBe(webUrl);

    expect(emailProblems(html, DEFAULT_UNSUBSCRIBE_PLACEHOLDER)).toEqual([]);
    const $ = load(html);
    expect($('html').attr('lang')).toBe(locale === 'fr' ? 'fr-CA' : 'en-CA');
    expect($('table[role="presentation"]').length).toBeGreaterThan(3);
    expect($(`a[href="${webUrl}"]`).length).toBeGreaterThanOrEqual(2); // top link and button
    expect($(`a[href="${DEFAULT_UNSUBSCRIBE_PLACEHOLDER}"]`).length).toBe(1);
    expect($('title').text()).toMatch(/nº|No\./);

    expect(text).toContain(webUrl);
    expect(text).toContain(DEFAULT_UNSUBSCRIBE_PLACEHOLDER);
    expect(text).not.toMatch(/<[a-z][^>]*>/i);
    expect(text).not.toMatch(/\]\(|^#+ /m);
  });
});

describe('Markdown → email HTML', () => {
  const ctx = {pageUrl: `${SITE}/veille/x`, localeRoot: `${SITE}/en`, siteRoot: SITE};

  it('makes every kind of link absolute', () => {
    expect(absoluteUrl('/suivre-les-bulletins', ctx)).toBe(`${SITE}/en/suivre-les-bulletins`);
    expect(absoluteUrl('/img/logo.svg', ctx)).toBe(`${SITE}/img/logo.svg`);
    expect(absoluteUrl('#defis', ctx)).toBe(`${SITE}/veille/x#defis`);
    expect(absoluteUrl('annexe', ctx)).toBe(`${SITE}/veille/x/annexe`);
    expect(absoluteUrl('mailto:a@b.ca', ctx)).toBe('mailto:a@b.ca');
    expect(absoluteUrl('./2012-02-08-a.md#b', {...ctx, postUrl: () => `${SITE}/veille/a`})).toBe(`${SITE}/veille/a#b`);
  });

  it('drops raw HTML, so a contributed issue cannot inject markup', async () => {
    const html = await markdownToEmailHtml('Texte <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n<!-- truncate -->\n\nSuite', ctx);
    expect(html).not.toMatch(/<script|onerror|<img|truncate/);
    expect(html).toContain('Suite');
  });

  it('refuses an image without alt text', async () => {
    await expect(markdownToEmailHtml('![](/img/logo.svg)', ctx)).rejects.toBeInstanceOf(MissingAltError);
    expect(await markdownToEmailHtml('![Logo du Centre](/img/logo.svg)', ctx)).toContain(`src="${SITE}/img/logo.svg" alt="Logo du Centre"`);
  });
});

// Each case starts the CLI with tsx, which loads docusaurus.config.ts: allow time.
describe('npm run newsletter', {timeout: 60_000}, () => {
  const cli = path.join(root, 'scripts/newsletter/index.ts');
  const tsx = path.join(root, 'node_modules/.bin/tsx');

  it('writes index.html and index.txt with the placeholder asked for', () => {
    const dir = path.join(out, 'cli');
    execFileSync(tsx, [cli, 'rond-point/rapport-annuel-2006-2007', '--out', dir, '--locale', 'en', '--unsubscribe-placeholder', '*|UNSUB|*'], {cwd: root});
    const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
    expect(emailProblems(html, '*|UNSUB|*')).toEqual([]);
    expect(html).toContain('href="*|UNSUB|*"');
    expect(fs.readFileSync(path.join(dir, 'index.txt'), 'utf8')).toContain('/en/rond-point/rapport-annuel-2006-2007');
  });

  it('names the available issues when the slug is wrong', () => {
    const run = spawnSync(tsx, [cli, 'veille/inexistant', '--out', path.join(out, 'none')], {cwd: root, encoding: 'utf8'});
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('quatre-etudes-de-cas');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('newsletter command line: every bad argument is a message and exit 2 (issue 14)', () => {
  const file = path.join(out, 'un-fichier');
  fs.writeFileSync(file, 'x');
  const readOnly = path.join(out, 'lecture-seule');
  fs.mkdirSync(readOnly, {recursive: true});
  fs.chmodSync(readOnly, 0o555);
  const asRoot = process.getuid?.() === 0;

  const cases: [string, string[], RegExp][] = [
    ['an unknown option', ['rond-point/rapport-annuel-2006-2007', '--out', path.join(out, 'a'), '--sortie', 'x'], /Argument non reconnu/],
    ['an unknown series', ['bulletin/x', '--out', path.join(out, 'b')], /Série inconnue « bulletin »/],
    ['a slug with a path in it', ['rond-point/../../etc', '--out', path.join(out, 'c')], /attendu <série>\/<slug>/],
    ['no --out', ['rond-point/rapport-annuel-2006-2007'], /--out DOSSIER est obligatoire/],
    ['a bad locale', ['rond-point/rapport-annuel-2006-2007', '--out', path.join(out, 'd'), '--locale', 'es'], /--locale « es »/],
    ['a site URL that is not http(s)', ['rond-point/rapport-annuel-2006-2007', '--out', path.join(out, 'e'), '--site-url', 'javascript:alert(1)'], /--site-url/],
    ['an --out that is a file', ['rond-point/rapport-annuel-2006-2007', '--out', file], /est un fichier/],
    ['an --out under a file', ['rond-point/rapport-annuel-2006-2007', '--out', path.join(file, 'sous-dossier')], /Impossible d'écrire.*un élément du chemin est un fichier/],
    ...(asRoot ? [] : ([['an --out that cannot be written', ['rond-point/rapport-annuel-2006-2007', '--out', path.join(readOnly, 'x')], /Impossible d'écrire.*permission refusée/]] as [string, string[], RegExp][])),
  ];

  // In process (the spawned CLI is tested above): main() is what the command runs.
  it.each(cases)('%s', async (_label, args, message) => {
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...m: unknown[]) => void errors.push(m.join(' ')));
    try {
      expect(await main(args)).toBe(2);
    } finally {
      spy.mockRestore();
    }
    const stderr = errors.join('\n');
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage : npm run newsletter');
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('email links (issue 14): only http:, https:, mailto:, tel: and relative links are kept', () => {
  const ctx = {pageUrl: `${SITE}/rond-point/x`, localeRoot: SITE, siteRoot: SITE};

  it('drops javascript:, data:, vbscript: and file: links but keeps their words', async () => {
    const html = await markdownToEmailHtml(
      '[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](&#106;avascript:alert(1)) [d](data:text/html,x) [e](vbscript:x) [f](file:///etc/passwd)',
      ctx,
    );
    expect(html).not.toMatch(/href=/);
    for (const w of ['a', 'b', 'c', 'd', 'e', 'f']) expect(html).toContain(`<span>${w}</span>`);
  });

  it('keeps http, https, mailto, tel and relative links (made absolute)', async () => {
    const html = await markdownToEmailHtml('[a](http://exemple.org) [b](https://exemple.org) [c](mailto:info@exemple.org) [d](tel:+15145550000) [e](/centre) [f](#suite)', ctx);
    const $ = load(html);
    expect($('a').map((_, a) => $(a).attr('href')).get()).toEqual([
      'http://exemple.org',
      'https://exemple.org',
      'mailto:info@exemple.org',
      'tel:+15145550000',
      `${SITE}/centre`,
      `${SITE}/rond-point/x#suite`,
    ]);
  });

  it('drops an image whose address is not http(s) or relative', async () => {
    const html = await markdownToEmailHtml('Texte ![pixel](data:image/svg+xml,<svg/onload=alert(1)>) ![logo](/img/logo.svg)', ctx);
    expect(html).not.toContain('data:');
    expect(html).toContain(`src="${SITE}/img/logo.svg"`);
  });
});
