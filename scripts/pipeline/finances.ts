/**
 * The Centre's own financial statements (data/finances/): read with the same
 * reader and table checks as the benchmark data, then checked as accounts.
 *
 *   etat-des-resultats.csv  statement of operations, one row per line per fiscal year
 *   bilan.csv               balance sheet, same layout
 *   parametres.csv          optional: tolerance_arrondi (dollars, default 1)
 *   cotisations.csv         optional: member contributions per agency
 *
 * Every amount is converted to integer cents before any arithmetic. Each check
 * compares one reported figure with a figure computed from other reported
 * lines; a difference within the rounding tolerance is a 'rounding-difference'
 * warning, a larger one a 'total-mismatch' error. Both name the lines involved.
 *
 *   const { data, report } = await loadFinances('data');
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { formatCurrency } from '../../src/lib/format';
import { comparePeriods, foldName, parseNumber, parsePeriod } from './read';
import { Reporter, q } from './report';
import { Cells, numberMessage, readTable, type TableContext, type TableSchema } from './validate';
import { loadEvaluations } from './evaluations';
import type { Bilingual, ReportEntry, ValidationReport, ValueStatus } from './types';

export const FINANCE_DIR = 'finances';
export type Statement = 'resultats' | 'bilan';
export const STATEMENT_FILES: Readonly<Record<Statement, string>> = {
  resultats: 'etat-des-resultats.csv',
  bilan: 'bilan.csv',
};
export const PARAMETERS_FILE = 'parametres.csv';
export const CONTRIBUTIONS_FILE = 'cotisations.csv';
/** ± 1 $ per reported total unless data/finances/parametres.csv says otherwise. */
export const DEFAULT_TOLERANCE_CENTS = 100;

export const SECTIONS: Readonly<Record<Statement, readonly string[]>> = {
  resultats: ['revenus', 'depenses', 'excedent'],
  bilan: ['actif', 'passif', 'excedent', 'passif-et-excedent'],
};
export type Nature = 'ligne' | 'total';
export const NATURES: readonly Nature[] = ['ligne', 'total'];

/** Line codes with a role in the checks (statement of operations, section excedent). */
export const POSTES = {
  surplusForYear: 'excedent-exercice',
  openingSurplus: 'excedent-debut',
  contributions: 'cotisation-organismes',
} as const;

const STATEMENT_SCHEMA: TableSchema = {
  title: 'états financiers',
  required: ['exercice', 'section', 'poste', 'nature', 'libelle_fr', 'libelle_en', 'montant'],
  optional: ['source', 'note_fr', 'note_en'],
};
const PARAMETERS_SCHEMA: TableSchema = { title: 'paramètres des états financiers', required: ['parametre', 'valeur'], optional: ['note'] };
const CONTRIBUTIONS_SCHEMA: TableSchema = {
  title: 'cotisations des organismes',
  required: ['exercice', 'organisme', 'montant', 'statut'],
  optional: ['source', 'note', 'note_en'],
};

export interface Origin {
  file: string;
  line: number;
  /** 1-based column of the amount. */
  column: number;
}

export interface FinanceRow {
  statement: Statement;
  /** Fiscal year "2006-2007" (ended 31 March 2007). */
  exercice: string;
  section: string;
  poste: string;
  nature: Nature;
  label: Bilingual;
  /** Amount in integer cents, as published (a dash is 0). */
  cents: number;
  source: string | null;
  note: Bilingual | null;
  origin: Origin;
}

export interface Contribution {
  exercice: string;
  agency: string;
  cents: number;
  status: ValueStatus;
  source: string | null;
  note: string | null;
  noteEn: string | null;
  origin: Origin;
}

/**
 * What a finding checks:
 * - somme: a section's lines against its reported total (revenus, depenses, actif, passif, passif-et-excedent);
 * - excedent-exercice: surplus for the year against total revenue − total expenses;
 * - excedent-fin: closing surplus against opening surplus + surplus for the year (same year);
 * - report: opening surplus against the previous year's closing surplus;
 * - equilibre: total assets against total liabilities + surplus;
 * - concordance: the balance sheet's surplus against the statement of operations' closing surplus;
 * - cotisations: member contributions per agency against the contributions line.
 */
export type FinanceCheck = 'somme' | 'excedent-exercice' | 'excedent-fin' | 'report' | 'equilibre' | 'concordance' | 'cotisations';

