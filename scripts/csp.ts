/**
 * The Content-Security-Policy of the published site.
 *
 * The build computes it (src/plugins/security): script-src allows, by sha256
 * hash, only the inline scripts that Docusaurus's plugins declare
 * (injectHtmlTags: colour theme, "docusaurus-data-" attributes, and the site's
 * entry loader, src/plugins/lean-client/paint-first.ts); any other
 * inline script in a built page fails the build. The build then writes the
 * policy, with the sources the configuration needs (a newsletter form posting
 * to another origin, Algolia), into build/_headers (Netlify, Cloudflare Pages),
 * build/_nginx.conf (nginx), and into every page as a <meta> CSP for hosts that
 * send no headers (GitHub Pages).
 *
 *   npx tsx scripts/csp.ts            check: static/_headers and deploy/nginx.conf.example
 *                                     show the policy the last build wrote
 *   npx tsx scripts/csp.ts --write    copy that policy into both files
 *   npx tsx scripts/csp.ts --pages    check every built page carries the policy in a <meta>
 *                                     (the deploy workflow refuses to publish otherwise)
 *
 * The two committed files document the default configuration (no form, no
 * Algolia); the build never reads their Content-Security-Policy line.
 */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const siteDir = path.resolve(__dirname, '..');
export const staticHeadersFile = path.join(siteDir, 'static', '_headers');
export const nginxExample = path.join(siteDir, 'deploy', 'nginx.conf.example');
/** Written by the build next to the pages: the nginx server block of this build. */
export const NGINX_BUILD_FILE = '_nginx.conf';

export type Directive = [string, string[]];

/** Every directive but the script hashes and the configured sources. Explained in deploy/README.md. */
export const POLICY: readonly Directive[] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  // React/Docusaurus server-render style="" attributes (hidden SVG sprite,
  // collapsed sidebar categories, chart bar widths): they cannot be hashed one by one.
  ['style-src', ["'self'", "'unsafe-inline'"]],
  // Docusaurus's CSS draws its icons with data: SVG URLs.
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'", 'data:']],
  ['connect-src', ["'self'"]],
  ['manifest-src', ["'self'"]],
  ['media-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
  ['frame-ancestors', ["'none'"]],
];

/** Directives a <meta> CSP cannot carry (the browser ignores them there and logs an error). */
export const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

export interface PolicyConfig {
  /** Newsletter subscription form action (CEGO_NEWSLETTER_FORM_ACTION), null when unset. */
  newsletterFormAction?: string | null;
  /** Algolia application id when Algolia search is configured. */
  algoliaAppId?: string | null;
}

/** Extra sources per directive that the configuration needs. */
export function configuredSources(config: PolicyConfig): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (directive: string, ...sources: string[]) => (out[directive] = [...(out[directive] ?? []), ...sources]);
  if (config.newsletterFormAction) {
    let url: URL;
    try {
      url = new URL(config.newsletterFormAction);
    } catch {
      throw new Error(`CEGO_NEWSLETTER_FORM_ACTION « ${config.newsletterFormAction} » n'est pas une adresse absolue (https://…).`);
    }
    if (url.protocol !== 'https:') throw new Error(`CEGO_NEWSLETTER_FORM_ACTION doit être une adresse https: (reçu « ${url.protocol} »).`);
    add('form-action', url.origin);
  }
  if (config.algoliaAppId) {
    const id = config.algoliaAppId.toLowerCase();
    if (!/^[a-z0-9]+$/.test(id)) throw new Error(`ALGOLIA_APP_ID « ${config.algoliaAppId} » : lettres et chiffres seulement.`);
    // algoliasearch v5 (DocSearch and the directory): the DSN host, then three fallbacks.
    add('connect-src', `https://${id}-dsn.algolia.net`, `https://${id}-1.algolianet.com`, `https://${id}-2.algolianet.com`, `https://${id}-3.algolianet.com`);
  }
  return out;
}

/** The policy as directives, with the allowed inline-script hashes and configured sources. */
export function policyDirectives(hashes: Iterable<string>, config: PolicyConfig = {}): Directive[] {
  const extra = configuredSources(config);
  const sortedHashes = [...new Set(hashes)].sort();
  return POLICY.map(([name, values]) => {
    const more = name === 'script-src' ? sortedHashes : (extra[name] ?? []);
    return [name, [...values, ...more.filter((v) => !values.includes(v))]];
  });
}

