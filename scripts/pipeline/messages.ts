/**
 * Every message of the validator, once, in French and in English. A report
 * entry carries a message code and its parameters (plain JSON); the text is
 * rendered from them in the reader's language, so the CLI (`--lang en`), the
 * build and the browser checker show the same words.
 *
 * French messages are for contributors who are not developers: what is wrong,
 * what was expected, how to fix it. Numbers are formatted here, the same way
 * in every host (no Intl: Node's and a browser's ICU may differ).
 */
import { MISSING_WORDS, STATUS_WORDS } from './columns';
import type { Locale } from './types';

/** A message parameter: JSON only, so a report can be stored and re-rendered. */
export type ParamValue = string | number | boolean | null | readonly ParamValue[] | { readonly [k: string]: ParamValue };
export type Params = { readonly [k: string]: ParamValue };

// ---------------------------------------------------------------------------
// Formatting for messages

const NBSP = '\u00a0';

/** 1234567.5 → "1 234 567,5" (fr) / "1,234,567.5" (en); up to 6 decimals, no rounding surprises. */
export function numberText(v: number, locale: Locale): string {
  if (!Number.isFinite(v)) return String(v);
  const neg = v < 0;
  const fixed = Math.abs(v) >= 1e21 ? Math.abs(v).toString() : Number(Math.abs(v).toFixed(6)).toString();
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'fr' ? NBSP : ',');
  return `${neg ? '-' : ''}${grouped}${frac ? (locale === 'fr' ? ',' : '.') + frac : ''}`;
}

/** "200 000 $" / "$200,000", from integer cents. */
export function moneyText(cents: number, locale: Locale): string {
  const v = cents / 100;
  const abs = Math.abs(v);
  const body = Number.isInteger(abs) ? numberText(abs, locale) : numberText(Number(abs.toFixed(2)), locale).replace(/([.,]\d)$/, '$10');
  const sign = v < 0 ? '−' : '';
  return locale === 'fr' ? `${sign}${body}${NBSP}$` : `${sign}$${body}`;
}

/** « x » (fr, no-break spaces) or “x” (en); long cells shortened, line breaks shown. */
export function quote(value: string, locale: Locale): string {
  const shown = (value.length > 60 ? `${value.slice(0, 57)}…` : value).replace(/\n/g, '⏎');
  return locale === 'fr' ? `«${NBSP}${shown}${NBSP}»` : `“${shown}”`;
}

/** "a, b et c" / "a, b and c". */
export function andList(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  const and = locale === 'fr' ? 'et' : 'and';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** "ligne 12", "lignes 3 et 4", "lignes 3 à 7", "lignes 3, 5 et 9" (and in English). */
export function linesText(lines: readonly number[], locale: Locale): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const one = locale === 'fr' ? 'ligne' : 'line';
  const many = locale === 'fr' ? 'lignes' : 'lines';
  if (sorted.length === 0) return locale === 'fr' ? 'aucune ligne' : 'no line';
  if (sorted.length === 1) return `${one} ${sorted[0]}`;
  const contiguous = sorted.every((l, i) => i === 0 || l === sorted[i - 1] + 1);
  if (contiguous && sorted.length > 2) return `${many} ${sorted[0]} ${locale === 'fr' ? 'à' : 'to'} ${sorted[sorted.length - 1]}`;
  return `${many} ${andList(sorted.map(String), locale)}`;
}

/** "3 lignes", "1 ligne": the number formatted, the word agreed. */
export function countText(n: number, one: string, many: string, locale: Locale): string {
  return `${numberText(n, locale)}${locale === 'fr' ? NBSP : ' '}${n > 1 || (locale === 'en' && n === 0) ? many : one}`;
}

/** A list of codes, cut after `max` with the total. */
function codesText(codes: readonly string[], total: number, max = 12): string {
  const shown = codes.slice(0, max).join(', ');
  return total > max ? `${shown}… (${total} codes)` : shown;
}

interface Fmt {
  locale: Locale;
  q(s: ParamValue): string;
  n(v: number): string;
  money(cents: number): string;
  lines(ls: readonly number[]): string;
  list(items: readonly string[]): string;
  codes(cs: readonly string[], total?: number): string;
  /** " Vouliez-vous dire « x » ?" or "". */
  dym(s: ParamValue): string;
}

function fmt(locale: Locale): Fmt {
  return {
    locale,
    q: (s) => quote(String(s ?? ''), locale),
    n: (v) => numberText(v, locale),
    money: (c) => moneyText(c, locale),
    lines: (ls) => linesText(ls, locale),
    list: (items) => andList(items, locale),
    codes: (cs, total) => codesText(cs, total ?? cs.length),
    dym: (s) => (s ? (locale === 'fr' ? ` Vouliez-vous dire ${quote(String(s), locale)} ?` : ` Did you mean ${quote(String(s), locale)}?`) : ''),
  };
}

// ---------------------------------------------------------------------------
// Words used inside messages

/** Names of tables, for messages ("catalogue des indicateurs"). */
export const TABLE_NAMES = {
  values: { fr: 'valeurs des indicateurs', en: 'indicator values' },
  catalogue: { fr: 'catalogue des indicateurs', en: 'indicator catalogue' },
  agencies: { fr: 'liste des organismes', en: 'list of agencies' },
  channels: { fr: 'liste des modes de prestation', en: 'list of delivery channels' },
  themes: { fr: 'liste des thèmes', en: 'list of themes' },
  sources: { fr: 'liste des sources', en: 'list of sources' },
  networks: { fr: 'liste des réseaux et groupes de travail', en: 'list of networks and working groups' },
  conferences: { fr: 'liste des déjeuners-conférences', en: 'list of breakfast conferences' },
  evaluations: { fr: 'évaluations des déjeuners-conférences', en: 'breakfast conference evaluations' },
  statement: { fr: 'états financiers', en: 'financial statements' },
  'finance-parameters': { fr: 'paramètres des états financiers', en: 'financial statement parameters' },
  contributions: { fr: 'cotisations des organismes', en: 'agency contributions' },
} as const;
export type TableName = keyof typeof TABLE_NAMES;

/** "a known X" for closed lists (agreed in gender in French). */
const KNOWN = {
  group: { fr: 'un groupe reconnu', en: 'a known group' },
  unit: { fr: 'une unité reconnue', en: 'a known unit' },
  direction: { fr: 'un sens reconnu', en: 'a known direction' },
  frequency: { fr: 'une fréquence reconnue', en: 'a known frequency' },
  status: { fr: 'un statut reconnu', en: 'a known status' },
  'target-status': { fr: 'un statut de cible reconnu', en: 'a known target status' },
  'agency-status': { fr: 'un statut reconnu', en: 'a known status' },
  'network-status': { fr: 'un statut reconnu', en: 'a known status' },
  'network-kind': { fr: 'un type reconnu', en: 'a known type' },
  level: { fr: 'un niveau de satisfaction', en: 'a satisfaction level' },
  section: { fr: 'une section de ce relevé', en: 'a section of this statement' },
  nature: { fr: 'une nature de ligne', en: 'a line kind' },
} as const;
export type KnownWhat = keyof typeof KNOWN;

/** "Unknown X" for codes looked up in a reference table. */
const UNKNOWN = {
  agency: { fr: 'Organisme inconnu', en: 'Unknown agency' },
  indicator: { fr: 'Indicateur inconnu', en: 'Unknown indicator' },
  source: { fr: 'Source inconnue', en: 'Unknown source' },
  channel: { fr: 'Mode de prestation inconnu', en: 'Unknown delivery channel' },
  theme: { fr: 'Thème inconnu', en: 'Unknown theme' },
  network: { fr: 'Réseau inconnu', en: 'Unknown network' },
  conference: { fr: 'Déjeuner-conférence inconnu', en: 'Unknown breakfast conference' },
} as const;
export type UnknownWhat = keyof typeof UNKNOWN;

