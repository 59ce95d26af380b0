/**
 * The French text a reader sees, gathered from the sources of the site with the
 * position of each piece in its file: docs and newsletters (front matter titles
 * and descriptions, body without code, URLs or component syntax), the newsletters'
 * tag and author files, the interface strings of src/ (JSX text, `fr:` values,
 * translate() messages), i18n/fr/code.json, and the French columns of data/*.csv.
 *
 * Used by the French typography check; the pieces keep their offsets so a problem
 * is reported as file:line:column.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import ts from 'typescript';

export const root = path.resolve(__dirname, '../..');

export interface FrenchText {
  /** Path relative to the repository. */
  file: string;
  /** The whole file; `text` is this file with everything but French prose blanked out. */
  text: string;
}

export function walk(dir: string, keep: (file: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, {withFileTypes: true})
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.name === 'node_modules' || e.name.startsWith('.')) return [];
      return e.isDirectory() ? walk(full, keep) : keep(full) ? [full] : [];
    })
    .sort();
}

const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');

/** Same length, newlines kept: offsets (and so lines and columns) survive. */
const blank = (s: string) => s.replace(/[^\n]/g, ' ');

function blankAll(text: string, pattern: RegExp, keepGroup?: number): string {
  return text.replace(pattern, (...args) => {
    const match = args[0] as string;
    if (keepGroup === undefined) return blank(match);
    const kept = args[keepGroup] as string | undefined;
    if (!kept) return blank(match);
    const at = match.indexOf(kept);
    return blank(match.slice(0, at)) + kept + blank(match.slice(at + kept.length));
  });
}

/** Shown front-matter keys of docs and posts. */
const SHOWN_KEYS = /^(title|description|sidebar_label|pagination_label):/;

/** A Markdown or MDX file reduced to what the reader sees. */
export function markdownProse(source: string): string {
  let text = source;
  // Front matter: keep the values of the keys shown on the page.
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (fm) {
    const kept = fm[0]
      .split('\n')
      .map((line) => {
        const key = SHOWN_KEYS.exec(line);
        return key ? blank(key[0]) + line.slice(key[0].length) : blank(line);
      })
      .join('\n');
    text = kept + text.slice(fm[0].length);
  }
  text = blankAll(text, /^(```|~~~)[\s\S]*?^\1/gm); // fenced code
  text = blankAll(text, /`[^`\n]*`/g); // inline code
  text = blankAll(text, /<!--[\s\S]*?-->/g);
  text = blankAll(text, /\{\/\*[\s\S]*?\*\/\}/g); // MDX comments
  text = blankAll(text, /^(import|export)\s.*$/gm);
  text = blankAll(text, /\\\{#[^}]*\}|\{#[^}]*\}/g); // heading ids
  text = blankAll(text, /\]\([^)\s]*(?:\s+"[^"]*")?\)/g); // link destinations
  text = blankAll(text, /^\[[^\]]+\]:\s*\S+.*$/gm); // link definitions
  text = blankAll(text, /<https?:[^>]*>/g);
  text = blankAll(text, /\bhttps?:\/\/[^\s)]+/g);
  // Component tags: blank the syntax, keep the text of string attributes shown on the page.
  text = text.replace(/<\/?[A-Z][\s\S]*?\/?>/g, (tag) =>
    tag.replace(/(\b(?:libelle|titre|title|label)=")([^"]*)(")|[^\n]/g, (m, open?: string, value?: string, close?: string) =>
      value !== undefined ? blank(open!) + value + blank(close!) : m === '\n' ? m : ' ',
    ),
  );
  return text;
}

/** A YAML file of the blog (tags, authors): the values of label, description, name and title. */
export function yamlProse(source: string): string {
  return source
    .split('\n')
    .map((line) => {
      const m = /^(\s*(?:label|description|name|title):\s*)(.*)$/.exec(line);
      return m ? blank(m[1]!) + m[2] : blank(line);
    })
    .join('\n');
}

const FRENCH_HINT = /[àâçéèêëîïôûùüÿœ«»]|\b(?:le|la|les|des|du|une?|et|pour|sur|dans|aux?|est|sont|pas|ce|cette|vous|votre|vos|nous|qui|que|ou)\b|\b[dlnsjcq]'\p{L}/iu;
const ENGLISH_HINT = /\b(?:the|and|of|to|is|are|this|with|for|from|your|you|not)\b/i;

function propertyName(node: ts.Node): string | null {
  if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) return node.name.text;
  return null;
}

/** Is a string literal French interface text? Decided by where it sits, then by its words. */
function stringLanguage(node: ts.Node): 'fr' | 'en' | 'code' | 'unknown' {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    const name = propertyName(n);
    if (name === 'fr') return 'fr';
    if (name === 'en') return 'en';
    if (name === 'message' && ts.isObjectLiteralExpression(n.parent) && ts.isCallExpression(n.parent.parent) && n.parent.parent.expression.getText() === 'translate') return 'fr';
    if (name === 'description' && ts.isObjectLiteralExpression(n.parent) && ts.isCallExpression(n.parent.parent) && n.parent.parent.expression.getText() === 'translate') return 'code';
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n) || ts.isExternalModuleReference(n)) return 'code';
    if (ts.isCallExpression(n) && /^(require|import|Error|TypeError|RangeError)$/.test(n.expression.getText())) return 'code';
    if (ts.isNewExpression(n) && /Error$/.test(n.expression.getText())) return 'code';
    if (ts.isJsxAttribute(n)) {
      const attr = n.name.getText();
      if (!/^(title|alt|aria-label|aria-description|placeholder|label|summary|caption)$/.test(attr)) return 'code';
    }
    if (ts.isFunctionLike(n) || ts.isSourceFile(n)) break;
  }
  return 'unknown';
}

