/**
 * Checking tables: the generic part every CSV goes through (encoding, header,
 * blank and ragged rows, accounting of every row read) and the row rules of
 * the indicator catalogue and of the indicator values.
 */
import { closest, distance } from 'fastest-levenshtein';
import { Reporter, q } from './report';
import { CATALOGUE_COLUMNS, CATALOGUE_COMPUTED_COLUMNS, MISSING_WORDS, STATUS_WORDS, VALUES_COLUMNS, VALUES_COMPUTED_COLUMNS, headerKey, type ColumnVocabulary } from './columns';
import {
  foldName,
  missingReason,
  parseNumber,
  parseNumberFast,
  fastState,
  parsePeriod,
  sniffEncoding,
  streamCsv,
  unsafeText,
  type CsvInfo,
  type DecimalMark,
  type NumberParse,
  type PeriodParse,
} from './read';
import type {
  Agency,
  ChannelCode,
  Direction,
  Frequency,
  Indicator,
  IndicatorGroup,
  Locale,
  MissingReason,
  Unit,
  ValueStatus,
} from './types';

// ---------------------------------------------------------------------------
// Vocabularies

export const UNITS: readonly Unit[] = ['pourcentage', 'secondes', 'minutes', 'jours', 'nombre', 'dollars', 'ratio', 'indice'];
export const DIRECTIONS: readonly Direction[] = ['hausse', 'baisse', 'neutre'];
export const FREQUENCIES: readonly Frequency[] = ['annuelle', 'trimestrielle', 'mensuelle'];
export const GROUPS: readonly IndicatorGroup[] = ['volume', 'part-mode', 'cout-transaction', 'norme-service', 'qualite', 'satisfaction', 'delai'];
export const STATUSES: readonly ValueStatus[] = ['publie', 'illustratif'];

const UNIT_FR: Record<Unit, string> = {
  pourcentage: 'un pourcentage (0 à 100)',
  secondes: 'un nombre de secondes',
  minutes: 'un nombre de minutes',
  jours: 'un nombre de jours',
  nombre: 'un nombre entier',
  dollars: 'un montant en dollars',
  ratio: 'un ratio',
  indice: 'un indice',
};

// ---------------------------------------------------------------------------
// Suggestions

/** The closest candidate, when it is close enough to be a plausible typo. */
export function suggest(value: string, candidates: Iterable<string>, fold: (s: string) => string = foldName): string | null {
  const list = [...candidates];
  if (list.length === 0 || value.trim() === '') return null;
  const v = fold(value);
  const exact = list.find((c) => fold(c) === v);
  if (exact) return exact;
  const folded = list.map(fold);
  const best = closest(v, folded);
  const limit = Math.max(2, Math.floor(v.length / 3));
  return distance(v, best) <= limit ? list[folded.indexOf(best)] : null;
}

function didYouMean(s: string | null): string {
  return s ? ` Vouliez-vous dire ${q(s)} ?` : '';
}

function listOf(values: readonly string[], max = 12): string {
  const shown = values.slice(0, max).join(', ');
  return values.length > max ? `${shown}… (${values.length} codes)` : shown;
}

// ---------------------------------------------------------------------------
// Tables

export interface TableSchema {
  /** Human name of the table, for messages ("catalogue des indicateurs"). */
  title: string;
  required: readonly string[];
  optional: readonly string[];
  /** Human header words accepted besides the machine names (columns.ts). */
  words?: ColumnVocabulary;
  /** Columns a download adds (computed by the site): recognised, not read. */
  computed?: ColumnVocabulary;
}

interface HeaderHit {
  column: string;
  /** null for a machine name (any locale). */
  locale: Locale | null;
  computed: boolean;
}

const lookups = new WeakMap<TableSchema, Map<string, HeaderHit[]>>();

/** Header key → the columns it can name, machine names first. */
function headerLookup(schema: TableSchema): Map<string, HeaderHit[]> {
  let m = lookups.get(schema);
  if (m) return m;
  m = new Map();
  const add = (word: string, hit: HeaderHit) => {
    const k = headerKey(word);
    const list = m!.get(k) ?? [];
    if (!list.some((h) => h.column === hit.column && h.locale === hit.locale)) list.push(hit);
    m!.set(k, list);
  };
  for (const c of [...schema.required, ...schema.optional]) add(c, { column: c, locale: null, computed: false });
  for (const [vocabulary, computed] of [[schema.words, false], [schema.computed, true]] as const) {
    if (!vocabulary) continue;
    for (const [c, w] of Object.entries(vocabulary)) {
      if (computed) add(c, { column: c, locale: null, computed });
      add(w.fr, { column: c, locale: 'fr', computed });
      add(w.en, { column: c, locale: 'en', computed });
    }
  }
  lookups.set(schema, m);
  return m;
}

/** Every header key a schema recognises (to choose the delimiter). */
export function knownHeaderKeys(schema: TableSchema): Set<string> {
  return new Set(headerLookup(schema).keys());
}

