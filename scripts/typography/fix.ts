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

function editsFor(file: string, source: string, text: string): Edit[] {
  const edits: Edit[] = [];
  for (const p of frenchTypographyProblems(text)) {
    const at = p.index;
    const ch = text[at]!;
    if (/[ \u202f]/.test(ch) && !text.slice(at).match(/^[ \u202f]?»/)) {
      // Spaces before ; : ! ?
      let end = at;
      while (/[ \u202f]/.test(text[end]!)) end++;
      edits.push({start: at, end, insert: NBSP});
    } else if (ch === '«') {
      const hasSpace = /[ \u202f]/.test(text[at + 1]!);
      edits.push({start: at + 1, end: at + 1 + (hasSpace ? 1 : 0), insert: NBSP});
    } else if (ch === '»' || /^[ \u202f]»/.test(text.slice(at))) {
      edits.push({start: at, end: ch === '»' ? at : at + 1, insert: NBSP});
    } else if (/[;:!?]/.test(ch)) {
      edits.push({start: at, end: at, insert: NBSP});
    } else if (text.startsWith('...', at)) {
      edits.push({start: at, end: at + 3, insert: '…'});
    } else if (/[\u2019\u02bc]/.test(ch)) {
      const quote = /\.tsx?$/.test(file) ? quoteAt(file, source, at) : null;
      edits.push({start: at, end: at + 1, insert: quote === "'" ? "\\'" : "'"});
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