function jsxLanguage(node: ts.Node): 'fr' | 'en' {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isJsxElement(n)) {
      const lang = n.openingElement.attributes.properties.find((p) => ts.isJsxAttribute(p) && p.name.getText() === 'lang');
      if (lang && ts.isJsxAttribute(lang) && lang.initializer && ts.isStringLiteral(lang.initializer)) return lang.initializer.text === 'en' ? 'en' : 'fr';
    }
    const name = propertyName(n);
    if (name === 'en') return 'en';
    if (name === 'fr') return 'fr';
  }
  return 'fr';
}

/** The French (or, with lang 'en', English) interface text of one TypeScript/TSX file, other characters blanked. */
export function sourceProse(file: string, source: string, want: 'fr' | 'en' = 'fr'): string {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const chars = blank(source).split('');
  const keep = (start: number, end: number) => {
    for (let i = start; i < end; i++) chars[i] = source[i]!;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (node.text.trim() && jsxLanguage(node) === want) keep(node.getStart(sf), node.getEnd());
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      const literal = ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) ? node.parent.parent ?? node : node;
      const lang = stringLanguage(ts.isTemplateSpan(node.parent) ? node.parent.parent : ts.isTemplateExpression(node.parent) ? node.parent : literal);
      // A template's pieces are judged together (" : " alone says nothing of its language).
      const template = ts.isTemplateHead(node) ? node.parent : ts.isTemplateSpan(node.parent) ? node.parent.parent : null;
      const text =
        template && ts.isTemplateExpression(template) ? [template.head.text, ...template.templateSpans.map((span) => span.literal.text)].join(' ') : node.text;
      const french =
        want === 'en' ? lang === 'en' : lang === 'fr' || (lang === 'unknown' && /\s/.test(text.trim()) && FRENCH_HINT.test(text) && !ENGLISH_HINT.test(text));
      // Quotes and template delimiters stay blank: only the characters of the string.
      if (french) keep(node.getStart(sf) + 1, node.getEnd() - (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) ? 2 : 1));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  // Escapes are what the reader gets: \u00a0 in a string is a no-break space.
  return unescapeSameLength(chars.join(''));
}

/** JavaScript/JSON escapes as the reader gets them (\u00a0 is a no-break space), offsets kept. */
function unescapeSameLength(text: string): string {
  return text.replace(/\\u([0-9a-fA-F]{4})/g, (_m, hex: string) => '     ' + String.fromCharCode(parseInt(hex, 16)));
}

/** i18n/<locale>/code.json: the messages only. */
export function jsonMessagesProse(source: string): string {
  const kept = source
    .split('\n')
    .map((line) => {
      const m = /^(\s*"message":\s*")(.*)(",?\s*)$/.exec(line);
      return m ? blank(m[1]!) + m[2] + blank(m[3]!) : blank(line);
    })
    .join('\n');
  return unescapeSameLength(kept);
}

/** A flat {"id": "text"} file: the texts only. */
export function jsonValuesProse(source: string): string {
  const kept = source
    .split('\n')
    .map((line) => {
      const m = /^(\s*"[^"]+":\s*")(.*)(",?\s*)$/.exec(line);
      return m ? blank(m[1]!) + m[2] + blank(m[3]!) : blank(line);
    })
    .join('\n');
  return unescapeSameLength(kept);
}

