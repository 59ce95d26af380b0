/**
 * Markdown of an issue → HTML for email: CommonMark + GFM like the site, raw
 * HTML dropped (a contributed issue cannot inject markup), every link and image
 * made absolute, links other than http:, https:, mailto:, tel: and relative ones
 * dropped (their text kept), every image required to have alt text.
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

/** Schemes an email link may keep (besides relative links, made absolute). */
export const EMAIL_URL_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/** The scheme as a mail client or browser reads it (leading spaces and controls, tabs and newlines ignored), or null. */
function schemeOf(url: string): string | null {
  // eslint-disable-next-line no-control-regex
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, ''));
  return m ? m[1]!.toLowerCase() : null;
}

/** Whether an email may carry this link: http:, https:, mailto:, tel: or relative. */
export function isEmailSafeUrl(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === null || (EMAIL_URL_SCHEMES as readonly string[]).includes(scheme);
}

/** Resolves one href/src the way the built site does. */
export function absoluteUrl(url: string, ctx: UrlContext): string {
  if (schemeOf(url) !== null) return url; // http:, https:, mailto:, tel: (others are dropped by rehypeEmailUrls)
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
    visit(tree, 'element', (node: Element, index, parent) => {
      const props = node.properties;
      if (node.tagName === 'a' && typeof props.href === 'string') {
        if (isEmailSafeUrl(props.href)) props.href = absoluteUrl(props.href, ctx);
        else {
          // javascript:, data:, file:… : the words stay, the link goes.
          node.tagName = 'span';
          node.properties = {};
        }
      }
      if (node.tagName === 'img') {
        if (typeof props.src === 'string' && !isEmailSafeUrl(props.src) && parent && typeof index === 'number') {
          parent.children.splice(index, 1);
          return index;
        }
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
