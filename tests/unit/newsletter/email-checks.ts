/** Checks shared by the unit and browser tests of the email edition. */
import {load} from 'cheerio';

/** Every problem that would make this HTML unsafe to send, as a flat list. */
export function emailProblems(html: string, placeholder: string): string[] {
  const $ = load(html);
  const problems: string[] = [];
  $('link[rel="stylesheet"], script').each((_, el) => {
    problems.push(`forbidden <${el.tagName}>`);
  });
  $('[href], [src]').each((_, el) => {
    for (const attr of ['href', 'src']) {
      const value = $(el).attr(attr);
      if (value === undefined) continue;
      if (value === placeholder) continue;
      if (!/^(https?:|mailto:)/.test(value)) problems.push(`relative ${attr}: ${value}`);
    }
  });
  $('img').each((_, el) => {
    if (!($(el).attr('alt') ?? '').trim()) problems.push(`img without alt: ${$(el).attr('src')}`);
  });
  // What a stylesheet may still hold: MJML's client resets and responsive media
  // queries. A rule for anything else would be a style only a stylesheet carries.
  const css = $('style')
    .map((_, el) => $(el).text())
    .get()
    .join('\n')
    .replace(/@media[^{]*\{([^{}]*\{[^}]*\})*\s*\}/g, '');
  for (const m of css.matchAll(/([^{}]+)\{[^}]*\}/g)) {
    for (const selector of m[1].split(',').map((s) => s.trim())) {
      const allowed = /^(#outlook a|body|table|td|img|p|\.mj-outlook-group-fix|\.moz-text-html \.mj-column-per-\d+)$/;
      if (!allowed.test(selector)) problems.push(`stylesheet-only rule: ${selector}`);
    }
  }
  // Content elements carry their own style.
  $('h1, h2, h3, p, a, ul, ol, li, blockquote').each((_, el) => {
    if (el.tagName === 'a' && !$(el).text().trim()) return; // image link: the img is styled
    if (!$(el).attr('style')) problems.push(`unstyled <${el.tagName}>: ${$(el).text().slice(0, 40)}`);
  });
  return problems;
}
