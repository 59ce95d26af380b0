import type {Page} from 'playwright-core';
import type {RouteCheck} from './types';

/**
 * Screen widths every route must fit, in CSS pixels: small and common phones,
 * a tablet, the laptop range where a crowded navbar breaks (1 000 – 1 180,
 * e.g. 1 366 px at 125 % zoom is 1 093 px), the usual desktop, a wide screen.
 */
export const WIDTHS = [320, 390, 768, 1000, 1024, 1180, 1280, 1600] as const;

/** Smallest chart text as rendered on screen (font size × the SVG's scale), in px. */
export const MIN_CHART_TEXT_PX = 11;

/**
 * What one width shows wrong, measured in the page in one evaluate:
 * - the page scrolls sideways (document wider than the viewport), naming the
 *   elements that stick out past the right edge outside any scroll container;
 * - navbar items (logo, title, links, search, language menu, menu button)
 *   overlap one another or leave the navbar's bar;
 * - SVG chart text renders smaller than MIN_CHART_TEXT_PX.
 * Runs in the browser: no closure over Node values.
 */
function probe({width, minText}: {width: number; minText: number}): Promise<string[]> {
  const settle = () =>
    new Promise<void>((resolve) => {
      // Two frames: the resize's media queries applied, then React's resize handlers rendered.
      // A background page may not paint: never wait more than a short while for it.
      const timer = setTimeout(resolve, 250);
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          clearTimeout(timer);
          resolve();
        }),
      );
    });
  return settle().then(() => {
    const out: string[] = [];
    const at = `${width} px`;
    const describe = (el: Element): string => {
      const parts: string[] = [];
      let node: Element | null = el;
      while (node && node !== document.body && parts.length < 4) {
        let part = node.tagName.toLowerCase();
        if (node.id) {
          parts.unshift(`${part}#${node.id}`);
          break;
        }
        // CSS-module classes are "name_hash" in a build: keep the readable name.
        const cls = Array.from(node.classList).slice(0, 2).map((c) => (/^[a-zA-Z]+_[a-zA-Z0-9-]{4,}$/.test(c) ? c.replace(/_[^_]+$/, '') : c));
        if (cls.length) part += `.${cls.join('.')}`;
        parts.unshift(part);
        node = node.parentElement;
      }
      return parts.join(' > ');
    };
    const visible = (el: Element, r: DOMRect): boolean => {
      if (r.width === 0 && r.height === 0) return false;
      const s = getComputedStyle(el);
      return s.visibility !== 'hidden' && s.display !== 'none';
    };

    // 1. Sideways scroll of the page, and its culprits.
    const viewport = document.documentElement.clientWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    /**
     * Is el inside something that clips or scrolls horizontally, or fixed to the
     * viewport? An absolutely positioned element escapes the scroll areas between
     * it and its containing block (e.g. a visually hidden label in a table cell
     * whose scroll area is not positioned): those do not count.
     */
    const contained = (el: Element): boolean => {
      const own = getComputedStyle(el);
      if (own.position === 'fixed') return true;
      let escaping = own.position === 'absolute';
      for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.position === 'fixed') return true;
        if (escaping && s.position === 'static' && s.transform === 'none') continue;
        if (a !== document.body && s.overflowX !== 'visible') return true;
        escaping = s.position === 'absolute';
      }
      return false;
    };
    const culprits: string[] = [];
    if (scrollWidth > viewport + 1) {
      for (const el of Array.from(document.body.querySelectorAll('*'))) {
        const r = el.getBoundingClientRect();
        if (r.right <= viewport + 1 || !visible(el, r) || contained(el)) continue;
        // The outermost element that sticks out: its parent fits (or is the body).
        const parent = el.parentElement;
        if (parent && parent !== document.body && parent.getBoundingClientRect().right > viewport + 1 && !contained(parent)) continue;
        culprits.push(`${describe(el)} (${Math.round(r.width)} px wide, right edge at ${Math.round(r.right)} px)`);
        if (culprits.length >= 5) break;
      }
      out.push(
        `${at}: the page scrolls sideways (${scrollWidth} px wide for a ${viewport} px viewport); sticking out: ${culprits.join('; ') || 'no single element found (a margin or a pseudo-element?)'}`,
      );
    }

    // 2. The navbar: items side by side, each inside the bar, none over another.
    const bar = document.querySelector('.navbar');
    if (bar) {
      const barRect = bar.getBoundingClientRect();
      const items = Array.from(
        bar.querySelectorAll('.navbar__brand, .navbar__toggle, .navbar__items > .navbar__item, .navbar__items--right > *'),
      ).filter((el, i, all) => all.indexOf(el) === i && !all.some((o) => o !== el && o.contains(el)));
      const boxes = items
        .map((el) => ({el, r: el.getBoundingClientRect()}))
        .filter(({el, r}) => r.width > 0 && r.height > 0 && visible(el, r));
      const title = bar.querySelector('.navbar__title');
      if (title) {
        const r = title.getBoundingClientRect();
        if (r.width > 0) boxes.push({el: title, r});
      }
      for (const {el, r} of boxes) {
        if (r.top < barRect.top - 1 || r.bottom > barRect.bottom + 1) {
          out.push(`${at}: navbar item ${describe(el)} leaves the navbar (${Math.round(r.top)}–${Math.round(r.bottom)} px, bar ${Math.round(barRect.top)}–${Math.round(barRect.bottom)} px)`);
        }
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
          const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
          const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
          if (w > 1 && h > 1) out.push(`${at}: navbar items overlap: ${describe(a.el)} and ${describe(b.el)} (${Math.round(w)} × ${Math.round(h)} px)`);
        }
      }
    }

    // 3. Chart text as rendered: font size in the SVG's units × the SVG's scale on screen.
    const small = new Map<string, number>();
    for (const t of Array.from(document.querySelectorAll('svg text'))) {
      const el = t as SVGTextElement;
      const r = el.getBoundingClientRect();
      if (!visible(el, r) || !el.textContent?.trim()) continue;
      const ctm = el.getScreenCTM();
      if (!ctm) continue;
      const scale = Math.sqrt(Math.abs(ctm.a * ctm.d - ctm.b * ctm.c));
      const px = parseFloat(getComputedStyle(el).fontSize) * scale;
      if (px < minText - 0.05) {
        const chart = el.ownerSVGElement ?? el;
        const key = describe(chart.closest('figure') ?? chart);
        small.set(key, Math.min(small.get(key) ?? Infinity, px));
      }
    }
    for (const [chart, px] of small) out.push(`${at}: chart text ${px.toFixed(1)} px (< ${minText} px) in ${chart}`);
    return out;
  });
}

/**
 * Resizes the page through WIDTHS and reports what breaks at each; the page
 * is back at its size afterwards. One evaluate per width.
 */
export async function checkWidths(page: Page, widths: readonly number[] = WIDTHS): Promise<string[]> {
  const original = page.viewportSize() ?? {width: 1280, height: 720};
  const findings: string[] = [];
  // esbuild (tsx) names inner functions with a __name helper the page lacks.
  await page.evaluate('globalThis.__name ??= (f) => f');
  try {
    for (const width of widths) {
      await page.setViewportSize({width, height: original.height});
      findings.push(...(await page.evaluate(probe, {width, minText: MIN_CHART_TEXT_PX})));
    }
  } finally {
    await page.setViewportSize(original);
  }
  return findings;
}

/** Every width from a phone to a wide screen: no sideways scroll, no overlapping navbar, readable charts. */
export const widths: RouteCheck = {
  name: `screen widths (${WIDTHS.join(', ')} px)`,
  run: ({page}) => checkWidths(page),
};
