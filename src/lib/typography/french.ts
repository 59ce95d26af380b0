/**
 * French typography of the text readers see (docs/README.md, « Règles de rédaction »):
 * a no-break space U+00A0 before « ; : ! ? » and inside « guillemets », one ellipsis
 * character « … », one apostrophe « ' » (U+0027). Pure functions: the unit test
 * (tests/unit/site/french-typography.test.ts) gathers the French text of docs, blog,
 * UI strings and data, and lists every problem with file:line:column.
 */

export const NBSP = '\u00a0';

export interface TypographyProblem {
  /** Offset in the checked text. */
  index: number;
  /** What is there, as the reader would see it (spaces shown). */
  found: string;
  /** What to write instead, in French. */
  fix: string;
}

interface Rule {
  pattern: RegExp;
  fix: (match: RegExpExecArray) => string;
}

const show = (s: string) => s.replace(/\u00a0/g, '⍽').replace(/\u202f/g, '⍽(fine)').replace(/ /g, '␣');

const RULES: Rule[] = [
  {
    // A plain or narrow space before ; : ! ? (the convention is U+00A0, never U+202F).
    pattern: /[ \u202f]+(?=[;:!?](?:[\s"'»)\]*_<]|$))/g,
    fix: (m) => `remplacer l'espace ${m[0].includes('\u202f') ? 'fine ' : ''}avant « ${m.input[m.index + m[0].length]} » par une espace insécable (U+00A0)`,
  },
  {
    // No space at all before ; ! ? (a word, a closing bracket or quote, then the sign).
    pattern: /(?<=[\p{L}\p{N})\]»*_])[;!?]+(?=[\s"'»)\]*_<]|$)/gu,
    fix: (m) => `ajouter une espace insécable (U+00A0) avant « ${m[0]} »`,
  },
  {
    // No space before a colon followed by a space: "Note: texte".
    pattern: /(?<=[\p{L})\]»*_]):(?=[ \t\u00a0]|$)/gmu,
    fix: () => 'ajouter une espace insécable (U+00A0) avant « : »',
  },
  {
    pattern: /«(?!\u00a0)[ \u202f]?/g,
    fix: () => 'mettre une espace insécable (U+00A0) après « « »',
  },
  {
    pattern: /[ \u202f]?(?<!\u00a0)»/g,
    fix: () => 'mettre une espace insécable (U+00A0) avant « » »',
  },
  {
    pattern: /\.\.\.(?!\.)/g,
    fix: () => 'écrire les points de suspension en un seul caractère « … »',
  },
  {
    pattern: /[\u2019\u02bc]/g,
    fix: () => "écrire l'apostrophe droite « ' » (une seule forme d'apostrophe sur le site)",
  },
];

/** Every typography problem of a French text. */
export function frenchTypographyProblems(text: string): TypographyProblem[] {
  const problems: TypographyProblem[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      problems.push({index: m.index!, found: show(text.slice(Math.max(0, m.index! - 12), m.index! + m[0].length + 2)), fix: rule.fix(m as RegExpExecArray)});
    }
  }
  return problems.sort((a, b) => a.index - b.index);
}

/** The same text with every problem fixed (used once to fix the site; kept for contributors' tooling). */
export function fixFrenchTypography(text: string): string {
  return text
    .replace(/[ \u202f]+(?=[;:!?](?:[\s"'»)\]*_<]|$))/g, NBSP)
    .replace(/(?<=[\p{L}\p{N})\]»*_])([;!?]+)(?=[\s"'»)\]*_<]|$)/gu, `${NBSP}$1`)
    .replace(/(?<=[\p{L})\]»*_]):(?=[ \t\u00a0]|$)/gmu, `${NBSP}:`)
    .replace(/«[ \u202f]?(?!\u00a0)/g, `«${NBSP}`)
    .replace(/[ \u202f]?(?<!\u00a0)»/g, `${NBSP}»`)
    .replace(/\.\.\.(?!\.)/g, '…')
    .replace(/[\u2019\u02bc]/g, "'");
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, index: number): {line: number; column: number} {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return {line, column: index - before.lastIndexOf('\n')};
}