export interface FindingRef {
  poste: string;
  label: Bilingual;
  origin: Origin;
  cents: number;
  /** +1 added, −1 subtracted in the computed figure. */
  sign: 1 | -1;
}

export interface FinanceFinding {
  type: 'total-mismatch' | 'rounding-difference';
  check: FinanceCheck;
  statement: Statement;
  exercice: string;
  section: string;
  /** The reported figure being checked. */
  target: Omit<FindingRef, 'sign'>;
  /** The reported figures it is computed from. */
  inputs: FindingRef[];
  computed: number;
  /** reported − computed, in cents. */
  difference: number;
}

export interface FinanceData {
  toleranceCents: number;
  /** Fiscal years present, ascending. */
  years: string[];
  /** Accepted rows: statement of operations then balance sheet, in file order. */
  rows: FinanceRow[];
  contributions: Contribution[];
  findings: FinanceFinding[];
}

export interface FinanceLoadOptions {
  /** Rounding tolerance in dollars; overrides parametres.csv. */
  tolerance?: number;
  currentYear?: number;
  /** Source codes allowed in the source column (default: the codes of data/sources.csv). */
  sources?: ReadonlySet<string>;
}

export interface FinanceLoadResult {
  data: FinanceData;
  report: ValidationReport;
}

// ---------------------------------------------------------------------------
// Helpers

function displayer(dataDir: string): (name: string) => string {
  const root = resolve(dataDir);
  const base = dirname(root);
  return (name) => relative(base, join(root, name)).split(sep).join('/');
}

/** "200 000 $" with no-break spaces, from cents. */
export function money(cents: number): string {
  return formatCurrency(cents / 100, 'fr');
}

/** "ligne 12", "lignes 3 et 4", "lignes 3 à 7", "lignes 3, 5 et 9". */
export function lineList(lines: number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  if (sorted.length === 0) return 'aucune ligne';
  if (sorted.length === 1) return `ligne ${sorted[0]}`;
  const contiguous = sorted.every((l, i) => i === 0 || l === sorted[i - 1] + 1);
  if (contiguous && sorted.length > 2) return `lignes ${sorted[0]} à ${sorted[sorted.length - 1]}`;
  return `lignes ${sorted.slice(0, -1).join(', ')} et ${sorted[sorted.length - 1]}`;
}

const DASHES = new Set(['-', '–', '—', '−']);

/**
 * An amount cell in integer cents: "200000", "200 000 $", "1 234,56", a dash
 * for nil as in published statements. Returns null after reporting.
 */
export function readCents(c: Cells, cells: string[], line: number, name: string, mark: ',' | '.'): number | null {
  const raw = c.text(cells, c.col(name));
  if (raw === '') {
    c.error(line, name, 'constraint-error', `Montant obligatoire : écrivez le montant publié, ou 0 (ou un tiret -) pour un poste nul.`);
    return null;
  }
  if (DASHES.has(raw)) return 0;
  const n = parseNumber(raw, mark);
  if (!n.ok) {
    c.error(line, name, n.type, numberMessage(raw, n, mark));
    return null;
  }
  if (n.suffix === '%') {
    c.error(line, name, 'type-error', `${q(raw)} est un pourcentage : écrivez un montant en dollars (ex. 200 000 ou 200 000 $).`);
    return null;
  }
  const cents = Math.round(n.value * 100);
  if (Math.abs(n.value * 100 - cents) > 1e-6) {
    c.error(line, name, 'constraint-error', `${q(raw)} a plus de deux décimales : un montant s’écrit au cent près.`);
    return null;
  }
  if (!Number.isSafeInteger(cents)) {
    c.error(line, name, 'constraint-error', `${q(raw)} est trop grand pour un montant.`);
    return null;
  }
  return cents;
}

/** Codes of data/sources.csv, read leniently (the benchmark pipeline checks that file). */
async function sourceCodes(dataDir: string): Promise<Set<string> | null> {
  const file = join(dataDir, 'sources.csv');
  if (!existsSync(file)) return null;
  const codes = new Set<string>();
  const { readFile } = await import('node:fs/promises');
  const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  const [head, ...lines] = text.split(/\r?\n/);
  const i = head.split(',').map(foldName).indexOf('code');
  if (i === -1) return null;
  for (const l of lines) {
    const code = l.split(',')[i]?.trim();
    if (code) codes.add(code);
  }
  return codes;
}

