/**
 * Issue 14, "Done when": a site built with hostile contributions in it runs
 * none of them. A scratch copy of the site (os.tmpdir(), French only) gets
 * hostile text where contributors write — a practice sheet's front matter and
 * Markdown text, a newsletter issue's title and description, cells of the
 * reference tables, the catalogue and a values file — and is built with the
 * real configuration (content guard, front-matter check, data core, the
 * build's page check). Every built page is then opened in Chromium with no
 * Content-Security-Policy at all: no headers, and the page's <meta> policy
 * bypassed. What does not run with no policy runs under none of the site's
 * (the header of _headers, or the meta policy alone on a host such as GitHub
 * Pages; tests/browser/csp.test.ts shows each refusing an inline script).
 *
 * A payload that ran would set window.__pwned, ask for /__pwned/…, or log
 * "__pwned"; markup that escaped would leave an on* attribute, a javascript:
 * address or a script holding the payload in the DOM — checked too. And the payloads must
 * reach the pages as text (else the crawl proves nothing): each marker is
 * looked for in the pages' text and every JSON-LD block must parse.
 *
 * Content the guard refuses (raw HTML, MDX, javascript: links in Markdown)
 * cannot be built: tests/unit/security/content-guard.test.ts replays it.
 */
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {chromium} from 'playwright-core';
import {CHROMIUM_FLAGS} from '../../scripts/chromium';
import {browserTestsUnavailable, findChromium, siteDir, startServer, type StaticServer} from './helpers';

const unavailable = browserTestsUnavailable();

/** What a payload does when it runs: three ways to notice it. */
const run = (id: string) => `window.__pwned=(window.__pwned||[]).concat('${id}');fetch('/__pwned/${id}');console.log('__pwned:${id}')`;
/** The text a contributor could write, marked so that it can be found on the pages. */
const hostile = (id: string) =>
  `XSS-${id} </script><script>${run(id)}</script><img src=x onerror="${run(id)}"> "><svg onload="${run(id)}"> javascript:${run(id)} <!-- '-alert(1)-'`;

/** Where the hostile text goes: [marker, description] — each marker must reach a page. */
const PLACES: Record<string, string> = {
  'fm-titre': 'practice sheet front matter: title',
  'fm-description': 'practice sheet front matter: description',
  'fm-mots-cles': 'practice sheet front matter: keywords (meta keywords)',
  'md-texte': 'practice sheet Markdown text (entities, decoded)',
  'bulletin-titre': 'newsletter issue front matter: title',
  'bulletin-description': 'newsletter issue front matter: description',
  'csv-organisme': 'organismes.csv: nom_fr',
  'csv-reseau': 'reseaux.csv: nom_fr',
  'csv-conference': 'dejeuners-conferences.csv: titre_fr',
  'csv-resume': 'dejeuners-conferences.csv: resume_fr',
  'csv-source': 'sources.csv: titre_fr',
  'csv-indicateur': 'indicateurs.csv: libelle_fr',
  'csv-definition': 'indicateurs.csv: definition_fr',
  'csv-theme': 'themes.csv: nom_fr',
  'csv-note': 'valeurs/*.csv: note',
};

const SCRATCH_SKIP = new Set(['node_modules', 'build', '.git', '.docusaurus', 'tests', 'coverage', 'i18n']);

/**
 * A scratch copy of the site: sources copied, node_modules linked entry by
 * entry (its .cache stays apart). Reduced to the sections the hostile content
 * reaches (practice sheets, networks, the Centre's pages, Rond Point, the
 * benchmarking, conference, open-data and search pages) to keep the build and
 * the crawl short: the reports, working groups, glossary and all but one
 * Veille issue are left out, and links to them are let through — this build
 * is never published.
 */