/**
 * What each header cell names: a column, a computed column, or nothing. A
 * word both locales use for different columns ("Note") is read in the
 * file's language, the one most of its other words are in; a file of
 * machine names only is read as machine names.
 */
export function resolveHeader(cells: readonly string[], schema: TableSchema): { names: (string | null)[]; computed: boolean[]; locale: Locale | null } {
  const lookup = headerLookup(schema);
  const hits = cells.map((c) => lookup.get(headerKey(c)) ?? []);
  let fr = 0;
  let en = 0;
  for (const h of hits) {
    if (h.length === 0 || h.some((x) => x.locale === null)) continue;
    const locales = new Set(h.map((x) => x.locale));
    if (locales.size !== 1) continue;
    if (locales.has('fr')) fr++;
    else en++;
  }
  const locale: Locale | null = en > fr ? 'en' : fr > 0 ? 'fr' : null;
  const names: (string | null)[] = [];
  const computed: boolean[] = [];
  for (const h of hits) {
    // In a file of human words, a word names its column in the file's language
    // (English "Note" is note_en); otherwise machine names come first.
    const pick = (locale ? h.find((x) => x.locale === locale) : undefined) ?? h.find((x) => x.locale === null) ?? h[0];
    names.push(pick ? pick.column : null);
    computed.push(pick ? pick.computed : false);
  }
  return { names, computed, locale };
}

export interface TableContext {
  file: string;
  info: CsvInfo;
  /** Column name → 0-based cell index. */
  columns: Map<string, number>;
  width: number;
}

/** Validates one record; returns true when it is accepted. */
export type RowHandler = (cells: string[], line: number) => boolean;

/**
 * Read one CSV file through the checks every table shares, handing each
 * well-shaped record to the handler. Every record read is counted once, as
 * accepted or rejected, and every rejection comes with an entry.
 */
export async function readTable(
  absPath: string,
  file: string,
  schema: TableSchema,
  reporter: Reporter,
  makeHandler: (ctx: TableContext) => RowHandler,
): Promise<void> {
  reporter.files++;
  const sniff = await sniffEncoding(absPath);
  if (!sniff.ok) {
    const msg =
      sniff.reason === 'xlsx'
        ? 'Ce fichier est un classeur Excel (.xlsx) et non un fichier CSV. Dans Excel : Fichier > Enregistrer sous > « CSV UTF-8 (délimité par des virgules) ».'
        : sniff.reason === 'binary'
          ? 'Ce fichier contient des octets nuls : c’est un fichier binaire ou de l’UTF-16 sans marque d’ordre (BOM). Enregistrez-le en « CSV UTF-8 ».'
          : 'Ce fichier n’est ni en UTF-8 ni en Windows-1252 (octet non défini dans Windows-1252). Enregistrez-le en « CSV UTF-8 ».';
    reporter.add(file, sniff.line, 0, null, 'encoding-error', `${msg} Le fichier n’a pas été lu.`);
    return;
  }
  if (sniff.encoding === 'windows-1252') {
    reporter.add(
      file,
      sniff.firstOddLine ?? 1,
      0,
      null,
      'encoding-warning',
      `Ce fichier n’est pas en UTF-8 : il a été lu comme Windows-1252 (export « CSV » d’Excel). Vérifiez les accents à partir de la ligne ${sniff.firstOddLine ?? 1}. Pour éviter cet avertissement, enregistrez en « CSV UTF-8 ».`,
    );
  }

  const known = knownHeaderKeys(schema);
  let handler: RowHandler | null = null;
  let width = 0;

  const result = await streamCsv(absPath, sniff.encoding, known, {
    header(cells, info) {
      const checked = checkHeader(cells, schema, file, reporter);
      width = cells.length;
      if (checked.headerIsData) {
        reporter.rows++;
        reporter.rejected++;
      }
      if (checked.columns) handler = makeHandler({ file, info, columns: checked.columns, width });
    },
    row(cells, line) {
      reporter.rows++;
      if (isBlank(cells)) {
        reporter.rejected++;
        reporter.add(file, line, 0, null, 'blank-row', `Ligne vide. Supprimez-la (les lignes vides, ou faites seulement de séparateurs, ne sont pas permises).`);
        return;
      }
      if (!handler) {
        reporter.rejected++; // the header error explains why
        return;
      }
      if (cells.length !== width) {
        reporter.rejected++;
        if (cells.length < width) {
          reporter.add(
            file, line, cells.length + 1, null, 'missing-cell',
            `Ligne incomplète : ${cells.length} cellule(s) au lieu de ${width}. Ajoutez les cellules manquantes (même vides) pour que chaque ligne ait autant de colonnes que l’en-tête.`,
          );
        } else {
          reporter.add(
            file, line, width + 1, null, 'extra-cell',
            `Ligne trop longue : ${cells.length} cellules au lieu de ${width}. Retirez les cellules en trop ou mettez entre guillemets (") un texte qui contient le séparateur.`,
          );
        }
        return;
      }
      if (handler(cells, line)) reporter.accepted++;
      else reporter.rejected++;
    },
    problem(p) {
      if (p.line > 1) {
        reporter.rows++;
        reporter.rejected++;
      }
      const msg =
        p.code === 'MissingQuotes'
          ? 'Guillemet (") ouvert mais jamais fermé : tout ce qui suit a été lu comme une seule cellule. Fermez le guillemet ou doublez-le ("") s’il fait partie du texte.'
          : 'Guillemets mal placés : un texte entre guillemets doit être suivi directement du séparateur ou de la fin de ligne. Doublez ("") un guillemet qui fait partie du texte.';
      reporter.add(file, p.line, 0, null, 'source-error', msg);
    },
  });
  if (result.empty) {
    reporter.add(file, 1, 0, null, 'missing-label', `Fichier vide. La ligne 1 doit contenir l’en-tête : ${schema.required.join(', ')}.`);
  }
}

