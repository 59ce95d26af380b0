/**
 * data-checker: the page "Vérifier un fichier de données" / "Check a data
 * file" (issue #12), where a working-group member checks a CSV exported
 * from Excel with the same data core as `npm run validate`, in a Web Worker,
 * with nothing sent anywhere.
 *
 * loadContent    checks data/ with the core (loadDataFolder) and builds the
 *                site catalogue (scripts/pipeline/site-catalogue.ts): the
 *                published data a dropped file is checked against;
 * contentLoaded  one route per locale (CHECKER_ROUTE), its props as a
 *                createData JSON module (locale, catalogue URL, upload URL);
 * postBuild      writes the catalogue JSON, named by its content hash (no
 *                stale copy from a cache), into the locale's build folder;
 * configureWebpack  under `npm start`, the development server answers the
 *                catalogue's address with the latest catalogue (data/ is
 *                watched), so the page works there too.
 *
 * The page's code (CheckerPage.tsx, worker.ts, the core it bundles) is a
 * route chunk of this page only.
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type {IncomingMessage, ServerResponse} from 'node:http';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {buildSiteCatalogue, loadDataFolderOrThrow} from '../../../scripts/pipeline/index';
import type {CheckerPageProps} from './types';

export const CHECKER_ROUTE = '/verifier-un-fichier';

export interface RepositoryConfig {
  /** Web address of the repository (GitHub), without a trailing slash. */
  url: string;
  /** Branch pull requests go to. */
  branch: string;
}

/** The repository of docusaurus.config customFields.repository, checked. */
export function repositoryOf(customFields: Record<string, unknown> | undefined): RepositoryConfig {
  const r = customFields?.repository as Partial<RepositoryConfig> | undefined;
  if (!r || typeof r.url !== 'string' || !/^https:\/\/[^\s]+[^/]$/.test(r.url) || typeof r.branch !== 'string' || !r.branch) {
    throw new Error('data-checker: customFields.repository {url: "https://…", branch} manque dans docusaurus.config.ts (lien vers la page de téléversement du dépôt).');
  }
  return {url: r.url, branch: r.branch};
}

interface Content {
  json: string;
  file: string;
}

/** The catalogue's address pattern under a base URL ("/", "/en/"): any content hash. */
export const catalogueAddress = (baseUrl: string): RegExp => new RegExp(`^${baseUrl.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}catalogue-du-site\\.[0-9a-f]{10}\\.json$`);

/** What the development server is to the plugin: the Express app webpack-dev-server hands to setupMiddlewares. */
export interface DevServerLike {
  app?: {get(path: RegExp, handler: (req: IncomingMessage, res: ServerResponse) => void): unknown};
}

export default function dataCheckerPlugin(context: LoadContext): Plugin<Content> {
  const locale = context.i18n.currentLocale === 'en' ? 'en' : 'fr';
  const dataDir = path.join(context.siteDir, 'data');
  const repository = repositoryOf(context.siteConfig.customFields);
  let written: Content | null = null;

  return {
    name: 'data-checker',

    getPathsToWatch() {
      return [path.join(dataDir, '**/*.csv')];
    },

    async loadContent() {
      const result = await loadDataFolderOrThrow(dataDir);
      const json = JSON.stringify(buildSiteCatalogue(result));
      const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
      return {json, file: `catalogue-du-site.${hash}.json`};
    },

    async contentLoaded({content, actions}) {
      written = content;
      const props: CheckerPageProps = {
        locale,
        catalogueUrl: `${context.baseUrl}${content.file}`,
        uploadBase: `${repository.url}/upload/${repository.branch}`,
        repositoryUrl: repository.url,
      };
      const module = await actions.createData(`checker-${locale}.json`, JSON.stringify(props));
      actions.addRoute({
        path: `${context.baseUrl}${CHECKER_ROUTE.slice(1)}`,
        component: '@site/src/plugins/data-checker/CheckerPage',
        exact: true,
        modules: {config: module},
      });
    },

    configureWebpack(_config, isServer) {
      if (isServer || process.env.NODE_ENV === 'production') return;
      // webpack's Configuration type leaves devServer out (webpack-dev-server's own types add it).
      return {
        devServer: {
          // Docusaurus merges this devServer with its own (webpack-merge): both setupMiddlewares run on
          // the same list, and the lists they return are joined. The route goes on the app itself, and
          // the empty list keeps Docusaurus's middlewares from being listed twice.
          setupMiddlewares: (_middlewares: unknown[], devServer: DevServerLike) => {
            devServer.app?.get(catalogueAddress(context.baseUrl), (_req, res) => {
              if (!written) {
                res.statusCode = 503;
                res.end();
                return;
              }
              res.setHeader('Content-Type', 'application/json; charset=utf-8');
              res.end(written.json);
            });
            return [];
          },
        },
      } as ReturnType<NonNullable<Plugin['configureWebpack']>>;
    },

    async postBuild({outDir}) {
      if (!written) return;
      await fs.writeFile(path.join(outDir, written.file), written.json);
    },
  };
}
