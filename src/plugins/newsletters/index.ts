/**
 * @docusaurus/plugin-content-blog, plus the tiny global data the home page's
 * LatestIssues component needs (title, base path, 3 latest issues). Every
 * other lifecycle is the blog plugin's own: routes, feeds, translations.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import blogPlugin, {validateOptions} from '@docusaurus/plugin-content-blog';
import type {BlogContent, PluginOptions} from '@docusaurus/plugin-content-blog';
import type {IssueSummary, NewsletterGlobalData} from './types';

export const LATEST_COUNT = 3;

export default async function newsletterBlogPlugin(
  context: LoadContext,
  options: PluginOptions,
): Promise<Plugin<BlogContent>> {
  const blog = await blogPlugin(context, options);
  return {
    ...blog,
    async contentLoaded(args) {
      await blog.contentLoaded?.(args);
      const {content, actions} = args;
      const latest: IssueSummary[] = content.blogPosts
        .filter((post) => !post.metadata.unlisted)
        .slice(0, LATEST_COUNT)
        .map(({metadata}) => ({
          title: metadata.title,
          permalink: metadata.permalink,
          date: new Date(metadata.date).toISOString().slice(0, 10),
          description: metadata.description,
          number: typeof metadata.frontMatter.number === 'number' ? metadata.frontMatter.number : null,
          example: metadata.frontMatter.example === true,
        }));
      const data: NewsletterGlobalData = {
        title: content.blogTitle,
        // context.baseUrl is already localized ("/" or "/en/"); routeBasePath is normalized to "/rond-point".
        basePath: `${context.baseUrl}${options.routeBasePath.replace(/^\//, '')}`,
        latest,
      };
      actions.setGlobalData(data);
    },
  };
}

export {validateOptions};
