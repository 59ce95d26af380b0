/**
 * Compiles a content file through Docusaurus's own MDX pipeline
 * (@docusaurus/mdx-loader's compileToJSX: preprocessor, md/mdx format, its remark
 * plugins) with the remark plugins that docusaurus.config.ts gives the content
 * plugin owning that file, so a test that passes here passes in the build.
 */
import path from 'node:path';
import {createRequire} from 'node:module';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import siteConfig from '../../../docusaurus.config';

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const {compileToJSX} = require('@docusaurus/mdx-loader/lib/utils') as {
  compileToJSX: (args: {filePath: string; fileContent: string; frontMatter: Record<string, unknown>; options: unknown; compilerName: string}) => Promise<{content: string}>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const {validateConfig} = require('@docusaurus/core/lib/server/configValidation') as {
  validateConfig: (config: unknown, path: string) => {markdown: Record<string, unknown>};
};

export const siteDir = path.resolve(__dirname, '../../..');
const config = validateConfig(siteConfig, 'docusaurus.config.ts');

type PluginOptions = {beforeDefaultRemarkPlugins?: unknown[]; remarkPlugins?: unknown[]; path?: string};

/** The options docusaurus.config.ts gives the content plugin (docs, a blog, pages) that owns relPath. */
export function contentPluginOptions(relPath: string): PluginOptions {
  const preset = (siteConfig.presets?.[0] as [string, {docs: PluginOptions; pages: PluginOptions}])[1];
  if (relPath.startsWith('src/pages/')) return preset.pages;
  const blog = /^(?:blog\/([^/]+)|i18n\/[^/]+\/docusaurus-plugin-content-blog-([^/]+))\//.exec(relPath);
  if (blog) {
    const series = blog[1] ?? blog[2];
    const plugin = (siteConfig.plugins ?? []).find((p) => Array.isArray(p) && (p[1] as PluginOptions).path === `blog/${series}`);
    if (!plugin) throw new Error(`no blog plugin for ${relPath}`);
    return (plugin as [string, PluginOptions])[1];
  }
  return preset.docs;
}

/** Compiles `text` as the file `relPath` of the site would be; rejects with the build's error. */
export async function compileContent(relPath: string, text: string): Promise<string> {
  const filePath = path.join(siteDir, relPath);
  const plugin = contentPluginOptions(relPath);
  const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath, fileContent: text});
  const options = {
    markdownConfig: config.markdown,
    admonitions: true,
    siteDir,
    staticDirs: [path.join(siteDir, 'static')],
    beforeDefaultRemarkPlugins: plugin.beforeDefaultRemarkPlugins ?? [],
    remarkPlugins: plugin.remarkPlugins ?? [],
  };
  const result = await compileToJSX({filePath, fileContent: text, frontMatter, options, compilerName: 'server'});
  return result.content;
}
