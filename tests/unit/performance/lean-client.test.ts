/**
 * What src/plugins/lean-client changes in the build, checked on its own parts:
 * route components built on first use, the page's chunks found in the client
 * manifest and written before main.js, the compile hint, theme-common's
 * key sort without localeCompare, the tslib helpers the client takes, and the
 * site config trimmed for the browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {createElement} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import {lazyRoute} from '../../../src/plugins/lean-client/lazy-route';
import {addModuleKeys, registryModules, SSR_TEMPLATE, type ClientManifest} from '../../../src/plugins/lean-client/route-chunks';
import {compileSSGTemplate} from '@docusaurus/core/lib/ssg/ssgTemplate';
import {missingHelpers, shimExports, TSLIB_HELPERS} from '../../../src/plugins/lean-client/tslib-helpers-guard';

const require = createRequire(import.meta.url);

describe('route components built on first use', () => {
  function fakeCreator() {
    const calls: string[] = [];
    const create = (p: string, hash: string) => {
      calls.push(`${p}-${hash}`);
      const Page = (props: {who?: string}) => createElement('main', null, `page ${p} for ${props.who ?? '?'}`);
      Page.preload = () => Promise.resolve(`loaded ${p}`);
      return Page;
    };
    return {calls, create};
  }

  it('builds nothing for a route that is never shown or preloaded', () => {
    const {calls, create} = fakeCreator();
    const routes = Array.from({length: 500}, (_, i) => lazyRoute(`/fiche-${i}`, `h${i}`, create));
    expect(routes).toHaveLength(500);
    expect(calls).toEqual([]);
  });

  it('renders the route as Docusaurus would, building it once', async () => {
    const {calls, create} = fakeCreator();
    const Route = lazyRoute('/meilleures-pratiques/x', 'abc', create);
    expect(renderToStaticMarkup(createElement(Route, {who: 'une lectrice'}))).toBe('<main>page /meilleures-pratiques/x for une lectrice</main>');
    await expect(Route.preload()).resolves.toBe('loaded /meilleures-pratiques/x');
    renderToStaticMarkup(createElement(Route, {}));
    expect(calls).toEqual(['/meilleures-pratiques/x-abc']);
  });
});

describe("a page's chunks in its HTML", () => {
  const registry = [
    'export default {',
    '  "33fc5bb8": [() => import(/* webpackChunkName: "33fc5bb8" */ "@theme/DocItem"), "@theme/DocItem", require.resolveWeak("@theme/DocItem")],',
    '  "a558d55e": [() => import(/* webpackChunkName: "a558d55e" */ "@site/docs/meilleures-pratiques/sondages \\"en ligne\\".md"), "@site/docs/meilleures-pratiques/sondages \\"en ligne\\".md", require.resolveWeak("@site/docs/meilleures-pratiques/sondages \\"en ligne\\".md")],',
    '  "17896441": [() => import(/* webpackChunkName: "17896441" */ "@theme/DocRoot"), "@theme/DocRoot", require.resolveWeak("@theme/DocRoot")],',
    '};',
  ].join('\n');
  const manifest: ClientManifest = {
    entrypoints: ['main'],
    origins: {main: ['runtime~main', 'main'], '33fc5bb8': ['4976', '48'], a558d55e: ['51']},
    assets: {},
  };

  it('reads every chunk name and module path of the registry, quotes included', () => {
    expect([...registryModules(registry)]).toEqual([
      ['33fc5bb8', '@theme/DocItem'],
      ['a558d55e', '@site/docs/meilleures-pratiques/sondages "en ligne".md'],
      ['17896441', '@theme/DocRoot'],
    ]);
  });

  it('gives the manifest a key per module path, to its chunk and the chunks it needs', () => {
    const origins = addModuleKeys(manifest, registryModules(registry)).origins;
    expect(origins['@theme/DocItem']).toEqual(['4976', '48']);
    expect(origins['@site/docs/meilleures-pratiques/sondages "en ligne".md']).toEqual(['51']);
    // A module whose chunk is not in the manifest gets no key; the chunk-name keys stay.
    expect(origins['@theme/DocRoot']).toBeUndefined();
    expect(origins['33fc5bb8']).toEqual(['4976', '48']);
  });

  it('stops the build when the formats no longer match (no page would get its chunks)', () => {
    expect(() => addModuleKeys(manifest, registryModules('export default {};'))).toThrow(/registry\.js/);
    expect(() => addModuleKeys({...manifest, origins: {}}, registryModules(registry))).toThrow(/client-manifest\.json/);
  });

  it("lists the page's chunks before main.js, after the runtime, each preloaded for the loader and none run by the parser", async () => {
    const render = await compileSSGTemplate(SSR_TEMPLATE);
    const html = render({
      appHtml: '<p>Bonjour</p>',
      baseUrl: '/en/',
      htmlAttributes: 'lang="en-CA"',
      bodyAttributes: '',
      headTags: '',
      preBodyTags: '',
      postBodyTags: '',
      metaAttributes: [],
      scripts: ['assets/js/runtime~main.1.js', 'assets/js/main.2.js', 'assets/js/48.3.js', 'assets/js/4976.4.js'],
      stylesheets: ['assets/css/styles.5.css'],
      noIndex: false,
      version: '3.10.2',
    });
    const scripts = [...html.matchAll(/<link rel="preload" as="script" fetchpriority="low" href="([^"]+)" data-entry>/g)].map((m) => m[1]);
    expect(html).not.toMatch(/<script[^>]*src=/);
    expect(scripts).toEqual(['/en/assets/js/runtime~main.1.js', '/en/assets/js/48.3.js', '/en/assets/js/4976.4.js', '/en/assets/js/main.2.js']);
    expect(html).toContain('<div id="__docusaurus"><p>Bonjour</p></div>');
    expect(html).toContain('<link rel="stylesheet" href="/en/assets/css/styles.5.css" />');
  });
});

