/**
 * The Content-Security-Policy of the published site, and the sha256 hashes of the
 * inline scripts Docusaurus writes into every page.
 *
 *   npx tsx scripts/csp.ts            check: every inline script of build/ is allowed
 *                                     by static/_headers and deploy/nginx.conf.example
 *   npx tsx scripts/csp.ts --write    rewrite the policy in both files from build/
 *
 * Docusaurus inlines two small scripts in <head> on every page (colour theme and
 * "docusaurus-data-" attributes, read before first paint so the page does not
 * flash) and, on each locale's home page, the "base URL issue" banner script.
 * They are allowed by hash, never with 'unsafe-inline'. Their text changes only
 * with a Docusaurus upgrade or a theme/i18n configuration change: the browser
 * test tests/browser/csp.test.ts fails then, and this command fixes it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {defaultBuildDir, headersFile, siteDir} from './static-server';

export const nginxExample = path.join(siteDir, 'deploy', 'nginx.conf.example');

/** Every directive but the script hashes. Explained in deploy/README.md. */
export const POLICY: [string, string[]][] = [
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

export function walkHtml(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walkHtml(p));
    else if (entry.name.endsWith('.html')) out.push(p);
  }
  return out.sort();
}

const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/** sha256 of every executable inline <script> in the built pages, with one page that holds it. */
export function inlineScriptHashes(buildDir = defaultBuildDir): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const file of walkHtml(buildDir)) {
    const html = fs.readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const attrs = m[1] ?? '';
      if (/\bsrc\s*=/i.test(attrs)) continue;
      const type = (/\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1] ?? '').toLowerCase();
      if (!EXECUTABLE_TYPES.has(type)) continue; // JSON-LD and other data blocks are not run
      const hash = `'sha256-${crypto.createHash('sha256').update(m[2] ?? '', 'utf8').digest('base64')}'`;
      if (!hashes.has(hash)) hashes.set(hash, path.relative(buildDir, file));
    }
  }
  return hashes;
}

export function buildPolicy(hashes: Iterable<string>): string {
  const sorted = [...new Set(hashes)].sort();
  return POLICY.map(([name, values]) => `${name} ${(name === 'script-src' ? [...values, ...sorted] : values).join(' ')}`).join('; ');
}

/** The Content-Security-Policy value in static/_headers. */
export function headersPolicy(text = fs.readFileSync(headersFile, 'utf8')): string | null {
  return /^\s+Content-Security-Policy:\s*(.+)$/m.exec(text)?.[1]?.trim() ?? null;
}

/** The Content-Security-Policy value in deploy/nginx.conf.example. */
export function nginxPolicy(text = fs.readFileSync(nginxExample, 'utf8')): string | null {
  return /add_header\s+Content-Security-Policy\s+"([^"]+)"/.exec(text)?.[1]?.trim() ?? null;
}

/** Hashes allowed by a policy's script-src. */
export function allowedHashes(policy: string): Set<string> {
  const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '));
  return new Set((scriptSrc ?? '').split(/\s+/).filter((t) => t.startsWith("'sha256-")));
}

function main(argv: string[]): number {
  if (!fs.existsSync(path.join(defaultBuildDir, 'index.html'))) {
    console.error(`Pas de site compilé dans ${defaultBuildDir} : lancez d'abord npm run build.`);
    return 2;
  }
  const hashes = inlineScriptHashes();
  const policy = buildPolicy(hashes.keys());
  if (argv.includes('--write')) {
    const h = fs.readFileSync(headersFile, 'utf8').replace(/^(\s+Content-Security-Policy:\s*).+$/m, (_, p: string) => `${p}${policy}`);
    fs.writeFileSync(headersFile, h);
    const n = fs.readFileSync(nginxExample, 'utf8').replace(/(add_header\s+Content-Security-Policy\s+")[^"]+"/g, (_, p: string) => `${p}${policy}"`);
    fs.writeFileSync(nginxExample, n);
    console.log(`Politique écrite dans static/_headers et deploy/nginx.conf.example :\n${policy}`);
    return 0;
  }
  let ok = true;
  for (const [label, current] of [
    ['static/_headers', headersPolicy()],
    ['deploy/nginx.conf.example', nginxPolicy()],
  ] as const) {
    const allowed = allowedHashes(current ?? '');
    const missing = [...hashes].filter(([h]) => !allowed.has(h));
    for (const [h, page] of missing) console.error(`${label} : le script en ligne de ${page} (${h}) n'est pas autorisé.`);
    if (missing.length) ok = false;
  }
  if (!ok) console.error('Corrigez avec : npx tsx scripts/csp.ts --write');
  else console.log(`CSP à jour : ${hashes.size} script(s) en ligne autorisé(s) par empreinte.`);
  return ok ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
