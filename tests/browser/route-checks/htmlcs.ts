import fs from 'node:fs';
import {createRequire} from 'node:module';
import type {RouteCheck} from './types';

const require = createRequire(import.meta.url);
/** The very HTML_CodeSniffer build pa11y 10 injects (its runner resolves this same file). */
const HTMLCS_SOURCE = fs.readFileSync(require.resolve('@pa11y/html_codesniffer/build/HTMLCS.js'), 'utf8');

/**
 * Message codes pa11y would report that this check leaves out, each with the
 * reason. Empty: nothing is ignored. Add a code only with a written reason that
 * a reviewer can check (pa11y's `ignore` option, same codes).
 */
export const HTMLCS_IGNORED: Readonly<Record<string, string>> = {};

export interface HtmlcsIssue {
  code: string;
  message: string;
  selector: string;
  context: string;
}

/**
 * pa11y's engine with pa11y's defaults: HTML_CodeSniffer, standard WCAG2AA,
 * issues of type error only (pa11y drops warnings and notices unless asked),
 * nothing ignored. Same selection as `pa11y --standard WCAG2AA URL`, run on the
 * page the route pass has already loaded instead of in a browser of its own.
 */
export async function runHtmlcs(page: import('playwright-core').Page): Promise<HtmlcsIssue[]> {
  // Evaluated through the DevTools protocol, as axe is: the site's CSP refuses inline scripts.
  await page.evaluate(HTMLCS_SOURCE);
  const issues = await page.evaluate(
    () =>
      new Promise<HtmlcsIssue[]>((resolve, reject) => {
        interface Message {
          type: number;
          code: string;
          msg: string;
          element: Element | Document | null;
        }
        const HTMLCS = (window as unknown as {HTMLCS: {process: (s: string, d: Document, ok: () => void, fail: () => void) => void; getMessages: () => Message[]}}).HTMLCS;
        // pa11y's getElementSelector: ids where there are, else tag:nth-child up to one.
        const selectorOf = (el: Element): string => {
          const parts: string[] = [];
          let node: Element | null = el;
          while (node && node.nodeType === 1) {
            if (node.id) {
              parts.unshift(`#${CSS.escape(node.id)}`);
              break;
            }
            const parent: Element | null = node.parentElement;
            const tag = node.tagName.toLowerCase();
            const siblings: Element[] = parent ? Array.from(parent.children) : [];
            const same = siblings.filter((c) => c.tagName === node!.tagName);
            parts.unshift(same.length > 1 ? `${tag}:nth-child(${siblings.indexOf(node) + 1})` : tag);
            node = parent;
          }
          return parts.join(' > ');
        };
        HTMLCS.process(
          'WCAG2AA',
          document,
          () => {
            resolve(
              HTMLCS.getMessages()
                .filter((m) => m.type === 1) // HTMLCS.ERROR; 2 warning, 3 notice
                .map((m) => {
                  const el = m.element && 'outerHTML' in m.element ? (m.element as Element) : null;
                  return {
                    code: m.code,
                    message: m.msg,
                    selector: el ? selectorOf(el) : 'document',
                    context: el ? el.outerHTML.replace(/\s+/g, ' ').slice(0, 160) : '',
                  };
                }),
            );
          },
          () => reject(new Error('HTML_CodeSniffer failed to run')),
        );
      }),
  );
  return issues.filter((i) => !(i.code in HTMLCS_IGNORED));
}

/** pa11y's engine (HTML_CodeSniffer, WCAG2AA, errors): a second opinion beside axe. */
export const htmlcs: RouteCheck = {
  name: 'HTML_CodeSniffer (pa11y, WCAG2AA)',
  async run({page}) {
    const issues = await runHtmlcs(page);
    return issues.map((i) => `${i.code}\n    ${i.message}\n    → ${i.selector}\n    ${i.context}`);
  },
};