/** Merge several reports into one, in the order a reader expects (file, line, column). */
export function mergeReports(...reports: (ValidationReport | null | undefined)[]): ValidationReport {
  const list = reports.filter((r): r is ValidationReport => !!r);
  const order = (a: ReportEntry, b: ReportEntry): number =>
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
  const errors = list.flatMap((r) => r.errors).sort(order);
  const warnings = list.flatMap((r) => r.warnings).sort(order);
  const stats = { files: 0, rows: 0, accepted: 0, rejected: 0 };
  for (const r of list) {
    stats.files += r.stats.files;
    stats.rows += r.stats.rows;
    stats.accepted += r.stats.accepted;
    stats.rejected += r.stats.rejected;
  }
  return { valid: errors.length === 0, stats, errors, warnings };
}

// ---------------------------------------------------------------------------
// Reading

interface ReadState {
  rows: FinanceRow[];
  contributions: Contribution[];
  /** exercice|statement|poste → first line. */
  seen: Map<string, number>;
}

function statementHandler(
  statement: Statement,
  ctx: TableContext,
  reporter: Reporter,
  st: ReadState,
  currentYear: number,
  sources: ReadonlySet<string> | null,
): (cells: string[], line: number) => boolean {
  const c = new Cells(ctx, reporter);
  const amountColumn = c.col('montant') + 1;
  const sections = SECTIONS[statement];
  return (cells, line) => {
    let ok = true;
    const rawYear = c.text(cells, c.col('exercice'));
    let exercice: string | null = null;
    if (rawYear === '') {
      c.error(line, 'exercice', 'period-error', 'L’exercice est obligatoire : écrivez l’année financière, par exemple 2006-2007 pour l’exercice terminé le 31 mars 2007.');
    } else {
      const p = parsePeriod(rawYear, currentYear);
      if (p.ok && p.fiscal) exercice = p.period;
      else {
        const hint = !p.ok && p.suggestion ? ` Écrivez ${q(p.suggestion)}.` : '';
        c.error(line, 'exercice', 'period-error', `Exercice ${q(rawYear)} non reconnu : écrivez l’année financière sur deux années consécutives (2006-2007 pour l’exercice terminé le 31 mars 2007).${hint}`);
      }
    }
    const section = c.oneOf(cells, line, 'section', sections, 'une section de ce relevé');
    const nature = c.oneOf(cells, line, 'nature', NATURES, 'une nature de ligne');
    const poste = c.required(cells, line, 'poste');
    if (poste !== null && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(poste)) {
      c.error(line, 'poste', 'constraint-error', `Code de poste ${q(poste)} invalide : minuscules sans accents, chiffres et traits d’union (ex. frais-de-banque).`);
      ok = false;
    }
    const labelFr = c.required(cells, line, 'libelle_fr');
    const labelEn = c.required(cells, line, 'libelle_en');
    const texts: Record<string, string> = {};
    for (const name of ['libelle_fr', 'libelle_en', 'note_fr', 'note_en']) {
      texts[name] = c.text(cells, c.col(name));
      c.checkText(line, name, texts[name]);
    }
    const cents = readCents(c, cells, line, 'montant', ctx.info.decimalMark);
    const source = c.text(cells, c.col('source'));
    if (source && sources && !sources.has(source)) {
      c.error(line, 'source', 'foreign-key', `Source inconnue : ${q(source)}. Utilisez un code de data/sources.csv (ajoutez-y le document s’il n’y est pas).`);
      ok = false;
    }
    if (exercice === null || !section || !nature || poste === null || labelFr === null || labelEn === null || cents === null || !ok) return false;
    const key = `${exercice}|${statement}|${poste}`;
    const first = st.seen.get(key);
    if (first !== undefined) {
      c.error(line, 'poste', 'primary-key', `Le poste ${q(poste)} de l’exercice ${exercice} figure déjà à la ligne ${first} (${ctx.file}:${first}). Gardez une seule des deux lignes.`);
      return false;
    }
    st.seen.set(key, line);
    st.rows.push({
      statement,
      exercice,
      section,
      poste,
      nature,
      label: { fr: labelFr, en: labelEn },
      cents,
      source: source || null,
      note: texts.note_fr || texts.note_en ? { fr: texts.note_fr, en: texts.note_en } : null,
      origin: { file: ctx.file, line, column: amountColumn },
    });
    return true;
  };
}