describe("theme-common's key sort without localeCompare", () => {
  const loader = require('../../../src/plugins/lean-client/no-locale-compare-loader.cjs') as ((this: {resourcePath: string}, source: string) => string) & {
    FROM: string;
  };
  const file = path.join(path.dirname(require.resolve('@docusaurus/theme-common')), 'utils', 'reactUtils.js');

  it('rewrites the installed theme-common, which then calls no localeCompare', () => {
    const out = loader.call({resourcePath: file}, fs.readFileSync(file, 'utf8'));
    expect(out).not.toMatch(/localeCompare/);
    expect(out).not.toBe(fs.readFileSync(file, 'utf8'));
  });

  it('orders the keys the same way whatever order the props were written in (what the memo needs)', () => {
    const out = loader.call({resourcePath: file}, loader.FROM);
    const sortWith = (props: Record<string, number>) => {
      const deps = Object.entries(props);
      new Function('deps', out)(deps);
      return deps.map((d) => d[0]);
    };
    const order = sortWith({sidebar: 1, path: 2, Zed: 3, _private: 4, component: 5});
    expect(order).toEqual(['Zed', '_private', 'component', 'path', 'sidebar']);
    expect(sortWith({component: 5, _private: 4, path: 2, Zed: 3, sidebar: 1})).toEqual(order);
  });

  it('fails the build, naming the file, when theme-common changes the line', () => {
    expect(() => loader.call({resourcePath: path.join('x', 'reactUtils.js')}, 'export {}')).toThrow(/reactUtils\.js/);
  });
});