/** French columns of the CSV files whose text reaches pages. */
const FRENCH_COLUMN = /_fr$|^note$|^editeur$/;

/** English columns of the same files. */
export const ENGLISH_COLUMN = /_en$/;

export function csvProse(source: string, columns: RegExp = FRENCH_COLUMN): string {
  const parsed = Papa.parse<string[]>(source, {delimitersToGuess: [',', ';'], skipEmptyLines: false});
  const header = parsed.data[0] ?? [];
  const french = new Set(header.map((h, i) => (columns.test(h.trim()) ? i : -1)).filter((i) => i >= 0));
  // Rebuild the file line by line with only the French cells (cells found by their text).
  const chars = blank(source).split('');
  let cursor = source.indexOf('\n') + 1;
  for (const row of parsed.data.slice(1)) {
    for (const [i, cell] of row.entries()) {
      if (!cell) continue;
      const at = source.indexOf(cell, cursor);
      if (at < 0) continue;
      if (french.has(i)) for (let k = at; k < at + cell.length; k++) chars[k] = source[k]!;
      cursor = at + cell.length;
    }
  }
  return chars.join('');
}

/**
 * Files of src/ whose French strings are build or contributor messages (terminal,
 * pull-request comments), not page text: they keep the contributor-message style.
 */
export const BUILD_MESSAGES = /^src\/(lib\/content-policy\/|lib\/practices\.ts$|lib\/typography\/|plugins\/security\/)/;

/**
 * English titles quoted in French text keep English punctuation (no space before
 * the colon). Each entry is the exact text as it appears in the sources.
 */
export const ENGLISH_QUOTED = ['Citizens @ the Centre: ', 'One Size Fits Few: '];

function blankEnglishQuotes(text: string): string {
  let out = text;
  for (const quoted of ENGLISH_QUOTED) out = out.split(quoted).join(' '.repeat(quoted.length));
  return out;
}

export function frenchTexts(): FrenchText[] {
  const out: FrenchText[] = [];
  const add = (file: string, reduce: (source: string) => string) => {
    const source = fs.readFileSync(file, 'utf8');
    out.push({file: rel(file), text: blankEnglishQuotes(reduce(source))});
  };
  for (const f of walk(path.join(root, 'docs'), (f) => /\.mdx?$/.test(f) && !/README\.md$/.test(f))) add(f, markdownProse);
  for (const f of walk(path.join(root, 'blog'), (f) => /\.md$/.test(f) && !/README\.md$/.test(f))) add(f, markdownProse);
  for (const f of walk(path.join(root, 'blog'), (f) => /\.ya?ml$/.test(f))) add(f, yamlProse);
  for (const f of walk(path.join(root, 'src'), (f) => /\.tsx?$/.test(f) && !/\.d\.ts$/.test(f) && !BUILD_MESSAGES.test(rel(f)))) add(f, (s) => sourceProse(f, s));
  const frCode = path.join(root, 'i18n/fr/code.json');
  if (fs.existsSync(frCode)) {
    add(frCode, jsonMessagesProse);
  }
  for (const f of walk(path.join(root, 'data'), (f) => /\.csv$/.test(f) && !f.includes(`${path.sep}modeles${path.sep}`))) add(f, csvProse);
  return out;
}

/** The English text a reader sees: English pages, newsletters, interface strings and data columns. */
export function englishTexts(): FrenchText[] {
  const out: FrenchText[] = [];
  const add = (file: string, reduce: (source: string) => string) => out.push({file: rel(file), text: reduce(fs.readFileSync(file, 'utf8'))});
  const i18n = path.join(root, 'i18n/en');
  for (const f of walk(i18n, (f) => /\.mdx?$/.test(f))) add(f, markdownProse);
  for (const f of walk(i18n, (f) => /\.ya?ml$/.test(f))) add(f, yamlProse);
  for (const f of walk(i18n, (f) => /\.json$/.test(f))) add(f, jsonMessagesProse);
  for (const f of walk(path.join(root, 'src'), (f) => /code\.en\.json$/.test(f))) add(f, jsonValuesProse);
  for (const f of walk(path.join(root, 'src'), (f) => /\.tsx?$/.test(f) && !/\.d\.ts$/.test(f) && !BUILD_MESSAGES.test(rel(f)))) add(f, (s) => sourceProse(f, s, 'en'));
  for (const f of walk(path.join(root, 'data'), (f) => /\.csv$/.test(f) && !f.includes(`${path.sep}modeles${path.sep}`))) add(f, (s) => csvProse(s, ENGLISH_COLUMN));
  return out;
}
