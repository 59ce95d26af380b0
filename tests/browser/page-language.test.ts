/**
 * Every paragraph is in the language of its page, or marked otherwise: French
 * text on an English page sits inside an element with lang="fr", English text on a
 * French page inside lang="en" (WCAG 3.1.2, language of parts). Read from the
 * production build (build/ and build/en/) with parse5, no browser: each block of
 * text (paragraph, list item, cell, heading, caption…) long enough to tell is
 * classified by franc-min (French or English only), proper names removed first.
 *
 * Runs in the browser project because it needs the build; like the other tests
 * there, a missing build fails in CI and is reported loudly elsewhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import {francAll} from 'franc-min';
import Papa from 'papaparse';
import {parse} from 'parse5';
import {describe, expect, it} from 'vitest';
import {buildDir, siteDir} from './helpers';

type Lang = 'fr' | 'en';

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: {name: string; value: string}[];
  childNodes?: Node[];
  content?: Node;
}

/** Elements whose text is not prose, or not shown. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'code', 'pre', 'kbd', 'samp', 'head', 'math']);
/** Elements whose text is one block (a paragraph for the reader). */
const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'figcaption', 'blockquote', 'summary', 'label', 'legend', 'option', 'button', 'title']);

/** Shorter blocks cannot be told apart reliably (a list of three terms, a name). */
const MIN_LETTERS = 50;
const MIN_WORDS = 8;

/** Proper names kept in French on English pages (WCAG 3.1.2 exempts proper names). */
function properNames(): string[] {
  const rows = Papa.parse<Record<string, string>>(fs.readFileSync(path.join(siteDir, 'data/organismes.csv'), 'utf8'), {header: true, skipEmptyLines: true}).data;
  return [...rows.map((r) => r.nom_fr!), "Centre d'expertise des grands organismes", 'Services Québec', 'Rond Point'].sort((a, b) => b.length - a.length);
}

const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;

interface Block {
  text: string;
  lang: Lang;
}

/** The text blocks of a page with the language each is declared in. */
function blocks(html: string): Block[] {
  const out: Block[] = [];
  const walk = (node: Node, lang: Lang, current: {parts: string[]} | null) => {
    const declared = attr(node, 'lang');
    const here: Lang = declared ? (declared.toLowerCase().startsWith('fr') ? 'fr' : declared.toLowerCase().startsWith('en') ? 'en' : lang) : lang;
    if (node.nodeName === '#text') {
      current?.parts.push(node.value ?? '');
      return;
    }
    if (node.tagName && SKIP.has(node.tagName)) return;
    if (attr(node, 'hidden') !== undefined || attr(node, 'aria-hidden') === 'true') return;
    let block = current;
    // A block, or a change of language inside one, starts a new piece of text.
    if ((node.tagName && BLOCKS.has(node.tagName)) || (declared && current)) {
      block = {parts: []};
    }
    for (const child of node.content?.childNodes ?? node.childNodes ?? []) walk(child, here, block);
    if (block && block !== current) {
      out.push({text: block.parts.join(' ').replace(/\s+/g, ' ').trim(), lang: here});
      current?.parts.push(' ');
    }
  };
  const doc = parse(html) as unknown as Node;
  const htmlEl = doc.childNodes!.find((n) => n.tagName === 'html')!;
  const pageLang: Lang = (attr(htmlEl, 'lang') ?? 'fr').startsWith('en') ? 'en' : 'fr';
  walk(htmlEl, pageLang, null);
  return out;
}

function clean(text: string, names: string[]): string {
  let t = text.replace(/https?:\/\/\S+/g, ' ').replace(/\s+/g, ' ');
  for (const name of names) t = t.split(name).join(' ');
  return t.trim();
}

/** The language franc finds, or null when the text does not say clearly. */
export function detect(text: string): Lang | null {
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  if (letters < MIN_LETTERS || text.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length < MIN_WORDS) return null;
  const [best, second] = francAll(text, {only: ['fra', 'eng'], minLength: 1});
  if (!best || best[0] === 'und') return null;
  // Scores are relative to the best (1); a close second means "can't tell".
  if (second && second[1] > 0.85) return null;
  return best[0] === 'fra' ? 'fr' : 'en';
}

function htmlFiles(dir: string, exclude?: string): string[] {
  return (fs.readdirSync(dir, {recursive: true, withFileTypes: true}) as fs.Dirent[])
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !exclude || !f.startsWith(exclude + path.sep))
    .sort();
}

const built = fs.existsSync(path.join(buildDir, 'index.html')) && fs.existsSync(path.join(buildDir, 'en', 'index.html'));
if (!built && process.env.CI) throw new Error(`Le site compilé est absent de ${buildDir}. Lancez d'abord : npm run build`);
if (!built) console.warn(`\n!! LANGUE DES PARAGRAPHES NON VÉRIFIÉE : le site compilé est absent de ${buildDir} (npm run build)\n`);

describe('the language detector', () => {
  it('tells French from English and declines short or mixed text', () => {
    expect(detect("Le réseau d'échange a publié un rapport sur la téléphonie IP et sur la place de l'anglais dans les messages d'accueil.")).toBe('fr');
    expect(detect('The exchange network published a report on IP telephony and on the place of English in greeting messages.')).toBe('en');
    expect(detect('Services Québec, 2010-2011')).toBeNull();
  });

  it('reads the declared language of each block, lang attributes included', () => {
    const html = '<html lang="en-CA"><body><p>English text here.</p><div lang="fr"><p>Texte français.</p></div><p>Mixed <q lang="fr">citation</q> text.</p><script>var a = "ignored";</script></body></html>';
    expect(blocks(html)).toEqual([
      {text: 'English text here.', lang: 'en'},
      {text: 'Texte français.', lang: 'fr'},
      {text: 'citation', lang: 'fr'},
      {text: 'Mixed text.', lang: 'en'},
    ]);
  });
});

describe.skipIf(!built)('language of every paragraph of the built site', () => {
  const names = properNames();

  function mismatches(files: string[]): string[] {
    const found = new Map<string, {lang: Lang; pages: string[]}>();
    for (const file of files) {
      for (const b of blocks(fs.readFileSync(file, 'utf8'))) {
        const text = clean(b.text, names);
        const detected = detect(text);
        if (!detected || detected === b.lang) continue;
        const key = `[${b.lang} → ${detected}] ${text.slice(0, 140)}`;
        const entry = found.get(key) ?? {lang: b.lang, pages: []};
        entry.pages.push(path.relative(buildDir, file));
        found.set(key, entry);
      }
    }
    return [...found.entries()].map(([key, {pages}]) => `${key}  (${pages.length} page(s), ex. ${pages[0]})`);
  }

  it('English pages: no French paragraph outside an element marked lang="fr"', {timeout: 300_000}, () => {
    const files = htmlFiles(path.join(buildDir, 'en'));
    expect(files.length).toBeGreaterThan(50);
    const found = mismatches(files);
    expect(found, found.join('\n')).toEqual([]);
  });

  it('French pages: no English paragraph outside an element marked lang="en"', {timeout: 300_000}, () => {
    const files = htmlFiles(buildDir, path.join(buildDir, 'en'));
    expect(files.length).toBeGreaterThan(50);
    const found = mismatches(files);
    expect(found, found.join('\n')).toEqual([]);
  });
});
