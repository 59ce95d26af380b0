/**
 * English is complete for the interface: every UI string used in src/ and every
 * navbar/footer label has an English translation, so /en/ never shows French UI.
 */
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import config from '../../../docusaurus.config';

const root = path.resolve(__dirname, '../../..');
const require = createRequire(import.meta.url);
const read = (p: string) => JSON.parse(fs.readFileSync(path.join(root, p), 'utf8')) as Record<string, {message: string}>;

function walk(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

describe('English interface strings', () => {
  it('has an English message for every translation id used in src/', () => {
    const code = read('i18n/en/code.json');
    const ids = new Set<string>();
    for (const file of walk(path.join(root, 'src'))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/<Translate\s+id="([^"]+)"/g)) ids.add(m[1]!);
      for (const m of text.matchAll(/translate\(\s*\{\s*id:\s*['"`]([^'"`]+)['"`]/g)) ids.add(m[1]!);
    }
    expect(ids.size).toBeGreaterThan(20);
    const missing = [...ids].filter((id) => !code[id]?.message);
    expect(missing, `ids sans traduction anglaise dans i18n/en/code.json`).toEqual([]);
  });

  it('translates every navbar and footer label', () => {
    const navbar = read('i18n/en/docusaurus-theme-classic/navbar.json');
    const footer = read('i18n/en/docusaurus-theme-classic/footer.json');
    const theme = config.themeConfig as {
      navbar: {items: {label?: string; items?: {label: string}[]}[]};
      footer: {links: {title: string; items: {label: string}[]}[]};
    };
    const items = theme.navbar.items.flatMap((item) => [item, ...(item.items ?? [])]);
    expect(items.length).toBeGreaterThan(5);
    for (const item of items) {
      if (!item.label) continue;
      expect(navbar[`item.label.${item.label}`]?.message, `navbar « ${item.label} »`).toBeTruthy();
    }
    for (const column of theme.footer.links) {
      expect(footer[`link.title.${column.title}`]?.message, `footer « ${column.title} »`).toBeTruthy();
      for (const item of column.items) {
        expect(footer[`link.item.label.${item.label}`]?.message, `footer « ${item.label} »`).toBeTruthy();
      }
    }
  });
});

describe('French interface strings', () => {
  const base = JSON.parse(fs.readFileSync(require.resolve('@docusaurus/theme-translations/locales/base/theme-common.json'), 'utf8')) as Record<string, string>;
  const themeFr = JSON.parse(fs.readFileSync(require.resolve('@docusaurus/theme-translations/locales/fr/theme-common.json'), 'utf8')) as Record<string, string>;
  const overrides = read('i18n/fr/code.json');
  /** Words that are the same in both languages. */
  const SAME_WORD = new Set(['theme.admonition.danger', 'theme.navbar.mobileVersionsDropdown.label']);

  it('leaves no theme string in English on French pages (authors pages of the newsletters included)', () => {
    const english = Object.keys(themeFr)
      .filter((id) => !id.endsWith('___DESCRIPTION') && !SAME_WORD.has(id))
      .map((id) => ({id, message: overrides[id]?.message ?? themeFr[id]!}))
      .filter(({id, message}) => /\p{L}{3}/u.test(message) && (message === base[id] || /\b(the|this|all|authors?|posts?|draft)\b/i.test(message)));
    expect(english.map((e) => `${e.id}: « ${e.message} »`)).toEqual([]);
    expect(overrides['theme.blog.authorsList.pageTitle']?.message).toBe('Auteurs');
    expect(overrides['theme.blog.authorsList.viewAll']?.message).toBe('Voir tous les auteurs');
  });
});