export function serializePolicy(directives: readonly Directive[]): string {
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** The header policy. */
export function buildPolicy(hashes: Iterable<string>, config: PolicyConfig = {}): string {
  return serializePolicy(policyDirectives(hashes, config));
}

/** The same policy as a <meta http-equiv> can carry it. */
export function metaPolicy(hashes: Iterable<string>, config: PolicyConfig = {}): string {
  return serializePolicy(policyDirectives(hashes, config).filter(([name]) => !HEADER_ONLY_DIRECTIVES.has(name)));
}

/** The Content-Security-Policy value of a _headers file. */
export function headersPolicy(text: string): string | null {
  return /^\s+Content-Security-Policy:\s*(.+)$/m.exec(text)?.[1]?.trim() ?? null;
}

/** The Content-Security-Policy value of an nginx configuration (every add_header must agree). */
export function nginxPolicy(text: string): string | null {
  const all = [...text.matchAll(/add_header\s+Content-Security-Policy\s+"([^"]+)"/g)].map((m) => m[1]!.trim());
  return all.length && all.every((p) => p === all[0]) ? all[0]! : null;
}

export function withHeadersPolicy(text: string, policy: string): string {
  return text.replace(/^(\s+Content-Security-Policy:\s*).+$/m, (_, p: string) => `${p}${policy}`);
}

export function withNginxPolicy(text: string, policy: string): string {
  return text.replace(/(add_header\s+Content-Security-Policy\s+")[^"]+"/g, (_, p: string) => `${p}${policy}"`);
}

/** Hashes allowed by a policy's script-src. */
export function allowedHashes(policy: string): Set<string> {
  const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '));
  return new Set((scriptSrc ?? '').split(/\s+/).filter((t) => t.startsWith("'sha256-")));
}

/** Sources of one directive of a policy. */
export function directiveSources(policy: string, name: string): string[] {
  const d = policy.split(';').map((x) => x.trim()).find((x) => x === name || x.startsWith(`${name} `));
  return d ? d.split(/\s+/).slice(1) : [];
}

/**
 * Whether a page's <meta> policy is the header policy as a meta can carry it: same
 * directives and sources, less the header-only directives; script-src may list
 * fewer hashes (a locale's pages allow that locale's inline scripts only).
 */
export function metaMatchesHeader(meta: string, header: string): boolean {
  const split = (p: string) => p.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]);
  const m = split(meta);
  const h = split(header).filter((d) => !HEADER_ONLY_DIRECTIVES.has(d[0]!));
  if (m.length !== h.length) return false;
  return m.every((d, i) => {
    const hd = h[i]!;
    if (d[0] !== hd[0]) return false;
    if (d[0] !== 'script-src') return d.join(' ') === hd.join(' ');
    const hashes = (x: string[]) => x.slice(1).filter((v) => v.startsWith("'sha256-"));
    const others = (x: string[]) => x.slice(1).filter((v) => !v.startsWith("'sha256-")).join(' ');
    return others(d) === others(hd) && hashes(d).length > 0 && hashes(d).every((v) => hd.includes(v));
  });
}

/** Pages of a build whose <meta> CSP is missing or differs from `policy` (see metaMatchesHeader). */
export function pagesWithoutMetaPolicy(buildDir: string, policy: string): string[] {
  const bad: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, {withFileTypes: true})) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) {
        const head = fs.readFileSync(p, 'utf8').slice(0, 4096);
        const metas = [...head.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)].map((m) => m[1]!.replace(/&quot;/g, '"'));
        if (metas.length !== 1 || !metaMatchesHeader(metas[0]!, policy)) bad.push(path.relative(buildDir, p));
      }
    }
  };
  walk(buildDir);
  return bad;
}

function main(argv: string[]): number {
  const buildDir = path.resolve(siteDir, process.env.CEGO_BUILD_DIR ?? 'build');
  const built = path.join(buildDir, '_headers');
  const policy = fs.existsSync(built) ? headersPolicy(fs.readFileSync(built, 'utf8')) : null;
  if (!policy) {
    console.error(`Pas de politique compilée dans ${built} : lancez d'abord npm run build.`);
    return 2;
  }
  if (argv.includes('--pages')) {
    const bad = pagesWithoutMetaPolicy(buildDir, policy);
    for (const f of bad.slice(0, 20)) console.error(`${f} : pas de <meta> Content-Security-Policy conforme à build/_headers.`);
    if (bad.length) console.error(`${bad.length} page(s) sans CSP : publication refusée sur un hébergement sans en-têtes.`);
    else console.log('Chaque page porte la CSP dans un <meta>.');
    return bad.length ? 1 : 0;
  }
  if (argv.includes('--write')) {
    fs.writeFileSync(staticHeadersFile, withHeadersPolicy(fs.readFileSync(staticHeadersFile, 'utf8'), policy));
    fs.writeFileSync(nginxExample, withNginxPolicy(fs.readFileSync(nginxExample, 'utf8'), policy));
    console.log(`Politique de la dernière compilation écrite dans static/_headers et deploy/nginx.conf.example :\n${policy}`);
    return 0;
  }
  let ok = true;
  for (const [label, current] of [
    ['static/_headers', headersPolicy(fs.readFileSync(staticHeadersFile, 'utf8'))],
    ['deploy/nginx.conf.example', nginxPolicy(fs.readFileSync(nginxExample, 'utf8'))],
  ] as const) {
    if (current !== policy) {
      ok = false;
      console.error(`${label} ne montre pas la politique de la dernière compilation.\n  fichier    : ${current}\n  compilation : ${policy}`);
    }
  }
  if (!ok) console.error('Pour les mettre à jour : npx tsx scripts/csp.ts --write');
  else console.log('static/_headers et deploy/nginx.conf.example montrent la politique compilée.');
  return ok ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