function isBlank(cells: string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (cells[i].trim() !== '') return false;
  return true;
}

interface HeaderCheck {
  /** null when the table cannot be read (missing columns). */
  columns: Map<string, number> | null;
  /** Line 1 holds data, not names. */
  headerIsData: boolean;
}

export function checkHeader(cells: string[], schema: TableSchema, file: string, reporter: Reporter): HeaderCheck {
  const expected = [...schema.required, ...schema.optional];
  const columns = new Map<string, number>();
  const unknown: number[] = [];
  const resolved = resolveHeader(cells, schema);
  const names = cells.map((c, i) => (c.trim() === '' ? '' : (resolved.names[i] ?? c)));
  names.forEach((name, i) => {
    if (name === '') return;
    const column = resolved.names[i];
    if (column === null) unknown.push(i);
    else if (resolved.computed[i]) return;
    else if (columns.has(column)) {
      reporter.add(
        file, 1, i + 1, column, 'duplicate-label',
        `La colonne ${q(column)} apparaît deux fois (colonnes ${columns.get(column)! + 1} et ${i + 1}). Supprimez ou renommez l’une des deux.`,
      );
    } else columns.set(column, i);
  });
  const isData = columns.size === 0 && cells.length > 1 && unknown.every((i) => suggest(cells[i], expected) === null);
  if (isData) {
    reporter.add(
      file, 1, 0, null, 'missing-label',
      `En-tête absent : la ligne 1 doit contenir les noms de colonnes (${expected.join(', ')}), pas des données. Ajoutez cette ligne d’en-tête en tête de fichier.`,
    );
    return { columns: null, headerIsData: true };
  }
  names.forEach((name, i) => {
    if (name !== '') return;
    reporter.add(
      file, 1, i + 1, null, 'extra-label',
      `Colonne ${i + 1} sans nom dans l’en-tête. Supprimez cette colonne (souvent un séparateur en trop en fin de ligne) ou donnez-lui l’un des noms attendus : ${expected.join(', ')}.`,
    );
  });
  for (const i of unknown) {
    const free = expected.filter((n) => !columns.has(n));
    const guess = suggest(cells[i], free);
    if (guess) {
      columns.set(guess, i);
      reporter.add(file, 1, i + 1, cells[i].trim(), 'misspelt-label', `Nom de colonne inconnu ${q(cells[i].trim())}.${didYouMean(guess)} Corrigez l’en-tête.`);
    } else {
      reporter.add(
        file, 1, i + 1, cells[i].trim(), 'extra-label',
        `Colonne inattendue ${q(cells[i].trim())} : elle ne fait pas partie du modèle (${schema.title}). Retirez-la, ou mettez l’information dans la colonne note. Colonnes permises : ${expected.join(', ')}.`,
      );
    }
  }
  const missing = schema.required.filter((n) => !columns.has(n));
  for (const name of missing) {
    reporter.add(
      file, 1, 0, name, 'missing-label',
      `Colonne obligatoire ${q(name)} absente de l’en-tête. Ajoutez-la (voir le modèle dans data/modeles/). Les lignes de ce fichier n’ont pas été vérifiées.`,
    );
  }
  return { columns: missing.length ? null : columns, headerIsData: false };
}

// ---------------------------------------------------------------------------
// Shared cell helpers

export class Cells {
  constructor(
    readonly ctx: TableContext,
    readonly reporter: Reporter,
  ) {}

  col(name: string): number {
    const i = this.ctx.columns.get(name);
    return i === undefined ? -1 : i;
  }

  error(line: number, name: string, type: Parameters<Reporter['add']>[4], message: string): void {
    const i = this.col(name);
    this.reporter.add(this.ctx.file, line, i + 1, i === -1 ? null : name, type, message);
  }

