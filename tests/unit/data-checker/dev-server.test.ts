/**
 * The checker page under `npm start`: the development server answers the
 * catalogue address the page is given (its props) with the site catalogue,
 * and Docusaurus's own middlewares stay as they were once its devServer
 * settings and the plugin's are merged the way Docusaurus merges them
 * (webpack-merge, @docusaurus/core lib/commands/start/webpack.js).
 */
import type {IncomingMessage, ServerResponse} from 'node:http';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import {buildSiteCatalogue, loadDataFolder} from '../../../scripts/pipeline/index';
import dataCheckerPlugin, {type DevServerLike} from '../../../src/plugins/data-checker/index';
import type {CheckerPageProps} from '../../../src/plugins/data-checker/types';

const REPO = join(__dirname, '../../..');
/** The webpack-merge Docusaurus itself merges devServer settings with (its own dependency). */
const fromCore = createRequire(createRequire(import.meta.url).resolve('@docusaurus/core/package.json'));
const {merge} = fromCore('webpack-merge') as {merge: <T extends object>(configs: T[]) => T};

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

async function loadPlugin(locale: 'fr' | 'en') {
  const baseUrl = locale === 'fr' ? '/' : '/en/';
  const context = {
    siteDir: REPO,
    baseUrl,
    i18n: {currentLocale: locale},
    siteConfig: {customFields: {repository: {url: 'https://github.com/exemple/depot', branch: 'main'}}},
  } as unknown as LoadContext;
  const plugin = dataCheckerPlugin(context) as Plugin<{json: string; file: string}>;
  const content = (await plugin.loadContent!())!;
  let props: CheckerPageProps | undefined;
  await plugin.contentLoaded!({
    content,
    allContent: {},
    actions: {
      createData: async (_name: string, data: string) => {
        props = JSON.parse(data) as CheckerPageProps;
        return 'module';
      },
      addRoute: () => undefined,
      setGlobalData: () => undefined,
    },
  } as never);
  return {plugin, props: props!};
}

/** Docusaurus's own devServer settings, as far as setupMiddlewares goes. */
const docusaurusDevServer = {
  setupMiddlewares: (middlewares: unknown[]) => {
    middlewares.unshift('evalSourceMapMiddleware');
    return middlewares;
  },
};

describe('la page du vérificateur sous npm start', () => {
  for (const locale of ['fr', 'en'] as const) {
    it(`(${locale}) le serveur de développement répond à l’adresse du catalogue que reçoit la page, sans doubler les middlewares de Docusaurus`, async () => {
      const {plugin, props} = await loadPlugin(locale);
      const result = plugin.configureWebpack!({}, false, {} as never, undefined as never) as {devServer: {setupMiddlewares: (m: unknown[], s: DevServerLike) => unknown[]}};
      const merged = merge([docusaurusDevServer, result.devServer]) as typeof docusaurusDevServer;
      const routes: [RegExp, Handler][] = [];
      const server: DevServerLike = {app: {get: (pattern, handler) => routes.push([pattern, handler])}};
      const list = (merged.setupMiddlewares as (m: unknown[], s: DevServerLike) => unknown[])(['webpack-dev-middleware', 'static'], server);
      expect(list).toEqual(['evalSourceMapMiddleware', 'webpack-dev-middleware', 'static']);

      const [pattern, handler] = routes.find(([p]) => p.test(props.catalogueUrl))!;
      expect(pattern.test(props.catalogueUrl)).toBe(true);
      expect(pattern.test(locale === 'fr' ? '/en/catalogue-du-site.0123456789.json' : '/catalogue-du-site.0123456789.json')).toBe(false);
      const sent: {headers: Record<string, string>; body: string} = {headers: {}, body: ''};
      const res = {
        statusCode: 200,
        setHeader: (k: string, v: string) => void (sent.headers[k.toLowerCase()] = v),
        end: (body?: string) => void (sent.body = body ?? ''),
      } as unknown as ServerResponse;
      handler({} as IncomingMessage, res);
      expect(res.statusCode).toBe(200);
      expect(sent.headers['content-type']).toMatch(/^application\/json/);
      const expected = buildSiteCatalogue(await loadDataFolder(join(REPO, 'data')));
      expect(JSON.parse(sent.body)).toEqual(JSON.parse(JSON.stringify(expected)));
    });
  }

  it('le site compilé n’a pas de serveur de développement : rien à configurer', async () => {
    const {plugin} = await loadPlugin('fr');
    expect(plugin.configureWebpack!({}, true, {} as never, undefined as never)).toBeUndefined();
  });
});