const UNIT_TEXT = {
  pourcentage: { fr: 'un pourcentage (0 à 100)', en: 'a percentage (0 to 100)' },
  secondes: { fr: 'un nombre de secondes', en: 'a number of seconds' },
  minutes: { fr: 'un nombre de minutes', en: 'a number of minutes' },
  jours: { fr: 'un nombre de jours', en: 'a number of days' },
  nombre: { fr: 'un nombre entier', en: 'a whole number' },
  dollars: { fr: 'un montant en dollars', en: 'an amount in dollars' },
  ratio: { fr: 'un ratio', en: 'a ratio' },
  indice: { fr: 'un indice', en: 'an index' },
} as const;

const SECTION_TEXT: Record<string, { fr: string; en: string }> = {
  revenus: { fr: 'Revenus', en: 'Revenue' },
  depenses: { fr: 'Dépenses', en: 'Expenses' },
  excedent: { fr: 'Excédent', en: 'Surplus' },
  actif: { fr: 'Actif', en: 'Assets' },
  passif: { fr: 'Passif', en: 'Liabilities' },
  'passif-et-excedent': { fr: 'Passif et excédent', en: 'Liabilities and surplus' },
};
const STATEMENT_TEXT: Record<string, { fr: string; en: string }> = {
  resultats: { fr: 'état des résultats', en: 'statement of operations' },
  bilan: { fr: 'bilan', en: 'balance sheet' },
};

const STATUS_TEXT = STATUS_WORDS;
const MISSING_TEXT = MISSING_WORDS;

function pick<T extends { fr: string; en: string }>(table: Record<string, T>, key: ParamValue, locale: Locale): string {
  const w = table[String(key)];
  return w ? w[locale] : String(key);
}

// ---------------------------------------------------------------------------
// The catalogue

type P = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
interface MessageDef {
  fr: (p: P, f: Fmt) => string;
  en: (p: P, f: Fmt) => string;
}

const decimalWord = (mark: string, locale: Locale) =>
  locale === 'fr' ? (mark === ',' ? 'la virgule' : 'le point') : mark === ',' ? 'the comma' : 'the point';
const fileKindText = (mark: string, locale: Locale) =>
  locale === 'fr'
    ? mark === ','
      ? 'séparé par des points-virgules (;), donc à virgule décimale'
      : 'séparé par des virgules (,), donc à point décimal'
    : mark === ','
      ? 'separated by semicolons (;), so it uses a decimal comma'
      : 'separated by commas (,), so it uses a decimal point';

/** Finance checks: the reported figure, the computed one, and the verdict. */
function financeTail(p: P, f: Fmt): string {
  const gap = f.money(Math.abs(p.difference));
  const tol = f.money(p.tolerance);
  const refs = (p.refs as { file: string | null; line: number }[]) ?? [];
  const same = refs.filter((r) => r.file === null).map((r) => r.line);
  const other = refs.filter((r) => r.file !== null).map((r) => (f.locale === 'fr' ? `${r.file} ligne ${r.line}` : `${r.file} line ${r.line}`));
  const parts = [...(same.length ? [f.lines(same)] : []), ...other];
  const inputs = parts.join(f.locale === 'fr' ? ' et ' : ' and ');
  if (f.locale === 'fr') {
    const head = ` Écart de ${gap}`;
    return p.rounding
      ? `${head} : écart d’arrondi dans la tolérance (± ${tol}), accepté avec un avertissement. Vérifiez qu’il figure tel quel dans les états publiés.`
      : `${head}, au-delà de la tolérance d’arrondi (± ${tol}). Corrigez le montant erroné d’après les états publiés : ${f.lines([p.line])} ou ${inputs}.`;
  }
  const head = ` Difference of ${gap}`;
  return p.rounding
    ? `${head}: a rounding difference within the tolerance (± ${tol}), accepted with a warning. Check that it is in the published statements as such.`
    : `${head}, beyond the rounding tolerance (± ${tol}). Correct the wrong amount from the published statements: ${f.lines([p.line])} or ${inputs}.`;
}

/** A label given in both languages ({fr, en}) or one. */
function label(p: P, f: Fmt): string {
  const l = p.label;
  return f.q(l && typeof l === 'object' ? l[f.locale] : l);
}

function sectionName(p: P, f: Fmt): string {
  return `${pick(SECTION_TEXT, p.section, f.locale)} ${p.year} (${pick(STATEMENT_TEXT, p.statement, f.locale)})`;
}