function scratchSite(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cego-hostile-'));
  for (const entry of fs.readdirSync(siteDir)) {
    if (SCRATCH_SKIP.has(entry) || entry.startsWith('build')) continue;
    fs.cpSync(path.join(siteDir, entry), path.join(dir, entry), {recursive: true});
  }
  for (const gone of ['docs/rapports', 'docs/groupes-de-travail', 'docs/glossaire.mdx']) fs.rmSync(path.join(dir, gone), {recursive: true});
  const veille = path.join(dir, 'blog/veille');
  for (const f of fs.readdirSync(veille).filter((f) => f.endsWith('.md')).sort().slice(1)) fs.rmSync(path.join(veille, f));
  const sidebars = path.join(dir, 'sidebars.ts');
  fs.writeFileSync(sidebars, fs.readFileSync(sidebars, 'utf8').replace(/^\s*(groupes|rapports|glossaire): .*$/gm, ''));
  fs.renameSync(path.join(dir, 'docusaurus.config.ts'), path.join(dir, 'docusaurus.site.config.ts'));
  fs.writeFileSync(
    path.join(dir, 'docusaurus.config.ts'),
    `import config from './docusaurus.site.config';
export default {
  ...config,
  onBrokenLinks: 'ignore',
  onBrokenAnchors: 'ignore',
  markdown: {...config.markdown, hooks: {...config.markdown?.hooks, onBrokenMarkdownLinks: 'ignore', onBrokenMarkdownImages: 'ignore'}},
};
`,
  );
  const modules = path.join(siteDir, 'node_modules');
  fs.mkdirSync(path.join(dir, 'node_modules'));
  for (const entry of fs.readdirSync(modules)) {
    if (entry === '.cache') continue;
    fs.symlinkSync(path.join(modules, entry), path.join(dir, 'node_modules', entry));
  }
  return dir;
}

function editCsv(file: string, edit: (rows: Record<string, string>[], fields: string[]) => void): void {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const delimiter = text.slice(0, text.indexOf('\n')).includes(';') ? ';' : ',';
  const parsed = Papa.parse<Record<string, string>>(text, {header: true, delimiter, skipEmptyLines: true});
  const fields = parsed.meta.fields!;
  edit(parsed.data, fields);
  fs.writeFileSync(file, `${Papa.unparse(parsed.data, {columns: fields, delimiter, newline: '\n', quotes: true})}\n`);
}

/** Lays the hostile contributions over the scratch copy. */
function addHostileContent(dir: string): void {
  const sheet = fs.readFileSync(path.join(dir, 'docs/meilleures-pratiques/sondages-en-ligne.md'), 'utf8');
  const fm = sheet.slice(0, sheet.indexOf('\n---', 3) + 4);
  const entities = hostile('md-texte').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  fs.writeFileSync(
    path.join(dir, 'docs/meilleures-pratiques/fiche-hostile.md'),
    `${fm
      .replace(/^title: .*$/m, `title: ${JSON.stringify(hostile('fm-titre'))}`)
      .replace(/^description: .*$/m, `description: ${JSON.stringify(hostile('fm-description'))}`)
      .replace(/^keywords: .*$/m, `keywords: [${JSON.stringify(hostile('fm-mots-cles'))}]`)
      .replace(/^sidebar_position: .*$/m, 'sidebar_position: 99')}\n\n${entities}\n\nCode : \`<svg onload="${run('md-code')}">\`\n\n[Un lien au titre piégé](https://exemple.org "\\"><svg onload=${run('md-lien')}>")\n\n![Logo" onerror="${run('md-alt')}](/img/logo.svg)\n`,
  );

  const issues = path.join(dir, 'blog/rond-point');
  const last = fs.readdirSync(issues).filter((f) => f.endsWith('.md')).sort().at(-1)!;
  const issue = fs.readFileSync(path.join(issues, last), 'utf8');
  fs.writeFileSync(
    path.join(issues, '2008-07-02-numero-hostile.md'),
    issue
      .replace(/^slug: .*$/m, 'slug: "numero-hostile"')
      .replace(/^title: .*$/m, `title: ${JSON.stringify(hostile('bulletin-titre'))}`)
      .replace(/^description: .*$/m, `description: ${JSON.stringify(hostile('bulletin-description'))}`)
      .replace(/^date: .*$/m, 'date: 2008-07-02')
      .replace(/^number: .*$/m, 'number: 99'),
  );

  const data = path.join(dir, 'data');
  editCsv(path.join(data, 'organismes.csv'), (rows) => {
    rows[0]!.nom_fr = `${rows[0]!.nom_fr} ${hostile('csv-organisme')}`;
  });
  editCsv(path.join(data, 'reseaux.csv'), (rows) => {
    rows[0]!.nom_fr = `${rows[0]!.nom_fr} ${hostile('csv-reseau')}`;
  });
  editCsv(path.join(data, 'dejeuners-conferences.csv'), (rows) => {
    rows[0]!.titre_fr = `${rows[0]!.titre_fr} ${hostile('csv-conference')}`;
    rows[0]!.resume_fr = `${rows[0]!.resume_fr} ${hostile('csv-resume')}`;
  });
  editCsv(path.join(data, 'sources.csv'), (rows) => {
    rows[0]!.titre_fr = `${rows[0]!.titre_fr} ${hostile('csv-source')}`;
  });
  editCsv(path.join(data, 'indicateurs.csv'), (rows) => {
    rows[0]!.libelle_fr = `${rows[0]!.libelle_fr} ${hostile('csv-indicateur')}`;
    rows[0]!.definition_fr = `${rows[0]!.definition_fr} ${hostile('csv-definition')}`;
  });
  editCsv(path.join(data, 'themes.csv'), (rows) => {
    rows[0]!.nom_fr = `${rows[0]!.nom_fr} ${hostile('csv-theme')}`;
  });
  const values = fs.readdirSync(path.join(data, 'valeurs')).filter((f) => f.endsWith('.csv')).sort();
  for (const file of values) {
    editCsv(path.join(data, 'valeurs', file), (rows) => {
      for (const r of rows) r.note = hostile('csv-note');
    });
  }
}