  /** Trimmed, NFC-normalised text of a column ('' when the column is absent). */
  text(cells: string[], i: number): string {
    if (i === -1) return '';
    const s = cells[i].trim();
    return s.length && !isAscii(s) ? s.normalize('NFC') : s;
  }

  /** Flag text a browser or a spreadsheet could interpret; it is kept and shown as text. */
  checkText(line: number, name: string, value: string): void {
    const kind = unsafeText(value);
    if (!kind) return;
    this.error(
      line, name, 'unsafe-text',
      kind === 'html'
        ? `Le texte ${q(value)} ressemble à du HTML. Il sera affiché tel quel, comme du texte. Retirez les balises si elles ne sont pas voulues.`
        : `Le texte ${q(value)} commence comme une formule de tableur (=, +, -, @). Il sera affiché comme du texte. Retirez le premier caractère ou exportez les valeurs plutôt que les formules.`,
    );
  }

  required(cells: string[], line: number, name: string): string | null {
    const v = this.text(cells, this.col(name));
    if (v === '') {
      this.error(line, name, 'constraint-error', `La colonne ${q(name)} est obligatoire : cette cellule est vide.`);
      return null;
    }
    return v;
  }

  /**
   * One of a closed list of codes, compared case- and accent-insensitively.
   * `what` is the French phrase for "a known X", agreed in gender ("une unité reconnue").
   */
  oneOf<T extends string>(cells: string[], line: number, name: string, allowed: readonly T[], what: string): T | null {
    const v = this.required(cells, line, name);
    if (v === null) return null;
    const f = foldName(v);
    const hit = allowed.find((a) => a === f);
    if (hit) return hit;
    this.error(line, name, 'constraint-error', `${q(v)} n’est pas ${what}.${didYouMean(suggest(v, allowed))} Valeurs permises : ${allowed.join(', ')}.`);
    return null;
  }

  /** A code that must exist in a reference table: compared exactly after NFC. */
  /** `unknown` is the French phrase for "unknown X", agreed in gender ("Source inconnue"). */
  foreign(cells: string[], line: number, name: string, codes: ReadonlySet<string>, unknown: string, fileName: string): string | null {
    const v = this.required(cells, line, name);
    if (v === null) return null;
    if (codes.has(v)) return v;
    this.error(
      line, name, 'foreign-key',
      `${unknown} : ${q(v)}.${didYouMean(suggest(v, codes))} Utilisez un code de ${fileName} (${listOf([...codes])}).`,
    );
    return null;
  }
}

export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** French explanation of a number that could not be read. */
export function numberMessage(raw: string, r: Extract<NumberParse, { ok: false }>, mark: DecimalMark): string {
  const markName = mark === ',' ? 'la virgule' : 'le point';
  const fileKind = mark === ',' ? 'séparé par des points-virgules (;), donc à virgule décimale' : 'séparé par des virgules (,), donc à point décimal';
  switch (r.reason) {
    case 'scientific':
      return `${q(raw)} est en notation scientifique (Excel a raccourci un grand nombre et perdu des chiffres). Dans Excel, mettez la colonne au format Nombre sans décimales, puis exportez de nouveau.`;
    case 'both-marks':
      return `${q(raw)} mélange virgule et point : impossible de savoir lequel est le séparateur décimal. Écrivez les milliers avec une espace (1 234,5) ou sans séparateur (1234${mark}5).`;
    case 'repeated-mark':
      return `${q(raw)} contient plusieurs séparateurs décimaux. Écrivez les milliers avec une espace ou sans séparateur, et un seul séparateur décimal (${markName}).`;
    case 'thousands-or-decimal':
      return `${q(raw)} est ambigu dans un fichier ${fileKind} : séparateur de milliers ou décimale ? Écrivez ${q(raw.replace(/[.,]/, ''))} pour un nombre entier, ou ${q(raw.replace(/[.,]/, mark))} pour une décimale.`;
    case 'wrong-mark':
      return `${q(raw)} utilise le mauvais séparateur décimal : ce fichier est ${fileKind}. Écrivez ${q(r.suggestion ?? raw)}.`;
    case 'bad-grouping':
      return `${q(raw)} : les espaces doivent séparer les milliers par groupes de trois chiffres (1 006 000). Corrigez ou retirez les espaces.`;
    default:
      if (/^[-\u2010-\u2015\u2212]+$/.test(raw)) {
        return `${q(raw)} est ambigu : un tiret peut vouloir dire zéro ou « pas de donnée ». Écrivez 0 si la valeur est nulle, n.d. si elle n’est pas disponible, s.o. si elle est sans objet.`;
      }
      return `${q(raw)} n’est ni un nombre ni une valeur manquante reconnue. Écrivez un nombre (ex. 85${mark}4, 1 006 000, 12${mark}50 $, 80 %), ou n.d. (non disponible), s.o. (sans objet), x (confidentiel), ou laissez la cellule vide.`;
  }
}

