/**
 * Puts each page's own chunks in its HTML (see ./index.ts).
 *
 * Docusaurus writes into a page's HTML the scripts of the modules the page
 * rendered on the server: react-loadable reports their paths ("@theme/DocItem",
 * "@site/docs/x.md"), and the client manifest says which files hold them. But
 * the manifest is keyed by chunk name ("33fc5bb8"), not by module path, so no
 * page's chunk is ever found: every page ships runtime~main.js and main.js only,
 * and main.js, once evaluated, asks for the page's chunks (a dozen script
 * elements inserted in its longest task) and waits for them before hydrating.
 *
 * addModuleKeys() gives the manifest the missing keys, one per module of the
 * registry (chunk name → module path, both written by Docusaurus), so the page's
 * chunks are listed; the SSR template (ssrTemplate, docusaurus.config.ts) puts
 * them before main.js, so they are fetched with it and installed when it runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import {ENTRY_ATTRIBUTE} from './paint-first';

export interface ClientManifest {
  entrypoints: string[];
  origins: Record<string, Array<string | number>>;
  assets: Record<string, unknown>;
}

/** chunk name → module path, from Docusaurus's generated registry.js. */
export function registryModules(registrySource: string): Map<string, string> {
  const map = new Map<string, string>();
  // `  "chunkName": [() => import(/* webpackChunkName: "chunkName" */ "path"), "path", require.resolveWeak("path")],`
  const line = /^\s*("(?:[^"\\]|\\.)*"): \[\(\) => import\(.*?\), ("(?:[^"\\]|\\.)*"), require\.resolveWeak\(/gm;
  for (const m of registrySource.matchAll(line)) map.set(JSON.parse(m[1]!) as string, JSON.parse(m[2]!) as string);
  return map;
}

/**
 * The manifest with, for every registry module, its path as a key to its chunk's
 * files. Fails (the build stops) if the registry yields no module or no module's
 * chunk is in the manifest: Docusaurus's formats changed and pages would again
 * lose their scripts silently.
 */
export function addModuleKeys(manifest: ClientManifest, modules: Map<string, string>): ClientManifest {
  const origins = {...manifest.origins};
  let found = 0;
  for (const [chunkName, modulePath] of modules) {
    const chunks = manifest.origins[chunkName];
    if (!chunks) continue;
    origins[modulePath] = chunks;
    found++;
  }
  if (modules.size === 0 || found === 0) {
    throw new Error(
      `lean-client: no module of registry.js (${modules.size} read) has its chunk in client-manifest.json; update src/plugins/lean-client/route-chunks.ts for this version of Docusaurus.`,
    );
  }
  return {...manifest, origins};
}

/** Rewrites generatedFilesDir/client-manifest.json once the client bundle is emitted. */
export class RouteChunksPlugin {
  constructor(private readonly generatedFilesDir: string) {}

  apply(compiler: {hooks: {done: {tap: (name: string, fn: () => void) => void}}}): void {
    compiler.hooks.done.tap('RouteChunksPlugin', () => {
      const manifestFile = path.join(this.generatedFilesDir, 'client-manifest.json');
      const registry = fs.readFileSync(path.join(this.generatedFilesDir, 'registry.js'), 'utf8');
      const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as ClientManifest;
      fs.writeFileSync(manifestFile, JSON.stringify(addModuleKeys(manifest, registryModules(registry))));
    });
  }
}

/** main.js among a page's scripts. */
export const MAIN_SCRIPT = /(^|\/)main\.[^/]*\.js$/;

/**
 * Docusaurus's SSR template (@docusaurus/core, ssg/ssgTemplate.html.js) with two
 * changes:
 * - the scripts run in the order runtime, the page's chunks, main.js, so that
 *   main.js finds the page's chunks installed;
 * - they are preloaded, not deferred, and run once the page is painted
 *   (./paint-first.ts; the loader is added by the plugin at the end of <body>).
 */
export const SSR_TEMPLATE = `
<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
    <% const isMain = (s) => ${MAIN_SCRIPT}.test(s); %>
    <% [...it.scripts.filter((s) => !isMain(s)), ...it.scripts.filter(isMain)].forEach((script) => { %>
      <link rel="preload" as="script" fetchpriority="low" href="<%= it.baseUrl %><%= script %>" ${ENTRY_ATTRIBUTE}>
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
  </body>
</html>
`;
