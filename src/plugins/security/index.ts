/**
 * cego-security: after each locale is built, reads every page with an HTML
 * parser (harden.ts) and
 * - fails the build on any inline script the framework did not declare, any
 *   script not from the build, any handler attribute, javascript: URL,
 *   <meta http-equiv>, <iframe>, <style>…, listing page and line;
 * - rewrites every JSON-LD block with <, > and & escaped;
 * - puts the Content-Security-Policy in each page's <head> as a <meta>, for hosts
 *   that send no headers;
 * - writes the header policy (with the sources the configuration needs: a
 *   newsletter form on another origin, Algolia) into build/_headers and
 *   build/_nginx.conf (see scripts/csp.ts, deploy/README.md).
 *
 * "Declared" inline scripts are the <script> tags that the site's plugins return
 * from injectHtmlTags (the classic theme's colour-mode and data-attribute
 * script, lean-client's entry loader), minified by the same HTML minifier as the pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin, HtmlTagObject, HtmlTags, LoadedPlugin} from '@docusaurus/types';
import {getHtmlMinifier} from '@docusaurus/bundler';
import {
  NGINX_BUILD_FILE,
  allowedHashes,
  buildPolicy,
  headersPolicy,
  metaPolicy,
  nginxExample,
  staticHeadersFile,
  withHeadersPolicy,
  withNginxPolicy,
  type PolicyConfig,
} from '../../../scripts/csp';
import {cspHash, hardenPage} from './harden';

export class UnsafeBuildError extends Error {
  constructor(public readonly problems: string[]) {
    super(
      `Compilation refusée : ${problems.length} élément(s) des pages compilées pourraient exécuter du code ou détourner la page.\n` +
        problems
          .slice(0, 50)
          .map((p) => `  • ${p}`)
          .join('\n') +
        (problems.length > 50 ? `\n  … et ${problems.length - 50} autres.` : '') +
        `\nUn contenu a-t-il introduit ce code ? Sinon, après une mise à jour de Docusaurus, déclarez le script dans src/plugins/security (voir deploy/README.md).`,
    );
    this.name = 'UnsafeBuildError';
  }
}

function tagsOf(tags: HtmlTags | undefined): (string | HtmlTagObject)[] {
  if (!tags) return [];
  return Array.isArray(tags) ? tags : [tags];
}

/** innerHTML of every inline <script> the site's plugins and config declare. */
export async function declaredInlineScripts(plugins: readonly LoadedPlugin[], siteConfig: LoadContext['siteConfig']): Promise<string[]> {
  const out: string[] = [];
  const collect = (tag: string | HtmlTagObject) => {
    if (typeof tag === 'string') {
      if (/<script/i.test(tag)) throw new Error(`cego-security : balise <script> en texte dans injectHtmlTags (${tag.slice(0, 60)}) : déclarez-la en objet.`);
      return;
    }
    if (tag.tagName === 'script' && !tag.attributes?.src && tag.innerHTML) out.push(tag.innerHTML);
  };
  for (const plugin of plugins) {
    const tags = plugin.injectHtmlTags?.({content: plugin.content});
    for (const t of [...tagsOf(tags?.headTags), ...tagsOf(tags?.preBodyTags), ...tagsOf(tags?.postBodyTags)]) collect(t);
  }
  for (const t of siteConfig.headTags ?? []) collect(t);
  return out;
}

/** Each declared script as the pages hold it (minified like them) → its hash. */
export async function expectedScripts(texts: string[], minifier: 'swc' | 'terser' | null): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  const html = minifier ? await getHtmlMinifier({type: minifier}) : null;
  for (const text of texts) {
    let held = text;
    if (html) {
      const {code} = await html.minify(`<!doctype html><html><head></head><body><script>${text}</script></body></html>`);
      const m = /<script>([\s\S]*)<\/script>/.exec(code);
      if (!m) throw new Error(`cego-security : le minificateur a retiré le script déclaré ${text.slice(0, 60)}`);
      held = m[1]!;
    }
    map.set(held, cspHash(held));
  }
  return map;
}

function walkHtml(dir: string, skip: Set<string>): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.has(p)) out.push(...walkHtml(p, skip));
    } else if (entry.name.endsWith('.html')) out.push(p);
  }
  return out.sort();
}

export function policyConfigOf(siteConfig: LoadContext['siteConfig']): PolicyConfig {
  const custom = (siteConfig.customFields ?? {}) as {newsletterFormAction?: string | null; algolia?: {appId: string} | null};
  return {newsletterFormAction: custom.newsletterFormAction ?? null, algoliaAppId: custom.algolia?.appId ?? null};
}

export default function securityPlugin(context: LoadContext): Plugin {
  const {siteConfig, i18n} = context;
  return {
    name: 'cego-security',
    async postBuild({outDir, plugins, baseUrl}) {
      const config = policyConfigOf(siteConfig);
      // The pages are minified by the same minifier Docusaurus uses (unless SKIP_HTML_MINIFICATION).
      const minifier = process.env.SKIP_HTML_MINIFICATION === 'true' ? null : siteConfig.future.faster.swcHtmlMinimizer ? 'swc' : 'terser';
      const expected = await expectedScripts(await declaredInlineScripts(plugins, siteConfig), minifier);
      const hashes = new Set(expected.values());
      const meta = metaPolicy(hashes, config);
      // Other locales are built into subfolders of the default locale's folder: each pass does its own.
      const siteOut = i18n.currentLocale === i18n.defaultLocale ? outDir : path.dirname(outDir);
      const skip = new Set(i18n.locales.filter((l) => l !== i18n.currentLocale).map((l) => path.join(siteOut, l)));
      const problems: string[] = [];
      const used = new Set<string>();
      for (const file of walkHtml(outDir, i18n.currentLocale === i18n.defaultLocale ? skip : new Set())) {
        const rel = path.relative(siteOut, file).split(path.sep).join('/');
        const page = hardenPage(fs.readFileSync(file, 'utf8'), {file: `build/${rel}`, expectedScripts: expected, scriptPrefix: `${baseUrl}assets/js/`, metaPolicy: meta});
        problems.push(...page.problems);
        for (const h of page.hashes) used.add(h);
        fs.writeFileSync(file, page.html);
      }
      if (problems.length) throw new UnsafeBuildError(problems);

      // One header policy for the whole site: this locale's hashes plus those already written by a previous locale.
      const rootHeaders = path.join(siteOut, '_headers');
      const previous = i18n.currentLocale === i18n.defaultLocale || !fs.existsSync(rootHeaders) ? '' : headersPolicy(fs.readFileSync(rootHeaders, 'utf8')) ?? '';
      const policy = buildPolicy(new Set([...used, ...allowedHashes(previous)]), config);
      fs.writeFileSync(rootHeaders, withHeadersPolicy(fs.readFileSync(staticHeadersFile, 'utf8'), policy));
      fs.writeFileSync(path.join(siteOut, NGINX_BUILD_FILE), withNginxPolicy(fs.readFileSync(nginxExample, 'utf8'), policy));
      // The locale folder got its own copy of static/: the host reads the root one only.
      if (outDir !== siteOut) fs.rmSync(path.join(outDir, '_headers'), {force: true});
    },
  };
}
