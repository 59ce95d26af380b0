/**
 * remark plugin run first on every Markdown/MDX file the site compiles (docs,
 * newsletters, pages: see docusaurus.config.ts). It refuses, with file:line:column
 * and a French explanation, anything in a content file that could run code or
 * inject markup once built:
 *
 * - raw HTML (<script>, <style>, <meta http-equiv=refresh>, <iframe>, on*=…),
 *   except HTML comments (<!-- truncate -->), checked with the HTML parser the
 *   build itself uses (parse5), so "<!-- x --!><script>" is not a comment;
 * - in .mdx: export, any import but the project's own components, {expressions}
 *   (comments {/* … *\/} excepted), JSX elements other than
 *   the folder's allow-listed components, and props that are not literals;
 * - links and images whose scheme is not http(s), mailto or tel (javascript:, data:, …);
 * - a .mdx file in a folder that accepts plain Markdown only.
 *
 * It runs before Docusaurus's own plugins (beforeDefaultRemarkPlugins), which add
 * the table of contents and image imports as MDX nodes themselves.
 */
import path from 'node:path';
import {parseFragment} from 'parse5';
import type {VFile} from 'vfile';
import {PROJECT_COMPONENTS, isAllowedUrl, ruleFor, type ComponentName, type FolderRule} from './rules';

export interface GuardOptions {
  /** The site's folder: file paths in messages and folder rules are relative to it. */
  siteDir: string;
}

export class ContentPolicyError extends Error {
  constructor(
    public readonly file: string,
    public readonly problems: string[],
  ) {
    super(
      `Contenu refusé : ${file} contient ce qu'un fichier de contenu ne peut pas contenir (rien n'y doit pouvoir exécuter du code).\n` +
        problems.map((p) => `  • ${p}`).join('\n') +
        `\nRègles : docs/README.md (pages et fiches) et blog/README.md (bulletins).`,
    );
    this.name = 'ContentPolicyError';
  }
}

interface Position {
  start?: {line: number; column: number};
}

interface EstreeNode {
  type: string;
  [key: string]: unknown;
}

interface Program {
  body: EstreeNode[];
}

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | {type: string; value: string; data?: {estree?: Program}};
  position?: Position;
}

const where = (file: string, node: {position?: Position}): string => {
  const p = node.position?.start;
  return p ? `${file}:${p.line}:${p.column}` : file;
};

const short = (s: string): string => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
};

/** True when the HTML is only comments and whitespace, as an HTML parser reads it. */
export function isOnlyHtmlComments(html: string): boolean {
  const fragment = parseFragment(html);
  return fragment.childNodes.every((n) => n.nodeName === '#comment' || (n.nodeName === '#text' && !('value' in n && String(n.value).trim())));
}

/** A literal prop value: "text", 12, -3.5, true, false. */
function isLiteralExpression(program: Program | undefined): boolean {
  if (!program || program.body.length !== 1) return false;
  const stmt = program.body[0]!;
  if (stmt.type !== 'ExpressionStatement') return false;
  let expr = stmt.expression as EstreeNode;
  if (expr.type === 'UnaryExpression' && expr.operator === '-') expr = expr.argument as EstreeNode;
  return expr.type === 'Literal' && ['string', 'number', 'boolean'].includes(typeof expr.value);
}

function checkImports(program: Program | undefined, rule: FolderRule, at: string, problems: string[]): void {
  for (const stmt of program?.body ?? []) {
    if (stmt.type !== 'ImportDeclaration') {
      const what = stmt.type.startsWith('Export') ? '« export »' : 'du code JavaScript';
      problems.push(`${at} : ${what} n'est pas permis dans un fichier de contenu. Retirez-le.`);
      continue;
    }
    const source = String((stmt.source as {value: unknown}).value);
    for (const spec of (stmt.specifiers as EstreeNode[]) ?? []) {
      const local = (spec.local as {name: string}).name;
      const imported = spec.type === 'ImportDefaultSpecifier' ? 'default' : spec.type === 'ImportSpecifier' ? (spec.imported as {name: string}).name : '*';
      const component = (PROJECT_COMPONENTS as Record<string, {module: string; export: string}>)[local];
      const ok = component && component.module === source && component.export === imported && rule.components.includes(local as ComponentName);
      if (!ok) problems.push(`${at} : import de « ${local} » depuis « ${source} » refusé. ${allowedComponentsText(rule)}`);
    }
    if (((stmt.specifiers as unknown[]) ?? []).length === 0) problems.push(`${at} : import « ${source} » refusé. ${allowedComponentsText(rule)}`);
  }
}

function allowedComponentsText(rule: FolderRule): string {
  return rule.components.length
    ? `Composants permis ici (${rule.label}) : ${rule.components.map((c) => `<${c}>`).join(', ')}.`
    : `Un fichier de ce dossier (${rule.label}) est du Markdown simple : aucun composant.`;
}

