/** Table sorting and its URL form, pure (unit-tested in tests/unit/etalonnage/sort.test.ts). */

export interface Sort {
  key: string;
  dir: 'asc' | 'desc';
}

export interface SortableRow {
  /** Sort keys: null (missing) always sorts last. */
  sort: Record<string, number | string | null>;
}

/** "valeur-desc", "ecart-mediane-asc" → {key, dir}; null when unknown. */
export function parseSort(raw: string | null, keys: readonly string[]): Sort | null {
  if (!raw) return null;
  const i = raw.lastIndexOf('-');
  if (i <= 0) return null;
  const key = raw.slice(0, i);
  const dir = raw.slice(i + 1);
  if (!keys.includes(key) || (dir !== 'asc' && dir !== 'desc')) return null;
  return {key, dir};
}

export const sortParam = (s: Sort): string => `${s.key}-${s.dir}`;

/**
 * Stable sort on one key. Missing values (null) go to the bottom in both
 * directions: a missing value is not "smaller" than any other. Text compares
 * in the page's locale ("Québec" after "Quartier", not after "Z").
 */
export function sortRows<R extends SortableRow>(rows: readonly R[], sort: Sort, locale: string): R[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return rows
    .map((r, i) => ({r, i}))
    .sort((a, b) => {
      const x = a.r.sort[sort.key] ?? null;
      const y = b.r.sort[sort.key] ?? null;
      if (x === null || y === null) return x === y ? a.i - b.i : x === null ? 1 : -1;
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), locale);
      return c === 0 ? a.i - b.i : sign * c;
    })
    .map((x) => x.r);
}