/** Range check of a number against an indicator's unit; returns the problem in French, or null. */
export function rangeProblem(value: number, unit: Unit, suffix: '' | '%' | '$'): { type: 'type-error' | 'constraint-error'; message: string } | null {
  if (suffix === '%' && unit !== 'pourcentage') return { type: 'type-error', message: `Le signe % ne convient qu’aux pourcentages : cet indicateur attend ${UNIT_FR[unit]}. Retirez le %.` };
  if (suffix === '$' && unit !== 'dollars') return { type: 'type-error', message: `Le signe $ ne convient qu’aux montants : cet indicateur attend ${UNIT_FR[unit]}. Retirez le $.` };
  if (unit === 'pourcentage' && (value < 0 || value > 100)) return { type: 'constraint-error', message: `${formatFr(value)} est hors limites pour un pourcentage : attendu entre 0 et 100.` };
  if (value < 0) return { type: 'constraint-error', message: `${formatFr(value)} est négatif : cet indicateur attend ${UNIT_FR[unit]}, qui ne peut pas être négatif.` };
  if (unit === 'nombre' && !Number.isInteger(value)) return { type: 'constraint-error', message: `${formatFr(value)} n’est pas un nombre entier : cet indicateur compte des unités (appels, visites…).` };
  return null;
}

function formatFr(v: number): string {
  return v.toLocaleString('fr-CA', { maximumFractionDigits: 6 });
}

// ---------------------------------------------------------------------------
// Indicator catalogue (data/indicateurs.csv)

export const CATALOGUE_SCHEMA: TableSchema = {
  title: 'catalogue des indicateurs',
  required: ['id', 'groupe', 'libelle_fr', 'libelle_en', 'definition_fr', 'definition_en', 'unite', 'sens', 'canal', 'theme', 'frequence', 'source'],
  optional: ['cible', 'cible_statut', 'cible_libelle_fr', 'cible_libelle_en', 'comparabilite_fr', 'comparabilite_en'],
  words: CATALOGUE_COLUMNS,
  computed: CATALOGUE_COMPUTED_COLUMNS,
};

export interface ReferenceCodes {
  agencies: Map<string, Agency>;
  channels: Set<string>;
  themes: Set<string>;
  sources: Set<string>;
  /** The canonical (interned) spelling of a known source code. */
  sourceCode(code: string): string;
}

export function catalogueHandler(
  ctx: TableContext,
  reporter: Reporter,
  ref: ReferenceCodes,
  indicators: Map<string, Indicator>,
): RowHandler {
  const c = new Cells(ctx, reporter);
  const TEXTS = ['libelle_fr', 'libelle_en', 'definition_fr', 'definition_en', 'cible_libelle_fr', 'cible_libelle_en', 'comparabilite_fr', 'comparabilite_en'];
  return (cells, line) => {
    let ok = true;
    const id = c.required(cells, line, 'id');
    if (id !== null && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      c.error(line, 'id', 'constraint-error', `Identifiant ${q(id)} invalide : minuscules sans accents, chiffres et traits d’union seulement (ex. appels-volume).`);
      ok = false;
    } else if (id !== null && indicators.has(id)) {
      const first = indicators.get(id)!.origin!;
      c.error(line, 'id', 'primary-key', `L’indicateur ${q(id)} est déjà défini à la ligne ${first.line} (${first.file}:${first.line}). Chaque identifiant doit être unique : renommez-le ou supprimez le doublon.`);
      ok = false;
    }
    const group = c.oneOf(cells, line, 'groupe', GROUPS, 'un groupe reconnu');
    const unit = c.oneOf(cells, line, 'unite', UNITS, 'une unité reconnue');
    const direction = c.oneOf(cells, line, 'sens', DIRECTIONS, 'un sens reconnu');
    const frequency = c.oneOf(cells, line, 'frequence', FREQUENCIES, 'une fréquence reconnue');
    const channel = c.foreign(cells, line, 'canal', ref.channels, 'Mode de prestation inconnu', 'data/modes-de-prestation.csv');
    const theme = c.foreign(cells, line, 'theme', ref.themes, 'Thème inconnu', 'data/themes.csv');
    const source = c.foreign(cells, line, 'source', ref.sources, 'Source inconnue', 'data/sources.csv');
    const t: Record<string, string> = {};
    for (const name of TEXTS) {
      t[name] = c.text(cells, c.col(name));
      c.checkText(line, name, t[name]);
    }
    for (const name of ['libelle_fr', 'libelle_en', 'definition_fr', 'definition_en']) if (t[name] === '') ok = false;
    if (t.libelle_fr === '') c.required(cells, line, 'libelle_fr');
    if (t.libelle_en === '') c.required(cells, line, 'libelle_en');
    if (t.definition_fr === '') c.required(cells, line, 'definition_fr');
    if (t.definition_en === '') c.required(cells, line, 'definition_en');

    let target: number | null = null;
    let targetStatus: ValueStatus | null = null;
    const rawTarget = c.text(cells, c.col('cible'));
    if (rawTarget !== '') {
      const n = parseNumber(rawTarget, ctx.info.decimalMark);
      if (!n.ok) {
        c.error(line, 'cible', n.type, numberMessage(rawTarget, n, ctx.info.decimalMark));
        ok = false;
      } else {
        const p = unit ? rangeProblem(n.value, unit, n.suffix) : null;
        if (p) {
          c.error(line, 'cible', p.type, p.message);
          ok = false;
        } else target = n.value;
      }
      targetStatus = c.oneOf(cells, line, 'cible_statut', STATUSES, 'un statut de cible reconnu');
      if (targetStatus === null) ok = false;
    }
    if (!ok || id === null || !group || !unit || !direction || !frequency || !channel || !theme || !source) return false;
    const bi = (fr: string, en: string) => (fr || en ? { fr, en } : null);
    indicators.set(id, {
      id,
      group,
      label: { fr: t.libelle_fr, en: t.libelle_en },
      definition: { fr: t.definition_fr, en: t.definition_en },
      unit,
      direction,
      target,
      targetLabel: target === null ? null : bi(t.cible_libelle_fr, t.cible_libelle_en),
      targetStatus,
      channel: channel as ChannelCode,
      theme,
      frequency,
      comparability: bi(t.comparabilite_fr, t.comparabilite_en),
      source,
      origin: { file: ctx.file, line },
    });
    return true;
  };
}