export const MESSAGES = {
  // --- Files and encodings ------------------------------------------------
  'encoding.xlsx': {
    fr: () => 'Ce fichier est un classeur Excel (.xlsx) et non un fichier CSV. Dans Excel : Fichier > Enregistrer sous > « CSV UTF-8 (délimité par des virgules) ». Le fichier n’a pas été lu.',
    en: () => 'This file is an Excel workbook (.xlsx), not a CSV file. In Excel: File > Save As > “CSV UTF-8 (Comma delimited)”. The file was not read.',
  },
  'encoding.binary': {
    fr: () => 'Ce fichier contient des octets nuls : c’est un fichier binaire ou de l’UTF-16 sans marque d’ordre (BOM). Enregistrez-le en « CSV UTF-8 ». Le fichier n’a pas été lu.',
    en: () => 'This file contains null bytes: it is a binary file, or UTF-16 without a byte-order mark (BOM). Save it as “CSV UTF-8”. The file was not read.',
  },
  'encoding.undefined-1252': {
    fr: () => 'Ce fichier n’est ni en UTF-8 ni en Windows-1252 (octet non défini dans Windows-1252). Enregistrez-le en « CSV UTF-8 ». Le fichier n’a pas été lu.',
    en: () => 'This file is neither UTF-8 nor Windows-1252 (a byte Windows-1252 does not define). Save it as “CSV UTF-8”. The file was not read.',
  },
  'encoding.mixed': {
    fr: (p, f) =>
      `Ce fichier mélange deux encodages : ${p.oddCount > p.oddLines.length ? `${p.oddCount} lignes, dont ` : ''}${p.oddLines.length > 1 ? 'les' : 'la'} ${f.lines(p.oddLines)} ${p.oddCount > 1 ? 'sont' : 'est'} en Windows-1252 (export « CSV » d’Excel), et ${p.utf8Count > p.utf8Lines.length ? `${p.utf8Count} lignes, dont ` : ''}${p.utf8Lines.length > 1 ? 'les' : 'la'} ${f.lines(p.utf8Lines)} en UTF-8. Lu d’un seul encodage, l’un des deux groupes aurait ses accents corrompus. Retapez les accents des lignes en Windows-1252 (ou reprenez-les du fichier d’origine), puis enregistrez tout le fichier en « CSV UTF-8 ». Le fichier n’a pas été lu.`,
    en: (p, f) =>
      `This file mixes two encodings: ${p.oddCount > p.oddLines.length ? `${p.oddCount} lines, among them ` : ''}${f.lines(p.oddLines)} ${p.oddCount > 1 ? 'are' : 'is'} Windows-1252 (Excel’s plain “CSV” export), and ${p.utf8Count > p.utf8Lines.length ? `${p.utf8Count} lines, among them ` : ''}${f.lines(p.utf8Lines)} UTF-8. Read with either encoding, one group would have its accents corrupted. Retype the accents of the Windows-1252 lines (or copy them again from the original file), then save the whole file as “CSV UTF-8”. The file was not read.`,
  },
  'encoding.windows-1252': {
    fr: (p) => `Ce fichier n’est pas en UTF-8 : il a été lu comme Windows-1252 (export « CSV » d’Excel). Vérifiez les accents à partir de la ligne ${p.line}. Pour éviter cet avertissement, enregistrez en « CSV UTF-8 ».`,
    en: (p) => `This file is not UTF-8: it was read as Windows-1252 (Excel’s plain “CSV” export). Check the accents from line ${p.line} on. To avoid this warning, save as “CSV UTF-8”.`,
  },
  'file.empty': {
    fr: (p) => `Fichier vide. La ligne 1 doit contenir l’en-tête : ${p.columns.join(', ')}.`,
    en: (p) => `Empty file. Line 1 must hold the header: ${p.columns.join(', ')}.`,
  },
  'file.kind-unknown': {
    fr: (p) =>
      `Type de fichier non reconnu : l’en-tête (ligne 1) ne ressemble à aucun des modèles (valeurs des indicateurs, catalogue, états financiers, évaluations, tables de référence). Vérifiez la ligne 1 d’après un modèle de data/modeles/${p.best ? `, ou indiquez le type (le plus proche : ${p.best})` : ''}.`,
    en: (p) =>
      `Unrecognised file: its header (line 1) matches none of the templates (indicator values, catalogue, financial statements, evaluations, reference tables). Check line 1 against a template in data/modeles/${p.best ? `, or say which kind it is (closest: ${p.best})` : ''}.`,
  },
  'file.kind-twice': {
    fr: (p) => `Un seul fichier de ce type (${pick(TABLE_NAMES, p.table, 'fr')}) peut être vérifié à la fois : ${p.other} a déjà été lu. Vérifiez les fichiers un à un.`,
    en: (p) => `Only one file of this kind (${pick(TABLE_NAMES, p.table, 'en')}) can be checked at a time: ${p.other} was already read. Check the files one at a time.`,
  },
  'folder.unknown-file': {
    fr: (p) => `${p.name} n’est pas un fichier connu du dossier de données : il n’a pas été lu. Les valeurs des indicateurs vont dans valeurs/ ; les autres fichiers ont un nom fixe (voir data/README.md).`,
    en: (p) => `${p.name} is not a known file of the data folder: it was not read. Indicator values go in valeurs/; the other files have fixed names (see data/README.md).`,
  },
  'file.too-large': {
    fr: (p, f) => `Fichier trop volumineux (${f.n(p.megabytes)} Mo, au plus ${f.n(p.max)} Mo) : il n’a pas été lu. Séparez-le en plusieurs fichiers, par exemple un par année.`,
    en: (p, f) => `File too large (${f.n(p.megabytes)} MB, at most ${f.n(p.max)} MB): it was not read. Split it into several files, for example one per year.`,
  },
  'folder.catalogue-missing': {
    fr: (p) => `Catalogue des indicateurs ${p.file} introuvable. Créez-le à partir de data/modeles/indicateurs.csv.`,
    en: (p) => `Indicator catalogue ${p.file} not found. Create it from data/modeles/indicateurs.csv.`,
  },
  'folder.values-missing': {
    fr: (p) => `Dossier ${p.dir}/ introuvable : les valeurs des indicateurs y sont déposées, un fichier CSV par contribution.`,
    en: (p) => `Folder ${p.dir}/ not found: indicator values go there, one CSV file per contribution.`,
  },
  'folder.not-csv': {
    fr: (p) => `${p.name} n’est pas un fichier .csv : il n’a pas été lu. Exportez-le en « CSV UTF-8 » (Fichier > Enregistrer sous) ou retirez-le du dossier ${p.dir}/.`,
    en: (p) => `${p.name} is not a .csv file: it was not read. Export it as “CSV UTF-8” (File > Save As) or remove it from the ${p.dir}/ folder.`,
  },
  'folder.txt-read': {
    fr: (p) => `${p.name} porte l’extension .txt (nom par défaut du « Texte Unicode » d’Excel) : il a été lu comme un fichier de valeurs. Renommez-le en .csv pour éviter cet avertissement.`,
    en: (p) => `${p.name} has a .txt extension (Excel’s default for “Unicode Text”): it was read as a values file. Rename it to .csv to avoid this warning.`,
  },
  'folder.subfolder': {
    fr: (p) => `${p.name}/ est un sous-dossier de ${p.dir}/ : ses fichiers n’ont pas été lus. Déposez les fichiers de valeurs directement dans ${p.dir}/, sans sous-dossier.`,
    en: (p) => `${p.name}/ is a subfolder of ${p.dir}/: its files were not read. Put values files directly in ${p.dir}/, without subfolders.`,
  },
  'folder.reference-missing': {
    fr: (p) => `Fichier de référence ${p.name} introuvable dans le dossier de données. Restaurez-le (il fait partie du modèle de données).`,
    en: (p) => `Reference file ${p.name} not found in the data folder. Restore it (it is part of the data model).`,
  },

  // --- Rows and cells (every table) ----------------------------------------
  'row.blank': {
    fr: () => 'Ligne vide. Supprimez-la (les lignes vides, ou faites seulement de séparateurs, ne sont pas permises).',
    en: () => 'Empty line. Delete it (empty lines, or lines made only of separators, are not allowed).',
  },
  'row.leftovers': {
    fr: (p, f) => {
      const parts: string[] = [];
      if (p.rows.length) parts.push(`${p.rows.length > 1 ? `les ${f.lines(p.rows)} en fin de fichier, faites` : `la ${f.lines(p.rows)} en fin de fichier, faite`} seulement de séparateurs`);
      if (p.columns.length) parts.push(`${p.columns.length > 1 ? `les colonnes ${f.list(p.columns.map(String))}, sans nom et vides` : `la colonne ${p.columns[0]}, sans nom et vide`}`);
      return `Restes d’Excel ignorés : ${parts.join(' ; ')}. Ils ne contiennent aucune donnée (Excel les ajoute quand des cellules ont déjà été mises en forme). Pour éviter cet avertissement, supprimez ces ${p.rows.length ? 'lignes' : 'colonnes'} dans Excel avant d’enregistrer.`;
    },
    en: (p, f) => {
      const parts: string[] = [];
      if (p.rows.length) parts.push(`${f.lines(p.rows)} at the end of the file, made only of separators`);
      if (p.columns.length) parts.push(`${p.columns.length > 1 ? `columns ${f.list(p.columns.map(String))}` : `column ${p.columns[0]}`}, unnamed and empty`);
      return `Excel leftovers ignored: ${parts.join('; ')}. They hold no data (Excel adds them when cells were once formatted). To avoid this warning, delete these ${p.rows.length ? 'lines' : 'columns'} in Excel before saving.`;
    },
  },
  'row.missing-cells': {
    fr: (p) => `Ligne incomplète : ${p.cells} cellule(s) au lieu de ${p.width}. Ajoutez les cellules manquantes (même vides) pour que chaque ligne ait autant de colonnes que l’en-tête.`,
    en: (p) => `Incomplete line: ${p.cells} cell(s) instead of ${p.width}. Add the missing cells (even empty) so that every line has as many columns as the header.`,
  },
  'row.extra-cells': {
    fr: (p) => `Ligne trop longue : ${p.cells} cellules au lieu de ${p.width}. Retirez les cellules en trop ou mettez entre guillemets (") un texte qui contient le séparateur.`,
    en: (p) => `Line too long: ${p.cells} cells instead of ${p.width}. Remove the extra cells, or put double quotes (") around a text that contains the separator.`,
  },
  'row.data-in-unnamed-column': {
    fr: (p, f) => `Donnée ${f.q(p.value)} dans la colonne ${p.column}, qui n’a pas de nom dans l’en-tête. Donnez un nom à cette colonne (l’un des noms attendus) ou déplacez la donnée.`,
    en: (p, f) => `Data ${f.q(p.value)} in column ${p.column}, which has no name in the header. Name that column (one of the expected names) or move the data.`,
  },
  'csv.unclosed-quote': {
    fr: () => 'Guillemet (") ouvert mais jamais fermé : tout ce qui suit a été lu comme une seule cellule. Fermez le guillemet ou doublez-le ("") s’il fait partie du texte.',
    en: () => 'A double quote (") is opened but never closed: everything after it was read as one cell. Close the quote, or double it ("") if it is part of the text.',
  },
  'csv.bad-quotes': {
    fr: () => 'Guillemets mal placés : un texte entre guillemets doit être suivi directement du séparateur ou de la fin de ligne. Doublez ("") un guillemet qui fait partie du texte.',
    en: () => 'Misplaced quotes: a quoted text must be followed directly by the separator or the end of the line. Double ("") a quote that is part of the text.',
  },
  'cell.too-long': {
    fr: (p, f) => `Cellule trop longue : ${f.n(p.length)} caractères, au plus ${f.n(p.max)}. Raccourcissez le texte (une note tient en quelques phrases) ; la cellule n’a pas été lue.`,
    en: (p, f) => `Cell too long: ${f.n(p.length)} characters, at most ${f.n(p.max)}. Shorten the text (a note is a few sentences); the cell was not read.`,
  },
  'header.duplicate': {
    fr: (p, f) => `La colonne ${f.q(p.column)} apparaît deux fois (colonnes ${p.first} et ${p.second}). Supprimez ou renommez l’une des deux.`,
    en: (p, f) => `Column ${f.q(p.column)} appears twice (columns ${p.first} and ${p.second}). Delete or rename one of them.`,
  },
  'header.absent': {
    fr: (p) => `En-tête absent : la ligne 1 doit contenir les noms de colonnes (${p.columns.join(', ')}), pas des données. Ajoutez cette ligne d’en-tête en tête de fichier.`,
    en: (p) => `Header missing: line 1 must hold the column names (${p.columns.join(', ')}), not data. Add this header line at the top of the file.`,
  },
  'header.unnamed': {
    fr: (p) => `Colonne ${p.column} sans nom dans l’en-tête. Supprimez cette colonne (souvent un séparateur en trop en fin de ligne) ou donnez-lui l’un des noms attendus : ${p.columns.join(', ')}.`,
    en: (p) => `Column ${p.column} has no name in the header. Delete this column (often an extra separator at the end of the line) or give it one of the expected names: ${p.columns.join(', ')}.`,
  },
  'header.misspelt': {
    fr: (p, f) => `Nom de colonne inconnu ${f.q(p.name)}.${f.dym(p.suggestion)} Corrigez l’en-tête.`,
    en: (p, f) => `Unknown column name ${f.q(p.name)}.${f.dym(p.suggestion)} Correct the header.`,
  },
  'header.unexpected': {
    fr: (p, f) =>
      `Colonne inattendue ${f.q(p.name)} : elle ne fait pas partie du modèle (${pick(TABLE_NAMES, p.table, 'fr')}). Retirez-la, ou mettez l’information dans la colonne note. Colonnes permises : ${p.columns.join(', ')}.`,
    en: (p, f) =>
      `Unexpected column ${f.q(p.name)}: it is not part of the template (${pick(TABLE_NAMES, p.table, 'en')}). Remove it, or put the information in the note column. Allowed columns: ${p.columns.join(', ')}.`,
  },
  'header.missing-column': {
    fr: (p, f) => `Colonne obligatoire ${f.q(p.column)} absente de l’en-tête. Ajoutez-la (voir le modèle dans data/modeles/). Les lignes de ce fichier n’ont pas été vérifiées.`,
    en: (p, f) => `Required column ${f.q(p.column)} is missing from the header. Add it (see the template in data/modeles/). The lines of this file were not checked.`,
  },
  'text.html': {
    fr: (p, f) => `Le texte ${f.q(p.value)} ressemble à du HTML. Il sera affiché tel quel, comme du texte. Retirez les balises si elles ne sont pas voulues.`,
    en: (p, f) => `The text ${f.q(p.value)} looks like HTML. It will be shown as it is, as text. Remove the tags if they are not intended.`,
  },
  'text.formula': {
    fr: (p, f) =>
      `Le texte ${f.q(p.value)} ${p.inside ? 'contient, après un séparateur ou un retour à la ligne, le début d’une formule de tableur' : 'commence comme une formule de tableur'} (=, +, -, @). Il sera affiché comme du texte. Retirez ${p.inside ? 'ce caractère' : 'le premier caractère'} ou exportez les valeurs plutôt que les formules.`,
    en: (p, f) =>
      `The text ${f.q(p.value)} ${p.inside ? 'holds, after a separator or a line break, the start of a spreadsheet formula' : 'starts like a spreadsheet formula'} (=, +, -, @). It will be shown as text. Remove ${p.inside ? 'that character' : 'the first character'}, or export values rather than formulas.`,
  },
  'url.scheme': {
    fr: (p, f) => `Adresse ${f.q(p.value)} refusée : seules les adresses Web https:// (ou http://) sont permises dans la colonne ${p.column}. Écrivez l’adresse complète, par exemple https://www.exemple.gouv.qc.ca.`,
    en: (p, f) => `Address ${f.q(p.value)} refused: only web addresses https:// (or http://) are allowed in column ${p.column}. Write the full address, for example https://www.example.gouv.qc.ca.`,
  },
  'cell.required': {
    fr: (p, f) => `La colonne ${f.q(p.column)} est obligatoire : cette cellule est vide.`,
    en: (p, f) => `Column ${f.q(p.column)} is required: this cell is empty.`,
  },
  'cell.not-one-of': {
    fr: (p, f) => `${f.q(p.value)} n’est pas ${pick(KNOWN, p.what, 'fr')}.${f.dym(p.suggestion)} Valeurs permises : ${p.allowed.join(', ')}.`,
    en: (p, f) => `${f.q(p.value)} is not ${pick(KNOWN, p.what, 'en')}.${f.dym(p.suggestion)} Allowed values: ${p.allowed.join(', ')}.`,
  },
  'cell.foreign-key': {
    fr: (p, f) => `${pick(UNKNOWN, p.what, 'fr')} : ${f.q(p.value)}.${f.dym(p.suggestion)} Utilisez un code de ${p.table} (${f.codes(p.codes, p.count)}).`,
    en: (p, f) => `${pick(UNKNOWN, p.what, 'en')}: ${f.q(p.value)}.${f.dym(p.suggestion)} Use a code from ${p.table} (${f.codes(p.codes, p.count)}).`,
  },
  'cell.unknown-source': {
    fr: (p, f) => `Source inconnue : ${f.q(p.value)}.${f.dym(p.suggestion)} Utilisez un code de data/sources.csv (ajoutez-y le document s’il n’y est pas).`,
    en: (p, f) => `Unknown source: ${f.q(p.value)}.${f.dym(p.suggestion)} Use a code from data/sources.csv (add the document there if it is missing).`,
  },
  'cell.bad-year': {
    fr: (p, f) => `${f.q(p.value)} n’est pas une année : écrivez quatre chiffres (ex. 2000) ou laissez vide.`,
    en: (p, f) => `${f.q(p.value)} is not a year: write four digits (e.g. 2000) or leave it empty.`,
  },
  'cell.bad-date': {
    fr: (p, f) => `${f.q(p.value)} n’est pas une date : écrivez-la AAAA-MM-JJ (ex. 2006-05-30).`,
    en: (p, f) => `${f.q(p.value)} is not a date: write it YYYY-MM-DD (e.g. 2006-05-30).`,
  },
  'cell.bad-count': {
    fr: (p, f) => `${f.q(p.value)} n’est pas un nombre de personnes : écrivez un entier positif ou nul, ou laissez vide.`,
    en: (p, f) => `${f.q(p.value)} is not a number of people: write a whole number (zero or more), or leave it empty.`,
  },
  'ref.duplicate-code': {
    fr: (p, f) => `Le code ${f.q(p.code)} est déjà utilisé à la ligne ${p.line}. Chaque code doit être unique.`,
    en: (p, f) => `Code ${f.q(p.code)} is already used on line ${p.line}. Every code must be unique.`,
  },
  'ref.bad-code': {
    fr: (p, f) => `Code ${f.q(p.code)} invalide : minuscules sans accents, chiffres et traits d’union seulement (ex. ${p.example}).`,
    en: (p, f) => `Invalid code ${f.q(p.code)}: lower-case letters without accents, digits and hyphens only (e.g. ${p.example}).`,
  },

  // --- Numbers ---------------------------------------------------------------
  'number.scientific': {
    fr: (p, f) => `${f.q(p.raw)} est en notation scientifique (Excel a raccourci un grand nombre et perdu des chiffres). Dans Excel, mettez la colonne au format Nombre sans décimales, puis exportez de nouveau.`,
    en: (p, f) => `${f.q(p.raw)} is in scientific notation (Excel shortened a large number and lost digits). In Excel, format the column as Number with no decimals, then export again.`,
  },
  'number.both-marks': {
    fr: (p, f) => `${f.q(p.raw)} mélange virgule et point : impossible de savoir lequel est le séparateur décimal. Écrivez les milliers avec une espace (1 234,5) ou sans séparateur (1234${p.mark}5).`,
    en: (p, f) => `${f.q(p.raw)} mixes comma and point: there is no telling which is the decimal separator. Write thousands with a space (1 234${p.mark}5) or without a separator (1234${p.mark}5).`,
  },
  'number.repeated-mark': {
    fr: (p, f) => `${f.q(p.raw)} contient plusieurs séparateurs décimaux. Écrivez les milliers avec une espace ou sans séparateur, et un seul séparateur décimal (${decimalWord(p.mark, 'fr')}).`,
    en: (p, f) => `${f.q(p.raw)} holds several decimal separators. Write thousands with a space or without a separator, and one decimal separator (${decimalWord(p.mark, 'en')}).`,
  },
  'number.thousands-or-decimal': {
    fr: (p, f) => `${f.q(p.raw)} est ambigu dans un fichier ${fileKindText(p.mark, 'fr')} : séparateur de milliers ou décimale ? Écrivez ${f.q(p.asInteger)} pour un nombre entier, ou ${f.q(p.asDecimal)} pour une décimale.`,
    en: (p, f) => `${f.q(p.raw)} is ambiguous in a file ${fileKindText(p.mark, 'en')}: thousands separator or decimal? Write ${f.q(p.asInteger)} for a whole number, or ${f.q(p.asDecimal)} for a decimal.`,
  },
  'number.wrong-mark': {
    fr: (p, f) => `${f.q(p.raw)} utilise le mauvais séparateur décimal : ce fichier est ${fileKindText(p.mark, 'fr')}. Écrivez ${f.q(p.fixed)}.`,
    en: (p, f) => `${f.q(p.raw)} uses the wrong decimal separator: this file is ${fileKindText(p.mark, 'en')}. Write ${f.q(p.fixed)}.`,
  },
  'number.bad-grouping': {
    fr: (p, f) => `${f.q(p.raw)} : les espaces doivent séparer les milliers par groupes de trois chiffres (1 006 000). Corrigez ou retirez les espaces.`,
    en: (p, f) => `${f.q(p.raw)}: spaces must separate thousands in groups of three digits (1 006 000). Correct or remove the spaces.`,
  },
  'number.dash': {
    fr: (p, f) => `${f.q(p.raw)} est ambigu : un tiret peut vouloir dire zéro ou « pas de donnée ». Écrivez 0 si la valeur est nulle, n.d. si elle n’est pas disponible, s.o. si elle est sans objet.`,
    en: (p, f) => `${f.q(p.raw)} is ambiguous: a dash may mean zero or “no data”. Write 0 if the value is zero, n.d. if it is not available, s.o. if it does not apply.`,
  },
  'number.not-a-number': {
    fr: (p, f) => `${f.q(p.raw)} n’est ni un nombre ni une valeur manquante reconnue. Écrivez un nombre (ex. 85${p.mark}4, 1 006 000, 12${p.mark}50 $, 80 %), ou n.d. (non disponible), s.o. (sans objet), x (confidentiel), ou laissez la cellule vide.`,
    en: (p, f) => `${f.q(p.raw)} is neither a number nor a known missing-value token. Write a number (e.g. 85${p.mark}4, 1 006 000, 12${p.mark}50 $, 80 %), or n.d. (not available), s.o. (not applicable), x (confidential), or leave the cell empty.`,
  },
  'range.percent-sign': {
    fr: (p) => `Le signe % ne convient qu’aux pourcentages : cet indicateur attend ${pick(UNIT_TEXT, p.unit, 'fr')}. Retirez le %.${p.indicator ? ` (indicateur ${p.indicator})` : ''}`,
    en: (p) => `The % sign is for percentages only: this indicator expects ${pick(UNIT_TEXT, p.unit, 'en')}. Remove the %.${p.indicator ? ` (indicator ${p.indicator})` : ''}`,
  },
  'range.dollar-sign': {
    fr: (p) => `Le signe $ ne convient qu’aux montants : cet indicateur attend ${pick(UNIT_TEXT, p.unit, 'fr')}. Retirez le $.${p.indicator ? ` (indicateur ${p.indicator})` : ''}`,
    en: (p) => `The $ sign is for amounts only: this indicator expects ${pick(UNIT_TEXT, p.unit, 'en')}. Remove the $.${p.indicator ? ` (indicator ${p.indicator})` : ''}`,
  },
  'range.percent-bounds': {
    fr: (p, f) => `${f.n(p.value)} est hors limites pour un pourcentage : attendu entre 0 et 100.${p.indicator ? ` (indicateur ${p.indicator})` : ''}`,
    en: (p, f) => `${f.n(p.value)} is out of bounds for a percentage: expected between 0 and 100.${p.indicator ? ` (indicator ${p.indicator})` : ''}`,
  },
  'range.negative': {
    fr: (p, f) => `${f.n(p.value)} est négatif : cet indicateur attend ${pick(UNIT_TEXT, p.unit, 'fr')}, qui ne peut pas être négatif.${p.indicator ? ` (indicateur ${p.indicator})` : ''}`,
    en: (p, f) => `${f.n(p.value)} is negative: this indicator expects ${pick(UNIT_TEXT, p.unit, 'en')}, which cannot be negative.${p.indicator ? ` (indicator ${p.indicator})` : ''}`,
  },
  'range.not-integer': {
    fr: (p, f) => `${f.n(p.value)} n’est pas un nombre entier : cet indicateur compte des unités (appels, visites…).${p.indicator ? ` (indicateur ${p.indicator})` : ''}`,
    en: (p, f) => `${f.n(p.value)} is not a whole number: this indicator counts units (calls, visits…).${p.indicator ? ` (indicator ${p.indicator})` : ''}`,
  },

  // --- Periods ------------------------------------------------------------------
  'period.required': {
    fr: () => 'La période est obligatoire : écrivez une année financière (2010-2011) ou civile (2010).',
    en: () => 'The period is required: write a fiscal year (2010-2011) or a calendar year (2010).',
  },
  'period.not-consecutive': {
    fr: (p, f) => `Période impossible ${f.q(p.value)} : une année financière couvre deux années consécutives. Écrivez ${f.q(p.suggestion)}.`,
    en: (p, f) => `Impossible period ${f.q(p.value)}: a fiscal year covers two consecutive years. Write ${f.q(p.suggestion)}.`,
  },
  'period.future': {
    fr: (p, f) => `Période ${f.q(p.value)} dans le futur : on ne publie que des résultats d’années commencées (jusqu’à ${p.currentYear}).`,
    en: (p, f) => `Period ${f.q(p.value)} is in the future: only results of years that have begun are published (up to ${p.currentYear}).`,
  },
  'period.too-old': {
    fr: (p, f) => `Période ${f.q(p.value)} trop ancienne : les séries commencent en 1980 au plus tôt. Vérifiez l’année.`,
    en: (p, f) => `Period ${f.q(p.value)} is too old: series start in 1980 at the earliest. Check the year.`,
  },
  'period.short': {
    fr: (p, f) => `Période ${f.q(p.value)} abrégée : écrivez l’année financière en entier, ${f.q(p.suggestion)}.`,
    en: (p, f) => `Period ${f.q(p.value)} is abbreviated: write the fiscal year in full, ${f.q(p.suggestion)}.`,
  },
  'period.format': {
    fr: (p, f) => `Période ${f.q(p.value)} non reconnue : écrivez une année financière (2010-2011) ou civile (2010).`,
    en: (p, f) => `Period ${f.q(p.value)} not recognised: write a fiscal year (2010-2011) or a calendar year (2010).`,
  },

  // --- Indicator catalogue and values --------------------------------------------
  'catalogue.bad-id': {
    fr: (p, f) => `Identifiant ${f.q(p.id)} invalide : minuscules sans accents, chiffres et traits d’union seulement (ex. appels-volume).`,
    en: (p, f) => `Invalid identifier ${f.q(p.id)}: lower-case letters without accents, digits and hyphens only (e.g. appels-volume).`,
  },
  'catalogue.duplicate-id': {
    fr: (p, f) => `L’indicateur ${f.q(p.id)} est déjà défini à la ligne ${p.line} (${p.file}:${p.line}). Chaque identifiant doit être unique : renommez-le ou supprimez le doublon.`,
    en: (p, f) => `Indicator ${f.q(p.id)} is already defined on line ${p.line} (${p.file}:${p.line}). Every identifier must be unique: rename it or delete the duplicate.`,
  },
  'values.missing-reason-unknown': {
    fr: (p, f) => `${f.q(p.value)} n’est pas une raison de valeur manquante reconnue. Écrivez non disponible, sans objet ou confidentiel (ou n.d., s.o., x), ou laissez la cellule vide.`,
    en: (p, f) => `${f.q(p.value)} is not a known reason for a missing value. Write not available, not applicable or confidential (or n.d., s.o., x), or leave the cell empty.`,
  },
  'values.value-and-missing': {
    fr: (p, f) => `Valeur ${f.q(p.value)} et valeur manquante ${f.q(p.missing)} sur la même ligne : gardez l’une ou l’autre. Videz la colonne valeur_manquante si la valeur est connue.`,
    en: (p, f) => `Value ${f.q(p.value)} and missing value ${f.q(p.missing)} on the same line: keep one or the other. Empty the missing-value column if the value is known.`,
  },
  'values.published-needs-source': {
    fr: () => 'Une valeur publiée (statut publie) doit citer sa source : indiquez un code de data/sources.csv dans la colonne source, ou mettez le statut illustratif.',
    en: () => 'A published value (status publie) must cite its source: put a code from data/sources.csv in the source column, or set the status to illustratif.',
  },
  'values.duplicate': {
    fr: (p) => `Valeur en double : ${p.agency} × ${p.indicator} × ${p.period} figure déjà à ${p.there}:${p.thereLine} et de nouveau ici (${p.here}:${p.hereLine}). Gardez une seule des deux lignes.`,
    en: (p) => `Duplicate value: ${p.agency} × ${p.indicator} × ${p.period} is already at ${p.there}:${p.thereLine} and again here (${p.here}:${p.hereLine}). Keep only one of the two lines.`,
  },
  'values.published-change': {
    fr: (p, f) => {
      const was = p.before.value === null ? `vide : ${pick(MISSING_TEXT, p.before.missing, 'fr')}` : f.n(p.before.value);
      const now = p.after.value === null ? `vide : ${pick(MISSING_TEXT, p.after.missing, 'fr')}` : f.n(p.after.value);
      const head = `${p.agency} × ${p.indicator} × ${p.period} est déjà publié sur le site (${was}, ${pick(STATUS_TEXT, p.before.status, 'fr')})`;
      return p.same
        ? `${head} : cette ligne donne la même valeur et ne change rien. Retirez-la si elle n’a pas lieu d’être.`
        : `${head} : cette ligne le remplacerait par ${now} (${pick(STATUS_TEXT, p.after.status, 'fr')}). Vérifiez qu’il s’agit bien d’une correction, et dites-le dans la demande de fusion.`;
    },
    en: (p, f) => {
      const was = p.before.value === null ? `empty: ${pick(MISSING_TEXT, p.before.missing, 'en')}` : f.n(p.before.value);
      const now = p.after.value === null ? `empty: ${pick(MISSING_TEXT, p.after.missing, 'en')}` : f.n(p.after.value);
      const head = `${p.agency} × ${p.indicator} × ${p.period} is already published on the site (${was}, ${pick(STATUS_TEXT, p.before.status, 'en')})`;
      return p.same
        ? `${head}: this line gives the same value and changes nothing. Remove it if it is not needed.`
        : `${head}: this line would replace it with ${now} (${pick(STATUS_TEXT, p.after.status, 'en')}). Check that it is a correction, and say so in the pull request.`;
    },
  },
  'values.channel-mix': {
    fr: (p, f) =>
      `Les parts des modes de prestation de ${p.agency} en ${p.period} totalisent ${f.n(Number(p.sum.toFixed(2)))}\u00a0% au lieu de 100\u00a0% (écart toléré : 1 point, pour les arrondis). Vérifiez les lignes ${p.lines.join(', ')} (${p.indicators.join(', ')}).`,
    en: (p, f) =>
      `The delivery channel shares of ${p.agency} in ${p.period} add up to ${f.n(Number(p.sum.toFixed(2)))}% instead of 100% (tolerance: 1 point, for rounding). Check lines ${p.lines.join(', ')} (${p.indicators.join(', ')}).`,
  },

  // --- Networks and conferences ----------------------------------------------
  'networks.empty-members': {
    fr: () => 'La colonne organismes est vide : indiquez les codes des organismes membres, séparés par des points-virgules (ex. RAMQ;SAAQ).',
    en: () => 'The organismes column is empty: list the member agencies’ codes, separated by semicolons (e.g. RAMQ;SAAQ).',
  },

  // --- Conference evaluations --------------------------------------------------
  'evaluations.conferences-missing': {
    fr: (p) => `${p.file} introuvable : les évaluations ne peuvent pas être rattachées à leurs conférences.`,
    en: (p) => `${p.file} not found: the evaluations cannot be matched to their conferences.`,
  },
  'evaluations.count-required': {
    fr: () => 'Nombre obligatoire : écrivez le nombre de personnes ayant choisi ce niveau (0 s’il n’y en a aucune).',
    en: () => 'Count required: write the number of people who chose this level (0 if none).',
  },
  'evaluations.not-people': {
    fr: (p, f) => `${f.q(p.raw)} n’est pas un nombre de personnes : écrivez un entier positif ou nul.`,
    en: (p, f) => `${f.q(p.raw)} is not a number of people: write a whole number, zero or more.`,
  },
  'evaluations.published-needs-source': {
    fr: () => 'Une répartition publiée (statut publie) doit citer sa source; sinon, mettez le statut illustratif.',
    en: () => 'A published distribution (status publie) must cite its source; otherwise set the status to illustratif.',
  },
  'evaluations.duplicate-level': {
    fr: (p, f) => `Le niveau ${f.q(p.level)} de ${p.conference} figure déjà à la ligne ${p.line}. Gardez une seule des deux lignes.`,
    en: (p, f) => `Level ${f.q(p.level)} of ${p.conference} is already on line ${p.line}. Keep only one of the two lines.`,
  },
  'evaluations.mixed-status': {
    fr: (p, f) => `Statut ${f.q(p.status)} différent de celui des autres lignes de ${p.conference} (${p.other}, ligne ${p.line}) : une répartition est publiée ou illustrative en entier.`,
    en: (p, f) => `Status ${f.q(p.status)} differs from the other lines of ${p.conference} (${p.other}, line ${p.line}): a distribution is published or illustrative as a whole.`,
  },
  'evaluations.count-missing': {
    fr: (p) => `${p.conference} : le nombre d’évaluations est absent de ${p.file}${p.confLine ? ` (ligne ${p.confLine})` : ''} : la répartition (${p.lines.length === 1 ? `ligne ${p.lines[0]}` : `lignes ${p.lines.join(', ')}`}) ne peut pas être vérifiée. Indiquez-le dans la colonne evaluations.`,
    en: (p) => `${p.conference}: the number of evaluations is missing from ${p.file}${p.confLine ? ` (line ${p.confLine})` : ''}: the distribution (${p.lines.length === 1 ? `line ${p.lines[0]}` : `lines ${p.lines.join(', ')}`}) cannot be checked. Give it in the evaluations column.`,
  },
  'evaluations.total-mismatch': {
    fr: (p) => `${p.conference} : la répartition (${p.lines.length === 1 ? `ligne ${p.lines[0]}` : `lignes ${p.lines.join(', ')}`}) totalise ${p.total} évaluations, mais ${p.file}${p.confLine ? ` (ligne ${p.confLine})` : ''} en indique ${p.expected}. Une répartition, même illustrative, doit totaliser le nombre réel d’évaluations.`,
    en: (p) => `${p.conference}: the distribution (${p.lines.length === 1 ? `line ${p.lines[0]}` : `lines ${p.lines.join(', ')}`}) adds up to ${p.total} evaluations, but ${p.file}${p.confLine ? ` (line ${p.confLine})` : ''} gives ${p.expected}. A distribution, even illustrative, must add up to the real number of evaluations.`,
  },

  // --- Financial statements ---------------------------------------------------------
  'finance.year-required': {
    fr: () => 'L’exercice est obligatoire : écrivez l’année financière, par exemple 2006-2007 pour l’exercice terminé le 31 mars 2007.',
    en: () => 'The fiscal year is required: write it, for example 2006-2007 for the year ended 31 March 2007.',
  },
  'finance.year-bad': {
    fr: (p, f) => `Exercice ${f.q(p.value)} non reconnu : écrivez l’année financière sur deux années consécutives (2006-2007 pour l’exercice terminé le 31 mars 2007).${p.suggestion ? ` Écrivez ${f.q(p.suggestion)}.` : ''}`,
    en: (p, f) => `Fiscal year ${f.q(p.value)} not recognised: write it over two consecutive years (2006-2007 for the year ended 31 March 2007).${p.suggestion ? ` Write ${f.q(p.suggestion)}.` : ''}`,
  },
  'finance.contribution-year-bad': {
    fr: (p, f) => `Exercice ${f.q(p.value)} non reconnu : écrivez l’année financière (2006-2007).`,
    en: (p, f) => `Fiscal year ${f.q(p.value)} not recognised: write the fiscal year (2006-2007).`,
  },
  'finance.bad-poste': {
    fr: (p, f) => `Code de poste ${f.q(p.poste)} invalide : minuscules sans accents, chiffres et traits d’union (ex. frais-de-banque).`,
    en: (p, f) => `Invalid item code ${f.q(p.poste)}: lower-case letters without accents, digits and hyphens (e.g. frais-de-banque).`,
  },
  'finance.duplicate-poste': {
    fr: (p, f) => `Le poste ${f.q(p.poste)} de l’exercice ${p.year} figure déjà à la ligne ${p.line} (${p.file}:${p.line}). Gardez une seule des deux lignes.`,
    en: (p, f) => `Item ${f.q(p.poste)} of fiscal year ${p.year} is already on line ${p.line} (${p.file}:${p.line}). Keep only one of the two lines.`,
  },
  'finance.amount-required': {
    fr: () => 'Montant obligatoire : écrivez le montant publié, ou 0 (ou un tiret -) pour un poste nul.',
    en: () => 'Amount required: write the published amount, or 0 (or a dash -) for a nil item.',
  },
  'finance.amount-percent': {
    fr: (p, f) => `${f.q(p.raw)} est un pourcentage : écrivez un montant en dollars (ex. 200 000 ou 200 000 $).`,
    en: (p, f) => `${f.q(p.raw)} is a percentage: write an amount in dollars (e.g. 200 000 or 200 000 $).`,
  },
  'finance.amount-decimals': {
    fr: (p, f) => `${f.q(p.raw)} a plus de deux décimales : un montant s’écrit au cent près.`,
    en: (p, f) => `${f.q(p.raw)} has more than two decimals: an amount is written to the cent.`,
  },
  'finance.amount-too-big': {
    fr: (p, f) => `${f.q(p.raw)} est trop grand pour un montant.`,
    en: (p, f) => `${f.q(p.raw)} is too large for an amount.`,
  },
  'finance.unknown-parameter': {
    fr: (p, f) => `Paramètre inconnu ${f.q(p.name)}. Paramètre permis : tolerance_arrondi (écart toléré en dollars, défaut 1).`,
    en: (p, f) => `Unknown parameter ${f.q(p.name)}. Allowed parameter: tolerance_arrondi (tolerated difference in dollars, default 1).`,
  },
  'finance.negative-tolerance': {
    fr: () => 'La tolérance d’arrondi ne peut pas être négative : écrivez 0 (aucun écart toléré) ou plus.',
    en: () => 'The rounding tolerance cannot be negative: write 0 (no difference tolerated) or more.',
  },
  'finance.contribution-needs-source': {
    fr: () => 'Une cotisation publiée (statut publie) doit citer sa source, ou porter le statut illustratif.',
    en: () => 'A published contribution (status publie) must cite its source, or have the status illustratif.',
  },
  'finance.duplicate-contribution': {
    fr: (p) => `La cotisation de ${p.agency} pour ${p.year} figure déjà à la ligne ${p.line}. Gardez une seule des deux lignes.`,
    en: (p) => `The contribution of ${p.agency} for ${p.year} is already on line ${p.line}. Keep only one of the two lines.`,
  },
  'finance.statement-missing': {
    fr: (p) => `Fichier ${p.name} introuvable dans ${p.dir}/ : créez-le à partir de data/modeles/${p.name}.`,
    en: (p) => `File ${p.name} not found in ${p.dir}/: create it from data/modeles/${p.name}.`,
  },
  'finance.section-missing': {
    fr: (p, f) => `La section ${f.q(p.section)} manque pour l’exercice ${p.year} (${pick(STATEMENT_TEXT, p.statement, 'fr')}). Saisissez toutes ses lignes et son total publié.`,
    en: (p, f) => `Section ${f.q(p.section)} is missing for fiscal year ${p.year} (${pick(STATEMENT_TEXT, p.statement, 'en')}). Enter all its lines and its published total.`,
  },
  'finance.no-total': {
    fr: (p, f) => `La section ${f.q(p.section)} de l’exercice ${p.year} n’a pas de total (nature total) : ajoutez le total publié, pour que la somme des lignes puisse être vérifiée.`,
    en: (p, f) => `Section ${f.q(p.section)} of fiscal year ${p.year} has no total (kind total): add the published total, so that the sum of its lines can be checked.`,
  },
  'finance.extra-total': {
    fr: (p, f) => `La section ${f.q(p.section)} de l’exercice ${p.year} a déjà un total (ligne ${p.line}) : une section n’a qu’un total. Mettez la nature ligne, ou retirez ce doublon.`,
    en: (p, f) => `Section ${f.q(p.section)} of fiscal year ${p.year} already has a total (line ${p.line}): a section has one total. Set the kind to ligne, or remove this duplicate.`,
  },
  'finance.line-in-grand-total': {
    fr: () => 'La section passif-et-excedent ne contient que le total du passif et de l’excédent : classez cette ligne dans la section passif ou excedent.',
    en: () => 'Section passif-et-excedent holds only the total of liabilities and surplus: put this line in section passif or excedent.',
  },
  'finance.required-poste': {
    fr: (p, f) =>
      `La section excedent de l’exercice ${p.year} doit contenir la ligne ${f.q(p.poste)} (${p.role === 'surplus-for-year' ? 'excédent de l’exercice : revenus moins dépenses' : 'excédent au début de l’exercice'}), de nature ligne.`,
    en: (p, f) =>
      `Section excedent of fiscal year ${p.year} must contain the line ${f.q(p.poste)} (${p.role === 'surplus-for-year' ? 'surplus for the year: revenue minus expenses' : 'surplus at the beginning of the year'}), of kind ligne.`,
  },
  'finance.other-statement-missing': {
    fr: (p) => `L’exercice ${p.year} figure dans ${p.file} mais pas dans ${p.other} : saisissez les deux états (résultats et bilan) de chaque exercice.`,
    en: (p) => `Fiscal year ${p.year} is in ${p.file} but not in ${p.other}: enter both statements (operations and balance sheet) of every year.`,
  },
  'finance.year-gap': {
    fr: (p) => `L’exercice ${p.previous} manque entre ${p.before} et ${p.year} : le report de l’excédent ne peut pas être vérifié. Saisissez les états de ${p.previous}.`,
    en: (p) => `Fiscal year ${p.previous} is missing between ${p.before} and ${p.year}: the carried-forward surplus cannot be checked. Enter the statements of ${p.previous}.`,
  },
  'finance.contribution-no-statement': {
    fr: (p) => `Aucun état financier pour l’exercice ${p.year} : la cotisation ne peut pas être rapprochée. Saisissez d’abord les états de cet exercice.`,
    en: (p) => `No financial statement for fiscal year ${p.year}: the contribution cannot be reconciled. Enter the statements of that year first.`,
  },
  'finance.sum': {
    fr: (p, f) => `${sectionName(p, f)} : le total publié ${label(p, f)} est de ${f.money(p.reported)}, mais la somme des ${f.lines(p.inputLines)} donne ${f.money(p.computed)}.${financeTail(p, f)}`,
    en: (p, f) => `${sectionName(p, f)}: the published total ${label(p, f)} is ${f.money(p.reported)}, but the sum of ${f.lines(p.inputLines)} gives ${f.money(p.computed)}.${financeTail(p, f)}`,
  },
  'finance.grand-total': {
    fr: (p, f) => `${sectionName(p, f)} : le total publié ${label(p, f)} est de ${f.money(p.reported)}, mais le total du passif plus l’excédent (${f.lines(p.inputLines)}) donnent ${f.money(p.computed)}.${financeTail(p, f)}`,
    en: (p, f) => `${sectionName(p, f)}: the published total ${label(p, f)} is ${f.money(p.reported)}, but total liabilities plus surplus (${f.lines(p.inputLines)}) give ${f.money(p.computed)}.${financeTail(p, f)}`,
  },
  'finance.surplus-for-year': {
    fr: (p, f) =>
      `Excédent de l’exercice ${p.year} : ${f.money(p.reported)} est inscrit, mais le total des revenus (ligne ${p.revenueLine}, ${f.money(p.revenue)}) moins le total des dépenses (ligne ${p.expensesLine}, ${f.money(p.expenses)}) donne ${f.money(p.computed)}.${financeTail(p, f)}`,
    en: (p, f) =>
      `Surplus for fiscal year ${p.year}: ${f.money(p.reported)} is entered, but total revenue (line ${p.revenueLine}, ${f.money(p.revenue)}) minus total expenses (line ${p.expensesLine}, ${f.money(p.expenses)}) gives ${f.money(p.computed)}.${financeTail(p, f)}`,
  },
  'finance.closing-surplus': {
    fr: (p, f) => `Excédent à la fin de l’exercice ${p.year} : ${f.money(p.reported)} est inscrit, mais l’excédent au début plus l’excédent de l’exercice (${f.lines(p.inputLines)}) donnent ${f.money(p.computed)}.${financeTail(p, f)}`,
    en: (p, f) => `Surplus at the end of fiscal year ${p.year}: ${f.money(p.reported)} is entered, but the opening surplus plus the surplus for the year (${f.lines(p.inputLines)}) give ${f.money(p.computed)}.${financeTail(p, f)}`,
  },
  'finance.carry-forward': {
    fr: (p, f) => `Report de l’excédent : l’excédent au début de ${p.year} (${f.money(p.reported)}) doit égaler l’excédent à la fin de ${p.previous} (ligne ${p.previousLine}, ${f.money(p.computed)}).${financeTail(p, f)}`,
    en: (p, f) => `Carried-forward surplus: the opening surplus of ${p.year} (${f.money(p.reported)}) must equal the closing surplus of ${p.previous} (line ${p.previousLine}, ${f.money(p.computed)}).${financeTail(p, f)}`,
  },
  'finance.balance': {
    fr: (p, f) => `Bilan ${p.year} non équilibré : le total de l’actif (${f.money(p.reported)}) doit égaler le passif plus l’excédent (${f.lines(p.inputLines)}), soit ${f.money(p.computed)}.${financeTail(p, f)}`,
    en: (p, f) => `Balance sheet ${p.year} does not balance: total assets (${f.money(p.reported)}) must equal liabilities plus surplus (${f.lines(p.inputLines)}), that is ${f.money(p.computed)}.${financeTail(p, f)}`,
  },
  'finance.concordance': {
    fr: (p, f) =>
      `Excédent au bilan ${p.year} : ${f.money(p.reported)} est inscrit, mais l’état des résultats donne un excédent à la fin de l’exercice de ${f.money(p.computed)} (${p.otherFile} ligne ${p.otherLine}). Les deux doivent concorder.${financeTail(p, f)}`,
    en: (p, f) =>
      `Surplus on the balance sheet ${p.year}: ${f.money(p.reported)} is entered, but the statement of operations gives a closing surplus of ${f.money(p.computed)} (${p.otherFile} line ${p.otherLine}). The two must agree.${financeTail(p, f)}`,
  },
  'finance.contributions': {
    fr: (p, f) => `Cotisations ${p.year} : la ligne ${label(p, f)} est de ${f.money(p.reported)}, mais les cotisations par organisme (${p.file}) totalisent ${f.money(p.computed)}.${financeTail(p, f)}`,
    en: (p, f) => `Contributions ${p.year}: the line ${label(p, f)} is ${f.money(p.reported)}, but the contributions per agency (${p.file}) add up to ${f.money(p.computed)}.${financeTail(p, f)}`,
  },
} satisfies Record<string, MessageDef>;

export type MessageCode = keyof typeof MESSAGES;

/** The text of a message in a locale. An unknown code renders as itself (a report from a newer version). */
export function renderMessage(code: string, params: Params, locale: Locale): string {
  const def = (MESSAGES as Record<string, MessageDef>)[code];
  if (!def) return `${code} ${JSON.stringify(params)}`;
  return def[locale](params as P, fmt(locale));
}