async function readTolerance(dataDir: string, display: (n: string) => string, reporter: Reporter): Promise<number> {
  const rel = `${FINANCE_DIR}/${PARAMETERS_FILE}`;
  const abs = join(dataDir, rel);
  let tolerance = DEFAULT_TOLERANCE_CENTS;
  if (!existsSync(abs)) return tolerance;
  await readTable(abs, display(rel), PARAMETERS_SCHEMA, reporter, (ctx) => {
    const c = new Cells(ctx, reporter);
    return (cells, line) => {
      const name = c.required(cells, line, 'parametre');
      if (name === null) return false;
      if (foldName(name) !== 'tolerance_arrondi') {
        c.error(line, 'parametre', 'constraint-error', `Paramètre inconnu ${q(name)}. Paramètre permis : tolerance_arrondi (écart toléré en dollars, défaut 1).`);
        return false;
      }
      const cents = readCents(c, cells, line, 'valeur', ctx.info.decimalMark);
      if (cents === null) return false;
      if (cents < 0) {
        c.error(line, 'valeur', 'constraint-error', `La tolérance d’arrondi ne peut pas être négative : écrivez 0 (aucun écart toléré) ou plus.`);
        return false;
      }
      tolerance = cents;
      return true;
    };
  });
  return tolerance;
}

async function readContributions(
  dataDir: string,
  display: (n: string) => string,
  reporter: Reporter,
  st: ReadState,
  currentYear: number,
  sources: ReadonlySet<string> | null,
): Promise<void> {
  const rel = `${FINANCE_DIR}/${CONTRIBUTIONS_FILE}`;
  const abs = join(dataDir, rel);
  if (!existsSync(abs)) return;
  const agencies = await agencyCodes(dataDir);
  const seen = new Map<string, number>();
  await readTable(abs, display(rel), CONTRIBUTIONS_SCHEMA, reporter, (ctx) => {
    const c = new Cells(ctx, reporter);
    return (cells, line) => {
      let ok = true;
      const rawYear = c.text(cells, c.col('exercice'));
      const p = parsePeriod(rawYear, currentYear);
      if (!(p.ok && p.fiscal)) {
        c.error(line, 'exercice', 'period-error', `Exercice ${q(rawYear)} non reconnu : écrivez l’année financière (2006-2007).`);
        ok = false;
      }
      const agency = agencies ? c.foreign(cells, line, 'organisme', agencies, 'Organisme', 'data/organismes.csv') : c.required(cells, line, 'organisme');
      const cents = readCents(c, cells, line, 'montant', ctx.info.decimalMark);
      const status = c.oneOf(cells, line, 'statut', ['publie', 'illustratif'] as const, 'un statut');
      const source = c.text(cells, c.col('source'));
      if (source && sources && !sources.has(source)) {
        c.error(line, 'source', 'foreign-key', `Source inconnue : ${q(source)}. Utilisez un code de data/sources.csv.`);
        ok = false;
      }
      if (status === 'publie' && !source) {
        c.error(line, c.col('source') === -1 ? 'statut' : 'source', 'constraint-error', 'Une cotisation publiée (statut publie) doit citer sa source, ou porter le statut illustratif.');
        ok = false;
      }
      const note = c.text(cells, c.col('note'));
      c.checkText(line, 'note', note);
      const noteEn = c.text(cells, c.col('note_en'));
      c.checkText(line, 'note_en', noteEn);
      if (!ok || !(p.ok && p.fiscal) || agency === null || cents === null || status === null) return false;
      const key = `${p.period}|${agency}`;
      if (seen.has(key)) {
        c.error(line, 'organisme', 'primary-key', `La cotisation de ${agency} pour ${p.period} figure déjà à la ligne ${seen.get(key)}. Gardez une seule des deux lignes.`);
        return false;
      }
      seen.set(key, line);
      st.contributions.push({ exercice: p.period, agency, cents, status, source: source || null, note: note || null, noteEn: noteEn || null, origin: { file: ctx.file, line, column: c.col('montant') + 1 } });
      return true;
    };
  });
}

