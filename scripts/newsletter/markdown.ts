/**
 * Markdown of an issue → HTML for email: CommonMark + GFM like the site, raw
 * HTML dropped (a contributed issue cannot inject markup), every link and image
 * made absolute, every image required to have alt text.
 */
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import {visit} from 'unist-util-visit';
import type {Element, Root} from 'hast';

export interface UrlContext {
  /** Absolute URL of the web version of the issue (relative links resolve against it). */
  pageUrl: string;
  /** Absolute URL of the site root for this locale, e.g. https://…/en (site-absolute paths resolve against it). */
  localeRoot: string;
  /** Absolute URL of the site root, without locale (for static files such as /img/…). */
  siteRoot: string;
  /** Maps a sibling post file name (e.g. 2006-06-14-x.md) to its web URL. */
  postUrl?: (fileName: string) => string | undefined;
}

export class MissingAltError extends Error {}

const STATIC_FILE = /\.(png|jpe?g|gif|webp|svg|pdf|xml|json|csv|zip)$/i;

/** Resolves one href/src the way the built site does. */
export function absoluteUrl(url: string, ctx: UrlContext): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url; // http:, https:, mailto:, tel:
  if (url.startsWith('//')) return `https:${url}`;
  if (url.startsWith('#')) return `${ctx.pageUrl}${url}`;
  const [pathPart, hash = ''] = url.split('#');
  if (/\.mdx?$/.test(pathPart) && ctx.postUrl) {
    const target = ctx.postUrl(pathPart.split('/').pop() ?? pathPart);
    if (target) return hash ? `${target}#${hash}` : target;
  }
  if (url.startsWith('/')) {
    // Static files are served once for all locales; pages are per locale.
    return `${STATIC_FILE.test(pathPart) ? ctx.siteRoot : ctx.localeRoot}${url}`;
  }
  return new URL(url, `${ctx.pageUrl}/`).toString();
}

function rehypeEmailUrls(ctx: UrlContext) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const props = node.properties;
      if (node.tagName === 'a' && typeof props.href === 'string') {
        props.href = absoluteUrl(props.href, ctx);
      }
      if (node.tagName === 'img') {
        if (typeof props.src === 'string') props.src = absoluteUrl(props.src, ctx);
        const alt = typeof props.alt === 'string' ? props.alt.trim() : '';
        if (!alt) throw new MissingAltError(`Image sans texte de remplacement : ${String(props.src)}`);
      }
    });
  };
}

export async function markdownToEmailHtml(markdown: string, ctx: UrlContext): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    // allowDangerousHtml stays false: raw HTML, comments (<!-- truncate -->) included, is dropped.
    .use(remarkRehype)
    .use(rehypeEmailUrls, ctx)
    .use(rehypeStringify)
    .process(markdown);
  return String(file);
}
