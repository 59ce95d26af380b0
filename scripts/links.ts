/**
 * Link check of a built site (linkinator, offline). Every page of the sitemaps
 * (sitemap.xml and en/sitemap.xml) is crawled on the local static server (clean
 * URLs and host headers, as in production); every internal link, image, script,
 * stylesheet and download must answer 200, and every #anchor must exist as an id
 * in its target page. Absolute links to the site's own domain (canonical,
 * hreflang, og:image) are checked against the build too; links to other sites
 * are not followed.
 *
 *   npx tsx scripts/links.ts [BUILD_DIR]     prints the broken links, exit 1 if any
 */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {check, LinkState, type LinkResult} from 'linkinator';
import {defaultBuildDir, startServer} from './static-server';

export interface LinkReport {
  /** Links checked (pages, assets, anchors). */
  checked: number;
  /** Pages crawled, per locale. */
  pages: {fr: number; en: number};
  /** "page → target (status)" for a missing page, asset or download. */
  broken: string[];
  /** "page → target#anchor" for an anchor that is not an id of the target page. */
  brokenAnchors: string[];
}

const SITEMAPS = ['sitemap.xml', path.join('en', 'sitemap.xml')];

function sitemapLocs(buildDir: string): URL[] {
  const out: URL[] = [];
  for (const f of SITEMAPS) {
    const file = path.join(buildDir, f);
    if (!fs.existsSync(file)) continue;
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) out.push(new URL(m[1]!.trim()));
  }
  return out;
}

export async function checkLinks(buildDir = defaultBuildDir): Promise<LinkReport> {
  const locs = sitemapLocs(buildDir);
  if (locs.length === 0) throw new Error(`Aucun sitemap dans ${buildDir}`);
  const prodOrigin = locs[0]!.origin;
  const server = await startServer({buildDir});
  const origin = server.origin;
  let links: LinkResult[];
  try {
    const result = await check({
      path: [...new Set(locs.map((u) => origin + u.pathname))],
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      timeout: 30_000,
      // Offline: anything not on the local server (after the rewrite below) is skipped.
      linksToSkip: async (link: string) => !link.startsWith(origin),
      urlRewriteExpressions: [{pattern: new RegExp(`^${prodOrigin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), replacement: origin}],
    });
    links = result.links;
  } finally {
    await server.close();
  }
  const local = (u: string | undefined): string => (u ?? '?').replace(origin, '');
  const describe = (l: LinkResult): string => `${local(l.parent)} → ${local(l.url)}${l.status ? ` (${l.status})` : ' (no response)'}`;
  const broken = links.filter((l) => l.state === LinkState.BROKEN);
  const isAnchor = (l: LinkResult): boolean => new URL(l.url).hash !== '' && (l.status ?? 0) < 300 && (l.status ?? 0) >= 200;
  const pages = links.filter((l) => l.state === LinkState.OK && !new URL(l.url).hash && !/\.[a-z0-9]+$/i.test(new URL(l.url).pathname));
  return {
    checked: links.length,
    pages: {
      en: pages.filter((l) => /^\/en(\/|$)/.test(new URL(l.url).pathname)).length,
      fr: pages.filter((l) => !/^\/en(\/|$)/.test(new URL(l.url).pathname)).length,
    },
    broken: broken.filter((l) => !isAnchor(l)).map(describe).sort(),
    brokenAnchors: [...new Set(broken.filter(isAnchor).flatMap((l) => anchorParents(buildDir, local(l.url), prodOrigin).map((p) => `${p} → ${local(l.url)}`)))].sort(),
  };
}

/** URL path of a built HTML file: "a.html" → "/a", "en/index.html" → "/en/". */
function pagePath(buildDir: string, file: string): string {
  const rel = `/${path.relative(buildDir, file).split(path.sep).join('/')}`;
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel.replace(/\.html$/, '');
}

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? htmlFiles(p) : e.name.endsWith('.html') ? [p] : [];
  });
}

/** Pages linking to `target` ("/a#x"): linkinator reports a missing anchor without its page. */
function anchorParents(buildDir: string, target: string, prodOrigin: string): string[] {
  const base = 'http://local.invalid';
  const parents: string[] = [];
  for (const file of htmlFiles(buildDir)) {
    const html = fs.readFileSync(file, 'utf8');
    if (!html.includes(`#${target.split('#')[1]}`)) continue;
    const from = pagePath(buildDir, file);
    for (const m of html.matchAll(/\shref=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
      const href = (m[1] ?? m[2] ?? m[3] ?? '').replace(prodOrigin, '');
      try {
        const u = new URL(href, base + from);
        if (u.origin === base && u.pathname + u.hash === target) parents.push(from);
      } catch {
        // not a URL
      }
    }
  }
  return parents.length ? [...new Set(parents)] : ['(page inconnue)'];
}

async function main(argv: string[]): Promise<number> {
  const report = await checkLinks(argv[0] ? path.resolve(argv[0]) : defaultBuildDir);
  for (const b of report.broken) console.log(`lien brisé : ${b}`);
  for (const b of report.brokenAnchors) console.log(`ancre absente : ${b}`);
  console.log(`${report.checked} liens vérifiés (${report.pages.fr} pages fr, ${report.pages.en} pages en) : ${report.broken.length} lien(s) brisé(s), ${report.brokenAnchors.length} ancre(s) absente(s).`);
  return report.broken.length + report.brokenAnchors.length ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 2;
    },
  );
}