async function agencyCodes(dataDir: string): Promise<Set<string> | null> {
  const file = join(dataDir, 'organismes.csv');
  if (!existsSync(file)) return null;
  const { readFile } = await import('node:fs/promises');
  const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  const [head, ...lines] = text.split(/\r?\n/);
  const i = head.split(',').map(foldName).indexOf('code');
  if (i === -1) return null;
  return new Set(lines.map((l) => l.split(',')[i]?.trim()).filter((s): s is string => !!s));
}

// ---------------------------------------------------------------------------
// Checks

const SECTION_FR: Record<string, string> = {
  revenus: 'Revenus',
  depenses: 'Dépenses',
  excedent: 'Excédent',
  actif: 'Actif',
  passif: 'Passif',
  'passif-et-excedent': 'Passif et excédent',
};
const STATEMENT_FR: Record<Statement, string> = { resultats: 'état des résultats', bilan: 'bilan' };

class Checker {
  readonly findings: FinanceFinding[] = [];
  constructor(
    readonly reporter: Reporter,
    readonly tolerance: number,
  ) {}

  ref(row: FinanceRow, sign: 1 | -1 = 1): FindingRef {
    return { poste: row.poste, label: row.label, origin: row.origin, cents: row.cents, sign };
  }

  /** Where a line is, seen from the target's file: "ligne 12" or "bilan.csv ligne 12". */
  private at(origin: Origin, from: string): string {
    return origin.file === from ? `ligne ${origin.line}` : `${origin.file.split('/').pop()} ligne ${origin.line}`;
  }

  private inputsText(inputs: FindingRef[], from: string): string {
    const same = inputs.filter((i) => i.origin.file === from);
    const other = inputs.filter((i) => i.origin.file !== from);
    const parts: string[] = [];
    if (same.length) parts.push(lineList(same.map((i) => i.origin.line)));
    for (const o of other) parts.push(this.at(o.origin, from));
    return parts.join(' et ');
  }

  compare(check: FinanceCheck, target: FinanceRow, inputs: FindingRef[], describe: (computedText: string) => string): void {
    const computed = inputs.reduce((s, i) => s + i.sign * i.cents, 0);
    const difference = target.cents - computed;
    if (difference === 0) return;
    const rounding = Math.abs(difference) <= this.tolerance;
    const type = rounding ? 'rounding-difference' : 'total-mismatch';
    this.findings.push({
      type,
      check,
      statement: target.statement,
      exercice: target.exercice,
      section: target.section,
      target: { poste: target.poste, label: target.label, origin: target.origin, cents: target.cents },
      inputs,
      computed,
      difference,
    });
    const file = target.origin.file;
    const gap = money(Math.abs(difference));
    const lines = this.inputsText(inputs, file);
    const head = `${describe(money(computed))} Écart de ${gap}`;
    const tail = rounding
      ? ` : écart d’arrondi dans la tolérance (± ${money(this.tolerance)}), accepté avec un avertissement. Vérifiez qu’il figure tel quel dans les états publiés.`
      : `, au-delà de la tolérance d’arrondi (± ${money(this.tolerance)}). Corrigez le montant erroné d’après les états publiés : ${lineList([target.origin.line])} ou ${lines}.`;
    this.reporter.add(file, target.origin.line, target.origin.column, 'montant', type, `${head}${tail}`);
  }
}

function sectionName(row: FinanceRow): string {
  return `${SECTION_FR[row.section] ?? row.section} ${row.exercice} (${STATEMENT_FR[row.statement]})`;
}