describe('only the tslib helpers the client calls', () => {
  const shimFile = path.join(__dirname, '../../../src/plugins/lean-client/tslib-helpers.mjs');
  const allowed = shimExports(fs.readFileSync(shimFile, 'utf8'));

  it("the shim exports tslib's own functions, and far fewer than tslib has", async () => {
    expect(allowed.size).toBeGreaterThan(0);
    const shim = (await import(shimFile)) as Record<string, unknown>;
    expect(Object.keys(shim).sort()).toEqual([...allowed].sort());
    const tslib = require('tslib') as Record<string, unknown>;
    for (const name of allowed) {
      expect(TSLIB_HELPERS.has(name), name).toBe(true);
      expect(typeof shim[name], name).toBe('function');
      expect(typeof tslib[name], name).toBe('function');
    }
    expect(TSLIB_HELPERS.size).toBeGreaterThan(allowed.size + 20);
    // What @docusaurus/utils-common calls it for: a CommonJS module seen as a default export.
    const importDefault = shim.__importDefault as (m: unknown) => {default: unknown};
    const cjs = {x: 1};
    expect(importDefault(cjs)).toEqual({default: cjs});
    const esm = {__esModule: true, default: 2};
    expect(importDefault(esm)).toBe(esm);
  });

  it('finds a call of a helper the shim lacks, minified or not, and nothing else', () => {
    const code = 'var a=r(1);a.__importDefault(b);(0,a.__awaiter)(this,void 0,void 0,function*(){});a.__rest(o,["x"]);e.__esModule=!0;w.__docusaurus={};';
    expect(missingHelpers(code, allowed)).toEqual(['__awaiter', '__rest']);
    expect(missingHelpers('Object.defineProperty(exports,"__esModule",{value:!0});', allowed)).toEqual([]);
  });
});

describe('the site config the browser gets', () => {
  const loader = require('../../../src/plugins/lean-client/client-config-loader.cjs') as ((this: {resourcePath: string}, source: string) => string) & {
    SERVER_ONLY: string[];
  };
  const generated = (config: object) => `/*\n * AUTOGENERATED - DON'T EDIT\n */\nexport default ${JSON.stringify(config, null, 2)};\n`;
  const config = {
    title: "Centre d'expertise des grands organismes",
    i18n: {defaultLocale: 'fr', locales: ['fr', 'en']},
    plugins: ['./src/plugins/lean-client/index.ts', ['./src/plugins/newsletters/index.ts', {id: 'rond-point'}]],
    presets: [['classic', {docs: {}}]],
    ssrTemplate: '<!DOCTYPE html><html <%~ it.htmlAttributes %>>',
    themeConfig: {navbar: {title: 'CEGO'}, prism: {theme: {plain: {color: '#000'}}}},
  };

  it('drops what only the build reads and keeps what the pages read', () => {
    const out = loader.call({resourcePath: '/site/.docusaurus/docusaurus.config.mjs'}, generated(config));
    const parsed = JSON.parse(/export default (\{[\s\S]*\});/.exec(out)![1]!);
    expect(parsed).toEqual({title: config.title, i18n: config.i18n, themeConfig: {navbar: {title: 'CEGO'}}});
    expect(out.startsWith('/*')).toBe(true);
  });

  it("trims the site's own config, written as Docusaurus writes it for the browser", async () => {
    const {loadSiteConfig} = require('@docusaurus/core/lib/server/config') as {loadSiteConfig: (o: {siteDir: string}) => Promise<{siteConfig: Record<string, unknown>}>};
    const {siteConfig} = await loadSiteConfig({siteDir: path.join(__dirname, '../../..')});
    for (const key of loader.SERVER_ONLY) expect(siteConfig[key], key).toBeDefined();
    // The shape of @docusaurus/core/lib/server/codegen/codegen.js.
    const source = generated(siteConfig);
    const out = loader.call({resourcePath: '/site/.docusaurus/docusaurus.config.mjs'}, source);
    expect(out.length).toBeLessThan(source.length * 0.7);
    for (const key of loader.SERVER_ONLY) expect(out).not.toContain(`"${key}"`);
    expect(out).toContain('"customFields"');
    expect(out).toContain('"navbar"');
  });

  it('fails the build, naming the file, when the generated config changes shape', () => {
    expect(() => loader.call({resourcePath: 'x/docusaurus.config.mjs'}, 'export default siteConfig;')).toThrow(/docusaurus\.config\.mjs/);
  });
});