function buildScratch(dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // Unminified (JavaScript and HTML): half the work of a production build, and
    // nothing the checks depend on — the content guard, the front-matter check,
    // the data core and the page check of the build's last step all run.
    const child = spawn('npx', ['docusaurus', 'build', '--locale', 'fr', '--no-minify'], {
      cwd: dir,
      env: {...process.env, SKIP_HTML_MINIFICATION: 'true'},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => void (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => void (log += d.toString()));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`La compilation du site piégé a échoué (code ${code}) :\n${log.slice(-6000)}`))));
  });
}

/** Every page of a built site, as the paths a reader asks for. */
function builtPages(buildDir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, {withFileTypes: true})) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) {
        const rel = path.relative(buildDir, p).split(path.sep).join('/');
        out.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel.slice(0, -'.html'.length)}`);
      }
    }
  };
  walk(buildDir);
  return out.sort();
}

interface PageFinding {
  path: string;
  ran: string[];
  injected: string[];
  markers: string[];
  jsonLd: string[];
  /** An inline script inserted by the crawl ran: no CSP was enforced on the page. */
  bypassed: boolean;
}

/** Opens one page, waits for React, and reports what ran, what was injected, which markers show as text. */
async function inspect(page: Page, origin: string, route: string, hydrates = true): Promise<PageFinding> {
  const ran: string[] = [];
  const onRequest = (r: {url(): string}) => void (r.url().includes('/__pwned/') && ran.push(`request ${r.url()}`));
  const onConsole = (m: {text(): string}) => void (m.text().includes('__pwned:') && ran.push(`console ${m.text()}`));
  const onDialog = (d: {message(): string; dismiss(): Promise<void>}) => {
    ran.push(`dialog ${d.message()}`);
    void d.dismiss();
  };
  page.on('request', onRequest);
  page.on('console', onConsole);
  page.on('dialog', onDialog);
  try {
    const response = await page.goto(origin + route, {waitUntil: 'load', timeout: 60_000});
    expect(response?.status(), route).toBeLessThan(400);
    const served = (await response?.text()) ?? '';
    if (hydrates) await page.waitForSelector('html[data-has-hydrated]', {timeout: 30_000}).catch(() => undefined);
    await page.waitForTimeout(50);
    const facts = await page.evaluate((served) => {
      const injected: string[] = [];
      for (const el of Array.from(document.querySelectorAll('*'))) {
        for (const a of Array.from(el.attributes)) {
          if (a.name.toLowerCase().startsWith('on')) injected.push(`<${el.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 60)}">`);
          if (/^(href|src|action|formaction|xlink:href|data)$/i.test(a.name) && /^\s*javascript:/i.test(a.value)) injected.push(`<${el.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 60)}">`);
        }
        if (el.tagName === 'SCRIPT' && (el as HTMLScriptElement).type !== 'application/ld+json' && (el.textContent ?? '').includes('__pwned')) injected.push(`<script>${(el.textContent ?? '').slice(0, 60)}`);
      }
      const jsonLd: string[] = [];
      for (const s of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
        try {
          jsonLd.push(JSON.stringify(JSON.parse(s.textContent ?? '')));
        } catch {
          injected.push(`JSON-LD illisible : ${(s.textContent ?? '').slice(0, 80)}`);
        }
      }
      // Text as a reader gets it (text nodes, whatever the CSS), and what the head shows (title, meta).
      const texts: string[] = [document.title];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement?.tagName;
        if (parent !== 'SCRIPT' && parent !== 'STYLE' && parent !== 'NOSCRIPT') texts.push(n.nodeValue ?? '');
      }
      for (const m of Array.from(document.querySelectorAll('meta[content]'))) texts.push(m.getAttribute('content') ?? '');
      // The head as served, too (parsed inert: DOMParser runs no script). While React hydrates part by
      // part, the head manager may drop a page's own meta tags for a moment and put them back: the
      // served head is what crawlers and link previews read, and it does not depend on that moment.
      const head = new DOMParser().parseFromString(served, 'text/html');
      texts.push(head.title);
      for (const m of Array.from(head.querySelectorAll('meta[content]'))) texts.push(m.getAttribute('content') ?? '');
      // The served structured data likewise (what search engines read): the head manager may drop it for that moment too.
      for (const s of Array.from(head.querySelectorAll('script[type="application/ld+json"]'))) {
        try {
          jsonLd.push(JSON.stringify(JSON.parse(s.textContent ?? '')));
        } catch {
          injected.push(`JSON-LD servi illisible : ${(s.textContent ?? '').slice(0, 80)}`);
        }
      }
      // Would a policy have refused an inline script? (Asked last, after the DOM was read.)
      const probe = document.createElement('script');
      probe.textContent = 'window.__inlineRan = true;';
      document.head.appendChild(probe);
      probe.remove();
      return {
        bypassed: (window as unknown as {__inlineRan?: boolean}).__inlineRan === true,
        pwned: (window as unknown as {__pwned?: string[]}).__pwned ?? [],
        injected,
        text: texts.join('\n'),
        jsonLd,
      };
    }, served);
    ran.push(...facts.pwned.map((id) => `window.__pwned ${id}`));
    const markers = [...facts.text.matchAll(/XSS-([a-z-]+) <\/script><script>window\.__pwned/g)].map((m) => m[1]!);
    return {path: route, ran, injected: facts.injected, markers: [...new Set(markers)], jsonLd: facts.jsonLd, bypassed: facts.bypassed};
  } finally {
    page.off('request', onRequest);
    page.off('console', onConsole);
    page.off('dialog', onDialog);
  }
}