function structure(reporter: Reporter, rows: FinanceRow[], statement: Statement, year: string, sections: Map<string, FinanceRow[]>, file: string): void {
  const first = rows[0];
  const missingSection = (name: string) =>
    reporter.add(
      file, first ? first.origin.line : 0, 0, 'section', 'constraint-error',
      `La section ${q(name)} manque pour l’exercice ${year} (${STATEMENT_FR[statement]}). Saisissez toutes ses lignes et son total publié.`,
    );
  for (const name of SECTIONS[statement]) {
    const list = sections.get(name) ?? [];
    if (list.length === 0) {
      missingSection(name);
      continue;
    }
    const totals = list.filter((r) => r.nature === 'total');
    const lines = list.filter((r) => r.nature === 'ligne');
    const optionalTotal = statement === 'bilan' && name === 'excedent';
    if (totals.length === 0 && !optionalTotal) {
      const last = list[list.length - 1];
      reporter.add(
        file, last.origin.line, 0, 'nature', 'constraint-error',
        `La section ${q(name)} de l’exercice ${year} n’a pas de total (nature total) : ajoutez le total publié, pour que la somme des lignes puisse être vérifiée.`,
      );
    }
    for (const extra of totals.slice(1)) {
      reporter.add(
        file, extra.origin.line, 0, 'nature', 'constraint-error',
        `La section ${q(name)} de l’exercice ${year} a déjà un total (ligne ${totals[0].origin.line}) : une section n’a qu’un total. Mettez la nature ligne, ou retirez ce doublon.`,
      );
    }
    if (name === 'passif-et-excedent' && lines.length) {
      for (const l of lines) {
        reporter.add(
          file, l.origin.line, 0, 'nature', 'constraint-error',
          `La section passif-et-excedent ne contient que le total du passif et de l’excédent : classez cette ligne dans la section passif ou excedent.`,
        );
      }
    }
  }
  if (statement === 'resultats') {
    const surplus = sections.get('excedent') ?? [];
    for (const poste of [POSTES.surplusForYear, POSTES.openingSurplus]) {
      if (surplus.length && !surplus.some((r) => r.poste === poste && r.nature === 'ligne')) {
        reporter.add(
          file, surplus[0].origin.line, 0, 'poste', 'constraint-error',
          `La section excedent de l’exercice ${year} doit contenir la ligne ${q(poste)} (${poste === POSTES.surplusForYear ? 'excédent de l’exercice : revenus moins dépenses' : 'excédent au début de l’exercice'}), de nature ligne.`,
        );
      }
    }
  }
}

function bySection(rows: FinanceRow[]): Map<string, FinanceRow[]> {
  const m = new Map<string, FinanceRow[]>();
  for (const r of rows) {
    const list = m.get(r.section) ?? [];
    list.push(r);
    m.set(r.section, list);
  }
  return m;
}

const onlyTotal = (list: FinanceRow[] | undefined): FinanceRow | undefined => {
  const totals = (list ?? []).filter((r) => r.nature === 'total');
  return totals.length === 1 ? totals[0] : undefined;
};

