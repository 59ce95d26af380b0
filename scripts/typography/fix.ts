/**
 * Fixes the French typography of the site's sources in place (docs/README.md,
 * « Règles de rédaction »): no-break space U+00A0 before ; : ! ? and inside « »,
 * « … », straight apostrophe. Only the French text that the check reads is touched
 * (tests/unit/site/french-typography.test.ts).
 *
 *   npx tsx scripts/typography/fix.ts          fix every file
 *   npx tsx scripts/typography/fix.ts --dry    list what would change
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {NBSP, frenchTypographyProblems} from '../../src/lib/typography/french';
import {frenchTexts, root} from './french-text';

interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** Quote character of the string literal around an offset of a TS file, if any. */
function quoteAt(file: string, source: string, offset: number): string | null {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  let quote: string | null = null;
  const visit = (node: ts.Node) => {
    if (offset < node.getStart(sf) || offset >= node.getEnd()) return;
    if (ts.isStringLiteral(node)) quote = source[node.getStart(sf)]!;
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return quote;
}

/** A real space of the file (not a blanked character of code around the text). */
const isSpace = (source: string, i: number) => source[i] === ' ' || source[i] === '\u202f';

function editsFor(file: string, source: string, text: string): Edit[] {
  const edits: Edit[] = [];
  for (const p of frenchTypographyProblems(text)) {
    const at = p.index;
    const ch = text[at]!;
    const sign = /[ \u202f]/.test(ch) ? text.slice(at).search(/[^ \u202f]/) + at : at;
    const mark = text[sign]!;
    if (/[;:!?]/.test(mark)) {
      // Spaces before ; : ! ? — only the spaces of the file, right before the sign.
      let start = sign;
      while (start > 0 && isSpace(source, start - 1) && start - 1 >= at) start--;
      edits.push({start, end: sign, insert: NBSP});
    } else if (mark === '«') {
      edits.push({start: sign + 1, end: sign + 1 + (isSpace(source, sign + 1) ? 1 : 0), insert: NBSP});
    } else if (mark === '»') {
      edits.push({start: isSpace(source, sign - 1) ? sign - 1 : sign, end: sign, insert: NBSP});
    } else if (text.startsWith('...', sign)) {
      edits.push({start: sign, end: sign + 3, insert: '…'});
    } else if (/[\u2019\u02bc]/.test(mark)) {
      const quote = /\.tsx?$/.test(file) ? quoteAt(file, source, sign) : null;
      edits.push({start: sign, end: sign + 1, insert: quote === "'" ? "\\'" : "'"});
    }
  }
  return edits;
}

const dry = process.argv.includes('--dry');
let total = 0;
for (const {file, text} of frenchTexts()) {
  const full = path.join(root, file);
  const source = fs.readFileSync(full, 'utf8');
  const edits = editsFor(file, source, text).sort((a, b) => b.start - a.start);
  if (edits.length === 0) continue;
  let out = source;
  for (const e of edits) out = out.slice(0, e.start) + e.insert + out.slice(e.end);
  total += edits.length;
  console.log(`${file} : ${edits.length} correction(s)`);
  if (!dry) fs.writeFileSync(full, out);
}
console.log(`${total} correction(s)${dry ? ' à faire' : ''}.`);