// ---------------------------------------------------------------------------
// Indicator values (data/valeurs/*.csv)

export const VALUES_SCHEMA: TableSchema = {
  title: 'valeurs des indicateurs',
  required: ['organisme', 'indicateur', 'periode', 'valeur', 'statut'],
  optional: ['note', 'note_en', 'source', 'valeur_manquante'],
  words: VALUES_COLUMNS,
  computed: VALUES_COMPUTED_COLUMNS,
};

interface IndicatorSlot {
  indicator: Indicator;
  /** Alphabetical rank of the id, for the dataset order. */
  rank: number;
}

interface PeriodSlot {
  parse: PeriodParse;
  /** Index in ValuesState.periods, -1 when the period is invalid. */
  index: number;
}

/** Missing reasons by the code ValueRows stores (flags & 3). */
export const MISSING_CODES: readonly (MissingReason | null)[] = [null, 'non-disponible', 'sans-objet', 'confidentiel'];
const MISSING_CODE: Record<MissingReason, number> = { 'non-disponible': 1, 'sans-objet': 2, confidentiel: 3 };

/**
 * Value rows kept column by column in typed arrays while files stream by:
 * a million rows cost a few dozen megabytes and no garbage collection, and
 * the Observation objects are built once, already sorted (normalise.ts).
 * Every row whose agency × indicator × period is readable is kept, accepted
 * or not, so a duplicate of a rejected row is still found.
 */
export class ValueRows {
  length = 0;
  /** Indicator rank × agencies + agency rank. */
  orderKey = new Int32Array(1024);
  period = new Int32Array(1024);
  line = new Int32Array(1024);
  file = new Int32Array(1024);
  accepted = new Uint8Array(1024);
  /** MISSING_CODES index, + 4 when the status is 'publie'. */
  flags = new Uint8Array(1024);
  value = new Float64Array(1024);
  /** Sparse text cells, by row index. */
  notes = new Map<number, string>();
  notesEn = new Map<number, string>();
  sources = new Map<number, string>();

  push(orderKey: number, period: number, file: number, line: number, accepted: boolean, value: number, missing: MissingReason | null, publie: boolean): number {
    if (this.length === this.line.length) this.grow();
    const i = this.length++;
    this.orderKey[i] = orderKey;
    this.period[i] = period;
    this.file[i] = file;
    this.line[i] = line;
    this.accepted[i] = accepted ? 1 : 0;
    this.value[i] = value;
    this.flags[i] = (missing === null ? 0 : MISSING_CODE[missing]) + (publie ? 4 : 0);
    return i;
  }

  missing(i: number): MissingReason | null {
    return MISSING_CODES[this.flags[i] & 3];
  }

  status(i: number): ValueStatus {
    return this.flags[i] & 4 ? 'publie' : 'illustratif';
  }

  private grow(): void {
    const n = this.line.length * 2;
    const g = <T extends Int32Array | Uint8Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.orderKey = g(this.orderKey, (k) => new Int32Array(k));
    this.period = g(this.period, (k) => new Int32Array(k));
    this.line = g(this.line, (k) => new Int32Array(k));
    this.file = g(this.file, (k) => new Int32Array(k));
    this.accepted = g(this.accepted, (k) => new Uint8Array(k));
    this.flags = g(this.flags, (k) => new Uint8Array(k));
    this.value = g(this.value, (k) => new Float64Array(k));
  }
}

