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
 *                stale copy from a cache), into the locale's build folder.
 *
 * The page's code (CheckerPage.tsx, worker.ts, the core it bundles) is a
 * route chunk of this page only. The catalogue exists only after
 * `npm run build` (under `npm start` the page says it cannot load it).
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
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

    async postBuild({outDir}) {
      if (!written) return;
      await fs.writeFile(path.join(outDir, written.file), written.json);
    },
  };
}