function checkAccounts(checker: Checker, st: ReadState, display: (n: string) => string): string[] {
  const { reporter } = checker;
  const files: Record<Statement, string> = {
    resultats: display(`${FINANCE_DIR}/${STATEMENT_FILES.resultats}`),
    bilan: display(`${FINANCE_DIR}/${STATEMENT_FILES.bilan}`),
  };
  const years = [...new Set(st.rows.map((r) => r.exercice))].sort(comparePeriods);
  const get = (statement: Statement, year: string) => st.rows.filter((r) => r.statement === statement && r.exercice === year);

  const closing = new Map<string, FinanceRow>();
  for (const year of years) {
    for (const statement of ['resultats', 'bilan'] as Statement[]) {
      const rows = get(statement, year);
      if (rows.length === 0) {
        const other = get(statement === 'resultats' ? 'bilan' : 'resultats', year)[0];
        reporter.add(
          other.origin.file, other.origin.line, 0, 'exercice', 'constraint-error',
          `L’exercice ${year} figure dans ${other.origin.file.split('/').pop()} mais pas dans ${STATEMENT_FILES[statement]} : saisissez les deux états (résultats et bilan) de chaque exercice.`,
        );
        continue;
      }
      structure(reporter, rows, statement, year, bySection(rows), files[statement]);
    }

    // Statement of operations
    const ops = bySection(get('resultats', year));
    for (const name of ['revenus', 'depenses']) {
      const total = onlyTotal(ops.get(name));
      if (!total) continue;
      const lines = (ops.get(name) ?? []).filter((r) => r.nature === 'ligne');
      checker.compare('somme', total, lines.map((r) => checker.ref(r)), (computed) =>
        `${sectionName(total)} : le total publié ${q(total.label.fr)} est de ${money(total.cents)}, mais la somme des ${lineList(lines.map((r) => r.origin.line))} donne ${computed}.`,
      );
    }
    const revenue = onlyTotal(ops.get('revenus'));
    const expenses = onlyTotal(ops.get('depenses'));
    const surplusRows = ops.get('excedent') ?? [];
    const forYear = surplusRows.find((r) => r.poste === POSTES.surplusForYear && r.nature === 'ligne');
    const opening = surplusRows.find((r) => r.poste === POSTES.openingSurplus && r.nature === 'ligne');
    const close = onlyTotal(surplusRows);
    if (forYear && revenue && expenses) {
      checker.compare('excedent-exercice', forYear, [checker.ref(revenue), checker.ref(expenses, -1)], (computed) =>
        `Excédent de l’exercice ${year} : ${money(forYear.cents)} est inscrit, mais le total des revenus (ligne ${revenue.origin.line}, ${money(revenue.cents)}) moins le total des dépenses (ligne ${expenses.origin.line}, ${money(expenses.cents)}) donne ${computed}.`,
      );
    }
    if (close) {
      const lines = surplusRows.filter((r) => r.nature === 'ligne');
      checker.compare('excedent-fin', close, lines.map((r) => checker.ref(r)), (computed) =>
        `Excédent à la fin de l’exercice ${year} : ${money(close.cents)} est inscrit, mais l’excédent au début plus l’excédent de l’exercice (${lineList(lines.map((r) => r.origin.line))}) donnent ${computed}.`,
      );
      closing.set(year, close);
    }
    if (opening) {
      const start = Number(year.slice(0, 4));
      const previousYear = `${start - 1}-${start}`;
      const previous = closing.get(previousYear);
      if (previous) {
        checker.compare('report', opening, [checker.ref(previous)], (computed) =>
          `Report de l’excédent : l’excédent au début de ${year} (${money(opening.cents)}) doit égaler l’excédent à la fin de ${previousYear} (ligne ${previous.origin.line}, ${computed}).`,
        );
      } else if (years.indexOf(year) > 0 && !years.includes(previousYear)) {
        reporter.add(
          opening.origin.file, opening.origin.line, 0, 'exercice', 'period-error',
          `L’exercice ${previousYear} manque entre ${years[years.indexOf(year) - 1]} et ${year} : le report de l’excédent ne peut pas être vérifié. Saisissez les états de ${previousYear}.`,
        );
      }
    }

    // Balance sheet
    const bal = bySection(get('bilan', year));
    for (const name of ['actif', 'passif', 'excedent']) {
      const total = onlyTotal(bal.get(name));
      const lines = (bal.get(name) ?? []).filter((r) => r.nature === 'ligne');
      if (!total || lines.length === 0) continue;
      checker.compare('somme', total, lines.map((r) => checker.ref(r)), (computed) =>
        `${sectionName(total)} : le total publié ${q(total.label.fr)} est de ${money(total.cents)}, mais la somme des ${lineList(lines.map((r) => r.origin.line))} donne ${computed}.`,
      );
    }
    const assets = onlyTotal(bal.get('actif'));
    const liabilities = onlyTotal(bal.get('passif'));
    const surplusLines = bal.get('excedent') ?? [];
    const surplusTotal = onlyTotal(surplusLines);
    const surplus: FinanceRow[] = surplusTotal ? [surplusTotal] : surplusLines.filter((r) => r.nature === 'ligne');
    const grand = onlyTotal(bal.get('passif-et-excedent'));
    if (grand && liabilities && surplus.length) {
      const inputs = [checker.ref(liabilities), ...surplus.map((r) => checker.ref(r))];
      checker.compare('somme', grand, inputs, (computed) =>
        `${sectionName(grand)} : le total publié ${q(grand.label.fr)} est de ${money(grand.cents)}, mais le total du passif plus l’excédent (${lineList(inputs.map((i) => i.origin.line))}) donnent ${computed}.`,
      );
    }
    if (assets && liabilities && surplus.length) {
      const inputs = [checker.ref(liabilities), ...surplus.map((r) => checker.ref(r))];
      checker.compare('equilibre', assets, inputs, (computed) =>
        `Bilan ${year} non équilibré : le total de l’actif (${money(assets.cents)}) doit égaler le passif plus l’excédent (${lineList(inputs.map((i) => i.origin.line))}), soit ${computed}.`,
      );
    }
    if (surplus.length && close) {
      const amount = surplusTotal ?? surplus[surplus.length - 1];
      if (surplus.length === 1 || surplusTotal) {
        checker.compare('concordance', amount, [checker.ref(close)], (computed) =>
          `Excédent au bilan ${year} : ${money(amount.cents)} est inscrit, mais l’état des résultats donne un excédent à la fin de l’exercice de ${computed} (${STATEMENT_FILES.resultats} ligne ${close.origin.line}). Les deux doivent concorder.`,
        );
      }
    }

    // Member contributions per agency
    const contributions = st.contributions.filter((ct) => ct.exercice === year);
    const contributionLine = (ops.get('revenus') ?? []).find((r) => r.poste === POSTES.contributions);
    if (contributions.length && contributionLine) {
      const inputs: FindingRef[] = contributions.map((ct) => ({
        poste: ct.agency,
        label: { fr: ct.agency, en: ct.agency },
        origin: ct.origin,
        cents: ct.cents,
        sign: 1,
      }));
      checker.compare('cotisations', contributionLine, inputs, (computed) =>
        `Cotisations ${year} : la ligne ${q(contributionLine.label.fr)} est de ${money(contributionLine.cents)}, mais les cotisations par organisme (${CONTRIBUTIONS_FILE}) totalisent ${computed}.`,
      );
    }
  }
  for (const ct of st.contributions) {
    if (!years.includes(ct.exercice)) {
      reporter.add(
        ct.origin.file, ct.origin.line, 0, 'exercice', 'constraint-error',
        `Aucun état financier pour l’exercice ${ct.exercice} : la cotisation ne peut pas être rapprochée. Saisissez d’abord les états de cet exercice.`,
      );
    }
  }
  return years;
}

