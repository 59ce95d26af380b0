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
 * checkFinances() takes the files as TableInputs (any host); the Node
 * adapter's loadFinances(dataDir) reads them from a data folder.
 */
import { linesText, moneyText, type Params } from './messages';
import { comparePeriods, foldName, parseNumber, parsePeriod } from './read';
import type { Reporter } from './report';
import { Cells, STATUSES, numberMessage, readTable, type ReadHooks, type TableContext, type TableInput, type TableSchema } from './table';
import type { Bilingual, ValueStatus } from './types';

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

export const STATEMENT_SCHEMA: TableSchema = {
  table: 'statement',
  required: ['exercice', 'section', 'poste', 'nature', 'libelle_fr', 'libelle_en', 'montant'],
  optional: ['source', 'note_fr', 'note_en'],
};
export const PARAMETERS_SCHEMA: TableSchema = { table: 'finance-parameters', required: ['parametre', 'valeur'], optional: ['note'] };
export const CONTRIBUTIONS_SCHEMA: TableSchema = {
  table: 'contributions',
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

export interface FinanceInputs {
  parameters?: TableInput | null;
  resultats?: TableInput | null;
  bilan?: TableInput | null;
  contributions?: TableInput | null;
}

export interface FinanceCheckOptions {
  /** Rounding tolerance in dollars; overrides parametres.csv. */
  tolerance?: number;
  currentYear: number;
  /** Source codes allowed in the source column; null: not checked. */
  sources: ReadonlySet<string> | null;
  /** Agency codes allowed in cotisations.csv; null: not checked. */
  agencies: ReadonlySet<string> | null;
  /** Published data: a statement not among the inputs is taken from here. */
  base?: FinanceData | null;
  /** Report a missing statement file (a data folder); false when checking some files only. */
  requireStatements?: boolean;
  /** Display name of a statement file that is not given (for messages). */
  statementName?: (statement: Statement) => string;
  hooks?: ReadHooks;
}

// ---------------------------------------------------------------------------
// Helpers

/** "200 000 $" with no-break spaces, from cents. */
export function money(cents: number): string {
  return moneyText(cents, 'fr');
}

/** "ligne 12", "lignes 3 et 4", "lignes 3 à 7", "lignes 3, 5 et 9". */
export function lineList(lines: number[]): string {
  return linesText(lines, 'fr');
}

const DASHES = new Set(['-', '–', '—', '−']);

/**
 * An amount cell in integer cents: "200000", "200 000 $", "1 234,56", a dash
 * for nil as in published statements. Returns null after reporting.
 */
export function readCents(c: Cells, cells: string[], line: number, name: string, mark: ',' | '.'): number | null {
  const raw = c.text(cells, c.col(name));
  if (raw === '') {
    c.error(line, name, 'constraint-error', 'finance.amount-required');
    return null;
  }
  if (DASHES.has(raw)) return 0;
  const n = parseNumber(raw, mark);
  if (!n.ok) {
    const m = numberMessage(raw, n, mark);
    c.error(line, name, n.type, m.code, m.params);
    return null;
  }
  if (n.suffix === '%') {
    c.error(line, name, 'type-error', 'finance.amount-percent', { raw });
    return null;
  }
  const cents = Math.round(n.value * 100);
  if (Math.abs(n.value * 100 - cents) > 1e-6) {
    c.error(line, name, 'constraint-error', 'finance.amount-decimals', { raw });
    return null;
  }
  if (!Number.isSafeInteger(cents)) {
    c.error(line, name, 'constraint-error', 'finance.amount-too-big', { raw });
    return null;
  }
  return cents;
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
      c.error(line, 'exercice', 'period-error', 'finance.year-required');
    } else {
      const p = parsePeriod(rawYear, currentYear);
      if (p.ok && p.fiscal) exercice = p.period;
      else c.error(line, 'exercice', 'period-error', 'finance.year-bad', { value: rawYear, suggestion: !p.ok ? p.suggestion : null });
    }
    const section = c.oneOf(cells, line, 'section', sections, 'section');
    const nature = c.oneOf(cells, line, 'nature', NATURES, 'nature');
    const poste = c.required(cells, line, 'poste');
    if (poste !== null && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(poste)) {
      c.error(line, 'poste', 'constraint-error', 'finance.bad-poste', { poste });
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
      c.error(line, 'source', 'foreign-key', 'cell.unknown-source', { value: source, suggestion: null });
      ok = false;
    }
    if (exercice === null || !section || !nature || poste === null || labelFr === null || labelEn === null || cents === null || !ok) return false;
    const key = `${exercice}|${statement}|${poste}`;
    const first = st.seen.get(key);
    if (first !== undefined) {
      c.error(line, 'poste', 'primary-key', 'finance.duplicate-poste', { poste, year: exercice, file: ctx.file, line: first });
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

async function readTolerance(input: TableInput, reporter: Reporter, hooks?: ReadHooks): Promise<number> {
  let tolerance = DEFAULT_TOLERANCE_CENTS;
  await readTable(
    input,
    PARAMETERS_SCHEMA,
    reporter,
    (ctx) => {
      const c = new Cells(ctx, reporter);
      return (cells, line) => {
        const name = c.required(cells, line, 'parametre');
        if (name === null) return false;
        c.checkText(line, 'note', c.text(cells, c.col('note')));
        if (foldName(name) !== 'tolerance_arrondi') {
          c.error(line, 'parametre', 'constraint-error', 'finance.unknown-parameter', { name });
          return false;
        }
        const cents = readCents(c, cells, line, 'valeur', ctx.info.decimalMark);
        if (cents === null) return false;
        if (cents < 0) {
          c.error(line, 'valeur', 'constraint-error', 'finance.negative-tolerance');
          return false;
        }
        tolerance = cents;
        return true;
      };
    },
    hooks,
  );
  return tolerance;
}

async function readContributions(
  input: TableInput,
  reporter: Reporter,
  st: ReadState,
  currentYear: number,
  sources: ReadonlySet<string> | null,
  agencies: ReadonlySet<string> | null,
  hooks?: ReadHooks,
): Promise<void> {
  const seen = new Map<string, number>();
  await readTable(
    input,
    CONTRIBUTIONS_SCHEMA,
    reporter,
    (ctx) => {
      const c = new Cells(ctx, reporter);
      return (cells, line) => {
        let ok = true;
        const rawYear = c.text(cells, c.col('exercice'));
        const p = parsePeriod(rawYear, currentYear);
        if (!(p.ok && p.fiscal)) {
          c.error(line, 'exercice', 'period-error', 'finance.contribution-year-bad', { value: rawYear });
          ok = false;
        }
        const agency = agencies ? c.foreign(cells, line, 'organisme', agencies, 'agency', 'data/organismes.csv') : c.required(cells, line, 'organisme');
        const cents = readCents(c, cells, line, 'montant', ctx.info.decimalMark);
        const status = c.oneOf(cells, line, 'statut', STATUSES, 'status');
        const source = c.text(cells, c.col('source'));
        if (source && sources && !sources.has(source)) {
          c.error(line, 'source', 'foreign-key', 'cell.unknown-source', { value: source, suggestion: null });
          ok = false;
        }
        if (status === 'publie' && !source) {
          c.error(line, c.col('source') === -1 ? 'statut' : 'source', 'constraint-error', 'finance.contribution-needs-source');
          ok = false;
        }
        const note = c.text(cells, c.col('note'));
        c.checkText(line, 'note', note);
        const noteEn = c.text(cells, c.col('note_en'));
        c.checkText(line, 'note_en', noteEn);
        if (!ok || !(p.ok && p.fiscal) || agency === null || cents === null || status === null) return false;
        const key = `${p.period}|${agency}`;
        if (seen.has(key)) {
          c.error(line, 'organisme', 'primary-key', 'finance.duplicate-contribution', { agency, year: p.period, line: seen.get(key)! });
          return false;
        }
        seen.set(key, line);
        st.contributions.push({ exercice: p.period, agency, cents, status, source: source || null, note: note || null, noteEn: noteEn || null, origin: { file: ctx.file, line, column: c.col('montant') + 1 } });
        return true;
      };
    },
    hooks,
  );
}

// ---------------------------------------------------------------------------
// Checks

type CompareCode = 'finance.sum' | 'finance.grand-total' | 'finance.surplus-for-year' | 'finance.closing-surplus' | 'finance.carry-forward' | 'finance.balance' | 'finance.concordance' | 'finance.contributions';

class Checker {
  readonly findings: FinanceFinding[] = [];
  constructor(
    readonly reporter: Reporter,
    readonly tolerance: number,
  ) {}

  ref(row: FinanceRow, sign: 1 | -1 = 1): FindingRef {
    return { poste: row.poste, label: row.label, origin: row.origin, cents: row.cents, sign };
  }

  compare(check: FinanceCheck, target: FinanceRow, inputs: FindingRef[], code: CompareCode, params: Params): void {
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
    const refs = inputs.map((i) => ({ file: i.origin.file === file ? null : i.origin.file.split('/').pop()!, line: i.origin.line }));
    this.reporter.add(file, target.origin.line, target.origin.column, 'montant', type, code, {
      year: target.exercice,
      statement: target.statement,
      section: target.section,
      label: { fr: target.label.fr, en: target.label.en },
      reported: target.cents,
      computed,
      difference,
      tolerance: this.tolerance,
      rounding,
      line: target.origin.line,
      refs,
      inputLines: inputs.map((i) => i.origin.line),
      ...params,
    });
  }
}

function structure(reporter: Reporter, rows: FinanceRow[], statement: Statement, year: string, sections: Map<string, FinanceRow[]>, file: string): void {
  const first = rows[0];
  for (const name of SECTIONS[statement]) {
    const list = sections.get(name) ?? [];
    if (list.length === 0) {
      reporter.add(file, first ? first.origin.line : 0, 0, 'section', 'constraint-error', 'finance.section-missing', { section: name, year, statement });
      continue;
    }
    const totals = list.filter((r) => r.nature === 'total');
    const lines = list.filter((r) => r.nature === 'ligne');
    const optionalTotal = statement === 'bilan' && name === 'excedent';
    if (totals.length === 0 && !optionalTotal) {
      reporter.add(file, list[list.length - 1].origin.line, 0, 'nature', 'constraint-error', 'finance.no-total', { section: name, year });
    }
    for (const extra of totals.slice(1)) {
      reporter.add(file, extra.origin.line, 0, 'nature', 'constraint-error', 'finance.extra-total', { section: name, year, line: totals[0].origin.line });
    }
    if (name === 'passif-et-excedent') {
      for (const l of lines) reporter.add(file, l.origin.line, 0, 'nature', 'constraint-error', 'finance.line-in-grand-total');
    }
  }
  if (statement === 'resultats') {
    const surplus = sections.get('excedent') ?? [];
    for (const poste of [POSTES.surplusForYear, POSTES.openingSurplus]) {
      if (surplus.length && !surplus.some((r) => r.poste === poste && r.nature === 'ligne')) {
        reporter.add(file, surplus[0].origin.line, 0, 'poste', 'constraint-error', 'finance.required-poste', {
          year,
          poste,
          role: poste === POSTES.surplusForYear ? 'surplus-for-year' : 'opening-surplus',
        });
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

function checkAccounts(checker: Checker, st: ReadState, files: Record<Statement, string>): string[] {
  const { reporter } = checker;
  const years = [...new Set(st.rows.map((r) => r.exercice))].sort(comparePeriods);
  const get = (statement: Statement, year: string) => st.rows.filter((r) => r.statement === statement && r.exercice === year);

  const closing = new Map<string, FinanceRow>();
  for (const year of years) {
    for (const statement of ['resultats', 'bilan'] as Statement[]) {
      const rows = get(statement, year);
      if (rows.length === 0) {
        const other = get(statement === 'resultats' ? 'bilan' : 'resultats', year)[0];
        reporter.add(other.origin.file, other.origin.line, 0, 'exercice', 'constraint-error', 'finance.other-statement-missing', {
          year,
          file: other.origin.file.split('/').pop()!,
          other: STATEMENT_FILES[statement],
        });
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
      checker.compare('somme', total, lines.map((r) => checker.ref(r)), 'finance.sum', {});
    }
    const revenue = onlyTotal(ops.get('revenus'));
    const expenses = onlyTotal(ops.get('depenses'));
    const surplusRows = ops.get('excedent') ?? [];
    const forYear = surplusRows.find((r) => r.poste === POSTES.surplusForYear && r.nature === 'ligne');
    const opening = surplusRows.find((r) => r.poste === POSTES.openingSurplus && r.nature === 'ligne');
    const close = onlyTotal(surplusRows);
    if (forYear && revenue && expenses) {
      checker.compare('excedent-exercice', forYear, [checker.ref(revenue), checker.ref(expenses, -1)], 'finance.surplus-for-year', {
        revenueLine: revenue.origin.line,
        revenue: revenue.cents,
        expensesLine: expenses.origin.line,
        expenses: expenses.cents,
      });
    }
    if (close) {
      const lines = surplusRows.filter((r) => r.nature === 'ligne');
      checker.compare('excedent-fin', close, lines.map((r) => checker.ref(r)), 'finance.closing-surplus', {});
      closing.set(year, close);
    }
    if (opening) {
      const start = Number(year.slice(0, 4));
      const previousYear = `${start - 1}-${start}`;
      const previous = closing.get(previousYear);
      if (previous) {
        checker.compare('report', opening, [checker.ref(previous)], 'finance.carry-forward', { previous: previousYear, previousLine: previous.origin.line });
      } else if (years.indexOf(year) > 0 && !years.includes(previousYear)) {
        reporter.add(opening.origin.file, opening.origin.line, 0, 'exercice', 'period-error', 'finance.year-gap', {
          previous: previousYear,
          before: years[years.indexOf(year) - 1],
          year,
        });
      }
    }

    // Balance sheet
    const bal = bySection(get('bilan', year));
    for (const name of ['actif', 'passif', 'excedent']) {
      const total = onlyTotal(bal.get(name));
      const lines = (bal.get(name) ?? []).filter((r) => r.nature === 'ligne');
      if (!total || lines.length === 0) continue;
      checker.compare('somme', total, lines.map((r) => checker.ref(r)), 'finance.sum', {});
    }
    const assets = onlyTotal(bal.get('actif'));
    const liabilities = onlyTotal(bal.get('passif'));
    const surplusLines = bal.get('excedent') ?? [];
    const surplusTotal = onlyTotal(surplusLines);
    const surplus: FinanceRow[] = surplusTotal ? [surplusTotal] : surplusLines.filter((r) => r.nature === 'ligne');
    const grand = onlyTotal(bal.get('passif-et-excedent'));
    if (grand && liabilities && surplus.length) {
      const inputs = [checker.ref(liabilities), ...surplus.map((r) => checker.ref(r))];
      checker.compare('somme', grand, inputs, 'finance.grand-total', {});
    }
    if (assets && liabilities && surplus.length) {
      const inputs = [checker.ref(liabilities), ...surplus.map((r) => checker.ref(r))];
      checker.compare('equilibre', assets, inputs, 'finance.balance', {});
    }
    if (surplus.length && close) {
      const amount = surplusTotal ?? surplus[surplus.length - 1];
      if (surplus.length === 1 || surplusTotal) {
        checker.compare('concordance', amount, [checker.ref(close)], 'finance.concordance', { otherFile: STATEMENT_FILES.resultats, otherLine: close.origin.line });
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
      checker.compare('cotisations', contributionLine, inputs, 'finance.contributions', { file: CONTRIBUTIONS_FILE });
    }
  }
  for (const ct of st.contributions) {
    if (!years.includes(ct.exercice)) {
      reporter.add(ct.origin.file, ct.origin.line, 0, 'exercice', 'constraint-error', 'finance.contribution-no-statement', { year: ct.exercice });
    }
  }
  return years;
}

// ---------------------------------------------------------------------------
// Entry point

/**
 * Read and check the Centre's financial statements. Never throws on bad
 * data: every problem goes to the reporter (file:line:column), and the
 * result holds the accepted rows. A statement not among the inputs comes
 * from options.base (the published data) when given.
 */
export async function checkFinances(inputs: FinanceInputs, reporter: Reporter, options: FinanceCheckOptions): Promise<FinanceData> {
  const { currentYear, sources, agencies, hooks } = options;
  const st: ReadState = { rows: [], contributions: [], seen: new Map() };

  const fileTolerance = inputs.parameters ? await readTolerance(inputs.parameters, reporter, hooks) : (options.base?.toleranceCents ?? DEFAULT_TOLERANCE_CENTS);
  const tolerance = options.tolerance !== undefined ? Math.round(options.tolerance * 100) : fileTolerance;

  const files = {} as Record<Statement, string>;
  for (const statement of ['resultats', 'bilan'] as Statement[]) {
    const input = inputs[statement];
    const fallback = options.statementName?.(statement) ?? `${FINANCE_DIR}/${STATEMENT_FILES[statement]}`;
    if (input) {
      files[statement] = input.name;
      await readTable(input, STATEMENT_SCHEMA, reporter, (ctx) => statementHandler(statement, ctx, reporter, st, currentYear, sources), hooks);
    } else if (options.base) {
      const rows = options.base.rows.filter((r) => r.statement === statement);
      files[statement] = rows[0]?.origin.file ?? fallback;
      st.rows.push(...rows);
      for (const r of rows) st.seen.set(`${r.exercice}|${statement}|${r.poste}`, r.origin.line);
    } else {
      files[statement] = fallback;
      if (options.requireStatements) reporter.add(fallback, 0, 0, null, 'source-error', 'finance.statement-missing', { name: STATEMENT_FILES[statement], dir: FINANCE_DIR });
    }
  }
  if (inputs.contributions) await readContributions(inputs.contributions, reporter, st, currentYear, sources, agencies, hooks);
  else if (options.base) st.contributions.push(...options.base.contributions);
  // statement of operations first, then the balance sheet (file order inside each)
  st.rows.sort((a, b) => (a.statement === b.statement ? 0 : a.statement === 'resultats' ? -1 : 1));

  const checker = new Checker(reporter, tolerance);
  const years = st.rows.length ? checkAccounts(checker, st, files) : [];
  return { toleranceCents: tolerance, years, rows: st.rows, contributions: st.contributions, findings: checker.findings };
}
