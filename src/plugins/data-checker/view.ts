/**
 * What the worker computes for the page, in any host (unit-tested in Node):
 * the data core's report and change preview turned into the texts the page
 * shows. No text is written here that the core does not write for the CLI
 * and `npm run data:diff`, except the kind names and file places.
 */
import {
  DATA_FOLDER_FILES,
  FILE_KINDS,
  KIND_SCHEMAS,
  TABLE_NAMES,
  VALUES_DIR,
  catalogueDataset,
  directionText,
  entryPlace,
  formatReport,
  indicatorEffects,
  isRanked,
  medianText,
  movedRanksText,
  observationText,
  rankMoveText,
  sameObservation,
  type CheckResult,
  type SiteCatalogue,
} from '../../../scripts/pipeline/core';
import type {FileKind, Locale, ReportEntry} from '../../../scripts/pipeline/types';
import type {CheckView, EffectView, EntryList, EntryView, FileView, KindOption} from './protocol';

/** Up to this many entries the list is shown whole, as the CLI does; beyond, per message code. */
export const FLAT_MAX = 100;
/** Entries shown per message code in a long list. */
export const FIRST_PER_CODE = 5;
/** Indicator tables shown in the preview. */
export const MAX_EFFECTS = 40;

const KIND_NAMES: Partial<Record<FileKind, {fr: string; en: string}>> = {
  'statement-operations': {fr: 'état des résultats', en: 'statement of operations'},
  'balance-sheet': {fr: 'bilan', en: 'balance sheet'},
};

export function kindName(kind: FileKind, locale: Locale): string {
  const own = KIND_NAMES[kind];
  if (own) return own[locale];
  return (TABLE_NAMES as Record<string, {fr: string; en: string}>)[KIND_SCHEMAS[kind].table][locale];
}

/** The repository folder of a kind ("data/valeurs", "data/finances", "data"). */
export function kindFolder(kind: FileKind): string {
  if (kind === 'values') return `data/${VALUES_DIR}`;
  const file = DATA_FOLDER_FILES[kind];
  const slash = file.lastIndexOf('/');
  return slash === -1 ? 'data' : `data/${file.slice(0, slash)}`;
}

/** The name the file must have in its folder: a values file keeps its own (as .csv), the others have a fixed name. */
export function targetName(kind: FileKind, name: string): string {
  if (kind !== 'values') {
    const file = DATA_FOLDER_FILES[kind];
    return file.slice(file.lastIndexOf('/') + 1);
  }
  const base = name.slice(name.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
  const slug = base
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'valeurs'}.csv`;
}

export function kindOptions(locale: Locale): KindOption[] {
  return FILE_KINDS.map((kind) => ({kind, name: kindName(kind, locale), folder: kindFolder(kind)}));
}

function entryView(e: ReportEntry, locale: Locale): EntryView {
  return {file: e.file, line: e.line, column: e.column, code: e.code, type: e.type, place: entryPlace(e, locale), message: e.message};
}

/** A list of entries: whole when short; counts and the first ones per message code when long (never freezes the page). */
export function entryList(entries: readonly ReportEntry[], locale: Locale, flatMax = FLAT_MAX, perCode = FIRST_PER_CODE): EntryList {
  if (entries.length <= flatMax) return {total: entries.length, all: entries.map((e) => entryView(e, locale)), groups: []};
  const groups = new Map<string, {code: string; count: number; first: EntryView[]}>();
  for (const e of entries) {
    let g = groups.get(e.code);
    if (!g) groups.set(e.code, (g = {code: e.code, count: 0, first: []}));
    g.count++;
    if (g.first.length < perCode) g.first.push(entryView(e, locale));
  }
  return {total: entries.length, all: [], groups: [...groups.values()]};
}

/** The page's view of a check: the CLI's texts, per-file accounting, and the change preview against the published site. */
export function checkView(result: CheckResult, base: SiteCatalogue | null, locale: Locale): CheckView {
  const {report} = result;
  const [verdict = '', accounting = ''] = formatReport(report, {locale, max: 0}).split('\n');
  const published = new Map((base?.observations ?? []).map((o) => [`${o.indicator}\u0000${o.agency}\u0000${o.period}`, o]));
  const withErrors = new Set(report.errors.map((e) => e.file));
  const files: FileView[] = report.files.map((f) => {
    const k = result.kinds.find((x) => x.file === f.file);
    const kind = (k?.kind ?? f.kind ?? null) as FileKind | null;
    let added = 0;
    let changed = 0;
    let same = 0;
    if (kind === 'values') {
      for (const o of result.dataset.observations) {
        if (o.origin.file !== f.file) continue;
        const before = published.get(`${o.indicator}\u0000${o.agency}\u0000${o.period}`) ?? null;
        if (!before) added++;
        else if (sameObservation(before, o)) same++;
        else changed++;
      }
    }
    return {
      file: f.file,
      kind,
      kindName: kind ? kindName(kind, locale) : null,
      detected: k?.detected ?? false,
      rows: f.rows,
      accepted: f.accepted,
      rejected: f.rejected,
      ignored: f.ignored,
      added,
      changed,
      same,
      folder: kind ? kindFolder(kind) : null,
      targetName: kind ? targetName(kind, f.file) : null,
      clean: !withErrors.has(f.file) && kind !== null,
    };
  });
  let effects: EffectView[] = [];
  let moreEffects = 0;
  if (base) {
    const all = indicatorEffects(catalogueDataset(base), result.dataset);
    moreEffects = Math.max(0, all.length - MAX_EFFECTS);
    effects = all.slice(0, MAX_EFFECTS).map((e) => {
      const ind = e.indicator;
      const ranked = isRanked(e);
      return {
        title: `${ind.label[locale]} (${ind.id}), ${e.period}`,
        direction: e.directionBefore ? `${directionText(e.directionBefore, locale)} → ${directionText(ind.direction, locale)}` : directionText(ind.direction, locale),
        median: medianText(e, locale),
        ranked,
        moves: e.moves.map((m) => {
          const full = m.agencyName[locale];
          return {
            agency: full === m.agency ? m.agency : `${full} (${m.agency})`,
            before: observationText(m.before, ind.unit, locale),
            after: observationText(m.after, ind.unit, locale),
            changed: !sameObservation(m.before, m.after),
            rank: ranked ? rankMoveText(m, locale) : null,
          };
        }),
        moved: movedRanksText(e, locale),
      };
    });
  }
  return {
    valid: report.valid,
    verdict,
    accounting: accounting.trim(),
    stats: report.stats,
    files,
    errors: entryList(report.errors, locale),
    warnings: entryList(report.warnings, locale),
    effects,
    moreEffects,
  };
}