// ---------------------------------------------------------------------------
// Entry points

/**
 * Read and check data/finances/. Never throws on bad data: every problem is in
 * the report (French, file:line:column), and data holds the accepted rows.
 */
export async function loadFinances(dataDir: string, options: FinanceLoadOptions = {}): Promise<FinanceLoadResult> {
  const reporter = new Reporter();
  const display = displayer(dataDir);
  const currentYear = options.currentYear ?? new Date().getFullYear();
  const sources = options.sources ?? (await sourceCodes(dataDir));
  const st: ReadState = { rows: [], contributions: [], seen: new Map() };

  const fileTolerance = await readTolerance(dataDir, display, reporter);
  const tolerance = options.tolerance !== undefined ? Math.round(options.tolerance * 100) : fileTolerance;

  for (const statement of ['resultats', 'bilan'] as Statement[]) {
    const rel = `${FINANCE_DIR}/${STATEMENT_FILES[statement]}`;
    const abs = join(dataDir, rel);
    if (!existsSync(abs)) {
      reporter.add(
        display(rel), 0, 0, null, 'source-error',
        `Fichier ${STATEMENT_FILES[statement]} introuvable dans ${FINANCE_DIR}/ : créez-le à partir de data/modeles/${STATEMENT_FILES[statement]}.`,
      );
      continue;
    }
    await readTable(abs, display(rel), STATEMENT_SCHEMA, reporter, (ctx) => statementHandler(statement, ctx, reporter, st, currentYear, sources));
  }
  await readContributions(dataDir, display, reporter, st, currentYear, sources);

  const checker = new Checker(reporter, tolerance);
  const years = st.rows.length ? checkAccounts(checker, st, display) : [];
  return {
    data: { toleranceCents: tolerance, years, rows: st.rows, contributions: st.contributions, findings: checker.findings },
    report: reporter.toReport(),
  };
}

/** True when the data folder holds the Centre's own data (finances or conference evaluations). */
export function hasCentreData(dataDir: string): boolean {
  return existsSync(join(dataDir, FINANCE_DIR)) || existsSync(join(dataDir, 'evaluations-conferences.csv'));
}

/**
 * What `npm run validate` adds to the benchmark report: the financial
 * statements and the conference evaluations, when the folder has them
 * (fixture folders laid out like data/ without them are not concerned).
 */
export async function checkCentreData(dataDir: string, options: FinanceLoadOptions = {}): Promise<ValidationReport | null> {
  const reports: ValidationReport[] = [];
  if (existsSync(join(dataDir, FINANCE_DIR))) reports.push((await loadFinances(dataDir, options)).report);
  if (existsSync(join(dataDir, 'evaluations-conferences.csv'))) reports.push((await loadEvaluations(dataDir)).report);
  return reports.length ? mergeReports(...reports) : null;
}