/** State shared by all value files: duplicates are found across files. */
export interface ValuesState {
  ref: ReferenceCodes;
  indicators: Map<string, Indicator>;
  currentYear: number;
  rows: ValueRows;
  /** Display names of the value files, by index. */
  files: string[];
  /** Indicator ids and agency codes by rank (alphabetical). */
  idsByRank: string[];
  agenciesByRank: string[];
  /** Periods in order of first appearance. */
  periods: string[];
  slots: Map<string, IndicatorSlot>;
  agencyRank: Map<string, number>;
  periodSlots: Map<string, PeriodSlot>;
  periodByName: Map<string, number>;
}

export function createValuesState(ref: ReferenceCodes, indicators: Map<string, Indicator>, currentYear: number): ValuesState {
  const ids = [...indicators.keys()].sort();
  const codes = [...ref.agencies.keys()].sort();
  return {
    ref,
    indicators,
    currentYear,
    rows: new ValueRows(),
    files: [],
    idsByRank: ids,
    agenciesByRank: codes,
    periods: [],
    slots: new Map(ids.map((id, rank) => [id, { indicator: indicators.get(id)!, rank }])),
    agencyRank: new Map(codes.map((code, rank) => [code, rank])),
    periodSlots: new Map(),
    periodByName: new Map(),
  };
}

/** Status cells by foldName: the codes, and the words of French and English downloads. */
const STATUS_BY_FOLD: Record<string, ValueStatus> = Object.fromEntries(
  Object.entries(STATUS_WORDS).flatMap(([code, w]) => [code, w.fr, w.en].map((word) => [foldName(word), code as ValueStatus])),
);
/** Missing-value column cells by foldName: the tokens of the value column and the words of the downloads. */
function missingWord(raw: string): MissingReason | undefined {
  const f = foldName(raw);
  for (const [reason, w] of Object.entries(MISSING_WORDS)) if (f === foldName(w.fr) || f === foldName(w.en) || f === reason) return reason as MissingReason;
  return missingReason(raw);
}

/** A copy of a string that does not keep the (megabyte) chunk it was cut from alive. */
function detach(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf16le').toString('utf16le');
}

function periodMessage(raw: string, per: Extract<PeriodParse, { ok: false }>, currentYear: number): string {
  const shown = raw.trim();
  if (shown === '') return 'La période est obligatoire : écrivez une année financière (2010-2011) ou civile (2010).';
  switch (per.reason) {
    case 'not-consecutive':
      return `Période impossible ${q(shown)} : une année financière couvre deux années consécutives. Écrivez ${q(per.suggestion!)}.`;
    case 'future':
      return `Période ${q(shown)} dans le futur : on ne publie que des résultats d’années commencées (jusqu’à ${currentYear}).`;
    case 'too-old':
      return `Période ${q(shown)} trop ancienne : les séries commencent en 1980 au plus tôt. Vérifiez l’année.`;
    case 'short':
      return `Période ${q(shown)} abrégée : écrivez l’année financière en entier, ${q(per.suggestion!)}.`;
    default:
      return `Période ${q(shown)} non reconnue : écrivez une année financière (2010-2011) ou civile (2010).`;
  }
}