/** Inspects every route with `width` pages at a time, each reused route after route (two keep both cores busy; more only queue). */
async function crawl(browser: Browser, origin: string, routes: string[], width = 2): Promise<PageFinding[]> {
  const context = await browser.newContext({bypassCSP: true});
  const results: PageFinding[] = [];
  let next = 0;
  try {
    await Promise.all(
      Array.from({length: width}, async () => {
        const page = await context.newPage();
        while (next < routes.length) {
          const route = routes[next++]!;
          results.push(await inspect(page, origin, route));
        }
        await page.close();
      }),
    );
  } finally {
    await context.close();
  }
  return results.sort((a, b) => (a.path < b.path ? -1 : 1));
}

describe.skipIf(unavailable)('a site built with hostile contributions runs none of them, even with no CSP at all', () => {
  let dir: string;
  let buildDir: string;
  let routes: string[];
  let browser: Browser;
  const servers: StaticServer[] = [];
  const timings: string[] = [];
  const found: Record<string, PageFinding[]> = {};

  beforeAll(async () => {
    const t = Date.now();
    dir = scratchSite();
    addHostileContent(dir);
    await buildScratch(dir);
    timings.push(`compilation fr du site piégé : ${((Date.now() - t) / 1000).toFixed(1)} s`);
    buildDir = path.join(dir, 'build');
    routes = builtPages(buildDir);
    // Images off: an injected <img onerror> still fires (its load fails), and pages load with less work.
    browser = await chromium.launch({executablePath: findChromium()!, headless: true, args: [...CHROMIUM_FLAGS, '--blink-settings=imagesEnabled=false']});
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    for (const s of servers) await s.close();
    console.log(`\n[hostile-crawl] ${timings.join(' ; ')}`);
    if (dir) fs.rmSync(dir, {recursive: true, force: true});
  });

  // One crawl, with no Content-Security-Policy at all: no headers, and the browser told to ignore the
  // meta policy (bypassCSP). A payload that does not run and markup that is not injected with no
  // policy do not under either policy the site ships (tests/browser/csp.test.ts shows the header and
  // the meta policy each refuse an inline script): the content is inert by construction, not because
  // a policy catches it. One crawl instead of one per policy halves this file's time.
  it('with no Content-Security-Policy at all (no headers, the meta policy bypassed): no payload runs and no markup is injected on any page', async () => {
    const server = await startServer({buildDir, headers: false});
    servers.push(server);
    const res = await fetch(`${server.origin}/`);
    expect(res.headers.get('content-security-policy')).toBeNull();
    const t = Date.now();
    const results = await crawl(browser, server.origin, routes);
    timings.push(`sans CSP : ${results.length} pages en ${((Date.now() - t) / 1000).toFixed(1)} s`);
    found.bare = results;
    expect(results.length).toBe(routes.length);
    // The policy was really off: the pages' meta CSP would have refused this inline script.
    expect(results.every((r) => r.bypassed), 'pages where an inline script was refused (CSP not bypassed)').toBe(true);
    expect(results.flatMap((r) => r.ran.map((x) => `${r.path}: ${x}`))).toEqual([]);
    expect(results.flatMap((r) => r.injected.map((x) => `${r.path}: ${x}`))).toEqual([]);
  }, 900_000);

  it('the crawl can fail: a canary page (written after the build, no CSP) is seen running its payload and holding injected markup', async () => {
    const canary = `<!doctype html><html lang=fr><head><meta charset=utf-8><title>canari</title></head><body><p>${hostile('canari')}</p></body></html>`;
    fs.writeFileSync(path.join(buildDir, '__canari.html'), canary);
    const server = await startServer({buildDir, headers: false});
    servers.push(server);
    const context = await browser.newContext();
    try {
      const finding = await inspect(await context.newPage(), server.origin, '/__canari', false);
      expect(finding.ran).toEqual(expect.arrayContaining([expect.stringMatching(/^window\.__pwned canari/), expect.stringMatching(/^request .*\/__pwned\/canari/), 'console __pwned:canari']));
      expect(finding.injected).toEqual(expect.arrayContaining([expect.stringMatching(/^<img onerror=/), expect.stringMatching(/^<script>window\.__pwned/)]));
      expect(finding.markers).toEqual([]); // the payload ran: it is not shown as text
    } finally {
      await context.close();
    }
  });

  it('the crawl saw the hostile text: every marker is shown as text on some page, and every JSON-LD parses and holds it', () => {
    const results = found.bare ?? [];
    expect(results.length).toBeGreaterThan(50);
    const pagesWith = (marker: string) => results.filter((r) => r.markers.includes(marker)).map((r) => r.path);
    const missing = Object.keys(PLACES).filter((m) => pagesWith(m).length === 0);
    expect(missing, 'markers that no page shows as text').toEqual([]);
    const summary = Object.keys(PLACES).map((m) => `${m}: ${pagesWith(m).length}`);
    timings.push(`pages montrant chaque marqueur en texte : ${summary.join(', ')}`);
    // Item 2 of the issue: the structured data of the sheet and of the issue hold the hostile description, intact.
    const sheet = results.find((r) => r.path === '/meilleures-pratiques/fiche-hostile')!;
    const issue = results.find((r) => r.path === '/rond-point/numero-hostile')!;
    expect(sheet, 'the hostile sheet was built').toBeDefined();
    expect(issue, 'the hostile issue was built').toBeDefined();
    expect(sheet.jsonLd.join('\n')).toContain(JSON.stringify(hostile('fm-titre')).slice(1, -1));
    expect(issue.jsonLd.join('\n')).toContain(JSON.stringify(hostile('bulletin-description')).slice(1, -1));
  });
});
