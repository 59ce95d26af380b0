/**
 * One built page, read with the HTML parser browsers follow (parse5), never a
 * regex: what it runs, what it loads, where it goes.
 *
 * - an executable inline <script> must be one the framework declared (its text
 *   is in `expectedScripts`); any other fails the build;
 * - <script src>, and a preloaded script (which the entry loader runs), only
 *   from the build's own /assets/js/;
 * - JSON-LD (<script type="application/ld+json">) must parse, and is written back
 *   with <, > and & escaped as \u003c, \u003e, \u0026, whatever wrote it;
 * - no other script type, no on* attribute, no javascript:/vbscript: URL, no
 *   <meta http-equiv> (refresh…), <base>, <iframe>, <object>, <embed> or <style>;
 * - the <meta> Content-Security-Policy goes first in <head>, for hosts that send no headers.
 */
import crypto from 'node:crypto';
import {parse} from 'parse5';
import {escapeJsonForScript} from '../../lib/json-ld';

export {escapeJsonForScript};

export interface HardenOptions {
  /** Page path, for messages. */
  file: string;
  /** Text of each inline script the framework declared → its CSP hash. */
  expectedScripts: ReadonlyMap<string, string>;
  /** Prefix of the build's scripts, e.g. "/assets/js/" or "/en/assets/js/". */
  scriptPrefix: string;
  /** Policy of the <meta> CSP to insert; null = none. */
  metaPolicy: string | null;
}

export interface HardenedPage {
  html: string;
  problems: string[];
  /** CSP hashes of the inline scripts the page runs. */
  hashes: Set<string>;
}

export const cspHash = (text: string): string => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;


const JS_TYPES = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);
const FORBIDDEN_ELEMENTS = new Set(['base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'style']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'ping']);

interface Loc {
  startOffset: number;
  endOffset: number;
  startLine: number;
  startTag?: {endOffset: number};
  endTag?: {startOffset: number};
}

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: {name: string; value: string; prefix?: string}[];
  childNodes?: Node[];
  content?: Node; // <template>
  value?: string;
  sourceCodeLocation?: Loc | null;
}

const snippet = (s: string): string => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 80 ? `${one.slice(0, 77)}…` : one;
};

function scheme(url: string): string | null {
  // eslint-disable-next-line no-control-regex
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, ''));
  return m ? m[1]!.toLowerCase() : null;
}

/** A script the build emitted: under the build's script folder, a plain file name. */
function isBuildScript(url: string, prefix: string): boolean {
  return url.startsWith(prefix) && /^[\w./~-]+\.js$/.test(url.slice(prefix.length)) && !url.includes('..');
}

export function hardenPage(html: string, options: HardenOptions): HardenedPage {
  const {file} = options;
  const problems: string[] = [];
  const hashes = new Set<string>();
  const edits: {start: number; end: number; text: string}[] = [];
  const doc = parse(html, {sourceCodeLocationInfo: true}) as unknown as Node;
  const found: {head?: Node; charset?: Node} = {};

  const visit = (node: Node): void => {
    const loc = node.sourceCodeLocation;
    const at = `${file}:${loc?.startLine ?? '?'}`;
    if (node.tagName) {
      const tag = node.tagName;
      const attrs = new Map((node.attrs ?? []).map((a) => [(a.prefix ? `${a.prefix}:` : '') + a.name.toLowerCase(), a.value]));
      if (tag === 'head' && !found.head) found.head = node;
      if (tag === 'meta' && attrs.has('charset') && !found.charset) found.charset = node;
      for (const [name, value] of attrs) {
        if (name.startsWith('on')) problems.push(`${at} : attribut « ${name} » sur <${tag}> (code exécuté par le navigateur).`);
        if (URL_ATTRIBUTES.has(name)) {
          const s = scheme(value);
          if (s === 'javascript' || s === 'vbscript' || (s === 'data' && name !== 'src' && name !== 'poster')) {
            problems.push(`${at} : <${tag} ${name}="${snippet(value)}"> : adresse ${s}: interdite.`);
          }
        }
      }
      if (FORBIDDEN_ELEMENTS.has(tag)) problems.push(`${at} : élément <${tag}> interdit dans une page du site.`);
      if (tag === 'meta' && attrs.has('http-equiv')) {
        problems.push(`${at} : <meta http-equiv="${snippet(attrs.get('http-equiv') ?? '')}"> interdit (la CSP de la page est ajoutée par la compilation).`);
      }
      // The entry loader (lean-client/paint-first.ts) runs the scripts a page preloads.
      const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      if (tag === 'link' && (rel.includes('modulepreload') || (rel.includes('preload') && (attrs.get('as') ?? '').trim().toLowerCase() === 'script'))) {
        const href = attrs.get('href') ?? '';
        if (!isBuildScript(href, options.scriptPrefix)) problems.push(`${at} : <link rel="${snippet(attrs.get('rel') ?? '')}" href="${snippet(href)}"> : seuls les scripts compilés de ${options.scriptPrefix} peuvent être préchargés.`);
      }
      if (tag === 'script') {
        const type = (attrs.get('type') ?? '').trim().toLowerCase();
        const text = (node.childNodes ?? []).map((c) => c.value ?? '').join('');
        if (type === 'application/ld+json') {
          if (attrs.has('src')) problems.push(`${at} : JSON-LD avec src interdit.`);
          let data: unknown;
          try {
            data = JSON.parse(text);
          } catch {
            problems.push(`${at} : JSON-LD illisible (un texte a-t-il fermé le script ?) : ${snippet(text)}`);
          }
          const inner = node.childNodes?.[0]?.sourceCodeLocation;
          if (data !== undefined && inner) edits.push({start: inner.startOffset, end: inner.endOffset, text: escapeJsonForScript(JSON.stringify(data))});
        } else if (JS_TYPES.has(type)) {
          const src = attrs.get('src');
          if (src !== undefined) {
            if (!isBuildScript(src, options.scriptPrefix)) problems.push(`${at} : <script src="${snippet(src)}"> : seuls les scripts compilés de ${options.scriptPrefix} sont permis.`);
          } else if (options.expectedScripts.has(text)) {
            hashes.add(options.expectedScripts.get(text)!);
          } else {
            problems.push(`${at} : script en ligne inattendu (ni Docusaurus ni le projet ne l'ont déclaré) : ${snippet(text)}`);
          }
        } else {
          problems.push(`${at} : <script type="${snippet(type)}"> interdit (seuls JavaScript compilé et JSON-LD sont permis).`);
        }
      }
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(doc);

  if (options.metaPolicy !== null) {
    // Right after <meta charset> (which must stay in the first 1024 bytes), before any script.
    const offset = found.charset ? found.charset.sourceCodeLocation?.endOffset : found.head?.sourceCodeLocation?.startTag?.endOffset;
    if (offset === undefined) problems.push(`${file} : pas de <head> où écrire la CSP.`);
    else edits.push({start: offset, end: offset, text: `<meta http-equiv="Content-Security-Policy" content="${options.metaPolicy.replace(/"/g, '&quot;')}">`});
  }
  let out = html;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return {html: out, problems, hashes};
}