export function valuesHandler(ctx: TableContext, reporter: Reporter, st: ValuesState): RowHandler {
  const c = new Cells(ctx, reporter);
  const iOrg = c.col('organisme');
  const iInd = c.col('indicateur');
  const iPer = c.col('periode');
  const iVal = c.col('valeur');
  const iSta = c.col('statut');
  const iNote = c.col('note');
  const iNoteEn = c.col('note_en');
  const iMissing = c.col('valeur_manquante');
  const iSrc = c.col('source');
  const mark = ctx.info.decimalMark;
  const file = ctx.file;
  const agencyCodes = new Set(st.ref.agencies.keys());
  const indicatorIds = new Set(st.indicators.keys());
  const nAgencies = Math.max(1, st.agencyRank.size);
  const fileIndex = st.files.length;
  st.files.push(file);
  const rows = st.rows;
  const parseFast = parseNumberFast;
  const fast = fastState;
  const statusCache = new Map<string, ValueStatus | null>();

  return (cells, line) => {
    let ok = true;

    // organisme
    const rawOrg = cells[iOrg];
    let agency: string | null = rawOrg;
    let agRank = st.agencyRank.get(rawOrg);
    if (agRank === undefined) {
      agency = c.foreign(cells, line, 'organisme', agencyCodes, 'Organisme inconnu', 'data/organismes.csv');
      if (agency === null) ok = false;
      else agRank = st.agencyRank.get(agency);
    }

    // indicateur
    let slot = st.slots.get(cells[iInd]);
    if (!slot) {
      const id = c.foreign(cells, line, 'indicateur', indicatorIds, 'Indicateur inconnu', 'data/indicateurs.csv');
      slot = id === null ? undefined : st.slots.get(id);
      if (!slot) ok = false;
    }
    const indicator = slot?.indicator;

    // periode
    const rawPer = cells[iPer];
    let per = st.periodSlots.get(rawPer);
    if (per === undefined) {
      const parse = parsePeriod(rawPer, st.currentYear);
      let index = -1;
      if (parse.ok) {
        const known = st.periodByName.get(parse.period);
        if (known !== undefined) index = known;
        else {
          index = st.periods.length;
          st.periods.push(parse.period);
          st.periodByName.set(parse.period, index);
        }
      }
      per = { parse, index };
      st.periodSlots.set(detach(rawPer), per);
    }
    if (!per.parse.ok) {
      ok = false;
      c.error(line, 'periode', 'period-error', periodMessage(rawPer, per.parse, st.currentYear));
    }

    // valeur
    const rawVal = cells[iVal];
    let value: number | null = null;
    let missing: MissingReason | null = null;
    if (rawVal === '') missing = 'non-disponible';
    else {
      // the fast path allocates nothing; the full parser explains failures
      const v = parseFast(rawVal, mark);
      let suffix = fast.suffix;
      if (v === v) value = v;
      else {
        const n = parseNumber(rawVal, mark);
        if (n.ok) {
          value = n.value;
          suffix = n.suffix;
        } else {
          const m = n.reason === 'not-a-number' ? missingReason(rawVal) : undefined;
          if (m) missing = m;
          else {
            ok = false;
            c.error(line, 'valeur', n.type, numberMessage(rawVal.trim(), n, mark));
          }
        }
      }
      if (value !== null && indicator) {
        const p = rangeProblem(value, indicator.unit, suffix);
        if (p) {
          ok = false;
          c.error(line, 'valeur', p.type, `${p.message} (indicateur ${indicator.id})`);
        }
      }
    }
    // valeur_manquante (downloads): why the value cell is empty
    if (iMissing !== -1 && cells[iMissing] !== '') {
      const rawMissing = c.text(cells, iMissing);
      const reason = rawMissing === '' ? undefined : missingWord(rawMissing);
      if (rawMissing === '') {
        // blank cell: nothing to say
      } else if (reason === undefined) {
        ok = false;
        c.error(line, 'valeur_manquante', 'constraint-error', `${q(rawMissing)} n’est pas une raison de valeur manquante reconnue. Écrivez non disponible, sans objet ou confidentiel (ou n.d., s.o., x), ou laissez la cellule vide.`);
      } else if (rawVal.trim() !== '') {
        ok = false;
        c.error(line, 'valeur_manquante', 'constraint-error', `Valeur ${q(rawVal.trim())} et valeur manquante ${q(rawMissing)} sur la même ligne : gardez l’une ou l’autre. Videz la colonne valeur_manquante si la valeur est connue.`);
      } else missing = reason;
    }

    // statut
    const rawSta = cells[iSta];
    let status = statusCache.get(rawSta);
    if (status === undefined) {
      status = STATUS_BY_FOLD[foldName(rawSta)] ?? null;
      statusCache.set(detach(rawSta), status);
    }
    if (status === null) {
      ok = false;
      c.oneOf(cells, line, 'statut', STATUSES, 'un statut reconnu');
    }

    // note, source
    const note = iNote === -1 || cells[iNote] === '' ? '' : detach(c.text(cells, iNote));
    if (note) c.checkText(line, 'note', note);
    const noteEn = iNoteEn === -1 || cells[iNoteEn] === '' ? '' : detach(c.text(cells, iNoteEn));
    if (noteEn) c.checkText(line, 'note_en', noteEn);
    const source = iSrc === -1 || cells[iSrc] === '' ? '' : c.text(cells, iSrc);
    if (source && !st.ref.sources.has(source)) {
      ok = false;
      c.error(line, 'source', 'foreign-key', `Source inconnue : ${q(source)}.${didYouMean(suggest(source, st.ref.sources))} Utilisez un code de data/sources.csv (ajoutez-y le document s’il n’y est pas).`);
    }
    if (status === 'publie' && !source) {
      ok = false;
      const name = iSrc === -1 ? 'statut' : 'source';
      c.error(line, name, 'constraint-error', 'Une valeur publiée (statut publie) doit citer sa source : indiquez un code de data/sources.csv dans la colonne source, ou mettez le statut illustratif.');
    }

    if (agency === null || agRank === undefined || !slot || !per.parse.ok) return false;
    // Duplicates are found after reading, in the sort (normalise.ts): keep the row's key.
    const accepted = ok && status !== null;
    const i = rows.push(slot.rank * nAgencies + agRank, per.index, fileIndex, line, accepted, value ?? 0, missing, status === 'publie');
    if (note) rows.notes.set(i, note);
    if (noteEn) rows.notesEn.set(i, noteEn);
    if (source) rows.sources.set(i, st.ref.sourceCode(source));
    if (!accepted) return false;
    return true;
  };
}