function checkJsx(node: {name: string | null; attributes: JsxAttribute[]; position?: Position}, rule: FolderRule, file: string, problems: string[]): void {
  const at = where(file, node);
  const name = node.name;
  if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
    problems.push(`${at} : HTML brut « <${name ?? ''}> » refusé : écrivez en Markdown (titres #, listes -, liens [texte](adresse)). ${allowedComponentsText(rule)}`);
    return;
  }
  if (!rule.components.includes(name as ComponentName)) {
    problems.push(`${at} : composant <${name}> refusé. ${allowedComponentsText(rule)}`);
    return;
  }
  const allowedProps: readonly string[] = PROJECT_COMPONENTS[name as ComponentName].props;
  for (const attr of node.attributes) {
    const aat = where(file, attr.position ? attr : node);
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
      problems.push(`${aat} : <${name} {…}> : les attributs calculés sont refusés ; écrivez chaque attribut avec une valeur simple.`);
      continue;
    }
    if (!allowedProps.includes(attr.name)) {
      problems.push(`${aat} : <${name}> : attribut « ${attr.name} » refusé. Attributs permis : ${allowedProps.join(', ')}.`);
      continue;
    }
    const v = attr.value;
    if (v && typeof v === 'object' && !isLiteralExpression(v.data?.estree)) {
      problems.push(`${aat} : <${name} ${attr.name}={${short(v.value)}}> : seule une valeur simple est permise (texte entre guillemets, nombre, true ou false).`);
    }
  }
}

/** The mdast and MDX node fields this check reads. */
interface AnyNode {
  type: string;
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: Record<string, unknown> | JsxAttribute[] | null;
  children?: AnyNode[];
  data?: {estree?: Program};
  position?: Position;
}

/** Checks one parsed file; returns the problems (empty when it is acceptable). */
export function checkTree(tree: AnyNode, file: string, rule: FolderRule, format: 'md' | 'mdx'): string[] {
  const problems: string[] = [];
  if (!rule.formats.includes(format)) {
    problems.push(
      `${file} : les fichiers de ce dossier (${rule.label}) sont en Markdown simple (.md, CommonMark) ; le format .mdx n'y est pas accepté. Renommez le fichier en .md et retirez-en tout composant.`,
    );
  }
  const walk = (node: AnyNode): void => {
    switch (node.type) {
      case 'html':
        if (!isOnlyHtmlComments(node.value ?? '')) {
          problems.push(`${where(file, node)} : HTML brut « ${short(node.value ?? '')} » refusé : écrivez en Markdown (titres #, listes -, liens [texte](adresse)).`);
        }
        break;
      case 'mdxjsEsm':
        checkImports(node.data?.estree, rule, where(file, node), problems);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const program = node.data?.estree;
        const text = node.value ?? '';
        // {/* comment */} is all an expression may hold (heading ids are written \{#id}).
        const commentOnly = program !== undefined && program.body.length === 0;
        if (!commentOnly) {
          problems.push(`${where(file, node)} : expression « {${short(text)}} » refusée : un fichier de contenu ne calcule rien. Pour des accolades dans le texte, écrivez \\{ et \\}.`);
        }
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsx({name: node.name ?? null, attributes: (node.attributes ?? []) as JsxAttribute[], position: node.position}, rule, file, problems);
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (!isAllowedUrl(node.url ?? '')) {
          problems.push(`${where(file, node)} : adresse « ${short(node.url ?? '')} » refusée : seules les adresses http:, https:, mailto:, tel: et les liens internes sont permis.`);
        }
        break;
      case 'containerDirective':
      case 'leafDirective':
      case 'textDirective': {
        const extra = Object.keys(node.attributes ?? {}).filter((k) => k !== 'title');
        if (extra.length) problems.push(`${where(file, node)} : attribut(s) ${extra.join(', ')} refusé(s) sur « :${node.name ?? ''} » (seul « title » est permis).`);
        break;
      }
      default:
        break;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return problems;
}

export default function remarkContentGuard(options: GuardOptions) {
  return (tree: AnyNode, vfile: VFile): void => {
    const abs = vfile.path ? path.resolve(vfile.path) : '';
    const rel = path.relative(options.siteDir, abs).split(path.sep).join('/');
    const file = rel && !rel.startsWith('..') ? rel : abs || '(fichier inconnu)';
    // Docusaurus compiles by extension unless the front matter says "format: md|mdx".
    const declared = (vfile.data as {frontMatter?: {format?: unknown}}).frontMatter?.format;
    const format = declared === 'md' || declared === 'mdx' ? declared : /\.mdx$/i.test(abs) ? 'mdx' : 'md';
    const problems = checkTree(tree, file, ruleFor(file), format);
    if (problems.length) throw new ContentPolicyError(file, problems);
  };
}
